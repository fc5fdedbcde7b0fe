// Outcome and follow-up in the call log (issue 20): the schema 4 migration from a real version-3
// file, the round trip through logWithNote, the reminder schedule (due, missed while closed,
// snooze, done) and the outbox entries the triggers write for them. Real SQLite files.
#include "callexportformat.h"
#include "callhistoryreader.h"
#include "callstore.h"
#include "schema.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 kStart = 1'764'000'000'000;

CallFacts finalCall(const QString &sessionId) {
    CallFacts facts;
    facts.sessionId = sessionId;
    facts.direction = CallDirection::Outbound;
    facts.toNumber = QStringLiteral("+16505550101");
    facts.toName = QStringLiteral("Jane Roe");
    facts.startTimeMs = kStart;
    facts.durationSeconds = 61;
    facts.result = QStringLiteral("Call connected");
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    return facts;
}

AfterCallNote afterCall(const QString &outcome, qint64 followUpMs, const QString &text) {
    AfterCallNote note;
    note.outcome = outcome;
    note.followUpMs = followUpMs;
    note.followUpText = text;
    return note;
}

bool rawSql(const QString &path, const QStringList &statements, QString *error) {
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                *error = sql + QStringLiteral(": ") + query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

class TestAfterCallStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void migratesFromVersion3();
    void outcomeAndFollowUpRoundTrip();
    void sameDueTimeKeepsReminderState();
    void automaticUpdatesKeepOutcome();
    void scheduleDueMissedSnoozeDone();
    void outboxCarriesUserChangesOnly();
    void historyFiltersAndExport();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("calls.sqlite")); }
    QStringList changes() {
        QStringList result;
        for (const OutboxEntry &entry :
             m_store->outboxPending(QStringLiteral("test"), 100).entries) {
            result << entry.entityKey + QLatin1Char(':') + entry.change;
        }
        return result;
    }
    void openStore() {
        m_store = std::make_unique<CallStore>();
        m_store->setClock([this] { return m_now; });
        const CallStore::OpenResult opened = m_store->open(path());
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QVERIFY(m_store->registerOutboxConsumer(QStringLiteral("test"), true).ok);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
    qint64 m_now = kStart + 120'000;
};

void TestAfterCallStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_now = kStart + 120'000;
}

void TestAfterCallStore::cleanup() {
    m_store.reset();
    m_dir.reset();
}

void TestAfterCallStore::migratesFromVersion3() {
    QFile file(QStringLiteral(CALLDOCK_SCHEMA_V3_SQL));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QStringList statements;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--"))) {
            statements << line;
        }
    }
    QCOMPARE(statements.size(), 16);
    statements << QStringLiteral("INSERT INTO calls (session_id, entity_id, to_number, note, "
                                 "logged_by, first_seen, last_update, final) VALUES ('old-1', "
                                 "'cd-old', '+1555', 'old note', 'manual', 1, 2, 1)")
               << QStringLiteral("INSERT INTO outbox_consumers (name, confirmed_seq) VALUES "
                                 "('test', (SELECT max(seq) FROM outbox))")
               << QStringLiteral("PRAGMA user_version = 3");
    QString error;
    QVERIFY2(rawSql(path(), statements, &error), qPrintable(error));

    m_store = std::make_unique<CallStore>();
    m_store->setClock([this] { return m_now; });
    const CallStore::OpenResult opened = m_store->open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFromVersion, 3);
    std::optional<CallRecord> old = m_store->call(QStringLiteral("old-1"));
    QVERIFY(old);
    QCOMPARE(old->note, QStringLiteral("old note"));
    QCOMPARE(old->outcome, QString());
    QVERIFY(!old->followUp.isSet());
    QCOMPARE(changes(), QStringList());

    // The new columns work on the migrated file, and their changes reach the outbox.
    CallFacts facts;
    facts.sessionId = QStringLiteral("old-1");
    QVERIFY(m_store
                ->logWithNote(facts, QString(), QStringLiteral("old note"),
                              afterCall(QStringLiteral("Interested"), m_now + 3'600'000,
                                        QStringLiteral("Send the offer")))
                .ok);
    old = m_store->call(QStringLiteral("old-1"));
    QCOMPARE(old->outcome, QStringLiteral("Interested"));
    QCOMPARE(old->followUp.dueMs, m_now + 3'600'000);
    QCOMPARE(changes(), QStringList{QStringLiteral("old-1:note")});
    m_store.reset();

    CallStore reopened;
    QCOMPARE(reopened.open(path()).migratedFromVersion, Schema::currentVersion);
}

