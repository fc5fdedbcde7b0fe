#include "autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcAutoStart, "calldock.app.autostart")

namespace {

#ifdef Q_OS_WIN
const QString kRunKey =
    QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
const QString kRunValue = QStringLiteral("CallDock");
#endif
#ifdef Q_OS_MACOS
const QString kAgentLabel = QStringLiteral("invalid.calldock.CallDock");
#endif

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
QString autostartFolder() {
    // The XDG base directory spec: $XDG_CONFIG_HOME, or ~/.config when unset or empty.
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config)) {
        config = QDir::homePath() + QStringLiteral("/.config");
    }
    return config + QStringLiteral("/autostart");
}
#endif

} // namespace

AutoStart::AutoStart(const QString &program, const QStringList &arguments)
    : m_program(QFileInfo(program).absoluteFilePath())
    , m_arguments(arguments) {}

QString AutoStart::location() const {
#if defined(Q_OS_WIN)
    return kRunKey + QLatin1Char('\\') + kRunValue;
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/") + kAgentLabel
           + QStringLiteral(".plist");
#else
    return autostartFolder() + QStringLiteral("/calldock.desktop");
#endif
}

QString AutoStart::quoteExecArgument(const QString &argument) {
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument) {
        needsQuotes = needsQuotes || reserved.contains(c);
    }
    QString quoted;
    for (const QChar c : argument) {
        // Inside quotes, ", `, $ and \ take a backslash; a literal % is always doubled.
        if (needsQuotes
            && (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$')
                || c == QLatin1Char('\\'))) {
            quoted += QLatin1Char('\\');
        }
        if (c == QLatin1Char('%')) {
            quoted += QLatin1Char('%');
        }
        quoted += c;
    }
    return needsQuotes ? QLatin1Char('"') + quoted + QLatin1Char('"') : quoted;
}

QString AutoStart::commandLine() const {
    QStringList parts{quoteExecArgument(m_program)};
    for (const QString &argument : m_arguments) {
        parts << quoteExecArgument(argument);
    }
    return parts.join(QLatin1Char(' '));
}

QString AutoStart::desktopEntry() const {
    // The Exec value additionally escapes backslashes once more at the key-file level.
    QString exec = commandLine();
    exec.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    QStringList lines{QStringLiteral("[Desktop Entry]"),
                      QStringLiteral("Type=Application"),
                      QStringLiteral("Name=CallDock"),
                      QStringLiteral("Comment=%1").arg(tr("Phone and call logging")),
                      QStringLiteral("Exec=%1").arg(exec),
                      QStringLiteral("Icon=calldock"),
                      QStringLiteral("Terminal=false"),
                      QStringLiteral("X-GNOME-Autostart-enabled=true")};
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

#ifdef Q_OS_MACOS
QByteArray AutoStart::launchAgent() const {
    auto escape = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString arguments = QStringLiteral("    <string>%1</string>\n").arg(escape(m_program));
    for (const QString &argument : m_arguments) {
        arguments += QStringLiteral("    <string>%1</string>\n").arg(escape(argument));
    }
    const QString plist = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                         "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                                         "<plist version=\"1.0\">\n<dict>\n"
                                         "  <key>Label</key>\n  <string>%1</string>\n"
                                         "  <key>ProgramArguments</key>\n  <array>\n%2  </array>\n"
                                         "  <key>RunAtLoad</key>\n  <true/>\n"
                                         "</dict>\n</plist>\n")
                              .arg(kAgentLabel, arguments);
    return plist.toUtf8();
}
#endif

bool AutoStart::writeFile(const QString &path, const QByteArray &content, QString *error) const {
    const QString folder = QFileInfo(path).absolutePath();
    QSaveFile file(path);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
        || file.write(content) != content.size() || !file.commit()) {
        if (error) {
            *error = tr("CallDock could not create %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        qCWarning(lcAutoStart).noquote() << "cannot write" << path << file.errorString();
        return false;
    }
    qCInfo(lcAutoStart).noquote() << "start at login enabled:" << path;
    return true;
}

bool AutoStart::removeFile(const QString &path, QString *error) const {
    QFile file(path);
    if (file.exists() && !file.remove()) {
        if (error) {
            *error = tr("CallDock could not remove %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        qCWarning(lcAutoStart).noquote() << "cannot remove" << path << file.errorString();
        return false;
    }
    qCInfo(lcAutoStart) << "start at login disabled";
    return true;
}

bool AutoStart::setEnabled(bool enabled, QString *error) const {
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    if (enabled) {
        // Run values are command lines: the program path is quoted for spaces.
        QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(m_program)
                          + QLatin1Char('"')};
        for (const QString &argument : m_arguments) {
            parts << (argument.contains(QLatin1Char(' '))
                          ? QLatin1Char('"') + argument + QLatin1Char('"')
                          : argument);
        }
        run.setValue(kRunValue, parts.join(QLatin1Char(' ')));
    } else {
        run.remove(kRunValue);
    }
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error) {
            *error = tr("CallDock could not change the Windows start-up list.");
        }
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    return enabled ? writeFile(location(), launchAgent(), error) : removeFile(location(), error);
#else
    return enabled ? writeFile(location(), desktopEntry().toUtf8(), error)
                   : removeFile(location(), error);
#endif
}

bool AutoStart::isEnabled() const {
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    return run.value(kRunValue).toString().contains(QDir::toNativeSeparators(m_program),
                                                    Qt::CaseInsensitive);
#else
    QFile file(location());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
#if defined(Q_OS_MACOS)
    return file.readAll() == launchAgent();
#else
    return file.readAll() == desktopEntry().toUtf8();
#endif
#endif
}

bool AutoStart::reconcile(bool enabled, QString *error) const {
    if (enabled) {
        return isEnabled() || setEnabled(true, error);
    }
    return isEnabled() ? setEnabled(false, error) : true;
}
