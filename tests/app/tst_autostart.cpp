// Start at login on Linux: the XDG autostart entry is created and removed in
// $XDG_CONFIG_HOME/autostart (a temporary folder here), follows Settings::StartAtLogin through
// DesktopController, and an entry that is not this CallDock's is left alone.

#include "autostart.h"
#include "desktopcontroller.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "settings.h"
#include "storagethread.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestAutoStart final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void entryIsCreatedAndRemoved();
    void fallsBackToDotConfig();
    void argumentsAreQuoted();
    void reconcileLeavesOtherEntriesAlone();
    void followsTheSetting();

private:
    QString entryPath() const {
        return m_config->filePath(QStringLiteral("autostart/calldock.desktop"));
    }
    static QString readAll(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    std::unique_ptr<QTemporaryDir> m_config;
    QByteArray m_savedConfigHome;
};

void TestAutoStart::init() {
    m_config = std::make_unique<QTemporaryDir>();
    m_savedConfigHome = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", m_config->path().toLocal8Bit());
}

void TestAutoStart::cleanup() {
    qputenv("XDG_CONFIG_HOME", m_savedConfigHome);
    m_config.reset();
}

void TestAutoStart::entryIsCreatedAndRemoved() {
    const AutoStart autoStart(QStringLiteral("/opt/calldock/bin/calldock"),
                              {QStringLiteral("--minimized")});
    QCOMPARE(autoStart.location(), entryPath());
    QVERIFY(!autoStart.isEnabled());

    QString error;
    QVERIFY2(autoStart.setEnabled(true, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(entryPath()));
    QVERIFY(autoStart.isEnabled());
    const QStringList lines = readAll(entryPath()).split(QLatin1Char('\n'));
    QCOMPARE(lines.first(), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY(lines.contains(QStringLiteral("Name=CallDock")));
    QVERIFY(lines.contains(QStringLiteral("Exec=/opt/calldock/bin/calldock --minimized")));
    QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));

    // Enabling again rewrites the same entry; disabling removes it, twice is harmless.
    QVERIFY(autoStart.setEnabled(true));
    QVERIFY(autoStart.setEnabled(false, &error));
    QVERIFY(!QFileInfo::exists(entryPath()));
    QVERIFY(autoStart.setEnabled(false, &error));
}

void TestAutoStart::fallsBackToDotConfig() {
    QTemporaryDir home;
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", QByteArray());
    const AutoStart autoStart(QStringLiteral("/usr/bin/calldock"), {});
    const QString location = autoStart.location();
    qputenv("HOME", savedHome);
    QCOMPARE(location, home.filePath(QStringLiteral(".config/autostart/calldock.desktop")));
}

void TestAutoStart::argumentsAreQuoted() {
    const AutoStart autoStart(QStringLiteral("/home/me/My Apps/calldock"),
                              {QStringLiteral("--minimized"), QStringLiteral("--data-dir"),
                               QStringLiteral("/home/me/Call \"log\" $HOME 100%")});
    const QStringList lines = autoStart.desktopEntry().split(QLatin1Char('\n'));
    // Quoted for spaces; ", $ escaped inside quotes; % doubled (desktop entry spec).
    QVERIFY(
        lines.contains(QStringLiteral("Exec=\"/home/me/My Apps/calldock\" --minimized --data-dir "
                                      "\"/home/me/Call \\\\\"log\\\\\" \\\\$HOME 100%%\"")));
    QCOMPARE(AutoStart::quoteExecArgument(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(AutoStart::quoteExecArgument(QString()), QStringLiteral("\"\""));
}

void TestAutoStart::reconcileLeavesOtherEntriesAlone() {
    // Another CallDock (another data folder) enabled its entry.
    const AutoStart other(QStringLiteral("/usr/bin/calldock"),
                          {QStringLiteral("--minimized"), QStringLiteral("--data-dir"),
                           QStringLiteral("/elsewhere")});
    QVERIFY(other.setEnabled(true));
    const AutoStart mine(QStringLiteral("/usr/bin/calldock"), {QStringLiteral("--minimized")});
    QVERIFY(mine.reconcile(false));
    QVERIFY(other.isEnabled());

    // Enabled: the entry is made to start this CallDock.
    QVERIFY(mine.reconcile(true));
    QVERIFY(mine.isEnabled());
    QVERIFY(!other.isEnabled());
    QVERIFY(mine.reconcile(false));
    QVERIFY(!QFileInfo::exists(entryPath()));
}

void TestAutoStart::followsTheSetting() {
    QTemporaryDir data;
    Settings settings(data.filePath(QStringLiteral("settings.ini")));
    StorageThread storage;
    DesktopNotifier notifier;
    DesktopIntegration desktop(settings, notifier);
    DesktopController controller(settings, storage, notifier, desktop);
    const AutoStart autoStart(
        QStringLiteral("/usr/bin/calldock"),
        {QStringLiteral("--minimized"), QStringLiteral("--data-dir"), data.path()});
    settings.setStartAtLogin(true);
    controller.manageAutoStart(autoStart); // reconciled at start
    QVERIFY(autoStart.isEnabled());
    QVERIFY(readAll(entryPath()).contains(QStringLiteral("--data-dir ") + data.path()));

    settings.setStartAtLogin(false);
    QVERIFY(!QFileInfo::exists(entryPath()));
    settings.setStartAtLogin(true);
    QVERIFY(autoStart.isEnabled());
}

QTEST_MAIN(TestAutoStart)
#include "tst_autostart.moc"
