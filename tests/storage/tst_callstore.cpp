// Upsert policy, notes, matching, recordings and deletion of CallStore on real SQLite files.

#include "callstore.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kStart = 1700000000000; // a fixed UTC ms "now" and call start

CallFacts presence(const QString &status, qint64 duration) {
    CallFacts facts;
    facts.sessionId = QStringLiteral("s-100");
    facts.telephonySessionId = QStringLiteral("t-100");
    facts.direction = CallDirection::Inbound;
    facts.fromNumber = QStringLiteral("+15551230001");
    facts.toNumber = QStringLiteral("+15551239999");
    facts.toName = QStringLiteral("Me");
    facts.startTimeMs = kStart;
    facts.durationSeconds = duration;
    facts.result = status;
    return facts;
}

CallFacts callLogRecord() {
    CallFacts facts;
    facts.sessionId = QStringLiteral("s-100");
    facts.telephonySessionId = QStringLiteral("t-100");
    facts.callLogId = QStringLiteral("log-7");
    facts.direction = CallDirection::Inbound;
    facts.fromNumber = QStringLiteral("+15551230001");
    facts.toNumber = QStringLiteral("+15551239999");
    facts.startTimeMs = kStart;
    facts.durationSeconds = 62;
    facts.result = QStringLiteral("Accepted");
    facts.action = QStringLiteral("Phone Call");
    facts.isFinal = true;
    return facts;
}

RecordingFacts recordingFacts() {
    RecordingFacts recording;
    recording.id = QStringLiteral("rec-1");
    recording.contentUri = QUrl(QStringLiteral(
        "https://media.example.invalid/restapi/v1.0/account/1/recording/rec-1/content"));
    recording.link = QUrl(QStringLiteral("https://apps.example.invalid/recording/?id=ab"));
    recording.type = QStringLiteral("OnDemand");
    return recording;
}

} // namespace

class TestCallStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void realisticSequence();
    void finalBeforeLastPresenceIsNotDowngraded();
    void laterFinalOverwritesEarlierFinal();
    void duplicatesAreIdempotent();
    void emptyFieldsNeverErase();
    void noteSurvivesAutomaticUpdates();
    void logWithNoteCreatesManualRow();
    void setNoteOnUnloggedCallFails();
    void matchLoggedUnloggedMixed();
    void matchTwoThousandIds();
    void batchUpsertIsAllOrNothing();
    void recordingStateIsNotResetByUpdates();
    void deleteCascadesRecordings();
    void rejectsMissingSessionId();
    void wrongThreadIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
    qint64 m_now = kStart;
};

void TestCallStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<CallStore>();
    m_now = kStart;
    m_store->setClock([this] { return m_now; });
    const CallStore::OpenResult opened = m_store->open(m_dir->filePath(QStringLiteral("c.db")));
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFromVersion, 0);
    QVERIFY(opened.movedAsidePath.isEmpty());
}

