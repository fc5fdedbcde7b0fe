#include "callstoresql.h"

#include <QSqlRecord>
#include <QUrlQuery>
#include <QVariant>

namespace {

// The facts an automatic update may set, in binding order (bindFacts must follow it).
const char *const kFactColumns[] = {
    "telephony_session_id",
    "call_log_id",
    "direction",
    "from_number",
    "from_name",
    "to_number",
    "to_name",
    "start_time",
    "duration",
    "result",
    "action",
};

const QString kCallColumns = QStringLiteral(
    "session_id, entity_id, telephony_session_id, call_log_id, direction, from_number, "
    "from_name, to_number, to_name, start_time, duration, result, action, subject, note, "
    "logged_by, first_seen, last_update, final, outcome, follow_up_at, follow_up_text, "
    "follow_up_remind_at, follow_up_reminded_at, follow_up_done_at");

const QString kRecordingSelect = QStringLiteral(
    "SELECT r.recording_id, c.session_id, r.content_url, r.link, r.type, r.local_file, r.state, "
    "r.size_bytes, r.received_bytes, r.attempts, r.last_error, r.created_at, r.updated_at "
    "FROM recordings r JOIN calls c ON c.id = r.call_id ");

QVariant integerOrNull(const std::optional<qint64> &value) {
    return value ? QVariant(qlonglong(*value)) : QVariant();
}

std::optional<qint64> optionalInteger(const QVariant &value) {
    if (value.isNull()) {
        return std::nullopt;
    }
    return value.toLongLong();
}

} // namespace

