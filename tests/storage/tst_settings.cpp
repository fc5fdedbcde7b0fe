#include "datadirectory.h"
#include "settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings final : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void roundTrip();
    void changedOnlyOnRealChange();
    void validation();
    void dataDirectoryLayout();
};

void TestSettings::defaults() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QVERIFY(settings.autoLogCalls()); // people install CallDock to log their calls
    QCOMPARE(settings.releaseChannel(), Settings::ReleaseChannel::Latest);
    QCOMPARE(settings.widgetAppUrl(),
             QUrl(QStringLiteral("https://apps.ringcentral.com/integration/"
                                 "ringcentral-embeddable/latest/app.html")));
    QVERIFY(settings.appServer().isEmpty());
    QCOMPARE(settings.notesMode(), Settings::NotesMode::Dialog);
    QVERIFY(settings.recordingsEnabled());
}

void TestSettings::roundTrip() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("s.ini"));
    {
        Settings settings(file);
        settings.setReleaseChannel(Settings::ReleaseChannel::Beta);
        QVERIFY(settings.setClientId(QStringLiteral("abc")));
        settings.setPlatform(Settings::Platform::Sandbox);
        settings.setAutoLogCalls(false);
        settings.setNotesMode(Settings::NotesMode::Widget);
        settings.setWindowGeometry(QByteArray("\x01\x02\x03", 3));
        QVERIFY(settings.sync());
    }
    Settings settings(file);
    QCOMPARE(settings.releaseChannel(), Settings::ReleaseChannel::Beta);
    QVERIFY(settings.widgetAppUrl().path().contains(QLatin1String("/3.x/")));
    QCOMPARE(settings.clientId(), QStringLiteral("abc"));
    QCOMPARE(settings.appServer(), Settings::sandboxAppServer());
    QVERIFY(!settings.autoLogCalls());
    QCOMPARE(settings.notesMode(), Settings::NotesMode::Widget);
    QCOMPARE(settings.windowGeometry(), QByteArray("\x01\x02\x03", 3));
    QCOMPARE(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
}

void TestSettings::changedOnlyOnRealChange() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setAutoLogCalls(false);
    settings.setAutoLogCalls(false);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), Settings::Key::AutoLogCalls);
}

void TestSettings::validation() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("s.ini")));
    QString error;
    QVERIFY(
        !settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://example.com/app.html")), &error));
    QVERIFY(error.contains(QLatin1String("https://")));
    QVERIFY(settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://localhost:8080/app.html"))));
    // Loopback addresses are recognised without Qt Network (storage does not link it).
    QVERIFY(settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/app.html"))));
    QVERIFY(settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://127.8.9.10/app.html"))));
    QVERIFY(settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://[::1]:8080/app.html"))));
    QVERIFY(!settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://128.0.0.1/app.html"))));
    QVERIFY(!settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://127.0.0.1.evil/app.html"))));
    QVERIFY(settings.setCustomWidgetUrl(QUrl(QStringLiteral("http://localhost:8080/app.html"))));
    QVERIFY(!settings.setClientId(QStringLiteral("bad id!"), &error));
    QVERIFY(!settings.setCustomAppServer(QUrl(QStringLiteral("ftp://x")), &error));
    // A custom channel with an invalid stored URL falls back to a working one.
    settings.setReleaseChannel(Settings::ReleaseChannel::Custom);
    QCOMPARE(settings.widgetAppUrl().host(), QStringLiteral("localhost"));
}

void TestSettings::dataDirectoryLayout() {
    QTemporaryDir dir;
    const DataDirectory data(dir.filePath(QStringLiteral("nested/root")));
    QVERIFY(data.ensureExists());
    QVERIFY(QFileInfo(data.root()).isDir());
    QCOMPARE(QFile::permissions(data.root()) & (QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    for (const QString &path :
         {data.settingsFile(), data.databaseFile(), data.webProfileDirectory(), data.logDirectory(),
          data.lockFile(), data.defaultRecordingsDirectory()}) {
        QVERIFY2(path.startsWith(data.root() + QLatin1Char('/')), qPrintable(path));
    }
    const DataDirectory other(dir.filePath(QStringLiteral("other")));
    QVERIFY(data.instanceServerName() != other.instanceServerName());
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