void TestCallStore::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestCallStore::realisticSequence() {
    const CallStore::UpsertResult ringing = m_store->upsertCall(presence("Ringing", 0));
    QVERIFY2(ringing.ok, qPrintable(ringing.error.logText()));
    QCOMPARE(ringing.change, CallStore::Change::Created);
    QVERIFY(ringing.entityId.startsWith(QLatin1String("cd-")));

    const QString entityId = ringing.entityId;
    const char *statuses[] = {"CallConnected", "OnHold", "CallConnected"};
    qint64 duration = 0;
    for (const char *status : statuses) {
        m_now += 10000;
        duration += 10;
        const CallStore::UpsertResult update = m_store->upsertCall(presence(status, duration));
        QVERIFY2(update.ok, qPrintable(update.error.logText()));
        QCOMPARE(update.change, CallStore::Change::Updated);
        QCOMPARE(update.entityId, entityId);
    }
    std::optional<CallRecord> live = m_store->call(QStringLiteral("s-100"));
    QVERIFY(live);
    QCOMPARE(live->result, QStringLiteral("CallConnected"));
    QCOMPARE(live->durationSeconds, std::optional<qint64>(30));
    QVERIFY(!live->isFinal);
    QCOMPARE(live->firstSeenMs, kStart);
    QCOMPARE(live->lastUpdateMs, kStart + 30000);

    m_now += 5000;
    QCOMPARE(m_store->upsertCall(callLogRecord()).change, CallStore::Change::Updated);
    m_now += 60000;
    CallFacts withRecording = callLogRecord();
    withRecording.recording = recordingFacts();
    const CallStore::UpsertResult recorded = m_store->upsertCall(withRecording);
    QVERIFY2(recorded.ok, qPrintable(recorded.error.logText()));
    QVERIFY(recorded.recordingCreated);
    QCOMPARE(recorded.entityId, entityId);

    const std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QVERIFY(stored);
    QCOMPARE(stored->entityId, entityId);
    QCOMPARE(stored->callLogId, QStringLiteral("log-7"));
    QCOMPARE(stored->result, QStringLiteral("Accepted"));
    QCOMPARE(stored->action, QStringLiteral("Phone Call"));
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(62));
    QCOMPARE(stored->toName, QStringLiteral("Me")); // only the live updates knew it
    QCOMPARE(stored->direction, CallDirection::Inbound);
    QCOMPARE(stored->loggedBy, LoggedBy::Auto);
    QVERIFY(stored->isFinal);
    QCOMPARE(stored->firstSeenMs, kStart);
    // The recording did not change call facts, so the call's last update stays at the sync.
    QCOMPARE(stored->lastUpdateMs, kStart + 35000);

    const std::optional<RecordingRecord> recording = m_store->recording(QStringLiteral("rec-1"));
    QVERIFY(recording);
    QCOMPARE(recording->sessionId, QStringLiteral("s-100"));
    QCOMPARE(recording->state, RecordingState::Queued);
    QCOMPARE(recording->type, QStringLiteral("OnDemand"));
    QCOMPARE(recording->link, recordingFacts().link);
    QCOMPARE(m_store->callCount(), 1);
}

void TestCallStore::finalBeforeLastPresenceIsNotDowngraded() {
    QVERIFY(m_store->upsertCall(presence("CallConnected", 20)).ok);
    QVERIFY(m_store->upsertCall(callLogRecord()).ok);
    // The "ended" presence update arrives late, with the previous status and its own duration.
    CallFacts late = presence("CallConnected", 64);
    late.fromName = QStringLiteral("Alice Example");
    const CallStore::UpsertResult result = m_store->upsertCall(late);
    QVERIFY(result.ok);
    QCOMPARE(result.change, CallStore::Change::Updated); // it filled the empty name
    const std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QVERIFY(stored);
    QCOMPARE(stored->result, QStringLiteral("Accepted"));
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(62));
    QCOMPARE(stored->callLogId, QStringLiteral("log-7"));
    QCOMPARE(stored->action, QStringLiteral("Phone Call"));
    QCOMPARE(stored->fromName, QStringLiteral("Alice Example"));
    QVERIFY(stored->isFinal);

    // A second late live update with nothing new must not change anything.
    m_now += 1000;
    QCOMPARE(m_store->upsertCall(late).change, CallStore::Change::Unchanged);
    QCOMPARE(m_store->call(QStringLiteral("s-100"))->lastUpdateMs, kStart);
}

void TestCallStore::laterFinalOverwritesEarlierFinal() {
    QVERIFY(m_store->upsertCall(callLogRecord()).ok);
    CallFacts corrected = callLogRecord();
    corrected.durationSeconds = 65;
    corrected.result = QStringLiteral("Call connected");
    QCOMPARE(m_store->upsertCall(corrected).change, CallStore::Change::Updated);
    const std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(65));
    QCOMPARE(stored->result, QStringLiteral("Call connected"));
}

