// The outbox: every change to a logged call lands in it in the same transaction, in order,
// with a stable event id; consumers read and confirm; confirmed rows are pruned; without
// consumers it stays bounded. Real SQLite files.
#include "callstore.h"
#include "schema.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestOutbox : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyKindOfChangeInOrder();
    void unchangedUpdatesAddNothing();
    void failedBatchAddsNothing();
    void consumersReadConfirmAndPrune();
    void newConsumerFromNow();
    void boundedWithoutConsumers();
    void survivesReopen();

private:
    static CallFacts live(const QString &sessionId, const QString &status) {
        CallFacts facts;
        facts.sessionId = sessionId;
        facts.direction = CallDirection::Inbound;
        facts.fromNumber = QStringLiteral("+16505550101");
        facts.result = status;
        facts.startTimeMs = 1'764'000'000'000;
        return facts;
    }
    static CallFacts final(const QString &sessionId) {
        CallFacts facts = live(sessionId, QStringLiteral("Accepted"));
        facts.isFinal = true;
        facts.durationSeconds = 42;
        facts.action = QStringLiteral("Phone Call");
        return facts;
    }
    QStringList changes(const QString &consumer) {
        QStringList result;
        const CallStore::OutboxRead read = m_store->outboxPending(consumer, 1000);
        for (const OutboxEntry &entry : read.entries) {
            result << entry.entityKey + QLatin1Char(':') + entry.change;
        }
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
};

void TestOutbox::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<CallStore>();
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("calls.sqlite"))).ok);
    QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("test"), false).ok);
}

void TestOutbox::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestOutbox::everyKindOfChangeInOrder() {
    const QString a = QStringLiteral("a");
    QVERIFY(m_store->upsertCall(live(a, QStringLiteral("Ringing"))).ok);
    QVERIFY(m_store->upsertCall(live(a, QStringLiteral("CallConnected"))).ok);
    CallFacts withRecording = final(a);
    withRecording.recording =
        RecordingFacts{QStringLiteral("rec-1"), QUrl(QStringLiteral("https://media.example/r/1")),
                       QUrl(), QStringLiteral("Automatic")};
    QVERIFY(m_store->upsertCall(withRecording).ok);
    QVERIFY(m_store->setNote(a, QStringLiteral("Quote"), QStringLiteral("Call back Friday")).ok);
    QVERIFY(m_store
                ->setRecordingState(QStringLiteral("rec-1"), RecordingState::Done,
                                    QStringLiteral("/tmp/r.mp3"), 10, 1, QString())
                .ok);
    QVERIFY(m_store->deleteCall(a).ok);

    QCOMPARE(changes(QStringLiteral("test")), QStringList({"a:created", "a:updated", "a:finished",
                                                           "a:note", "a:recording", "a:deleted"}));
    const CallStore::OutboxRead read = m_store->outboxPending(QStringLiteral("test"), 100);
    QSet<QString> ids;
    qint64 previous = 0;
    for (const OutboxEntry &entry : read.entries) {
        QVERIFY(entry.seq > previous);
        previous = entry.seq;
        QCOMPARE(entry.eventId.size(), 32);
        ids.insert(entry.eventId);
        QCOMPARE(entry.entityKind, QStringLiteral("call"));
        QVERIFY(entry.createdMs > 0);
    }
    QCOMPARE(ids.size(), read.entries.size());
}

void TestOutbox::unchangedUpdatesAddNothing() {
    QVERIFY(m_store->upsertCall(final(QStringLiteral("b"))).ok);
    QVERIFY(m_store->upsertCall(final(QStringLiteral("b"))).ok);
    QVERIFY(m_store->upsertCall(live(QStringLiteral("b"), QStringLiteral("CallConnected"))).ok);
    QCOMPARE(changes(QStringLiteral("test")), QStringList({"b:created"}));
}

