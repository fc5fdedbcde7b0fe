// RecordingFetcher across restarts and settings changes, and the promise that the access token
// of a recording URL never reaches a file CallDock writes or its log.

#include "recordingtestbed.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTest>
#include <QTimer>

namespace {

QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    g_previousHandler(type, context, message);
}

// A route that sends headers and a first chunk, then keeps the connection silent.
void serveStalled(TestHttpServer &server, const QString &path) {
    server.route(path, [](HttpExchange *exchange) {
        exchange->writeRaw("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                           "100000\r\n\r\n"
                           + fakeAudio(1000));
    });
}

} // namespace

class TestRecordingResume : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void resumeAfterRestart();
    void resumeNeedsProvider();
    void disableStopsDownloads();
    void progressReachesTheStore();
    void tokenNeverWritten();
    void failedRetriedAfterRestart();
    void failedGivesUpAfterStoredAttempts();
};

void TestRecordingResume::initTestCase() {
    forbidGuiThreadSql();
    qputenv("TZ", "UTC");
}

void TestRecordingResume::resumeAfterRestart() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    serveStalled(bed.server(), QStringLiteral("/media/p1"));
    QVERIFY(bed.addCall(QStringLiteral("s-p1"), QStringLiteral("p1"), QStringLiteral("/media/p1")));
    // p2 is reported but CallDock quits before starting it.
    QVERIFY(bed.addCall(QStringLiteral("s-p2"), QStringLiteral("p2"), QStringLiteral("/media/p2")));
    QSignalSpy progress(&bed.fetcher(), &RecordingFetcher::progressChanged);
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("p1"), bed.tokenUrl(QStringLiteral("/media/p1"))));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    QCOMPARE(bed.recording(QStringLiteral("p1"))->state, RecordingState::Downloading);

    QVERIFY(bed.restart());                 // CallDock quits mid-download and starts again
    QVERIFY(bed.folderEntries().isEmpty()); // the partial file went with the old fetcher
    QCOMPARE(bed.recording(QStringLiteral("p1"))->state, RecordingState::Downloading);
    QCOMPARE(bed.recording(QStringLiteral("p2"))->state, RecordingState::Queued);

    const QByteArray audio1 = fakeAudio(7000);
    const QByteArray audio2 = fakeAudio(9000);
    serveRecording(bed.server(), QStringLiteral("/fresh/p1"), "audio/mpeg", audio1);
    serveRecording(bed.server(), QStringLiteral("/fresh/p2"), "audio/wav", audio2);
    QStringList asked;
    const QUrl base = bed.server().url(QStringLiteral("/fresh/"));
    bed.fetcher().setFreshUrlProvider(
        [&asked, base](const QString &sessionId, const QString &recordingId,
                       std::function<void(std::optional<QUrl>)> done) {
            asked.append(sessionId + u'/' + recordingId);
            QUrl url = base.resolved(QUrl(recordingId));
            url.setQuery(QStringLiteral("access_token=tokFRESH"));
            QTimer::singleShot(10, [done, url] { done(url); });
        });
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    const QFuture<int> first = bed.fetcher().resumePending();
    const QFuture<int> second = bed.fetcher().resumePending();
    QCOMPARE(resultOf(first), 2);
    QCOMPARE(resultOf(second), 0); // already in work: nothing twice
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(asked, (QStringList{QStringLiteral("s-p1/p1"), QStringLiteral("s-p2/p2")}));
    for (const QString &id : {QStringLiteral("p1"), QStringLiteral("p2")}) {
        const std::optional<RecordingRecord> row = bed.recording(id);
        QCOMPARE(row->state, RecordingState::Done);
        QVERIFY(QFile::exists(row->localFile));
    }
    QCOMPARE(bed.recording(QStringLiteral("p1"))->attempts, 2);
    QCOMPARE(bed.recording(QStringLiteral("p2"))->sizeBytes, qint64(audio2.size()));
    QCOMPARE(bed.folderEntries().size(), 2);
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/p2")), 0);
}

void TestRecordingResume::resumeNeedsProvider() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    QVERIFY(bed.addCall(QStringLiteral("s-q"), QStringLiteral("q"), QStringLiteral("/media/q")));
    // Without a provider there is no way to get a token for an old row.
    QCOMPARE(resultOf(bed.fetcher().resumePending()), 0);
    QCOMPARE(bed.fetcher().pendingCount(), 0);
    QCOMPARE(bed.recording(QStringLiteral("q"))->state, RecordingState::Queued);
}