void TestAfterCallStore::outcomeAndFollowUpRoundTrip() {
    openStore();
    const qint64 due = m_now + 3'600'000;
    QVERIFY(m_store
                ->logWithNote(
                    finalCall(QStringLiteral("s1")), QStringLiteral("Pricing"),
                    QStringLiteral("Wants a quote"),
                    afterCall(QStringLiteral("Follow-up"), due, QStringLiteral("Send the quote")))
                .ok);
    std::optional<CallRecord> call = m_store->call(QStringLiteral("s1"));
    QVERIFY(call);
    QCOMPARE(call->loggedBy, LoggedBy::Manual);
    QCOMPARE(call->note, QStringLiteral("Wants a quote"));
    QCOMPARE(call->outcome, QStringLiteral("Follow-up"));
    QCOMPARE(call->followUp.dueMs, due);
    QCOMPARE(call->followUp.remindMs, due);
    QCOMPARE(call->followUp.text, QStringLiteral("Send the quote"));
    QVERIFY(!call->followUp.isDone());
    QCOMPARE(call->followUp.remindedMs, 0);

    // Removing the follow-up clears all of it (and its text); the outcome can be cleared too.
    QVERIFY(m_store
                ->logWithNote(finalCall(QStringLiteral("s1")), QStringLiteral("Pricing"),
                              QStringLiteral("Wants a quote"),
                              afterCall(QString(), 0, QStringLiteral("ignored")))
                .ok);
    call = m_store->call(QStringLiteral("s1"));
    QCOMPARE(call->outcome, QString());
    QVERIFY(!call->followUp.isSet());
    QCOMPARE(call->followUp.remindMs, 0);
    QCOMPARE(call->followUp.text, QString());
    // Without after-call data, logWithNote keeps what is stored.
    QVERIFY(m_store
                ->logWithNote(finalCall(QStringLiteral("s2")), QString(), QString(),
                              afterCall(QStringLiteral("Wrong number"), 0, QString()))
                .ok);
    QVERIFY(
        m_store->logWithNote(finalCall(QStringLiteral("s2")), QString(), QStringLiteral("x")).ok);
    QCOMPARE(m_store->call(QStringLiteral("s2"))->outcome, QStringLiteral("Wrong number"));
}

void TestAfterCallStore::sameDueTimeKeepsReminderState() {
    openStore();
    const qint64 due = m_now + 1'000;
    const AfterCallNote note = afterCall(QStringLiteral("Follow-up"), due, QStringLiteral("Call"));
    QVERIFY(m_store->logWithNote(finalCall(QStringLiteral("s1")), QString(), QString(), note).ok);
    m_now = due + 10;
    QVERIFY(m_store->markFollowUpReminded(QStringLiteral("s1")).ok);
    QVERIFY(m_store->setFollowUpDone(QStringLiteral("s1"), true).ok);
    // Saving the note again with the same due time: still done, not reminded again.
    QVERIFY(
        m_store
            ->logWithNote(finalCall(QStringLiteral("s1")), QString(), QStringLiteral("more"), note)
            .ok);
    std::optional<CallRecord> call = m_store->call(QStringLiteral("s1"));
    QCOMPARE(call->followUp.doneMs, due + 10);
    QCOMPARE(call->followUp.remindedMs, due + 10);
    // A new due time is a new follow-up: open, reminder not shown.
    QVERIFY(m_store
                ->logWithNote(finalCall(QStringLiteral("s1")), QString(), QStringLiteral("more"),
                              afterCall(QStringLiteral("Follow-up"), due + 86'400'000,
                                        QStringLiteral("Call")))
                .ok);
    call = m_store->call(QStringLiteral("s1"));
    QVERIFY(!call->followUp.isDone());
    QCOMPARE(call->followUp.remindedMs, 0);
    QCOMPARE(call->followUp.remindMs, due + 86'400'000);
}

