#include "messagestore.h"

#include "messagestoresql.h"
#include "messagestorestatements.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

Q_LOGGING_CATEGORY(lcMessageStore, "calldock.storage.messages")

using namespace MessageStoreSql;

namespace {

bool execute(QSqlQuery &query, StoreError *error) {
    if (!query.exec()) {
        *error = StoreError::fromSql(query.lastError());
        return false;
    }
    return true;
}

bool run(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

MessageStore::MessageStore()
    : m_db(std::make_unique<QSqlDatabase>())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    static std::atomic<quint64> counter{0};
    m_connectionName = QStringLiteral("calldock-messages-%1").arg(++counter);
}

MessageStore::~MessageStore() {
    close();
}

MessageStore::Result MessageStore::open(const QString &path) {
    close();
    Result result;
    m_thread = QThread::currentThread();
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db->setDatabaseName(path);
    m_db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QString detail;
    const bool opened = m_db->open()
                        && run(*m_db, QStringLiteral("PRAGMA synchronous = FULL"), &detail)
                        && run(*m_db, QStringLiteral("PRAGMA foreign_keys = ON"), &detail);
    if (!opened) {
        result.error = StoreError::make(StoreError::Code::CannotOpen,
                                        detail.isEmpty() ? m_db->lastError().text() : detail);
        close();
        return result;
    }
    // CallStore migrates; a file it did not (or could not) bring to this version is not ours.
    if (Schema::version(*m_db) != Schema::currentVersion) {
        result.error = StoreError::make(
            StoreError::Code::Schema,
            QStringLiteral("message log opened on schema %1").arg(Schema::version(*m_db)));
        close();
        return result;
    }
    m_statements = std::make_unique<Statements>(*m_db);
    const std::pair<QSqlQuery *, const char *> statements[] = {
        {&m_statements->begin, "BEGIN IMMEDIATE"},
        {&m_statements->commit, "COMMIT"},
        {&m_statements->rollback, "ROLLBACK"},
        {&m_statements->findDay, kFindDay},
        {&m_statements->insertDay, kInsertDay},
        {&m_statements->updateDay, kUpdateDay},
        {&m_statements->findMessage, kFindMessage},
        {&m_statements->upsertMessage, kUpsertMessage},
        {&m_statements->setNote, kSetNote},
        {&m_statements->deleteDay, kDeleteDay},
        {&m_statements->match, kMatch},
        {&m_statements->matchMessages, kMatchMessages},
        {&m_statements->selectDay, kSelectDay},
        {&m_statements->selectMessages, kSelectMessages},
    };
    for (const auto &[query, sql] : statements) {
        // Rows are read once, in order: without this QSqlQuery keeps a copy of every row.
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromLatin1(sql))) {
            result.error = StoreError::make(StoreError::Code::Internal,
                                            QStringLiteral("cannot prepare a message statement: ")
                                                + query->lastError().text());
            qCWarning(lcMessageStore) << result.error.logText();
            close();
            return result;
        }
    }
    result.ok = true;
    return result;
}

