// RecordingFetcher against a real local HTTP server: successful downloads, redirects, slow
// servers, duplicates and the limit of two downloads at once.

#include "recordingtestbed.h"

#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <utility>

namespace {

constexpr auto kGroupOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                             | QFileDevice::ExeGroup | QFileDevice::ReadOther
                             | QFileDevice::WriteOther | QFileDevice::ExeOther;

const QString kExpectedBase = QStringLiteral("2023-11-14_221320_Inbound_+15551230001_");

} // namespace

class TestRecordingDownload : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void success_data();
    void success();
    void redirect();
    void redirectLoop();
    void slowServer();
    void sameRecordingTwice();
    void atMostTwoAtOnce();
};

void TestRecordingDownload::initTestCase() {
    forbidGuiThreadSql();
    qputenv("TZ", "UTC");
    qRegisterMetaType<RecordingState>();
}

void TestRecordingDownload::success_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("extension");
    QTest::addColumn<int>("size");
    QTest::newRow("mp3") << QByteArray("audio/mpeg") << QStringLiteral("mp3") << 300000;
    QTest::newRow("wav") << QByteArray("audio/wav") << QStringLiteral("wav") << 70000;
    QTest::newRow("x-wav") << QByteArray("audio/x-wav") << QStringLiteral("wav") << 1;
    QTest::newRow("ogg") << QByteArray("audio/ogg; codecs=opus") << QStringLiteral("ogg") << 4096;
    QTest::newRow("m4a") << QByteArray("audio/mp4") << QStringLiteral("m4a") << 1000000;
    QTest::newRow("unknown") << QByteArray("application/octet-stream") << QStringLiteral("bin")
                             << 12345;
}

void TestRecordingDownload::success() {
    QFETCH(QByteArray, contentType);
    QFETCH(QString, extension);
    QFETCH(int, size);
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    const QByteArray audio = fakeAudio(size);
    serveRecording(bed.server(), QStringLiteral("/media/rec-1"), contentType, audio);
    QVERIFY(bed.addCall(QStringLiteral("s-1"), QStringLiteral("rec-1"),
                        QStringLiteral("/media/rec-1")));
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    QSignalSpy progress(&bed.fetcher(), &RecordingFetcher::progressChanged);

    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-1"),
                                  bed.tokenUrl(QStringLiteral("/media/rec-1"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("rec-1"));
    QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Done);
    QCOMPARE(finished.at(0).at(2).toString(), QString());

    const QString name = kExpectedBase + QStringLiteral("rec-1.") + extension;
    QCOMPARE(bed.folderEntries(), QStringList{name}); // and no .part left
    const QString path = QDir(bed.folder()).absoluteFilePath(name);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), audio);
    QCOMPARE(file.permissions() & kGroupOther, QFileDevice::Permissions());
    QVERIFY(!(file.permissions() & QFileDevice::ExeOwner));
    QCOMPARE(QFileInfo(bed.folder()).permissions() & kGroupOther, QFileDevice::Permissions());

    const std::optional<RecordingRecord> row = bed.recording(QStringLiteral("rec-1"));
    QVERIFY(row);
    QCOMPARE(row->state, RecordingState::Done);
    QCOMPARE(row->localFile, path);
    QCOMPARE(row->sizeBytes, qint64(size));
    QCOMPARE(row->receivedBytes, qint64(size));
    QCOMPARE(row->attempts, 1);
    QCOMPARE(row->lastError, QString());
    QVERIFY(!row->contentUrl.hasQuery());

    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(1).toLongLong(), qint64(size));
    QCOMPARE(progress.last().at(2).toLongLong(), qint64(size));
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/rec-1")), 1);
    QCOMPARE(bed.fetcher().pendingCount(), 0);
    QCOMPARE(bed.fetcher().summary(), QString());
}