namespace CallStoreSql {

QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QString upsertCall() {
    QStringList columns;
    QStringList sets;
    QStringList changed;
    for (const char *column : kFactColumns) {
        const QString name = QLatin1String(column);
        columns << name;
        // A stored final row only takes facts it lacks from a live update; otherwise the
        // incoming value wins unless it is unknown (NULL).
        const QString merged = QStringLiteral("CASE WHEN calls.final > excluded.final "
                                              "THEN COALESCE(calls.%1, excluded.%1) "
                                              "ELSE COALESCE(excluded.%1, calls.%1) END")
                                   .arg(name);
        sets << QStringLiteral("%1 = %2").arg(name, merged);
        changed << QStringLiteral("calls.%1 IS NOT (%2)").arg(name, merged);
    }
    const QString finalMerged = QStringLiteral("MAX(calls.final, excluded.final)");
    sets << QStringLiteral("final = ") + finalMerged
         << QStringLiteral("last_update = excluded.last_update");
    changed << QStringLiteral("calls.final IS NOT ") + finalMerged;

    const QString placeholders = QStringLiteral("?, ").repeated(int(std::size(kFactColumns)));
    // The WHERE on DO UPDATE makes identical updates write nothing at all: the row (and its
    // last_update) stays as it was and RETURNING yields no row, which is how "unchanged" is seen.
    return QStringLiteral("INSERT INTO calls (session_id, entity_id, %1, logged_by, first_seen, "
                          "last_update, final) VALUES (?, ?, %2?, ?, ?, ?) "
                          "ON CONFLICT (session_id) DO UPDATE SET %3 WHERE %4 "
                          "RETURNING entity_id")
        .arg(columns.join(QStringLiteral(", ")), placeholders, sets.join(QStringLiteral(", ")),
             changed.join(QStringLiteral(" OR ")));
}

int bindFacts(QSqlQuery &query, int first, const CallFacts &facts) {
    int i = first;
    query.bindValue(i++, textOrNull(facts.telephonySessionId));
    query.bindValue(i++, textOrNull(facts.callLogId));
    query.bindValue(i++, textOrNull(CallDirections::wireName(facts.direction)));
    query.bindValue(i++, textOrNull(facts.fromNumber));
    query.bindValue(i++, textOrNull(facts.fromName));
    query.bindValue(i++, textOrNull(facts.toNumber));
    query.bindValue(i++, textOrNull(facts.toName));
    query.bindValue(i++, integerOrNull(facts.startTimeMs));
    query.bindValue(i++, integerOrNull(facts.durationSeconds));
    query.bindValue(i++, textOrNull(facts.result));
    query.bindValue(i++, textOrNull(facts.action));
    return i;
}

QString insertRecording() {
    return QStringLiteral(
        "INSERT INTO recordings (recording_id, call_id, content_url, link, type, state, "
        "created_at, updated_at) "
        "VALUES (?, (SELECT id FROM calls WHERE session_id = ?), ?, ?, ?, 'queued', ?, ?) "
        "ON CONFLICT (recording_id) DO NOTHING");
}

QString refreshRecording() {
    return QStringLiteral("UPDATE recordings SET content_url = COALESCE(?, content_url), "
                          "link = COALESCE(?, link), type = COALESCE(?, type), updated_at = ? "
                          "WHERE recording_id = ? AND (content_url IS NOT COALESCE(?, content_url) "
                          "OR link IS NOT COALESCE(?, link) OR type IS NOT COALESCE(?, type))");
}

QUrl storableContentUrl(const QUrl &url) {
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QUrl storableLink(const QUrl &url) {
    if (!url.hasQuery()) {
        return url.adjusted(QUrl::RemoveUserInfo);
    }
    QUrlQuery query(url);
    for (const QString &key : {QStringLiteral("access_token"), QStringLiteral("token")}) {
        query.removeAllQueryItems(key);
    }
    QUrl result = url.adjusted(QUrl::RemoveUserInfo);
    result.setQuery(query);
    return result;
}

QString setNote() {
    return QStringLiteral(
        "UPDATE calls SET subject = COALESCE(?, ''), note = COALESCE(?, ''), last_update = ? "
        "WHERE session_id = ?");
}

QString deleteCall() {
    return QStringLiteral("DELETE FROM calls WHERE session_id = ?");
}

QString match(int ids) {
    QString placeholders = QStringLiteral("?,").repeated(ids);
    placeholders.chop(1);
    return QStringLiteral("SELECT session_id, entity_id, subject, note, outcome FROM calls "
                          "WHERE session_id IN (%1)")
        .arg(placeholders);
}

QString selectCall() {
    return QStringLiteral("SELECT %1 FROM calls WHERE session_id = ?").arg(kCallColumns);
}

QString callColumns(const QString &alias) {
    QStringList columns = kCallColumns.split(QStringLiteral(", "));
    for (QString &column : columns) {
        column.prepend(alias + QLatin1Char('.'));
    }
    return columns.join(QStringLiteral(", "));
}

CallRecord readCall(const QSqlQuery &query) {
    CallRecord call;
    int i = 0;
    call.sessionId = query.value(i++).toString();
    call.entityId = query.value(i++).toString();
    call.telephonySessionId = query.value(i++).toString();
    call.callLogId = query.value(i++).toString();
    call.direction = CallDirections::fromWireName(query.value(i++).toString());
    call.fromNumber = query.value(i++).toString();
    call.fromName = query.value(i++).toString();
    call.toNumber = query.value(i++).toString();
    call.toName = query.value(i++).toString();
    call.startTimeMs = optionalInteger(query.value(i++));
    call.durationSeconds = optionalInteger(query.value(i++));
    call.result = query.value(i++).toString();
    call.action = query.value(i++).toString();
    call.subject = query.value(i++).toString();
    call.note = query.value(i++).toString();
    call.loggedBy =
        CallTypes::loggedByFromText(query.value(i++).toString()).value_or(LoggedBy::Auto);
    call.firstSeenMs = query.value(i++).toLongLong();
    call.lastUpdateMs = query.value(i++).toLongLong();
    call.isFinal = query.value(i++).toInt() != 0;
    call.outcome = query.value(i++).toString();
    call.followUp.dueMs = query.value(i++).toLongLong(); // NULL reads as 0: "not set"
    call.followUp.text = query.value(i++).toString();
    call.followUp.remindMs = query.value(i++).toLongLong();
    call.followUp.remindedMs = query.value(i++).toLongLong();
    call.followUp.doneMs = query.value(i++).toLongLong();
    Q_ASSERT(i == kCallColumnCount);
    return call;
}

QString selectRecording() {
    return kRecordingSelect + QStringLiteral("WHERE r.recording_id = ?");
}

QString selectRecordingsInState() {
    return kRecordingSelect + QStringLiteral("WHERE r.state = ? ORDER BY r.created_at, r.id");
}

QString selectRecordingsForCall() {
    return kRecordingSelect + QStringLiteral("WHERE c.session_id = ? ORDER BY r.created_at, r.id");
}

RecordingRecord readRecording(const QSqlQuery &query) {
    RecordingRecord recording = readRecordingWithoutSession(query, 1);
    recording.recordingId = query.value(0).toString();
    recording.sessionId = query.value(1).toString();
    return recording;
}

RecordingRecord readRecordingWithoutSession(const QSqlQuery &query, int first) {
    // Column `first` is the recording id (or, for readRecording, the session id it replaces).
    RecordingRecord recording;
    int i = first;
    recording.recordingId = query.value(i++).toString();
    recording.contentUrl = QUrl(query.value(i++).toString());
    recording.link = QUrl(query.value(i++).toString());
    recording.type = query.value(i++).toString();
    recording.localFile = query.value(i++).toString();
    recording.state = CallTypes::recordingStateFromText(query.value(i++).toString())
                          .value_or(RecordingState::Failed);
    recording.sizeBytes = query.value(i++).toLongLong();
    recording.receivedBytes = query.value(i++).toLongLong();
    recording.attempts = query.value(i++).toInt();
    recording.lastError = query.value(i++).toString();
    recording.createdMs = query.value(i++).toLongLong();
    recording.updatedMs = query.value(i++).toLongLong();
    return recording;
}

QString setRecordingState() {
    return QStringLiteral(
        "UPDATE recordings SET state = ?, local_file = COALESCE(?, ''), size_bytes = ?, "
        "received_bytes = COALESCE(?, received_bytes), attempts = ?, "
        "last_error = COALESCE(?, ''), "
        "updated_at = ? WHERE recording_id = ?");
}

QString setRecordingProgress() {
    return QStringLiteral("UPDATE recordings SET received_bytes = ?, size_bytes = ?, "
                          "updated_at = ? WHERE recording_id = ?");
}

} // namespace CallStoreSql
