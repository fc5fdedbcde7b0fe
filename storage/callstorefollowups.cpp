// CallStore's after-call data: the outcome and follow-up the note dialog writes, and the
// reminder schedule. Rare user actions, so the statements are prepared when used.
#include "callstore.h"
#include "callstoresql.h"
#include "callstorestatements.h"

using namespace CallStoreDetail;

namespace {

QVariant timeOrNull(qint64 ms) {
    return ms > 0 ? QVariant(qlonglong(ms)) : QVariant();
}

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

// Open follow-ups: set and not done (the calls_follow_up_open index covers exactly these).
const QString kOpen = QStringLiteral("follow_up_at IS NOT NULL AND follow_up_done_at IS NULL");

} // namespace

CallStore::Result CallStore::writeAfterCall(const QString &sessionId, const QString &subject,
                                            const QString &note, const AfterCallNote &afterCall,
                                            qint64 now) {
    // A new due time starts a new reminder (shown at that time, not done); the same due time
    // keeps the reminder's state, so saving the note again does not bring a snoozed or done
    // follow-up back. SQLite evaluates every right-hand side on the old row.
    const QVariant due = timeOrNull(afterCall.followUpMs);
    const QString sql = QStringLiteral(
        "UPDATE calls SET subject = COALESCE(?, ''), note = COALESCE(?, ''), "
        "outcome = COALESCE(?, ''), follow_up_text = COALESCE(?, ''), "
        "follow_up_remind_at = CASE WHEN ? IS NULL THEN NULL "
        "  WHEN follow_up_at IS ? THEN follow_up_remind_at ELSE ? END, "
        "follow_up_reminded_at = CASE WHEN follow_up_at IS ? THEN follow_up_reminded_at END, "
        "follow_up_done_at = CASE WHEN follow_up_at IS ? THEN follow_up_done_at END, "
        "follow_up_at = ?, last_update = ? WHERE session_id = ?");
    Result result;
    QSqlQuery query(*m_db);
    if (!exec(query, sql,
              {subject, note, afterCall.outcome,
               afterCall.followUpMs > 0 ? afterCall.followUpText : QString(), due, due, due, due,
               due, due, now, sessionId},
              &result.error)) {
        return result;
    }
    const bool found = query.numRowsAffected() > 0;
    query.finish();
    if (!found) {
        result.error = StoreError::make(StoreError::Code::NotFound,
                                        QStringLiteral("outcome for a call that is not logged"));
        return result;
    }
    result.ok = true;
    return result;
}

CallStore::FollowUpSchedule CallStore::followUpSchedule(qint64 nowMs, int limit) {
    FollowUpSchedule schedule;
    if (!usable(&schedule.error)) {
        return schedule;
    }
    QSqlQuery query(*m_db);
    query.setForwardOnly(true);
    if (!exec(query,
              QStringLiteral("SELECT ") + CallStoreSql::callColumns(QStringLiteral("calls"))
                  + QStringLiteral(" FROM calls WHERE ") + kOpen
                  + QStringLiteral(" AND follow_up_remind_at <= ? AND (follow_up_reminded_at IS "
                                   "NULL OR follow_up_reminded_at < follow_up_remind_at) "
                                   "ORDER BY follow_up_remind_at, id LIMIT ?"),
              {nowMs, limit}, &schedule.error)) {
        return schedule;
    }
    while (query.next()) {
        schedule.due.append(CallStoreSql::readCall(query));
    }
    query.finish();
    if (!exec(query,
              QStringLiteral("SELECT min(follow_up_remind_at) FROM calls WHERE ") + kOpen
                  + QStringLiteral(" AND follow_up_remind_at > ?"),
              {nowMs}, &schedule.error)) {
        return schedule;
    }
    schedule.nextMs = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    schedule.ok = true;
    return schedule;
}

CallStore::Result CallStore::updateFollowUp(const QString &sql, const QVariantList &values) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery query(*m_db);
    if (!exec(query, sql, values, &result.error)) {
        return result;
    }
    result.ok = query.numRowsAffected() > 0;
    query.finish();
    if (!result.ok) {
        result.error = StoreError::make(StoreError::Code::NotFound,
                                        QStringLiteral("call without a follow-up"));
    }
    return result;
}

CallStore::Result CallStore::markFollowUpReminded(const QString &sessionId) {
    // last_update stays: this is bookkeeping, not a change of the call.
    return updateFollowUp(QStringLiteral("UPDATE calls SET follow_up_reminded_at = ? "
                                         "WHERE session_id = ? AND follow_up_at IS NOT NULL"),
                          {now(), sessionId});
}

CallStore::Result CallStore::snoozeFollowUp(const QString &sessionId, qint64 untilMs) {
    return updateFollowUp(
        QStringLiteral("UPDATE calls SET follow_up_remind_at = ?, follow_up_reminded_at = NULL, "
                       "last_update = ? WHERE session_id = ? AND ")
            + kOpen,
        {untilMs, now(), sessionId});
}

CallStore::Result CallStore::setFollowUpDone(const QString &sessionId, bool done) {
    const qint64 timestamp = now();
    return updateFollowUp(QStringLiteral("UPDATE calls SET follow_up_done_at = ?, last_update = ? "
                                         "WHERE session_id = ? AND follow_up_at IS NOT NULL"),
                          {done ? QVariant(timestamp) : QVariant(), timestamp, sessionId});
}
