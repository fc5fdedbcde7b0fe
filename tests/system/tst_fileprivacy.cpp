// The files the real calldock binary writes are private to the user and free of tokens: after
// an end-to-end run (calls logged, a note, a recording downloaded with an access token) every
// folder CallDock made is 0700 and every file holding call data 0600, and no byte of the token
// is anywhere under the data folder (database, WAL, logs, settings, drafts, recordings, the
// web profile).
#include "calldockprocess.h"
#include "callsamples.h"
#include "callstore.h"
#include "simulator.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

class TestFilePrivacy final : public QObject {
    Q_OBJECT

private slots:
    void privateAndTokenFreeAfterARun();
};

static const QByteArray kToken = "U0VDUkVUdG9rZW4wZm9yMHRoZTBmaWxlMHNjYW4";
static const QByteArray kAudio = QByteArray("ID3") + QByteArray(32 * 1024, 'r');

static QString octal(QFile::Permissions permissions) {
    return QString::number(int(permissions), 16); // Qt's flags are one hex digit per class
}

void TestFilePrivacy::privateAndTokenFreeAfterARun() {
    Simulator simulator;
    QVERIFY(simulator.start());
    simulator.server().route(QStringLiteral("/media/rec-9/content"), [](HttpExchange *exchange) {
        const bool valid = QUrlQuery(exchange->url).queryItemValue(QStringLiteral("access_token"))
                           == QString::fromLatin1(kToken);
        exchange->respond(valid ? 200 : 401, valid ? "audio/mpeg" : "text/plain",
                          valid ? kAudio : QByteArray("expired"));
    });
    QTemporaryDir root;
    const QString data = root.filePath(QStringLiteral("data"));
    CalldockProcess app{QStringLiteral(CALLDOCK_BINARY)};
    app.start(data, simulator.appUrl());
    QVERIFY(simulator.waitForReceived(QStringLiteral("rc-adapter-register-third-party-service"),
                                      40000));

    QJsonObject record =
        CallSamples::recordCall(QStringLiteral("9001"), QStringLiteral("Accepted"), 61);
    const QString contentUri =
        simulator.server().url(QStringLiteral("/media/rec-9/content")).toString()
        + QStringLiteral("?access_token=") + QString::fromLatin1(kToken);
    record.insert(QStringLiteral("recording"),
                  QJsonObject{{QStringLiteral("id"), QStringLiteral("rec-9")},
                              {QStringLiteral("type"), QStringLiteral("Automatic")},
                              {QStringLiteral("contentUri"), contentUri},
                              {QStringLiteral("link"),
                               QStringLiteral("https://apps.ringcentral.com/r?id=9")}});
    QJsonObject noted = CallSamples::loggerBody(
        CallSamples::recordCall(QStringLiteral("9002"), QStringLiteral("Missed"), 0),
        QStringLiteral("logForm"));
    noted.insert(QStringLiteral("note"), QStringLiteral("call back about the invoice"));
    const QStringList ids{
        simulator.request(QStringLiteral("/callLogger"),
                          CallSamples::loggerBody(record, QStringLiteral("callLogSync"))),
        simulator.request(QStringLiteral("/callLogger"), noted),
        simulator.request(QStringLiteral("/callLogger"),
                          CallSamples::loggerBody(CallSamples::liveCall(QStringLiteral("9003"),
                                                                        QStringLiteral("Ringing")),
                                                  QStringLiteral("presenceUpdate"))),
    };
    for (const QString &id : ids) {
        const auto response = simulator.waitForResponse(id);
        QVERIFY(response);
        QCOMPARE(response->value(QLatin1String("response")).toObject().value(QLatin1String("data")),
                 QJsonValue(QStringLiteral("ok")));
    }
    const QString database = data + QStringLiteral("/calls.sqlite");
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            CallStore store;
            return store.open(database, CallStore::OpenMode::ReadOnly).ok
                   && store.recording(QStringLiteral("rec-9")).value_or(RecordingRecord()).state
                          == RecordingState::Done;
        }(),
        30000);
    QVERIFY(app.stop());

    // Folders 0700, files 0600 (or stricter) for everything CallDock itself keeps.
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                     | QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    const QFile::Permissions ownerFile =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    for (const QString &folder : {QString(), QStringLiteral("/logs"), QStringLiteral("/recordings"),
                                  QStringLiteral("/web"), QStringLiteral("/web-cache")}) {
        QVERIFY2(QFileInfo(data + folder).isDir(), qPrintable(data + folder));
        QCOMPARE(octal(QFile::permissions(data + folder)), octal(owner));
    }
    QStringList files{QStringLiteral("/calls.sqlite"), QStringLiteral("/calldock.ini"),
                      QStringLiteral("/logs/calldock.log")};
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(database + suffix)) {
            files << QStringLiteral("/calls.sqlite") + suffix;
        }
    }
    QDirIterator recordings(data + QStringLiteral("/recordings"), QDir::Files);
    int recordingCount = 0;
    while (recordings.hasNext()) {
        files << recordings.next().mid(data.size());
        ++recordingCount;
    }
    QCOMPARE(recordingCount, 1);
    for (const QString &file : std::as_const(files)) {
        QVERIFY2(QFileInfo::exists(data + file), qPrintable(file));
        QCOMPARE(octal(QFile::permissions(data + file) & ~ownerFile), QStringLiteral("0"));
    }
    // Nothing under the data folder is readable by other users, Chromium's files included.
    QDirIterator all(data, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                     QDirIterator::Subdirectories);
    QStringList open;
    int scanned = 0;
    while (all.hasNext()) {
        const QString path = all.next();
        const QFileInfo info = all.fileInfo();
        if (info.isSymLink()) {
            continue;
        }
        if (info.isDir()) {
            // A folder inside a 0700 folder is safe either way; only report it.
            continue;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        ++scanned;
        QVERIFY2(!bytes.contains(kToken), qPrintable(QStringLiteral("token in ") + path));
        if (info.permissions() & (QFile::ReadOther | QFile::WriteOther)) {
            open << path.mid(data.size());
        }
    }
    qInfo() << scanned << "files scanned for the token";
    // Chromium creates a few of its own files 0644 (e.g. "Visited Links"); they hold no call
    // data and sit in web/ or web-cache/, which are 0700 (checked above), so no other user can
    // reach them. Anything else CallDock writes must be private itself.
    for (const QString &path : std::as_const(open)) {
        qInfo() << "readable by others, inside a private folder:" << path;
        QVERIFY2(path.startsWith(QLatin1String("/web/"))
                     || path.startsWith(QLatin1String("/web-cache/")),
                 qPrintable(path));
    }
}

QTEST_GUILESS_MAIN(TestFilePrivacy)
#include "tst_fileprivacy.moc"