void TestRecordingDownload::redirect() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    const QByteArray audio = fakeAudio(5000);
    const QByteArray target = bed.server().url(QStringLiteral("/cdn/rec-2.mp3")).toEncoded();
    bed.server().route(QStringLiteral("/media/rec-2"), [target](HttpExchange *exchange) {
        exchange->respond(302, "text/html", "<a>moved</a>", {{"Location", target}});
    });
    serveRecording(bed.server(), QStringLiteral("/cdn/rec-2.mp3"), "audio/mpeg", audio);
    QVERIFY(bed.addCall(QStringLiteral("s-2"), QStringLiteral("rec-2"),
                        QStringLiteral("/media/rec-2")));
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);

    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-2"),
                                  bed.tokenUrl(QStringLiteral("/media/rec-2"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Done);
    const QString name = kExpectedBase + QStringLiteral("rec-2.mp3");
    QCOMPARE(bed.folderEntries(), QStringList{name});
    QFile file(QDir(bed.folder()).filePath(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), audio); // the redirect's own body was not saved
    QCOMPARE(bed.server().requestCount(QStringLiteral("/cdn/rec-2.mp3")), 1);
}

void TestRecordingDownload::redirectLoop() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    const QByteArray self = bed.server().url(QStringLiteral("/media/rec-3")).toEncoded();
    bed.server().route(QStringLiteral("/media/rec-3"), [self](HttpExchange *exchange) {
        exchange->respond(302, "text/plain", "again", {{"Location", self}});
    });
    QVERIFY(bed.addCall(QStringLiteral("s-3"), QStringLiteral("rec-3"),
                        QStringLiteral("/media/rec-3")));
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);

    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-3"),
                                  bed.tokenUrl(QStringLiteral("/media/rec-3"))));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Failed);
    QVERIFY(!finished.at(0).at(2).toString().isEmpty());
    QVERIFY(bed.folderEntries().isEmpty());
    // Not retried: 1 request + at most 5 redirects followed.
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/rec-3")), 6);
    QCOMPARE(bed.recording(QStringLiteral("rec-3"))->state, RecordingState::Failed);
}

void TestRecordingDownload::slowServer() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    RecordingFetcher::Policy policy = RecordingTestBed::quickPolicy();
    policy.transferTimeoutMs = 2000; // far above the 20 ms gaps below
    bed.fetcher().setPolicy(policy);
    const QByteArray audio = fakeAudio(40 * 1024);
    // Headers first, then 4 KiB every 20 ms: slow but never silent for long.
    bed.server().route(QStringLiteral("/media/rec-4"), [audio](HttpExchange *exchange) {
        exchange->writeRaw("HTTP/1.1 200 OK\r\nContent-Type: audio/mpeg\r\nContent-Length: "
                           + QByteArray::number(audio.size()) + "\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(exchange);
        auto offset = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, exchange, [exchange, timer, audio, offset] {
            exchange->writeRaw(audio.mid(*offset, 4096));
            *offset += 4096;
            if (*offset >= audio.size()) {
                timer->stop();
                exchange->close();
            }
        });
        timer->start(20);
    });
    QVERIFY(bed.addCall(QStringLiteral("s-4"), QStringLiteral("rec-4"),
                        QStringLiteral("/media/rec-4")));
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    QSignalSpy progress(&bed.fetcher(), &RecordingFetcher::progressChanged);

    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-4"),
                                  bed.tokenUrl(QStringLiteral("/media/rec-4"))));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 10000);
    QCOMPARE(bed.fetcher().activeCount(), 1);
    QVERIFY2(bed.fetcher().summary().contains(QLatin1String("downloading")),
             qPrintable(bed.fetcher().summary()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(1).value<RecordingState>(), RecordingState::Done);
    QVERIFY(progress.size() > 1);
    QCOMPARE(bed.recording(QStringLiteral("rec-4"))->sizeBytes, qint64(audio.size()));
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/rec-4")), 1);
}

