// The message log (schema 4): conversation-days upserted by conversationLogId, messages stored
// once by id, notes never touched by automatic updates, every change in the outbox, the matcher,
// and the migration of a version-3 call database. Real SQLite files.
#include "callstore.h"
#include "messagefixtures.h"
#include "messagestore.h"
#include "schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace MessageFixtures;

class TestMessageStore final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsDayWithMessages();
    void resentDayAddsOnlyWhatIsNew();
    void editsUpdateButOlderCopiesDoNot();
    void emptyFieldsNeverErase();
    void typeFollowsTheNewestMessage();
    void automaticUpdatesKeepTheNote();
    void outboxGetsEveryChangeOnce();
    void failedBatchWritesNothing();
    void matchAnswersLoggedDaysOnly();
    void matchMessagesByConversation();
    void deleteRemovesMessages();
    void migratesFromVersion3();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("calls.sqlite")); }
    QStringList outbox() {
        QStringList result;
        for (const OutboxEntry &e : m_calls->outboxPending(QStringLiteral("test"), 1000).entries) {
            result << e.entityKind + QLatin1Char(':') + e.entityKey + QLatin1Char(':') + e.change;
        }
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_calls;
    std::unique_ptr<MessageStore> m_store;
};

void TestMessageStore::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_calls = std::make_unique<CallStore>();
    QVERIFY(m_calls->open(path()).ok);
    QVERIFY(m_calls->registerOutboxConsumer(QStringLiteral("test"), false).ok);
    m_store = std::make_unique<MessageStore>();
    const MessageStore::Result opened = m_store->open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error.logText()));
}

void TestMessageStore::cleanup() {
    m_store.reset();
    m_calls.reset();
    m_dir.reset();
}

void TestMessageStore::createsDayWithMessages() {
    const QString logId = QStringLiteral("4400/8/17/2026");
    const MessageStore::BatchResult written =
        m_store->upsertDays({day(logId, {sms(QStringLiteral("2"), QStringLiteral("See you"), 2000),
                                         sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000)})},
                            LoggedBy::Auto);
    QVERIFY2(written.ok, qPrintable(written.error.logText()));
    QCOMPARE(written.created, 1);
    QCOMPARE(written.newMessages, 2);
    QCOMPARE(written.changedLogIds, QStringList{logId});
    QVERIFY(written.entityIds.value(logId).startsWith(QLatin1String("cdm-")));

    const auto stored = m_store->day(logId);
    QVERIFY(stored);
    QCOMPARE(stored->conversationId, QStringLiteral("4400"));
    QCOMPARE(stored->day, QStringLiteral("8/17/2026"));
    QCOMPARE(stored->entityId, written.entityIds.value(logId));
    QCOMPARE(stored->loggedBy, LoggedBy::Auto);
    QCOMPARE(stored->newestMs, qint64(2000));
    QCOMPARE(stored->messageCount, 2);
    QCOMPARE(stored->messages.size(), 2);
    QCOMPARE(stored->messages.first().text, QStringLiteral("Hi")); // oldest first
    QCOMPARE(stored->messages.first().direction, CallDirection::Inbound);
    QCOMPARE(stored->correspondentName, QStringLiteral("Ada Lovelace"));
}

void TestMessageStore::resentDayAddsOnlyWhatIsNew() {
    const QString logId = QStringLiteral("4400/8/17/2026");
    const MessageFacts first = sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000);
    QVERIFY(m_store->upsertDays({day(logId, {first})}, LoggedBy::Auto).ok);
    // The widget re-sends the whole matched day on every new message (protocol.md 9.2).
    const MessageStore::BatchResult again = m_store->upsertDays(
        {day(logId, {sms(QStringLiteral("2"), QStringLiteral("Again"), 2000), first})},
        LoggedBy::Auto);
    QVERIFY(again.ok);
    QCOMPARE(again.updated, 1);
    QCOMPARE(again.newMessages, 1);
    QCOMPARE(m_store->messageCount(), 2);
    const MessageStore::BatchResult same = m_store->upsertDays(
        {day(logId, {sms(QStringLiteral("2"), QStringLiteral("Again"), 2000), first})},
        LoggedBy::Auto);
    QVERIFY(same.ok);
    QCOMPARE(same.unchanged, 1);
    QCOMPARE(same.newMessages, 0);
    QVERIFY(same.changedLogIds.isEmpty());
    QCOMPARE(m_store->dayCount(), 1);
}

