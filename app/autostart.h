#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// "Start CallDock when I log in": an XDG autostart entry on Linux, a value under
// HKCU\Software\Microsoft\Windows\CurrentVersion\Run on Windows, a LaunchAgent on macOS. The
// entry starts `program` with `arguments` (--minimized, and --data-dir for a non-default data
// folder). Files are written atomically; nothing here keeps state.
class AutoStart final {
    Q_DECLARE_TR_FUNCTIONS(AutoStart)

public:
    AutoStart(const QString &program, const QStringList &arguments);

    // Creates (or rewrites, so a moved binary is followed) or removes the entry. Returns false
    // with a sentence for the user in `error`.
    bool setEnabled(bool enabled, QString *error = nullptr) const;
    // An entry exists and starts exactly this program with these arguments.
    bool isEnabled() const;
    // Makes the entry match `enabled` at start. An entry that starts CallDock differently (for
    // example another data folder) is left alone when disabling: it is not this CallDock's.
    bool reconcile(bool enabled, QString *error = nullptr) const;

    // Where the entry lives: a file path, or the registry key and value name on Windows.
    QString location() const;

    // The text of the Linux .desktop entry for this program and arguments.
    QString desktopEntry() const;
    // Quotes one argument for a desktop entry's Exec key (XDG Desktop Entry spec).
    static QString quoteExecArgument(const QString &argument);

private:
    bool writeFile(const QString &path, const QByteArray &content, QString *error) const;
    bool removeFile(const QString &path, QString *error) const;
    QString commandLine() const;
#ifdef Q_OS_MACOS
    QByteArray launchAgent() const;
#endif

    QString m_program;
    QStringList m_arguments;
};