void TestAfterCallStore::automaticUpdatesKeepOutcome() {
    openStore();
    CallFacts live = finalCall(QStringLiteral("s1"));
    live.isFinal = false;
    live.action.clear();
    live.result = QStringLiteral("CallConnected");
    QVERIFY(m_store
                ->logWithNote(
                    live, QString(), QString(),
                    afterCall(QStringLiteral("Interested"), m_now + 5'000, QStringLiteral("Demo")))
                .ok);
    m_now += 1'000;
    const CallStore::UpsertResult updated = m_store->upsertCall(finalCall(QStringLiteral("s1")));
    QVERIFY(updated.ok);
    QCOMPARE(updated.change, CallStore::Change::Updated);
    const std::optional<CallRecord> call = m_store->call(QStringLiteral("s1"));
    QVERIFY(call->isFinal);
    QCOMPARE(call->outcome, QStringLiteral("Interested"));
    QCOMPARE(call->followUp.text, QStringLiteral("Demo"));
}

void TestAfterCallStore::scheduleDueMissedSnoozeDone() {
    openStore();
    const qint64 t0 = m_now;
    for (const auto &[id, offset] : {std::pair<const char *, qint64>{"early", -60'000},
                                     {"soon", 10'000},
                                     {"later", 3'600'000}}) {
        QVERIFY(m_store
                    ->logWithNote(
                        finalCall(QLatin1String(id)), QString(), QString(),
                        afterCall(QStringLiteral("Follow-up"), t0 + offset, QLatin1String(id)))
                    .ok);
    }
    QVERIFY(m_store->logWithNote(finalCall(QStringLiteral("none")), QString(), QString()).ok);

    // "early" fell due before now (e.g. while CallDock was closed): due at once.
    CallStore::FollowUpSchedule schedule = m_store->followUpSchedule(t0);
    QVERIFY(schedule.ok);
    QCOMPARE(schedule.due.size(), 1);
    QCOMPARE(schedule.due.first().sessionId, QStringLiteral("early"));
    QCOMPARE(schedule.nextMs, t0 + 10'000);

    // Shown once: not due again.
    QVERIFY(m_store->markFollowUpReminded(QStringLiteral("early")).ok);
    schedule = m_store->followUpSchedule(t0);
    QCOMPARE(schedule.due.size(), 0);
    QCOMPARE(schedule.nextMs, t0 + 10'000);

    // At "soon"'s time it is due; snoozed for 10 minutes it waits again, then comes back.
    m_now = t0 + 10'000;
    schedule = m_store->followUpSchedule(m_now);
    QCOMPARE(schedule.due.size(), 1);
    QCOMPARE(schedule.due.first().sessionId, QStringLiteral("soon"));
    QVERIFY(m_store->markFollowUpReminded(QStringLiteral("soon")).ok);
    QVERIFY(m_store->snoozeFollowUp(QStringLiteral("soon"), m_now + 600'000).ok);
    schedule = m_store->followUpSchedule(m_now);
    QCOMPARE(schedule.due.size(), 0);
    QCOMPARE(schedule.nextMs, m_now + 600'000);
    const std::optional<CallRecord> snoozed = m_store->call(QStringLiteral("soon"));
    QCOMPARE(snoozed->followUp.dueMs, t0 + 10'000); // the due time stays
    QVERIFY(snoozed->followUp.isOverdue(m_now + 1));
    schedule = m_store->followUpSchedule(m_now + 600'000);
    QCOMPARE(schedule.due.size(), 1);

    // Done: never due again; undone it is open again.
    QVERIFY(m_store->setFollowUpDone(QStringLiteral("soon"), true).ok);
    schedule = m_store->followUpSchedule(t0 + 7'200'000);
    QCOMPARE(schedule.due.size(), 1);
    QCOMPARE(schedule.due.first().sessionId, QStringLiteral("later"));
    QCOMPARE(schedule.nextMs, 0);
    QVERIFY(m_store->setFollowUpDone(QStringLiteral("soon"), false).ok);
    QCOMPARE(m_store->followUpSchedule(t0 + 7'200'000).due.size(), 2);

    // A call without a follow-up cannot be snoozed or done.
    QCOMPARE(m_store->snoozeFollowUp(QStringLiteral("none"), m_now).error.code,
             StoreError::Code::NotFound);
    QCOMPARE(m_store->setFollowUpDone(QStringLiteral("none"), true).error.code,
             StoreError::Code::NotFound);
}

void TestAfterCallStore::outboxCarriesUserChangesOnly() {
    openStore();
    QVERIFY(m_store
                ->logWithNote(
                    finalCall(QStringLiteral("s1")), QString(), QString(),
                    afterCall(QStringLiteral("Interested"), m_now + 1'000, QStringLiteral("Call")))
                .ok);
    QCOMPARE(changes(), (QStringList{QStringLiteral("s1:created"), QStringLiteral("s1:note")}));
    QVERIFY(
        m_store
            ->confirmOutbox(QStringLiteral("test"),
                            m_store->outboxPending(QStringLiteral("test"), 100).entries.last().seq)
            .ok);
    // Only the outcome changes: a 'note' change (user text), not an 'updated' one.
    QVERIFY(m_store
                ->logWithNote(finalCall(QStringLiteral("s1")), QString(), QString(),
                              afterCall(QStringLiteral("Not interested"), m_now + 1'000,
                                        QStringLiteral("Call")))
                .ok);
    QCOMPARE(changes(), QStringList{QStringLiteral("s1:note")});
    // The reminder being shown is local bookkeeping: nothing for the team log.
    m_now += 2'000;
    QVERIFY(m_store->markFollowUpReminded(QStringLiteral("s1")).ok);
    QCOMPARE(changes(), QStringList{QStringLiteral("s1:note")});
    QVERIFY(m_store->snoozeFollowUp(QStringLiteral("s1"), m_now + 60'000).ok);
    QVERIFY(m_store->setFollowUpDone(QStringLiteral("s1"), true).ok);
    QCOMPARE(changes(), (QStringList{QStringLiteral("s1:note"), QStringLiteral("s1:note"),
                                     QStringLiteral("s1:note")}));
    // Automatic updates are still 'updated'/'finished'.
    CallFacts update = finalCall(QStringLiteral("s1"));
    update.durationSeconds = 62;
    QVERIFY(m_store->upsertCall(update).ok);
    QCOMPARE(changes().last(), QStringLiteral("s1:updated"));
}

void TestAfterCallStore::historyFiltersAndExport() {
    openStore();
    // Real "now": the history's due/overdue filters compare with the database's clock.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto log = [this](const QString &id, const QString &outcome, qint64 due) {
        return m_store
            ->logWithNote(finalCall(id), QString(), QString(),
                          afterCall(outcome, due, QStringLiteral("Send the quote")))
            .ok;
    };
    QVERIFY(log(QStringLiteral("due"), QStringLiteral("Interested"), now + 86'400'000));
    QVERIFY(log(QStringLiteral("overdue"), QStringLiteral("Follow-up"), now - 86'400'000));
    QVERIFY(log(QStringLiteral("done"), QStringLiteral("Follow-up"), now - 3'600'000));
    QVERIFY(m_store->setFollowUpDone(QStringLiteral("done"), true).ok);
    QVERIFY(log(QStringLiteral("plain"), QStringLiteral("Wrong number"), 0));

    CallHistoryReader reader;
    QVERIFY(reader.open(path()).ok);
    const auto ids = [&reader](const CallQuery &query) {
        QStringList result;
        for (const CallHistoryRow &row :
             reader.page(query, 0, 100).value_or(QList<CallHistoryRow>())) {
            result << row.call.sessionId;
        }
        result.sort();
        return result;
    };
    CallQuery query;
    query.followUps = CallQuery::FollowUps::Any;
    QVERIFY(query.hasFilter());
    QCOMPARE(ids(query), (QStringList{QStringLiteral("done"), QStringLiteral("due"),
                                      QStringLiteral("overdue")}));
    query.followUps = CallQuery::FollowUps::Due;
    QCOMPARE(ids(query), QStringList{QStringLiteral("due")});
    QCOMPARE(reader.count(query), 1);
    query.followUps = CallQuery::FollowUps::Overdue;
    QCOMPARE(ids(query), QStringList{QStringLiteral("overdue")});
    query.followUps = CallQuery::FollowUps::Done;
    QCOMPARE(ids(query), QStringList{QStringLiteral("done")});
    CallQuery byOutcome;
    byOutcome.outcome = QStringLiteral("Follow-up");
    QCOMPARE(ids(byOutcome), (QStringList{QStringLiteral("done"), QStringLiteral("overdue")}));
    // The search finds outcomes too.
    CallQuery search;
    search.text = QStringLiteral("wrong");
    QCOMPARE(ids(search), QStringList{QStringLiteral("plain")});

    // Export: CSV columns and JSON fields `outcome` and `followUp`.
    query = CallQuery();
    query.followUps = CallQuery::FollowUps::Done;
    const CallHistoryRow row = reader.page(query, 0, 1)->first();
    const QJsonObject json = CallExportFormat::jsonObject(row);
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), QStringLiteral("Follow-up"));
    const QJsonObject followUp = json.value(QStringLiteral("followUp")).toObject();
    QCOMPARE(followUp.value(QStringLiteral("dueAt")).toString(),
             CallExportFormat::isoUtc(now - 3'600'000));
    QCOMPARE(followUp.value(QStringLiteral("text")).toString(), QStringLiteral("Send the quote"));
    QVERIFY(followUp.value(QStringLiteral("doneAt")).toString().endsWith(QLatin1Char('Z')));
    const QStringList columns = CallExportFormat::csvColumns();
    const QStringList fields = CallExportFormat::csvFields(row);
    QCOMPARE(fields.size(), columns.size());
    QCOMPARE(fields.at(columns.indexOf(QStringLiteral("outcome"))), QStringLiteral("Follow-up"));
    QCOMPARE(fields.at(columns.indexOf(QStringLiteral("followUp.dueAt"))),
             CallExportFormat::isoUtc(now - 3'600'000));
    QCOMPARE(fields.at(columns.indexOf(QStringLiteral("followUp.text"))),
             QStringLiteral("Send the quote"));
    // Without a follow-up: null in JSON, empty in CSV.
    search.text = QStringLiteral("wrong");
    const CallHistoryRow plain = reader.page(search, 0, 1)->first();
    QVERIFY(CallExportFormat::jsonObject(plain).value(QStringLiteral("followUp")).isNull());
    QCOMPARE(
        CallExportFormat::csvFields(plain).at(columns.indexOf(QStringLiteral("followUp.dueAt"))),
        QString());
}

QTEST_GUILESS_MAIN(TestAfterCallStore)
#include "tst_aftercallstore.moc"