void TestMessageStore::editsUpdateButOlderCopiesDoNot() {
    const QString logId = QStringLiteral("1/1");
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000)})},
                             LoggedBy::Auto)
                .ok);
    MessageFacts read = sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000);
    read.readStatus = QStringLiteral("Read");
    read.lastModifiedMs = 5000;
    QCOMPARE(m_store->upsertDays({day(logId, {read})}, LoggedBy::Auto).updated, 1);
    QCOMPARE(m_store->day(logId)->messages.first().readStatus, QStringLiteral("Read"));
    // A copy from before the edit (a slow request, a second device) must not undo it.
    MessageFacts stale = sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000);
    stale.lastModifiedMs = 2000;
    QCOMPARE(m_store->upsertDays({day(logId, {stale})}, LoggedBy::Auto).unchanged, 1);
    QCOMPARE(m_store->day(logId)->messages.first().readStatus, QStringLiteral("Read"));
}

void TestMessageStore::emptyFieldsNeverErase() {
    const QString logId = QStringLiteral("7700/8/17/2026");
    MessageFacts vm = sms(QStringLiteral("9"), QString(), 1000);
    vm.type = QStringLiteral("VoiceMail");
    vm.transcript = QStringLiteral("Call me back");
    QVERIFY(m_store->upsertDays({day(logId, {vm})}, LoggedBy::Auto).ok);
    MessageFacts sparse;
    sparse.messageId = QStringLiteral("9");
    ConversationDayFacts bare;
    bare.conversationLogId = logId;
    bare.messages = {sparse};
    const MessageStore::BatchResult written = m_store->upsertDays({bare}, LoggedBy::Auto);
    QVERIFY(written.ok);
    QCOMPARE(written.unchanged, 1);
    const auto stored = m_store->day(logId);
    QCOMPARE(stored->messages.first().transcript, QStringLiteral("Call me back"));
    QCOMPARE(stored->messages.first().fromName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(stored->correspondentNumber, QStringLiteral("+15552223333"));
}

void TestMessageStore::typeFollowsTheNewestMessage() {
    const QString logId = QStringLiteral("5/5");
    MessageFacts fax = sms(QStringLiteral("f"), QString(), 3000);
    fax.type = QStringLiteral("Fax");
    fax.faxPageCount = 3;
    QVERIFY(m_store->upsertDays({day(logId, {fax})}, LoggedBy::Auto).ok);
    // An older copy of the day (only an earlier SMS) does not change the day's type.
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("s"), QStringLiteral("x"), 1000)})},
                             LoggedBy::Auto)
                .ok);
    const auto stored = m_store->day(logId);
    QCOMPARE(stored->type, QStringLiteral("Fax"));
    QCOMPARE(stored->newestMs, qint64(3000));
    QCOMPARE(stored->messages.last().faxPageCount, std::optional<int>(3));
}

void TestMessageStore::automaticUpdatesKeepTheNote() {
    const QString logId = QStringLiteral("1/8/17/2026");
    const MessageStore::BatchResult logged =
        m_store->logWithNote(day(logId, {sms(QStringLiteral("1"), QStringLiteral("Hi"), 1000)}),
                             QStringLiteral("Lead"), QStringLiteral("Wants a quote"));
    QVERIFY(logged.ok);
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("2"), QStringLiteral("?"), 2000)})},
                             LoggedBy::Auto)
                .ok);
    const auto stored = m_store->day(logId);
    QCOMPARE(stored->note, QStringLiteral("Wants a quote"));
    QCOMPARE(stored->subject, QStringLiteral("Lead"));
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
    QCOMPARE(stored->messageCount, 2);
    QCOMPARE(m_store->setNote(QStringLiteral("nope/1"), QString(), QString()).error.code,
             StoreError::Code::NotFound);
}

void TestMessageStore::outboxGetsEveryChangeOnce() {
    const QString logId = QStringLiteral("4400/8/17/2026");
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("1"), QStringLiteral("a"), 1000),
                                          sms(QStringLiteral("2"), QStringLiteral("b"), 1001)})},
                             LoggedBy::Auto)
                .ok);
    // Three new messages in one re-send: one 'updated', not three.
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("5"), QStringLiteral("e"), 900),
                                          sms(QStringLiteral("4"), QStringLiteral("d"), 800),
                                          sms(QStringLiteral("3"), QStringLiteral("c"), 700)})},
                             LoggedBy::Auto)
                .ok);
    QVERIFY(m_store
                ->upsertDays({day(logId, {sms(QStringLiteral("5"), QStringLiteral("e"), 900)})},
                             LoggedBy::Auto)
                .ok); // unchanged: nothing
    QVERIFY(m_store->setNote(logId, QString(), QStringLiteral("n")).ok);
    QVERIFY(m_store->deleteDay(logId).ok);
    const QString key = QStringLiteral("message:") + logId + QLatin1Char(':');
    QCOMPARE(outbox(),
             (QStringList{key + "created", key + "updated", key + "note", key + "deleted"}));
}

