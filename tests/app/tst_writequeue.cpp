// WriteQueue against a real SQLite file on a real storage thread: group commits, failures kept
// and retried, a database held by another program, and nothing run on the GUI thread.
#include "storageprobe.h"
#include "storagethread.h"
#include "writequeue.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestWriteQueue : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void burstIsOneCommitAndEveryWriteReports();
    void writesArrivingDuringACommitShareTheNext();
    void writesWaitingAtDestructionAreStored();
    void largeBatchIsAnsweredOverSeveralTurns();
    void onlyIfLoggedSkipsUnknownCalls();
    void busyDatabaseIsRetriedUntilStored();
    void failedWritesRecoverWhenTheStoreOpens();

private:
    static WriteQueue::Write write(const QString &sessionId) {
        WriteQueue::Write w;
        w.facts.sessionId = sessionId;
        w.facts.direction = CallDirection::Inbound;
        w.facts.fromNumber = QStringLiteral("+16505550101");
        w.facts.startTimeMs = 1'764'000'000'000;
        return w;
    }
    QString path() const { return m_dir->filePath(QStringLiteral("calls.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<WriteQueue> m_queue;
};

void TestWriteQueue::initTestCase() {
    // A statement on the GUI thread aborts the test.
    qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1");
}

void TestWriteQueue::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<StorageThread>();
    QVERIFY(StorageProbe(m_storage.get())
                .run([p = path()](StorageSession &s) { return s.open(p); })
                .ok);
    m_queue = std::make_unique<WriteQueue>(*m_storage);
}

void TestWriteQueue::cleanup() {
    m_queue.reset();
    m_storage.reset();
    m_dir.reset();
}

void TestWriteQueue::burstIsOneCommitAndEveryWriteReports() {
    int reported = 0;
    QSignalSpy committed(m_queue.get(), &WriteQueue::committed);
    for (int i = 0; i < 50; ++i) {
        m_queue->submit(write(QStringLiteral("b%1").arg(i)),
                        [&reported](const WriteQueue::Outcome &outcome) {
                            QVERIFY(outcome.ok);
                            QVERIFY(outcome.changed);
                            ++reported;
                        });
    }
    QCOMPARE(reported, 0); // nothing is written on the calling thread
    QTRY_COMPARE(reported, 50);
    // Submitted in one event-loop turn: one transaction, one committed signal.
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.first().at(1).toStringList().size(), 50);
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 50);
}

void TestWriteQueue::writesArrivingDuringACommitShareTheNext() {
    // The widget's burst reaches the queue one QWebChannel message per event-loop turn. Hold the
    // storage thread (as a slow WAL sync does) while 20 writes arrive, each in its own turn.
    QSemaphore running;
    QSemaphore release;
    m_storage->submit([&](StorageSession &) {
        running.release();
        release.acquire();
    });
    running.acquire();
    // A failed check must not leave the storage thread held (cleanup() joins it).
    const auto unblock = qScopeGuard([&release] { release.release(); });
    int reported = 0;
    QSignalSpy committed(m_queue.get(), &WriteQueue::committed);
    for (int i = 0; i < 20; ++i) {
        m_queue->submit(write(QStringLiteral("t%1").arg(i)),
                        [&reported](const WriteQueue::Outcome &outcome) {
                            QVERIFY(outcome.ok);
                            ++reported;
                        });
        QTest::qWait(2); // the flush timer fires between two writes
    }
    // The holder and the first write's batch; the other 19 wait for that batch to commit.
    QCOMPARE(m_storage->queuedJobs(), 2);
    release.release();
    QTRY_COMPARE(reported, 20);
    QCOMPARE(committed.size(), 2);
    QCOMPARE(committed.at(1).at(1).toStringList().size(), 19);
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 20);
}

