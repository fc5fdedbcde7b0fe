// RecordingFetcher when things go wrong: expired tokens, timeouts, incomplete bodies, server
// errors, unwritable folders and a full disk. Every case against the real local HTTP server.

#include "recordingtestbed.h"

#include <QFile>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

namespace {

using Provider = RecordingFetcher::FreshUrlProvider;

struct ProviderCall {
    QString sessionId;
    QString recordingId;
};

// Answers every request with `answer` (after an event loop turn, like the widget would) and
// records what was asked.
Provider recordingProvider(QList<ProviderCall> *calls, std::optional<QUrl> answer) {
    return [calls, answer](const QString &sessionId, const QString &recordingId,
                           std::function<void(std::optional<QUrl>)> done) {
        calls->append({sessionId, recordingId});
        QTimer::singleShot(0, [done, answer] { done(answer); });
    };
}

// Headers announcing `announced` bytes, then `sent` bytes, then the connection ends.
// With `chunked`, the body arrives complete in chunked encoding and the Content-Length header
// (which chunked encoding overrides) is wrong: only CallDock's own length check notices.
void serveShort(TestHttpServer &server, const QString &path, int announced, int sent,
                bool chunked) {
    server.route(path, [announced, sent, chunked](HttpExchange *exchange) {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                          + QByteArray::number(announced) + "\r\nConnection: close\r\n";
        if (chunked) {
            exchange->writeRaw(head + "Transfer-Encoding: chunked\r\n\r\n"
                               + QByteArray::number(sent, 16) + "\r\n" + fakeAudio(sent)
                               + "\r\n0\r\n\r\n");
        } else {
            exchange->writeRaw(head + "\r\n" + fakeAudio(sent));
        }
        exchange->close();
    });
}

} // namespace

class TestRecordingFailures : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unauthorizedThenFreshUrl();
    void unauthorizedProviderHasNoUrl();
    void unauthorizedWithoutProvider();
    void timeoutThenSuccess();
    void timeoutEveryTime();
    void incompleteBody_data();
    void incompleteBody();
    void truncatedOnceThenComplete();
    void serverErrorThenSuccess();
    void notFound();
    void folderUnderRegularFile();
    void folderWithoutFileCreation();
    void diskFull();

private:
    std::unique_ptr<RecordingTestBed> m_bed;
    QSignalSpy *m_finished = nullptr;
    bool enqueueAt(const QString &id, const QString &path);
    RecordingState finalState(int index = 0) const;
    QString finalError(int index = 0) const;
};

void TestRecordingFailures::initTestCase() {
    forbidGuiThreadSql();
    qputenv("TZ", "UTC");
}

void TestRecordingFailures::init() {
    m_bed = std::make_unique<RecordingTestBed>();
    QVERIFY(m_bed->ok());
    m_finished = new QSignalSpy(&m_bed->fetcher(), &RecordingFetcher::finished);
}

void TestRecordingFailures::cleanup() {
    delete m_finished;
    m_finished = nullptr;
    m_bed.reset();
}

bool TestRecordingFailures::enqueueAt(const QString &id, const QString &path) {
    return m_bed->addCall(QStringLiteral("s-") + id, id, path)
           && m_bed->fetcher().enqueue(id, m_bed->tokenUrl(path));
}

RecordingState TestRecordingFailures::finalState(int index) const {
    return m_finished->at(index).at(1).value<RecordingState>();
}

QString TestRecordingFailures::finalError(int index) const {
    return m_finished->at(index).at(2).toString();
}

void TestRecordingFailures::unauthorizedThenFreshUrl() {
    const QByteArray audio = fakeAudio(20000);
    m_bed->server().route(QStringLiteral("/media/r1"), [audio](HttpExchange *exchange) {
        if (exchange->url.query() == QLatin1String("access_token=tokFRESH")) {
            exchange->respond(200, "audio/mpeg", audio);
        } else {
            exchange->respond(401, "application/json", "{\"errorCode\":\"TokenExpired\"}");
        }
    });
    QList<ProviderCall> calls;
    m_bed->fetcher().setFreshUrlProvider(recordingProvider(
        &calls, m_bed->tokenUrl(QStringLiteral("/media/r1"), QStringLiteral("tokFRESH"))));

    QVERIFY(enqueueAt(QStringLiteral("r1"), QStringLiteral("/media/r1")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Done);
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).sessionId, QStringLiteral("s-r1"));
    QCOMPARE(calls.at(0).recordingId, QStringLiteral("r1"));
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r1")), 2);
    const std::optional<RecordingRecord> row = m_bed->recording(QStringLiteral("r1"));
    QCOMPARE(row->attempts, 2);
    QCOMPARE(row->sizeBytes, qint64(audio.size()));
    QCOMPARE(m_bed->folderEntries().size(), 1); // the 401 body was not saved
}