void TestCallStore::duplicatesAreIdempotent() {
    const CallStore::UpsertResult first = m_store->upsertCall(callLogRecord());
    QCOMPARE(first.change, CallStore::Change::Created);
    const CallRecord before = *m_store->call(QStringLiteral("s-100"));
    for (int i = 0; i < 3; ++i) {
        m_now += 1000;
        const CallStore::UpsertResult again = m_store->upsertCall(callLogRecord());
        QVERIFY(again.ok);
        QCOMPARE(again.change, CallStore::Change::Unchanged);
        QCOMPARE(again.entityId, first.entityId);
    }
    const CallRecord after = *m_store->call(QStringLiteral("s-100"));
    QCOMPARE(after.lastUpdateMs, before.lastUpdateMs);
    QCOMPARE(after.durationSeconds, before.durationSeconds);
    QCOMPARE(m_store->callCount(), 1);
}

void TestCallStore::emptyFieldsNeverErase() {
    QVERIFY(m_store->upsertCall(presence("CallConnected", 5)).ok);
    CallFacts sparse;
    sparse.sessionId = QStringLiteral("s-100");
    sparse.result = QStringLiteral("OnHold");
    QCOMPARE(m_store->upsertCall(sparse).change, CallStore::Change::Updated);
    const std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QCOMPARE(stored->result, QStringLiteral("OnHold"));
    QCOMPARE(stored->fromNumber, QStringLiteral("+15551230001"));
    QCOMPARE(stored->toName, QStringLiteral("Me"));
    QCOMPARE(stored->telephonySessionId, QStringLiteral("t-100"));
    QCOMPARE(stored->startTimeMs, std::optional<qint64>(kStart));
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(5));
    QCOMPARE(stored->direction, CallDirection::Inbound);
}

void TestCallStore::noteSurvivesAutomaticUpdates() {
    QVERIFY(m_store->upsertCall(presence("Ringing", 0)).ok);
    const CallStore::Result saved = m_store->setNote(
        QStringLiteral("s-100"), QStringLiteral("Renewal"), QStringLiteral("Wants a quote"));
    QVERIFY2(saved.ok, qPrintable(saved.error.logText()));
    QVERIFY(m_store->upsertCall(presence("CallConnected", 10)).ok);
    QVERIFY(m_store->upsertCall(callLogRecord()).ok);
    const std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QCOMPARE(stored->subject, QStringLiteral("Renewal"));
    QCOMPARE(stored->note, QStringLiteral("Wants a quote"));
    QCOMPARE(stored->loggedBy, LoggedBy::Auto); // a note on an auto row keeps loggedBy
    const CallStore::MatchResult match = m_store->match({QStringLiteral("s-100")});
    QCOMPARE(match.matches.value(QStringLiteral("s-100")).note, QStringLiteral("Wants a quote"));
}

void TestCallStore::logWithNoteCreatesManualRow() {
    const CallStore::UpsertResult logged =
        m_store->logWithNote(callLogRecord(), QStringLiteral("S"), QStringLiteral("N"));
    QVERIFY2(logged.ok, qPrintable(logged.error.logText()));
    QCOMPARE(logged.change, CallStore::Change::Created);
    std::optional<CallRecord> stored = m_store->call(QStringLiteral("s-100"));
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
    QCOMPARE(stored->note, QStringLiteral("N"));
    // A later automatic (catch-up) update neither changes loggedBy nor the note.
    QVERIFY(m_store->upsertCall(callLogRecord(), LoggedBy::CatchUp).ok);
    stored = m_store->call(QStringLiteral("s-100"));
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
    QCOMPARE(stored->subject, QStringLiteral("S"));
}

void TestCallStore::setNoteOnUnloggedCallFails() {
    const CallStore::Result result =
        m_store->setNote(QStringLiteral("nope"), QString(), QStringLiteral("x"));
    QVERIFY(!result.ok);
    QVERIFY(result.error.isError());
    QCOMPARE(m_store->callCount(), 0);
}