void TestWriteQueue::writesWaitingAtDestructionAreStored() {
    QSemaphore running;
    QSemaphore release;
    m_storage->submit([&](StorageSession &) {
        running.release();
        release.acquire();
    });
    running.acquire();
    const auto unblock = qScopeGuard([&release] { release.release(); });
    m_queue->submit(write(QStringLiteral("q1")));
    QTest::qWait(2);                              // q1's batch is on the storage thread
    m_queue->submit(write(QStringLiteral("q2"))); // waits for it
    QCOMPARE(m_storage->queuedJobs(), 2);
    m_queue.reset(); // CallDock quits
    release.release();
    QTRY_COMPARE(m_storage->queuedJobs(), 0);
    QVERIFY(StorageProbe(m_storage.get()).call(QStringLiteral("q2")));
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 2);
}

void TestWriteQueue::largeBatchIsAnsweredOverSeveralTurns() {
    // 1,000 answers in one go would hold the GUI thread for tens of milliseconds.
    int reported = 0;
    std::optional<int> reportedAtCommit;
    connect(m_queue.get(), &WriteQueue::committed, this,
            [&] { reportedAtCommit = reportedAtCommit.value_or(reported); });
    for (int i = 0; i < 1000; ++i) {
        m_queue->submit(write(QStringLiteral("s%1").arg(i)),
                        [&reported](const WriteQueue::Outcome &outcome) {
                            QVERIFY(outcome.ok);
                            ++reported;
                        });
    }
    QTRY_VERIFY(reportedAtCommit.has_value());
    QVERIFY2(*reportedAtCommit > 0 && *reportedAtCommit <= 100,
             qPrintable(QString::number(*reportedAtCommit)));
    QTRY_COMPARE(reported, 1000);
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 1000);
}

void TestWriteQueue::onlyIfLoggedSkipsUnknownCalls() {
    WriteQueue::Write unknown = write(QStringLiteral("u1"));
    unknown.onlyIfLogged = true;
    std::optional<WriteQueue::Outcome> result;
    m_queue->submit(unknown, [&result](const WriteQueue::Outcome &o) { result = o; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok);
    QVERIFY(result->skipped);
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 0);
}

void TestWriteQueue::busyDatabaseIsRetriedUntilStored() {
    QSignalSpy failed(m_queue.get(), &WriteQueue::writeFailed);
    QSignalSpy recovered(m_queue.get(), &WriteQueue::writesRecovered);
    const QString connection = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        locker.setDatabaseName(path());
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        int refused = 0;
        for (int i = 0; i < 5; ++i) {
            m_queue->submit(write(QStringLiteral("l%1").arg(i)),
                            [&refused](const WriteQueue::Outcome &outcome) {
                                QVERIFY(!outcome.ok);
                                QCOMPARE(outcome.error.code, StoreError::Code::Busy);
                                ++refused;
                            });
        }
        // The storage thread waits out the busy timeout; the GUI thread keeps turning.
        QTRY_COMPARE_WITH_TIMEOUT(refused, 5, 20000);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(m_queue->pendingWrites(), 5);
        QVERIFY(m_queue->isFailing(QStringLiteral("l3")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->pendingWrites(), 0, 30000);
    QCOMPARE(recovered.size(), 1);
    QVERIFY(!m_queue->isFailing(QStringLiteral("l3")));
    QCOMPARE(StorageProbe(m_storage.get()).callCount(), 5);
}

void TestWriteQueue::failedWritesRecoverWhenTheStoreOpens() {
    StorageProbe probe(m_storage.get());
    probe.run([](StorageSession &s) { s.store().close(); });
    std::optional<WriteQueue::Outcome> result;
    m_queue->submit(write(QStringLiteral("c1")),
                    [&result](const WriteQueue::Outcome &o) { result = o; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error.code, StoreError::Code::NotOpen);
    QCOMPARE(m_queue->pendingWrites(), 1);
    QVERIFY(probe.run([p = path()](StorageSession &s) { return s.open(p); }).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_queue->pendingWrites(), 0, 15000);
    QVERIFY(probe.call(QStringLiteral("c1")));
}

QTEST_GUILESS_MAIN(TestWriteQueue)
#include "tst_writequeue.moc"