void TestRecordingFailures::unauthorizedProviderHasNoUrl() {
    m_bed->server().route(QStringLiteral("/media/r2"), [](HttpExchange *exchange) {
        exchange->respond(403, "text/plain", "forbidden");
    });
    QList<ProviderCall> calls;
    m_bed->fetcher().setFreshUrlProvider(recordingProvider(&calls, std::nullopt));

    QVERIFY(enqueueAt(QStringLiteral("r2"), QStringLiteral("/media/r2")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Expired);
    QVERIFY(!finalError().isEmpty());
    QCOMPARE(calls.size(), 1);
    const std::optional<RecordingRecord> row = m_bed->recording(QStringLiteral("r2"));
    QCOMPARE(row->state, RecordingState::Expired);
    QCOMPARE(row->lastError, finalError());
    // The user can still play it in the browser.
    QCOMPARE(row->link, QUrl(QStringLiteral("https://service.example.invalid/recording/?id=r2")));
    QCOMPARE(row->localFile, QString());
    QVERIFY(m_bed->folderEntries().isEmpty());
}

void TestRecordingFailures::unauthorizedWithoutProvider() {
    m_bed->server().route(QStringLiteral("/media/r3"), [](HttpExchange *exchange) {
        exchange->respond(401, "text/plain", "expired");
    });
    QVERIFY(enqueueAt(QStringLiteral("r3"), QStringLiteral("/media/r3")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Expired);
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r3")), 1);
}

void TestRecordingFailures::timeoutThenSuccess() {
    RecordingFetcher::Policy policy = RecordingTestBed::quickPolicy();
    policy.transferTimeoutMs = 300;
    m_bed->fetcher().setPolicy(policy);
    const QByteArray audio = fakeAudio(8000);
    int requests = 0;
    m_bed->server().route(QStringLiteral("/media/r4"), [&requests, audio](HttpExchange *exchange) {
        if (++requests == 1) {
            // Headers and a little data, then silence with the connection left open.
            exchange->writeRaw("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                               + QByteArray::number(audio.size()) + "\r\n\r\n" + audio.left(100));
            return;
        }
        exchange->respond(200, "audio/mpeg", audio);
    });
    QVERIFY(enqueueAt(QStringLiteral("r4"), QStringLiteral("/media/r4")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Done);
    QCOMPARE(requests, 2);
    QCOMPARE(m_bed->recording(QStringLiteral("r4"))->attempts, 2);
    QCOMPARE(m_bed->folderEntries().size(), 1);
}

void TestRecordingFailures::timeoutEveryTime() {
    RecordingFetcher::Policy policy = RecordingTestBed::quickPolicy();
    policy.transferTimeoutMs = 200;
    m_bed->fetcher().setPolicy(policy);
    m_bed->server().route(QStringLiteral("/media/r5"), [](HttpExchange *) {
        // Never answers.
    });
    QVERIFY(enqueueAt(QStringLiteral("r5"), QStringLiteral("/media/r5")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY(!finalError().isEmpty());
    // One attempt and one retry per configured delay.
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r5")), 3);
    QCOMPARE(m_bed->recording(QStringLiteral("r5"))->attempts, 3);
    QVERIFY(m_bed->folderEntries().isEmpty());
}

void TestRecordingFailures::incompleteBody_data() {
    QTest::addColumn<int>("announced");
    QTest::addColumn<int>("sent");
    QTest::addColumn<bool>("chunked");
    QTest::newRow("truncated") << 100000 << 30000 << false;
    QTest::newRow("length off by one") << 5001 << 5000 << false;
    QTest::newRow("headers only") << 4000 << 0 << false;
    QTest::newRow("chunked, wrong length") << 6000 << 5000 << true;
}

void TestRecordingFailures::incompleteBody() {
    QFETCH(int, announced);
    QFETCH(int, sent);
    QFETCH(bool, chunked);
    serveShort(m_bed->server(), QStringLiteral("/media/r6"), announced, sent, chunked);
    QVERIFY(enqueueAt(QStringLiteral("r6"), QStringLiteral("/media/r6")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY(!finalError().isEmpty());
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r6")), 3);
    QVERIFY2(m_bed->folderEntries().isEmpty(), qPrintable(m_bed->folderEntries().join(u',')));
    const std::optional<RecordingRecord> row = m_bed->recording(QStringLiteral("r6"));
    QCOMPARE(row->state, RecordingState::Failed);
    QCOMPARE(row->localFile, QString());
}

void TestRecordingFailures::truncatedOnceThenComplete() {
    const QByteArray audio = fakeAudio(50000);
    int requests = 0;
    m_bed->server().route(QStringLiteral("/media/r7"), [&requests, audio](HttpExchange *exchange) {
        if (++requests == 1) {
            exchange->writeRaw("HTTP/1.1 200 OK\r\nContent-Type: audio/wav\r\nContent-Length: "
                               + QByteArray::number(audio.size()) + "\r\n\r\n" + audio.left(20000));
            exchange->close();
            return;
        }
        exchange->respond(200, "audio/wav", audio);
    });
    QVERIFY(enqueueAt(QStringLiteral("r7"), QStringLiteral("/media/r7")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Done);
    QCOMPARE(requests, 2);
    const std::optional<RecordingRecord> row = m_bed->recording(QStringLiteral("r7"));
    QFile file(row->localFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), audio);
    QCOMPARE(m_bed->folderEntries().size(), 1);
}

void TestRecordingFailures::serverErrorThenSuccess() {
    int requests = 0;
    m_bed->server().route(QStringLiteral("/media/r8"), [&requests](HttpExchange *exchange) {
        if (++requests == 1) {
            exchange->respond(503, "text/plain", "busy");
            return;
        }
        exchange->respond(200, "audio/ogg", fakeAudio(3000));
    });
    QVERIFY(enqueueAt(QStringLiteral("r8"), QStringLiteral("/media/r8")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Done);
    QCOMPARE(requests, 2);
}

void TestRecordingFailures::notFound() {
    m_bed->server().route(QStringLiteral("/media/r9"), [](HttpExchange *exchange) {
        exchange->respond(404, "text/plain", "no such recording");
    });
    QVERIFY(enqueueAt(QStringLiteral("r9"), QStringLiteral("/media/r9")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY(finalError().contains(QLatin1String("404")));
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r9")), 1);
}

void TestRecordingFailures::folderUnderRegularFile() {
    // Tests run as root, where a 0555 folder is still writable. A folder below a regular file
    // cannot be created by anyone.
    const QString blocker = m_bed->dataDir() + QStringLiteral("/not-a-folder");
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    m_bed->fetcher().setDownloadFolder(blocker + QStringLiteral("/recordings"));
    serveRecording(m_bed->server(), QStringLiteral("/media/r10"), "audio/mpeg", fakeAudio(100));

    QVERIFY(enqueueAt(QStringLiteral("r10"), QStringLiteral("/media/r10")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("not-a-folder")), qPrintable(finalError()));
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r10")), 0);
    QCOMPARE(m_bed->recording(QStringLiteral("r10"))->lastError, finalError());
    // Counted, so a folder that stays broken does not cost a fresh URL at every start forever.
    QCOMPARE(m_bed->recording(QStringLiteral("r10"))->attempts, 1);
}

void TestRecordingFailures::folderWithoutFileCreation() {
    // An existing folder in which even root cannot create files.
    m_bed->fetcher().setDownloadFolder(QStringLiteral("/proc/self"));
    serveRecording(m_bed->server(), QStringLiteral("/media/r11"), "audio/mpeg", fakeAudio(100));

    QVERIFY(enqueueAt(QStringLiteral("r11"), QStringLiteral("/media/r11")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("/proc/self")), qPrintable(finalError()));
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r11")), 1); // no retry
}

void TestRecordingFailures::diskFull() {
    // A real full disk needs a mount; a file size limit makes write() fail the same way
    // mid-download (EFBIG instead of ENOSPC). SIGXFSZ would otherwise kill the test.
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit original{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &original), 0);
    rlimit limited = original;
    limited.rlim_cur = 1024 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const auto restore = qScopeGuard([&original] { setrlimit(RLIMIT_FSIZE, &original); });

    serveRecording(m_bed->server(), QStringLiteral("/media/r12"), "audio/mpeg",
                   fakeAudio(3 * 1024 * 1024));
    QVERIFY(enqueueAt(QStringLiteral("r12"), QStringLiteral("/media/r12")));
    QTRY_COMPARE_WITH_TIMEOUT(m_finished->size(), 1, 10000);
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(m_bed->folder()), qPrintable(finalError()));
    QCOMPARE(m_bed->server().requestCount(QStringLiteral("/media/r12")), 1); // no retry
    QVERIFY(m_bed->folderEntries().isEmpty());
    QCOMPARE(m_bed->recording(QStringLiteral("r12"))->state, RecordingState::Failed);
}

QTEST_GUILESS_MAIN(TestRecordingFailures)
#include "tst_recordingfailures.moc"
