// CallStore's outbox: registration of consumers, reading in order, confirming and pruning.
// The outbox itself is filled by triggers (schema.cpp), in the transaction of each change.
#include "callstore.h"
#include "callstoresql.h"
#include "callstorestatements.h"

using namespace CallStoreDetail;

namespace {

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, StoreError *error) {
    if (!query.prepare(sql)) {
        *error = StoreError::fromSql(query.lastError());
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    return execute(query, error);
}

} // namespace

CallStore::Result CallStore::registerOutboxConsumer(const QString &consumer, bool fromNow) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery query(*m_db);
    const QString sql =
        fromNow ? QStringLiteral("INSERT OR IGNORE INTO outbox_consumers (name, confirmed_seq) "
                                 "VALUES (?, (SELECT coalesce(max(seq), 0) FROM outbox))")
                : QStringLiteral("INSERT OR IGNORE INTO outbox_consumers (name, confirmed_seq) "
                                 "VALUES (?, 0)");
    result.ok = exec(query, sql, {consumer}, &result.error);
    return result;
}

CallStore::Result CallStore::unregisterOutboxConsumer(const QString &consumer) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery query(*m_db);
    result.ok = exec(query, QStringLiteral("DELETE FROM outbox_consumers WHERE name = ?"),
                     {consumer}, &result.error);
    return result;
}

CallStore::OutboxRead CallStore::outboxPending(const QString &consumer, int limit) {
    OutboxRead read;
    if (!usable(&read.error)) {
        return read;
    }
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT seq, event_id, entity_kind, entity_key, change, created_at "
                             "FROM outbox WHERE seq > (SELECT confirmed_seq FROM "
                             "outbox_consumers WHERE name = ?) ORDER BY seq LIMIT ?"),
              {consumer, limit}, &read.error)) {
        return read;
    }
    while (query.next()) {
        read.entries.append(OutboxEntry{query.value(0).toLongLong(), query.value(1).toString(),
                                        query.value(2).toString(), query.value(3).toString(),
                                        query.value(4).toString(), query.value(5).toLongLong()});
    }
    query.finish();
    read.ok = true;
    return read;
}

CallStore::Result CallStore::confirmOutbox(const QString &consumer, qint64 seq) {
    Result result;
    if (!usable(&result.error) || !begin(&result.error)) {
        return result;
    }
    QSqlQuery query(*m_db);
    // max(): a late confirmation of an older entry never moves a consumer back.
    const bool ok =
        exec(query,
             QStringLiteral("UPDATE outbox_consumers SET confirmed_seq = max(confirmed_seq, ?) "
                            "WHERE name = ?"),
             {seq, consumer}, &result.error)
        && exec(query,
                QStringLiteral("DELETE FROM outbox WHERE seq <= "
                               "(SELECT min(confirmed_seq) FROM outbox_consumers)"),
                {}, &result.error);
    if (!ok) {
        rollback();
        return result;
    }
    result.ok = commit(&result.error);
    return result;
}

qint64 CallStore::outboxSize() {
    if (!usable(&m_lastError)) {
        return -1;
    }
    QSqlQuery query(*m_db);
    if (!exec(query, QStringLiteral("SELECT count(*) FROM outbox"), {}, &m_lastError)) {
        return -1;
    }
    const qint64 count = query.next() ? query.value(0).toLongLong() : -1;
    query.finish();
    return count;
}

QList<CallRecord> CallStore::unfinishedCalls(int limit) {
    QList<CallRecord> calls;
    if (!usable(&m_lastError)) {
        return calls;
    }
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + CallStoreSql::callColumns(QStringLiteral("c"))
                        + QStringLiteral(" FROM calls c WHERE c.final = 0 "
                                         "ORDER BY c.start_time DESC LIMIT ?");
    if (exec(query, sql, {limit}, &m_lastError)) {
        while (query.next()) {
            calls.append(CallStoreSql::readCall(query));
        }
        query.finish();
    }
    return calls;
}