void TestCallStore::matchLoggedUnloggedMixed() {
    QVERIFY(m_store->upsertCall(presence("Ringing", 0)).ok);
    QVERIFY(
        m_store->setNote(QStringLiteral("s-100"), QStringLiteral("Sub"), QStringLiteral("N")).ok);
    const QString entityId = m_store->call(QStringLiteral("s-100"))->entityId;

    QVERIFY(m_store->match({}).matches.isEmpty());
    QVERIFY(m_store->match({QStringLiteral("s-1"), QStringLiteral("s-2")}).matches.isEmpty());
    const CallStore::MatchResult mixed = m_store->match(
        {QStringLiteral("s-1"), QStringLiteral("s-100"), QString(), QStringLiteral("s-100")});
    QVERIFY(mixed.ok);
    QCOMPARE(mixed.matches.size(), 1);
    const CallMatch match = mixed.matches.value(QStringLiteral("s-100"));
    QCOMPARE(match.entityId, entityId);
    QCOMPARE(match.subject, QStringLiteral("Sub"));
    QCOMPARE(match.note, QStringLiteral("N"));
}

void TestCallStore::matchTwoThousandIds() {
    QList<CallFacts> calls;
    for (int i = 0; i < 1500; ++i) {
        CallFacts facts = callLogRecord();
        facts.sessionId = QStringLiteral("bulk-%1").arg(i);
        calls << facts;
    }
    const CallStore::BatchResult batch = m_store->upsertCalls(calls, LoggedBy::CatchUp);
    QVERIFY2(batch.ok, qPrintable(batch.error.logText()));
    QCOMPARE(batch.created, 1500);

    // Every third of 2,000 ids is logged; ids 1500.. are not. Spans several chunks.
    QStringList ids;
    QSet<QString> expected;
    for (int i = 0; i < 2000; ++i) {
        ids << QStringLiteral("bulk-%1").arg(i * 3 % 3000);
        if (i * 3 % 3000 < 1500) {
            expected.insert(ids.last());
        }
    }
    const CallStore::MatchResult result = m_store->match(ids);
    QVERIFY2(result.ok, qPrintable(result.error.logText()));
    QCOMPARE(result.matches.size(), expected.size());
    for (const QString &id : expected) {
        QVERIFY2(result.matches.contains(id), qPrintable(id));
        QVERIFY(result.matches.value(id).entityId.startsWith(QLatin1String("cd-")));
    }
    QCOMPARE(m_store->call(QStringLiteral("bulk-7"))->loggedBy, LoggedBy::CatchUp);
}

void TestCallStore::batchUpsertIsAllOrNothing() {
    QList<CallFacts> calls;
    for (int i = 0; i < 3; ++i) {
        CallFacts facts = callLogRecord();
        facts.sessionId = QStringLiteral("b-%1").arg(i);
        calls << facts;
    }
    calls[1].sessionId.clear(); // invalid in the middle
    const CallStore::BatchResult failed = m_store->upsertCalls(calls, LoggedBy::CatchUp);
    QVERIFY(!failed.ok);
    QVERIFY(failed.error.isError());
    QCOMPARE(m_store->callCount(), 0);

    calls[1].sessionId = QStringLiteral("b-1");
    calls[2].recording = recordingFacts();
    const CallStore::BatchResult ok = m_store->upsertCalls(calls, LoggedBy::CatchUp);
    QVERIFY2(ok.ok, qPrintable(ok.error.logText()));
    QCOMPARE(ok.created, 3);
    QCOMPARE(ok.createdRecordingIds, QStringList{QStringLiteral("rec-1")});
    const CallStore::BatchResult again = m_store->upsertCalls(calls, LoggedBy::CatchUp);
    QCOMPARE(again.unchanged, 3);
    QVERIFY(again.changedSessionIds.isEmpty());
    QVERIFY(again.createdRecordingIds.isEmpty());
}