void TestRecordingDownload::sameRecordingTwice() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    serveRecording(bed.server(), QStringLiteral("/media/rec-5"), "audio/mpeg", fakeAudio(9000));
    serveRecording(bed.server(), QStringLiteral("/media/rec-6"), "audio/mpeg", fakeAudio(9000));
    QVERIFY(bed.addCall(QStringLiteral("s-5"), QStringLiteral("rec-5"),
                        QStringLiteral("/media/rec-5")));
    QVERIFY(bed.addCall(QStringLiteral("s-6"), QStringLiteral("rec-6"),
                        QStringLiteral("/media/rec-6")));
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);

    const QUrl url = bed.tokenUrl(QStringLiteral("/media/rec-5"));
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-5"), url));
    // The widget reports the same recording again (second callLogSync) with a new token.
    QVERIFY(
        bed.fetcher().enqueue(QStringLiteral("rec-5"), bed.tokenUrl(QStringLiteral("/media/rec-5"),
                                                                    QStringLiteral("tokOTHER"))));
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-6"),
                                  bed.tokenUrl(QStringLiteral("/media/rec-6"))));
    QCOMPARE(bed.fetcher().pendingCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/rec-5")), 1);

    // Done: later reports of the recording start nothing.
    QVERIFY(bed.addCall(QStringLiteral("s-5"), QStringLiteral("rec-5"),
                        QStringLiteral("/media/rec-5"), QStringLiteral("tokTHIRD")));
    // Accepted for a look-up in the store, which finds it Done: dropped without a request.
    QVERIFY(bed.fetcher().enqueue(QStringLiteral("rec-5"), url));
    QTRY_COMPARE_WITH_TIMEOUT(bed.fetcher().pendingCount(), 0, 5000);
    QCOMPARE(bed.server().requestCount(QStringLiteral("/media/rec-5")), 1);
    QCOMPARE(bed.recording(QStringLiteral("rec-5"))->state, RecordingState::Done);
    QCOMPARE(bed.folderEntries().size(), 2);
}

void TestRecordingDownload::atMostTwoAtOnce() {
    RecordingTestBed bed;
    QVERIFY(bed.ok());
    int open = 0;
    int mostOpen = 0;
    int requests = 0;
    QList<QPointer<HttpExchange>> held;
    const QByteArray audio = fakeAudio(2048);
    // Answers are held until two requests are open (or the last one came), then released a
    // little later: a third download allowed to start would show up as a third open request.
    bed.server().route(QStringLiteral("/media/many/"), [&](HttpExchange *exchange) {
        ++requests;
        held.append(exchange);
        mostOpen = qMax(mostOpen, ++open);
        if (open >= 2 || requests == 5) {
            QTimer::singleShot(100, &bed.server(), [&] {
                for (const QPointer<HttpExchange> &waiting : std::exchange(held, {})) {
                    --open;
                    if (waiting) {
                        waiting->respond(200, "audio/wav", audio);
                    }
                }
            });
        }
    });
    QSignalSpy finished(&bed.fetcher(), &RecordingFetcher::finished);
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("rec-m%1").arg(i);
        const QString path = QStringLiteral("/media/many/") + id;
        QVERIFY(bed.addCall(QStringLiteral("s-m%1").arg(i), id, path));
        QVERIFY(bed.fetcher().enqueue(id, bed.tokenUrl(path)));
    }
    QCOMPARE(bed.fetcher().pendingCount(), 5);
    QCOMPARE(bed.fetcher().activeCount(), 2);
    QVERIFY2(bed.fetcher().summary().contains(QLatin1String("waiting")),
             qPrintable(bed.fetcher().summary()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 20000);
    QCOMPARE(mostOpen, 2);
    for (const QList<QVariant> &arguments : finished) {
        QCOMPARE(arguments.at(1).value<RecordingState>(), RecordingState::Done);
    }
    QCOMPARE(bed.folderEntries().size(), 5);
}

QTEST_GUILESS_MAIN(TestRecordingDownload)
#include "tst_recordingdownload.moc"
