// MessageStore's read side: the matcher and lookups. Writes are in messagestore.cpp.
#include "messagestore.h"
#include "messagestorestatements.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcMessageStore)

namespace {

QString jsonList(const QStringList &ids) {
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace

MessageStore::MatchResult MessageStore::match(const QStringList &conversationLogIds) {
    MatchResult result;
    if (!usable(&result.error)) {
        return result;
    }
    if (conversationLogIds.isEmpty()) {
        result.ok = true;
        return result;
    }
    QSqlQuery &query = m_statements->match;
    query.bindValue(0, jsonList(conversationLogIds));
    if (!query.exec()) {
        result.error = StoreError::fromSql(query.lastError());
        qCWarning(lcMessageStore) << "message match failed:" << result.error.logText();
        return result;
    }
    result.matches.reserve(conversationLogIds.size());
    while (query.next()) {
        result.matches.insert(
            query.value(0).toString(),
            ConversationDayMatch{query.value(1).toString(), query.value(2).toString()});
    }
    query.finish();
    result.ok = true;
    return result;
}

std::optional<QList<QPair<QString, QString>>>
MessageStore::matchMessages(const QString &conversationId, const QStringList &messageIds) {
    if (!usable(&m_lastError)) {
        return std::nullopt;
    }
    QList<QPair<QString, QString>> found;
    if (messageIds.isEmpty()) {
        return found;
    }
    QSqlQuery &query = m_statements->matchMessages;
    query.bindValue(0, jsonList(messageIds));
    // A null QString binds NULL, and NULL = '' is not true: bind a real empty string.
    const QString conversation = conversationId.isEmpty() ? QStringLiteral("") : conversationId;
    query.bindValue(1, conversation);
    query.bindValue(2, conversation);
    if (!query.exec()) {
        m_lastError = StoreError::fromSql(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        found.append({query.value(0).toString(), query.value(1).toString()});
    }
    query.finish();
    return found;
}

std::optional<ConversationDayRecord> MessageStore::day(const QString &conversationLogId,
                                                       bool withMessages) {
    if (!usable(&m_lastError)) {
        return std::nullopt;
    }
    QSqlQuery &query = m_statements->selectDay;
    query.bindValue(0, conversationLogId);
    if (!query.exec()) {
        m_lastError = StoreError::fromSql(query.lastError());
        return std::nullopt;
    }
    if (!query.next()) {
        query.finish();
        return std::nullopt;
    }
    ConversationDayRecord record;
    record.conversationLogId = query.value(0).toString();
    record.conversationId = query.value(1).toString();
    record.day = query.value(2).toString();
    record.type = query.value(3).toString();
    record.selfNumber = query.value(4).toString();
    record.correspondentNumber = query.value(5).toString();
    record.correspondentName = query.value(6).toString();
    record.newestMs = query.value(7).toLongLong();
    record.entityId = query.value(8).toString();
    record.subject = query.value(9).toString();
    record.note = query.value(10).toString();
    record.loggedBy =
        CallTypes::loggedByFromText(query.value(11).toString()).value_or(LoggedBy::Auto);
    record.firstSeenMs = query.value(12).toLongLong();
    record.lastUpdateMs = query.value(13).toLongLong();
    record.messageCount = query.value(14).toInt();
    const qint64 row = query.value(15).toLongLong();
    query.finish();
    if (!withMessages) {
        return record;
    }
    QSqlQuery &messages = m_statements->selectMessages;
    messages.bindValue(0, row);
    if (!messages.exec()) {
        m_lastError = StoreError::fromSql(messages.lastError());
        return std::nullopt;
    }
    while (messages.next()) {
        MessageFacts m;
        m.messageId = messages.value(0).toString();
        m.type = messages.value(1).toString();
        m.direction = CallDirections::fromWireName(messages.value(2).toString());
        m.fromNumber = messages.value(3).toString();
        m.fromName = messages.value(4).toString();
        m.toNumbers = messages.value(5).toString();
        m.toNames = messages.value(6).toString();
        m.text = messages.value(7).toString();
        m.creationMs = messages.value(8).toLongLong();
        m.lastModifiedMs = messages.value(9).toLongLong();
        m.readStatus = messages.value(10).toString();
        m.messageStatus = messages.value(11).toString();
        m.transcript = messages.value(12).toString();
        m.transcriptionStatus = messages.value(13).toString();
        if (!messages.value(14).isNull()) {
            m.faxPageCount = messages.value(14).toInt();
        }
        record.messages.append(m);
    }
    messages.finish();
    return record;
}

namespace {

int countRows(QSqlDatabase &db, const char *sql) {
    QSqlQuery query(db);
    return query.exec(QString::fromLatin1(sql)) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

int MessageStore::dayCount() {
    return usable(&m_lastError) ? countRows(*m_db, "SELECT COUNT(*) FROM conversation_days") : -1;
}

int MessageStore::messageCount() {
    return usable(&m_lastError) ? countRows(*m_db, "SELECT COUNT(*) FROM messages") : -1;
}