void TestCallStore::recordingStateIsNotResetByUpdates() {
    CallFacts facts = callLogRecord();
    facts.recording = recordingFacts();
    QVERIFY(m_store->upsertCall(facts).recordingCreated);
    QVERIFY(m_store->setRecordingProgress(QStringLiteral("rec-1"), 100, 4000).ok);
    QVERIFY(m_store
                ->setRecordingState(QStringLiteral("rec-1"), RecordingState::Done,
                                    QStringLiteral("/r/rec-1.mp3"), 4000, 1, QString())
                .ok);
    // The widget sends the recording again (new token, new link).
    facts.recording->contentUri.setQuery(QStringLiteral("access_token=fresh"));
    facts.recording->link = QUrl(QStringLiteral("https://apps.example.invalid/recording/?id=cd"));
    const CallStore::UpsertResult again = m_store->upsertCall(facts);
    QVERIFY(again.ok);
    QVERIFY(!again.recordingCreated);
    const std::optional<RecordingRecord> stored = m_store->recording(QStringLiteral("rec-1"));
    QCOMPARE(stored->state, RecordingState::Done);
    QCOMPARE(stored->localFile, QStringLiteral("/r/rec-1.mp3"));
    QCOMPARE(stored->sizeBytes, 4000);
    QCOMPARE(stored->receivedBytes, 4000);
    QCOMPARE(stored->attempts, 1);
    QCOMPARE(stored->link, facts.recording->link);
    QVERIFY(!stored->contentUrl.hasQuery());

    QVERIFY(m_store->recordingsInState(RecordingState::Queued).isEmpty());
    QCOMPARE(m_store->recordingsInState(RecordingState::Done).size(), 1);
    QVERIFY(!m_store
                 ->setRecordingState(QStringLiteral("unknown"), RecordingState::Failed, QString(),
                                     0, 1, QStringLiteral("x"))
                 .ok);
}

void TestCallStore::deleteCascadesRecordings() {
    CallFacts facts = callLogRecord();
    facts.recording = recordingFacts();
    QVERIFY(m_store->upsertCall(facts).ok);
    CallFacts other = callLogRecord();
    other.sessionId = QStringLiteral("s-200");
    other.recording = recordingFacts();
    other.recording->id = QStringLiteral("rec-2");
    QVERIFY(m_store->upsertCall(other).ok);
    QCOMPARE(m_store->recordingsForCall(QStringLiteral("s-100")).size(), 1);

    QVERIFY(m_store->deleteCall(QStringLiteral("s-100")).ok);
    QVERIFY(!m_store->call(QStringLiteral("s-100")));
    QVERIFY(!m_store->recording(QStringLiteral("rec-1")));
    QVERIFY(m_store->recording(QStringLiteral("rec-2")));
    QCOMPARE(m_store->recordingsInState(RecordingState::Queued).size(), 1);
    QVERIFY(m_store->match({QStringLiteral("s-100")}).matches.isEmpty());
    QVERIFY(m_store->deleteCall(QStringLiteral("s-100")).ok); // idempotent

    // Logged again later: a new entity.
    const CallStore::UpsertResult relogged = m_store->upsertCall(callLogRecord());
    QCOMPARE(relogged.change, CallStore::Change::Created);
}

void TestCallStore::rejectsMissingSessionId() {
    CallFacts facts = callLogRecord();
    facts.sessionId.clear();
    const CallStore::UpsertResult result = m_store->upsertCall(facts);
    QVERIFY(!result.ok);
    QVERIFY(result.error.isError());
    QCOMPARE(m_store->callCount(), 0);
}

void TestCallStore::wrongThreadIsRefused() {
    CallStore::UpsertResult result;
    QThread *thread = QThread::create([&] { result = m_store->upsertCall(callLogRecord()); });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!result.ok);
    QVERIFY(result.error.isError());
    QCOMPARE(m_store->callCount(), 0);
}

QTEST_GUILESS_MAIN(TestCallStore)
#include "tst_callstore.moc"