void TestRecordingResume::disableStopsDownloads() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    serveStalled(bed.server(), QStringLiteral("/media/d1"));
    QVERIFY(bed.addCall(QStringLiteral("s-d1"), QStringLiteral("d1"), QStringLiteral("/media/d1")));
    QSignalSpy progress(&bed.fetcher(), &RecordingFetcher::progressChanged);
    QSignalSpy counts(&bed.fetcher(), &RecordingFetcher::activeCountChanged);
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("d1"), bed.tokenUrl(QStringLiteral("/media/d1"))));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    QCOMPARE(bed.folderEntries().size(), 1);
    QVERIFY(bed.folderEntries().constFirst().endsWith(QLatin1String(".mp3.part")));

    bed.fetcher().setEnabled(false);
    QCOMPARE(bed.fetcher().pendingCount(), 0);
    QCOMPARE(counts.last().at(0).toInt(), 0);
    QVERIFY(bed.folderEntries().isEmpty());
    QCOMPARE(bed.recording(QStringLiteral("d1"))->state, RecordingState::Queued);
    QVERIFY(
        !bed.fetcher().enqueue(QStringLiteral("d1"), bed.tokenUrl(QStringLiteral("/media/d1"))));
    QCOMPARE(bed.fetcher().pendingCount(), 0);
}

void TestRecordingResume::progressReachesTheStore() {
    // The history window reads progress from the store: it arrives within
    // Policy::progressWriteMs (one job for all downloads), not only every few hundred KiB.
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    serveStalled(bed.server(), QStringLiteral("/media/w1"));
    QVERIFY(bed.addCall(QStringLiteral("s-w1"), QStringLiteral("w1"), QStringLiteral("/media/w1")));
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("w1"), bed.tokenUrl(QStringLiteral("/media/w1"))));
    const auto stored = [&bed] {
        const std::optional<RecordingRecord> row = bed.recording(QStringLiteral("w1"));
        return row && row->state == RecordingState::Downloading && row->receivedBytes == 1000
               && row->sizeBytes == 100000;
    };
    QVERIFY(QTest::qWaitFor(stored, 10000));
}

void TestRecordingResume::tokenNeverWritten() {
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.*=true"));
    g_log.clear();
    g_previousHandler = qInstallMessageHandler(captureMessage);
    const auto restoreHandler = qScopeGuard([] {
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });

    RecordingTestBed bed;
    QVERIFY(bed.ok());
    const QString token = QString::fromLatin1(RecordingTestBed::kToken);
    const QString freshToken = token + QStringLiteral("fresh");
    QStringList seenQueries;
    const QByteArray audio = fakeAudio(30000);
    bed.server().route(QStringLiteral("/media/"), [&](HttpExchange *exchange) {
        seenQueries.append(exchange->url.query());
        if (exchange->path.endsWith(QLatin1String("/t2"))
            && exchange->url.query() != QStringLiteral("access_token=") + freshToken) {
            exchange->respond(401, "text/plain", "token expired");
        } else if (exchange->path.endsWith(QLatin1String("/t3"))) {
            exchange->respond(500, "text/plain", "broken");
        } else {
            exchange->respond(200, "audio/mpeg", audio);
        }
    });
    bed.fetcher().setFreshUrlProvider([&](const QString &, const QString &recordingId,
                                          std::function<void(std::optional<QUrl>)> done) {
        done(bed.tokenUrl(QStringLiteral("/media/") + recordingId, freshToken));
    });
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    for (const QString &id : {QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3")}) {
        const QString path = QStringLiteral("/media/") + id;
        QVERIFY(bed.addCall(QStringLiteral("s-") + id, id, path));
        QVERIFY(bed.fetcher().enqueue(id, bed.tokenUrl(path)));
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 10000);
    QCOMPARE(bed.recording(QStringLiteral("t1"))->state, RecordingState::Done);
    QCOMPARE(bed.recording(QStringLiteral("t2"))->state, RecordingState::Done);
    QCOMPARE(bed.recording(QStringLiteral("t3"))->state, RecordingState::Failed);
    // The server did receive the tokens, so their absence below means something.
    QVERIFY(seenQueries.contains(QStringLiteral("access_token=") + token));
    QVERIFY(seenQueries.contains(QStringLiteral("access_token=") + freshToken));

    // Every file under the data folder, with the store still open (its -wal holds recent
    // writes).
    QVERIFY(QFile::exists(bed.databaseFile() + QStringLiteral("-wal")));
    const QByteArray utf16Token(reinterpret_cast<const char *>(token.utf16()), token.size() * 2);
    int scanned = 0;
    QDirIterator files(bed.dataDir(), QDir::Files | QDir::Hidden | QDir::System,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray content = file.readAll();
        QVERIFY2(!content.contains(RecordingTestBed::kToken), qPrintable(file.fileName()));
        QVERIFY2(!content.contains(utf16Token), qPrintable(file.fileName()));
        ++scanned;
    }
    QVERIFY(scanned >= 4); // database, -wal, -shm and two recordings

    const QString log = g_log.join(u'\n');
    QVERIFY(log.contains(QLatin1String("/media/t3"))); // URLs were logged, redacted
    QVERIFY2(!log.contains(token), qPrintable(log));
}

void TestRecordingResume::failedRetriedAfterRestart() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    // The first run: the server is broken, every retry fails, the recording ends Failed.
    bed.server().route(QStringLiteral("/media/f1"), [](HttpExchange *exchange) {
        exchange->respond(503, "text/plain", "down for maintenance");
    });
    QVERIFY(bed.addCall(QStringLiteral("s-f1"), QStringLiteral("f1"), QStringLiteral("/media/f1")));
    {
        QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
        QVERIFY(
            bed.fetcher().enqueue(QStringLiteral("f1"), bed.tokenUrl(QStringLiteral("/media/f1"))));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Failed);
    }
    QCOMPARE(bed.recording(QStringLiteral("f1"))->attempts, 3);

    // The next start: the server works again; the failed recording is tried once more, after
    // a delay, with a fresh URL.
    QVERIFY(bed.restart());
    const QByteArray audio = fakeAudio(5000);
    serveRecording(bed.server(), QStringLiteral("/media/f1"), "audio/mpeg", audio);
    int asked = 0;
    bed.fetcher().setFreshUrlProvider([&](const QString &, const QString &recordingId,
                                          std::function<void(std::optional<QUrl>)> done) {
        ++asked;
        done(bed.tokenUrl(QStringLiteral("/media/") + recordingId));
    });
    RecordingFetcher::Policy policy = RecordingTestBed::quickPolicy();
    policy.restartRetryDelayMs = 300;
    bed.fetcher().setPolicy(policy);
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(resultOf(bed.fetcher().resumePending()), 1);
    // Backing off: Queued, with the last reason kept for the history window.
    const std::optional<RecordingRecord> waiting = bed.recording(QStringLiteral("f1"));
    QCOMPARE(waiting->state, RecordingState::Queued);
    QVERIFY2(waiting->lastError.contains(QLatin1String("503")), qPrintable(waiting->lastError));
    QCOMPARE(asked, 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    // One failed run so far: the delay doubled.
    QVERIFY2(clock.elapsed() >= 600, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Done);
    QCOMPARE(asked, 1);
    const std::optional<RecordingRecord> row = bed.recording(QStringLiteral("f1"));
    QCOMPARE(row->state, RecordingState::Done);
    QCOMPARE(row->attempts, 4); // counted across both runs
    QFile file(row->localFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), audio);
}