void TestMessageStore::failedBatchWritesNothing() {
    ConversationDayFacts broken;
    const MessageStore::BatchResult written = m_store->upsertDays(
        {day(QStringLiteral("1/1"), {sms(QStringLiteral("1"), QStringLiteral("a"), 1)}), broken},
        LoggedBy::Auto);
    QVERIFY(!written.ok);
    QCOMPARE(written.error.code, StoreError::Code::InvalidInput);
    QCOMPARE(m_store->dayCount(), 0);
    QVERIFY(outbox().isEmpty());
}

void TestMessageStore::matchAnswersLoggedDaysOnly() {
    // Ids as hostile as the parser lets through: quotes, brackets, backslashes, unicode.
    const QStringList logged{QStringLiteral("1/8/17/2026"), QStringLiteral("2/17.8.2026"),
                             QStringLiteral("3\"],\\/x"), QStringLiteral("4/\u200f17\u200f/8")};
    QList<ConversationDayFacts> days;
    for (const QString &id : logged) {
        days.append(day(id, {sms(id + QStringLiteral("-m"), QStringLiteral("t"), 1)}));
    }
    QVERIFY(m_store->upsertDays(days, LoggedBy::Auto).ok);
    QVERIFY(m_store->setNote(logged.at(1), QString(), QStringLiteral("noted")).ok);
    const MessageStore::MatchResult match =
        m_store->match(logged + QStringList{QStringLiteral("1/8/18/2026"), QStringLiteral("1")});
    QVERIFY(match.ok);
    QCOMPARE(match.matches.size(), 4);
    for (const QString &id : logged) {
        QVERIFY2(match.matches.contains(id), qPrintable(id));
        QCOMPARE(match.matches.value(id).entityId, m_store->day(id, false)->entityId);
    }
    QCOMPARE(match.matches.value(logged.at(1)).note, QStringLiteral("noted"));
    QVERIFY(m_store->match({}).ok);
}

void TestMessageStore::matchMessagesByConversation() {
    QVERIFY(m_store
                ->upsertDays({day(QStringLiteral("44/1"), {sms(QStringLiteral("11"), "a", 1)}),
                              day(QStringLiteral("55/1"), {sms(QStringLiteral("12"), "b", 1)})},
                             LoggedBy::Auto)
                .ok);
    const auto found = m_store->matchMessages(
        QStringLiteral("44"), {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13")});
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().first, QStringLiteral("11"));
    QCOMPARE(found->first().second, m_store->day(QStringLiteral("44/1"), false)->entityId);
    QCOMPARE(
        m_store->matchMessages(QString(), {QStringLiteral("11"), QStringLiteral("12")})->size(), 2);
}

void TestMessageStore::deleteRemovesMessages() {
    QVERIFY(m_store
                ->upsertDays({day(QStringLiteral("1/1"), {sms(QStringLiteral("1"), "a", 1),
                                                          sms(QStringLiteral("2"), "b", 2)})},
                             LoggedBy::Auto)
                .ok);
    QVERIFY(m_store->deleteDay(QStringLiteral("1/1")).ok);
    QCOMPARE(m_store->messageCount(), 0);
    QVERIFY(m_store->deleteDay(QStringLiteral("1/1")).ok); // not logged: still fine
}

void TestMessageStore::migratesFromVersion3() {
    cleanup();
    m_dir = std::make_unique<QTemporaryDir>();
    // A version-3 file exactly as CallDock 3 wrote it (tests/storage/data/schema-v3.sql).
    {
        QFile file(QStringLiteral(CALLDOCK_SCHEMA_V3_SQL));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList statements;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--"))) {
                statements << line;
            }
        }
        statements << QStringLiteral("INSERT INTO calls (session_id, entity_id, from_number, note, "
                                     "logged_by, first_seen, last_update) VALUES ('s-1', "
                                     "'cd-1', '+15550001111', 'kept', 'auto', 1, 2)")
                   << QStringLiteral("PRAGMA user_version = 3");
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        for (const QString &sql : std::as_const(statements)) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    MessageStore early;
    QCOMPARE(early.open(path()).error.code, StoreError::Code::Schema); // not before migrating

    m_calls = std::make_unique<CallStore>();
    const CallStore::OpenResult opened = m_calls->open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFromVersion, 3);
    QCOMPARE(m_calls->call(QStringLiteral("s-1"))->note, QStringLiteral("kept"));
    QVERIFY(m_calls->registerOutboxConsumer(QStringLiteral("test"), false).ok);
    m_store = std::make_unique<MessageStore>();
    QVERIFY(m_store->open(path()).ok);
    QVERIFY(m_store
                ->upsertDays({day(QStringLiteral("1/1"), {sms(QStringLiteral("1"), "a", 1)})},
                             LoggedBy::Auto)
                .ok);
    QVERIFY(outbox().contains(QStringLiteral("message:1/1:created")));
    QVERIFY(outbox().contains(QStringLiteral("call:s-1:created")));
}

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
