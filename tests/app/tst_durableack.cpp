// "Acknowledged" means durable: every /callLogger acknowledgement is preceded by a sync of the
// WAL that happened after the request arrived. A VFS wrapping SQLite's default one (the Qt
// driver uses the same system library) records each sync; the responders record each answer.
#include "calllogger.h"
#include "settings.h"
#include "storageprobe.h"
#include "storagethread.h"
#include "syncrecordingvfs.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

namespace {

QMutex g_mutex;
QStringList g_events;

void record(const QString &event) {
    QMutexLocker lock(&g_mutex);
    g_events.append(event);
}

} // namespace

class TestDurableAck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyAcknowledgementFollowsAWalSync_data();
    void everyAcknowledgementFollowsAWalSync();
    void walIsSyncedOnCommit();
};

void TestDurableAck::initTestCase() {
    qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1");
    QVERIFY(SyncRecordingVfs::install([](const QString &path) {
        if (path.endsWith(QLatin1String("-wal"))) {
            record(QStringLiteral("sync-wal"));
        }
    }));
}

void TestDurableAck::everyAcknowledgementFollowsAWalSync_data() {
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("perTurn"); // requests submitted per event-loop turn (a burst)
    QTest::newRow("one by one") << 20 << 1;
    QTest::newRow("bursts of 50") << 200 << 50;
}

void TestDurableAck::everyAcknowledgementFollowsAWalSync() {
    QFETCH(int, requests);
    QFETCH(int, perTurn);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("calldock.ini")));
    StorageThread storage;
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(StorageProbe(&storage).run([path](StorageSession &s) { return s.open(path); }).ok);
    CallLogger logger(storage, settings);
    {
        QMutexLocker lock(&g_mutex);
        g_events.clear();
    }

    int answered = 0;
    for (int i = 0; i < requests; ++i) {
        const QString id = QStringLiteral("req-%1").arg(i);
        Protocol::CallLoggerRequest request;
        request.trigger = Protocol::CallLoggerTrigger::CallLogSync;
        request.call.sessionId = QStringLiteral("s-%1").arg(i);
        request.call.direction = CallDirection::Inbound;
        request.call.result = QStringLiteral("Accepted");
        request.call.action = QStringLiteral("Phone Call");
        const Responder responder(id, QStringLiteral("/callLogger"), 14'000,
                                  [&answered](const QString &requestId, const QJsonObject &r) {
                                      record((r.contains(QLatin1String("data"))
                                                  ? QStringLiteral("ack:")
                                                  : QStringLiteral("error:"))
                                             + requestId);
                                      ++answered;
                                  });
        record(QStringLiteral("request:") + id);
        logger.handleCallLogger(request, responder);
        if ((i + 1) % perTurn == 0) {
            QCoreApplication::processEvents();
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(answered, requests, 30000);

    QMutexLocker lock(&g_mutex);
    // Walk the log: since each request arrived, a WAL sync must have happened before its ack.
    QHash<QString, bool> syncedSince;
    int acks = 0;
    for (const QString &event : std::as_const(g_events)) {
        if (event.startsWith(QLatin1String("request:"))) {
            syncedSince.insert(event.mid(8), false);
        } else if (event == QLatin1String("sync-wal")) {
            for (auto it = syncedSince.begin(); it != syncedSince.end(); ++it) {
                it.value() = true;
            }
        } else if (event.startsWith(QLatin1String("ack:"))) {
            ++acks;
            QVERIFY2(syncedSince.value(event.mid(4)),
                     qPrintable(event + QStringLiteral(" came before any WAL sync")));
        } else {
            QFAIL(qPrintable(QStringLiteral("unexpected answer ") + event));
        }
    }
    QCOMPARE(acks, requests);
    const int syncs = int(g_events.count(QStringLiteral("sync-wal")));
    qInfo() << requests << "acknowledgements," << syncs << "WAL syncs";
    // Group commit: a burst costs one sync, not one per request.
    if (perTurn > 1) {
        QVERIFY(syncs < requests / 2);
    }
}

void TestDurableAck::walIsSyncedOnCommit() {
    QTemporaryDir dir;
    StorageThread storage;
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    StorageProbe probe(&storage);
    QVERIFY(probe.run([path](StorageSession &s) { return s.open(path); }).ok);
    {
        QMutexLocker lock(&g_mutex);
        g_events.clear();
    }
    CallFacts facts;
    facts.sessionId = QStringLiteral("one");
    QVERIFY(probe.upsertCall(facts).ok);
    QMutexLocker lock(&g_mutex);
    // synchronous=NORMAL would leave the WAL unsynced until a checkpoint.
    QVERIFY(g_events.contains(QStringLiteral("sync-wal")));
}

QTEST_GUILESS_MAIN(TestDurableAck)
#include "tst_durableack.moc"
