// End-to-end: a callLogSync whose recording points at a real local HTTP server is downloaded
// at once; an expired token is replaced through the widget's /get-call-log; no token ever
// reaches a file CallDock wrote.
#include "apptestbase.h"
#include "callsamples.h"
#include "callstore.h"
#include "hostpage.h"
#include "recordingfetcher.h"
#include "storageprobe.h"
#include "webenginetest.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QUrlQuery>

class TestRecordings final : public AppTestBase {
    Q_OBJECT

private slots:
    // Any SQL on the GUI thread (the recordings run theirs on the storage thread) aborts.
    void initTestCase() { qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1"); }
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void downloadsWithFreshTokenAndKeepsItSecret();
};

static const QString kStaleToken = QStringLiteral("stale0token0QmFzZTY0U3RhbGVUb2tlbg");
static const QString kFreshToken = QStringLiteral("fresh0token0RnJlc2hUb2tlblZhbHVl");
static const QByteArray kAudio = QByteArray("ID3") + QByteArray(64 * 1024, 'a');

void TestRecordings::downloadsWithFreshTokenAndKeepsItSecret() {
    int staleRequests = 0;
    m_simulator->server().route(
        QStringLiteral("/media/rec-77/content"), [&staleRequests](HttpExchange *exchange) {
            const QString token =
                QUrlQuery(exchange->url).queryItemValue(QStringLiteral("access_token"));
            if (token == kFreshToken) {
                exchange->respond(200, "audio/mpeg", kAudio);
            } else {
                ++staleRequests;
                exchange->respond(401, "application/json", "{\"error\":\"token expired\"}");
            }
        });
    startApp();
    QVERIFY(waitForRegistration());
    const QString session = QStringLiteral("7001");
    const auto recordWithToken = [&](const QString &token) {
        QJsonObject call = CallSamples::recordCall(session, QStringLiteral("Accepted"), 42);
        call.insert(
            QStringLiteral("recording"),
            QJsonObject{
                {QStringLiteral("id"), QStringLiteral("rec-77")},
                {QStringLiteral("type"), QStringLiteral("OnDemand")},
                {QStringLiteral("link"),
                 QStringLiteral("https://apps.ringcentral.com/recording/?id=rec-77")},
                {QStringLiteral("contentUri"),
                 m_simulator->server().url(QStringLiteral("/media/rec-77/content")).toString()
                     + QStringLiteral("?access_token=") + token},
            });
        return call;
    };
    // The widget's /get-call-log knows the call with a fresh token.
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("addCalls")},
                          {QStringLiteral("calls"), QJsonArray{recordWithToken(kFreshToken)}}});
    QVERIFY(m_simulator->waitForReport(QStringLiteral("calls-added")));

    const QString id = m_simulator->request(
        QStringLiteral("/callLogger"),
        CallSamples::loggerBody(recordWithToken(kStaleToken), QStringLiteral("callLogSync")));
    QCOMPARE(responseTo(id).value(QLatin1String("data")).toString(), QStringLiteral("ok"));

    StorageProbe store(m_app->storage());
    QTRY_COMPARE_WITH_TIMEOUT(
        store.recording(QStringLiteral("rec-77")).value_or(RecordingRecord()).state,
        RecordingState::Done, 30000);
    QCOMPARE(staleRequests, 1);
    QVERIFY(m_simulator->waitForReceived(QStringLiteral("rc-adapter-message-request")));
    const RecordingRecord recording = *store.recording(QStringLiteral("rec-77"));
    QFile file(recording.localFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kAudio);
    QVERIFY(recording.localFile.endsWith(QLatin1String("_rec-77.mp3")));
    QVERIFY(recording.localFile.contains(QLatin1String("_Inbound_+15551230001_")));
    QCOMPARE(QFile::permissions(recording.localFile) & (QFile::ReadOther | QFile::ReadGroup),
             QFile::Permissions());
    QVERIFY(recording.contentUrl.query().isEmpty());

    // No token in anything CallDock wrote (database, WAL, logs, settings, recordings).
    QDirIterator files(m_dataDir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        QFile candidate(path);
        QVERIFY(candidate.open(QIODevice::ReadOnly));
        const QByteArray bytes = candidate.readAll();
        ++scanned;
        for (const QString &token : {kStaleToken, kFreshToken}) {
            QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY(scanned >= 3);
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestRecordings)
#include "tst_recordings.moc"