void TestOutbox::failedBatchAddsNothing() {
    CallFacts noSession = final(QString());
    const CallStore::BatchResult result =
        m_store->upsertCalls({final(QStringLiteral("c1")), noSession}, LoggedBy::Auto);
    QVERIFY(!result.ok);
    QCOMPARE(result.error.code, StoreError::Code::InvalidInput);
    QCOMPARE(m_store->outboxSize(), 0);
    QCOMPARE(m_store->callCount(), 0);
}

void TestOutbox::consumersReadConfirmAndPrune() {
    QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("webhooks"), false).ok);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_store->upsertCall(final(QStringLiteral("d%1").arg(i))).ok);
    }
    const CallStore::OutboxRead first = m_store->outboxPending(QStringLiteral("test"), 2);
    QCOMPARE(first.entries.size(), 2);
    QVERIFY(m_store->confirmOutbox(QStringLiteral("test"), first.entries.last().seq).ok);
    QCOMPARE(m_store->outboxPending(QStringLiteral("test"), 100).entries.size(), 3);
    // Not pruned: "webhooks" has not confirmed anything yet.
    QCOMPARE(m_store->outboxSize(), 5);
    QCOMPARE(m_store->outboxPending(QStringLiteral("webhooks"), 100).entries.size(), 5);
    QVERIFY(m_store->confirmOutbox(QStringLiteral("webhooks"), first.entries.last().seq + 2).ok);
    // Both confirmed the first two: those go.
    QCOMPARE(m_store->outboxSize(), 3);
    // A stale confirmation never moves a consumer back.
    QVERIFY(m_store->confirmOutbox(QStringLiteral("webhooks"), first.entries.first().seq).ok);
    QCOMPARE(m_store->outboxPending(QStringLiteral("webhooks"), 100).entries.size(), 1);
    // A consumer that leaves no longer holds rows back.
    QVERIFY(m_store->unregisterOutboxConsumer(QStringLiteral("test")).ok);
    QVERIFY(m_store->confirmOutbox(QStringLiteral("webhooks"), first.entries.last().seq + 3).ok);
    QCOMPARE(m_store->outboxSize(), 0);
}

void TestOutbox::newConsumerFromNow() {
    QVERIFY(m_store->upsertCall(final(QStringLiteral("e1"))).ok);
    QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("late"), true).ok);
    QVERIFY(m_store->upsertCall(final(QStringLiteral("e2"))).ok);
    QCOMPARE(changes(QStringLiteral("late")), QStringList({"e2:created"}));
    // Registering again changes nothing.
    QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("late"), true).ok);
    QCOMPARE(changes(QStringLiteral("late")), QStringList({"e2:created"}));
}

void TestOutbox::boundedWithoutConsumers() {
    QVERIFY(m_store->unregisterOutboxConsumer(QStringLiteral("test")).ok);
    QList<CallFacts> calls;
    const int total = Schema::kOutboxRetainedWithoutConsumers + 250;
    for (int i = 0; i < total; ++i) {
        calls.append(final(QStringLiteral("f%1").arg(i)));
    }
    QVERIFY(m_store->upsertCalls(calls, LoggedBy::Auto).ok);
    QCOMPARE(m_store->outboxSize(), qint64(Schema::kOutboxRetainedWithoutConsumers));
    // The newest are kept.
    QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("now"), false).ok);
    const CallStore::OutboxRead read = m_store->outboxPending(QStringLiteral("now"), 1);
    QCOMPARE(read.entries.first().entityKey, QStringLiteral("f250"));
}

void TestOutbox::survivesReopen() {
    QVERIFY(m_store->upsertCall(final(QStringLiteral("g"))).ok);
    const QString eventId =
        m_store->outboxPending(QStringLiteral("test"), 1).entries.first().eventId;
    m_store->close();
    CallStore reopened;
    QVERIFY(reopened.open(m_dir->filePath(QStringLiteral("calls.sqlite"))).ok);
    const CallStore::OutboxRead read = reopened.outboxPending(QStringLiteral("test"), 10);
    QCOMPARE(read.entries.size(), 1);
    QCOMPARE(read.entries.first().eventId, eventId); // stable across restarts: the idempotency key
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