void MessageStore::close() {
    // Queries hold a reference to the driver; they go before the connection is removed.
    m_statements.reset();
    if (m_db->isValid()) {
        m_db->close();
        *m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool MessageStore::isOpen() const {
    return m_statements != nullptr;
}

void MessageStore::setClock(std::function<qint64()> nowMs) {
    m_clock = std::move(nowMs);
}

qint64 MessageStore::stamp() {
    m_lastStamp = std::max(m_clock(), m_lastStamp + 1);
    return m_lastStamp;
}

bool MessageStore::usable(StoreError *error) const {
    if (!m_statements) {
        *error =
            StoreError::make(StoreError::Code::NotOpen, QStringLiteral("message log not open"));
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        qCCritical(lcMessageStore) << "MessageStore used from a thread that did not open it";
        *error = StoreError::make(StoreError::Code::Internal,
                                  QStringLiteral("used from a thread that did not open it"));
        return false;
    }
    return true;
}

bool MessageStore::begin(StoreError *error) {
    return execute(m_statements->begin, error);
}

bool MessageStore::commit(StoreError *error) {
    if (execute(m_statements->commit, error)) {
        return true;
    }
    rollback();
    return false;
}

void MessageStore::rollback() {
    StoreError ignored;
    execute(m_statements->rollback, &ignored);
}

bool MessageStore::upsertMessage(qint64 dayRow, const MessageFacts &m, qint64 now, bool *created,
                                 bool *touched, StoreError *error) {
    QSqlQuery &find = m_statements->findMessage;
    find.bindValue(0, m.messageId);
    if (!execute(find, error)) {
        return false;
    }
    *created = !find.next();
    find.finish();
    QSqlQuery &query = m_statements->upsertMessage;
    int i = 0;
    query.bindValue(i++, m.messageId);
    query.bindValue(i++, dayRow);
    query.bindValue(i++, textOrNull(m.type));
    query.bindValue(i++, textOrNull(CallDirections::wireName(m.direction)));
    query.bindValue(i++, textOrNull(m.fromNumber));
    query.bindValue(i++, textOrNull(m.fromName));
    query.bindValue(i++, textOrNull(m.toNumbers));
    query.bindValue(i++, textOrNull(m.toNames));
    query.bindValue(i++, textOrNull(m.text));
    query.bindValue(i++, timeOrNull(m.creationMs));
    query.bindValue(i++, timeOrNull(m.lastModifiedMs));
    query.bindValue(i++, textOrNull(m.readStatus));
    query.bindValue(i++, textOrNull(m.messageStatus));
    query.bindValue(i++, textOrNull(m.transcript));
    query.bindValue(i++, textOrNull(m.transcriptionStatus));
    query.bindValue(i++, m.faxPageCount ? QVariant(*m.faxPageCount)
                                        : QVariant(QMetaType::fromType<int>()));
    query.bindValue(i++, now);
    if (!execute(query, error)) {
        return false;
    }
    // RETURNING yields a row only when the message was inserted or really changed.
    *touched = query.next();
    query.finish();
    return true;
}

bool MessageStore::upsertDay(const ConversationDayFacts &day, LoggedBy loggedByIfNew, qint64 now,
                             BatchResult *result) {
    StoreError *error = &result->error;
    if (day.conversationLogId.isEmpty()) {
        *error = StoreError::make(StoreError::Code::InvalidInput,
                                  QStringLiteral("conversation-day without an id"));
        return false;
    }
    QSqlQuery &find = m_statements->findDay;
    find.bindValue(0, day.conversationLogId);
    if (!execute(find, error)) {
        return false;
    }
    qint64 row = 0;
    bool changed = false;
    bool created = false;
    if (find.next()) {
        row = find.value(0).toLongLong();
        const QString oldType = find.value(1).toString();
        const QString oldSelf = find.value(2).toString();
        const QString oldNumber = find.value(3).toString();
        const QString oldName = find.value(4).toString();
        const qint64 oldNewest = find.value(5).toLongLong();
        result->entityIds.insert(day.conversationLogId, find.value(6).toString());
        find.finish();
        const auto keep = [](const QString &incoming, const QString &stored) {
            return incoming.isEmpty() ? stored : incoming;
        };
        // The day's type is its newest message's: an older copy of the day does not change it.
        const QString type = day.newestMs >= oldNewest ? keep(day.type, oldType) : oldType;
        const QString self = keep(day.selfNumber, oldSelf);
        const QString number = keep(day.correspondentNumber, oldNumber);
        const QString name = keep(day.correspondentName, oldName);
        const qint64 newest = std::max(day.newestMs, oldNewest);
        if (type != oldType || self != oldSelf || newest != oldNewest || number != oldNumber
            || name != oldName) {
            QSqlQuery &update = m_statements->updateDay;
            int i = 0;
            for (const QString &value : {type, self, number, name}) {
                update.bindValue(i++, textOrNull(value));
            }
            update.bindValue(i++, timeOrNull(newest));
            update.bindValue(i++, now);
            update.bindValue(i++, row);
            if (!execute(update, error)) {
                return false;
            }
            changed = true;
        }
    } else {
        find.finish();
        QSqlQuery &insert = m_statements->insertDay;
        int i = 0;
        insert.bindValue(i++, day.conversationLogId);
        insert.bindValue(i++, QStringLiteral("cdm-") + QUuid::createUuid().toString(QUuid::Id128));
        insert.bindValue(i++,
                         day.conversationId.isEmpty() ? day.conversationLogId : day.conversationId);
        insert.bindValue(i++, day.day);
        for (const QString &value :
             {day.type, day.selfNumber, day.correspondentNumber, day.correspondentName}) {
            insert.bindValue(i++, textOrNull(value));
        }
        insert.bindValue(i++, timeOrNull(day.newestMs));
        insert.bindValue(i++, CallTypes::loggedByText(loggedByIfNew));
        insert.bindValue(i++, now);
        insert.bindValue(i++, now);
        if (!execute(insert, error) || !insert.next()) {
            if (!error->isError()) {
                *error = StoreError::make(StoreError::Code::Internal, QStringLiteral("no day row"));
            }
            return false;
        }
        row = insert.value(0).toLongLong();
        result->entityIds.insert(day.conversationLogId, insert.value(1).toString());
        insert.finish();
        created = true;
    }
    for (const MessageFacts &message : day.messages) {
        if (message.messageId.isEmpty()) {
            continue;
        }
        bool isNew = false;
        bool touched = false;
        if (!upsertMessage(row, message, now, &isNew, &touched, error)) {
            return false;
        }
        changed = changed || touched;
        if (isNew) {
            ++result->newMessages;
        }
    }
    if (created) {
        ++result->created;
    } else if (changed) {
        ++result->updated;
    } else {
        ++result->unchanged;
    }
    if (created || changed) {
        result->changedLogIds.append(day.conversationLogId);
    }
    return true;
}

MessageStore::BatchResult MessageStore::upsertDays(const QList<ConversationDayFacts> &days,
                                                   LoggedBy loggedByIfNew) {
    BatchResult result;
    if (!usable(&result.error) || !begin(&result.error)) {
        return result;
    }
    const qint64 now = stamp();
    for (const ConversationDayFacts &day : days) {
        if (!upsertDay(day, loggedByIfNew, now, &result)) {
            rollback();
            qCWarning(lcMessageStore) << "message log write failed:" << result.error.logText();
            BatchResult failed;
            failed.error = result.error;
            return failed;
        }
    }
    if (!commit(&result.error)) {
        qCWarning(lcMessageStore) << "message log commit failed:" << result.error.logText();
        BatchResult failed;
        failed.error = result.error;
        return failed;
    }
    result.ok = true;
    return result;
}

bool MessageStore::writeNote(const QString &conversationLogId, const QString &subject,
                             const QString &note, qint64 now, StoreError *error) {
    QSqlQuery &query = m_statements->setNote;
    query.bindValue(0, subject.isNull() ? QStringLiteral("") : subject);
    query.bindValue(1, note.isNull() ? QStringLiteral("") : note);
    query.bindValue(2, now);
    query.bindValue(3, conversationLogId);
    if (!execute(query, error)) {
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error = StoreError::make(StoreError::Code::NotFound,
                                  QStringLiteral("conversation-day not logged"));
        return false;
    }
    return true;
}

MessageStore::BatchResult MessageStore::logWithNote(const ConversationDayFacts &day,
                                                    const QString &subject, const QString &note) {
    BatchResult result;
    if (!usable(&result.error) || !begin(&result.error)) {
        return result;
    }
    const qint64 now = stamp();
    if (!upsertDay(day, LoggedBy::Manual, now, &result)
        || !writeNote(day.conversationLogId, subject, note, now, &result.error)
        || !commit(&result.error)) {
        rollback();
        BatchResult failed;
        failed.error = result.error;
        return failed;
    }
    if (!result.changedLogIds.contains(day.conversationLogId)) {
        result.changedLogIds.append(day.conversationLogId);
    }
    result.ok = true;
    return result;
}

MessageStore::Result MessageStore::setNote(const QString &conversationLogId, const QString &subject,
                                           const QString &note) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    // One statement: autocommit is atomic.
    result.ok = writeNote(conversationLogId, subject, note, stamp(), &result.error);
    return result;
}

MessageStore::Result MessageStore::deleteDay(const QString &conversationLogId) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery &query = m_statements->deleteDay;
    query.bindValue(0, conversationLogId);
    result.ok = execute(query, &result.error);
    return result;
}