void TestRecordingResume::failedGivesUpAfterStoredAttempts() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    const int maxAttempts = RecordingTestBed::quickPolicy().maxStoredAttempts;
    QVERIFY(bed.addCall(QStringLiteral("s-g1"), QStringLiteral("g1"), QStringLiteral("/media/g1")));
    QVERIFY(bed.addCall(QStringLiteral("s-g2"), QStringLiteral("g2"), QStringLiteral("/media/g2")));
    QVERIFY(bed.addCall(QStringLiteral("s-g3"), QStringLiteral("g3"), QStringLiteral("/media/g3")));
    // As earlier runs left them: out of attempts, one short of the limit, and expired (which
    // waits for a new token from the widget, not for a restart).
    QVERIFY(bed.setState(QStringLiteral("g1"), RecordingState::Failed, maxAttempts,
                         QStringLiteral("old failure")));
    QVERIFY(bed.setState(QStringLiteral("g2"), RecordingState::Failed, maxAttempts - 1,
                         QStringLiteral("old failure")));
    QVERIFY(bed.setState(QStringLiteral("g3"), RecordingState::Expired, 1));
    QVERIFY(bed.restart());
    serveRecording(bed.server(), QStringLiteral("/media/g2"), "audio/mpeg", fakeAudio(3000));
    QStringList asked;
    bed.fetcher().setFreshUrlProvider([&](const QString &, const QString &recordingId,
                                          std::function<void(std::optional<QUrl>)> done) {
        asked.append(recordingId);
        done(bed.tokenUrl(QStringLiteral("/media/") + recordingId));
    });
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    QCOMPARE(resultOf(bed.fetcher().resumePending()), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(asked, QStringList{QStringLiteral("g2")});
    QCOMPARE(bed.recording(QStringLiteral("g1"))->state, RecordingState::Failed);
    QCOMPARE(bed.recording(QStringLiteral("g2"))->state, RecordingState::Done);
    QCOMPARE(bed.recording(QStringLiteral("g3"))->state, RecordingState::Expired);
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/g1")), 0);
}

QTEST_GUILESS_MAIN(TestRecordingResume)
#include "tst_recordingresume.moc"
