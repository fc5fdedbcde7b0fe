#include "callquerysql.h"

#include "callstoresql.h"

#include <QRegularExpression>
#include <QUrl>

namespace {

// The newest recording of each call. The subquery uses the recordings_call index, so the join
// costs one index probe per returned row.
const QString kFrom =
    QStringLiteral(" FROM calls c LEFT JOIN recordings r "
                   "ON r.id = (SELECT max(id) FROM recordings WHERE call_id = c.id)");

const QString kRecordingColumns = QStringLiteral(
    "r.recording_id, r.content_url, r.link, r.type, r.local_file, r.state, r.size_bytes, "
    "r.received_bytes, r.attempts, r.last_error, r.created_at, r.updated_at");

// The other party in SQL: the same rule as CallDirections::otherSide.
const QString kOtherName =
    QStringLiteral("(CASE WHEN c.direction = 'Outbound' THEN c.to_name ELSE c.from_name END)");
const QString kOtherNumber =
    QStringLiteral("(CASE WHEN c.direction = 'Outbound' THEN c.to_number ELSE c.from_number END)");

const QString kTextColumns[] = {
    QStringLiteral("c.from_name"),   QStringLiteral("c.to_name"),
    QStringLiteral("c.from_number"), QStringLiteral("c.to_number"),
    QStringLiteral("c.subject"),     QStringLiteral("c.note"),
    QStringLiteral("c.outcome"),     QStringLiteral("c.follow_up_text"),
};

// LIKE treats % and _ as wildcards; the user's text must match literally.
QString likePattern(const QString &term) {
    QString escaped = term;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QRegularExpression &phoneLike() {
    static const QRegularExpression pattern(QStringLiteral("^[+(]?[0-9][0-9 ()./-]*$"));
    return pattern;
}

QString digitsOf(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    return digits;
}

void addTerm(const QString &term, QStringList *conditions, QVariantList *values) {
    QStringList alternatives;
    const QString pattern = likePattern(term);
    for (const QString &column : kTextColumns) {
        alternatives << column + QStringLiteral(" LIKE ? ESCAPE '\\'");
        *values << pattern;
    }
    // Numbers are stored as the widget sends them (mostly E.164): "(555) 123" must still find
    // "+15551234567".
    const QString digits = digitsOf(term);
    if (phoneLike().match(term).hasMatch() && digits != term) {
        for (const char *column : {"c.from_number", "c.to_number"}) {
            alternatives << QLatin1String(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << likePattern(digits);
        }
    }
    *conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString where(const CallQuery &query, QVariantList *values) {
    QStringList conditions;
    for (const QString &term : CallQuerySql::searchTerms(query.text)) {
        addTerm(term, &conditions, values);
    }
    if (query.direction != CallDirection::Unknown) {
        conditions << QStringLiteral("c.direction = ?");
        *values << CallDirections::wireName(query.direction);
    }
    if (query.sinceMs) {
        conditions << QStringLiteral("c.start_time >= ?");
        *values << qlonglong(*query.sinceMs);
    }
    if (query.untilMs) {
        conditions << QStringLiteral("c.start_time < ?");
        *values << qlonglong(*query.untilMs);
    }
    if (query.missedOnly) {
        conditions << QStringLiteral("c.direction IS NOT 'Outbound' "
                                     "AND lower(c.result) IN ('missed', 'voicemail')");
    }
    if (query.withRecording) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM recordings WHERE call_id = c.id)");
    }
    if (query.withNote) {
        conditions << QStringLiteral("(c.subject <> '' OR c.note <> '')");
    }
    if (query.inboundNotMissed) {
        // A call without a result is not missed (missedOnly does not select it either).
        conditions << QStringLiteral("c.direction IS NOT 'Outbound' "
                                     "AND coalesce(lower(c.result), '') NOT IN "
                                     "('missed', 'voicemail')");
    }
    if (!query.contact.isEmpty()) {
        conditions << CallQuerySql::contactKey() + QStringLiteral(" = ?");
        *values << query.contact;
    }
    if (!query.outcome.isEmpty()) {
        conditions << QStringLiteral("c.outcome = ?");
        *values << query.outcome;
    }
    // "Now" in SQL, so a page read later in the same query order agrees with the count.
    const QString now = QStringLiteral("(CAST(strftime('%s', 'now') AS INTEGER) * 1000)");
    switch (query.followUps) {
    case CallQuery::FollowUps::Ignore:
        break;
    case CallQuery::FollowUps::Any:
        conditions << QStringLiteral("c.follow_up_at IS NOT NULL");
        break;
    case CallQuery::FollowUps::Due:
        conditions
            << QStringLiteral("c.follow_up_at > %1 AND c.follow_up_done_at IS NULL").arg(now);
        break;
    case CallQuery::FollowUps::Overdue:
        conditions
            << QStringLiteral("c.follow_up_at <= %1 AND c.follow_up_done_at IS NULL").arg(now);
        break;
    case CallQuery::FollowUps::Done:
        conditions << QStringLiteral(
            "c.follow_up_at IS NOT NULL AND c.follow_up_done_at IS NOT NULL");
        break;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString sortKey(CallQuery::SortColumn column) {
    switch (column) {
    case CallQuery::SortColumn::StartTime:
        return QStringLiteral("c.start_time");
    case CallQuery::SortColumn::Direction:
        return QStringLiteral("c.direction");
    case CallQuery::SortColumn::Name:
        return kOtherName + QStringLiteral(" COLLATE NOCASE");
    case CallQuery::SortColumn::Number:
        return kOtherNumber;
    case CallQuery::SortColumn::Duration:
        return QStringLiteral("c.duration");
    case CallQuery::SortColumn::Result:
        return QStringLiteral("c.result COLLATE NOCASE");
    case CallQuery::SortColumn::Note:
        return QStringLiteral("(CASE WHEN c.subject <> '' THEN c.subject ELSE c.note END) "
                              "COLLATE NOCASE");
    case CallQuery::SortColumn::Recording:
        return QStringLiteral("r.state");
    }
    return QStringLiteral("c.start_time");
}

// Ties are broken by start time (newest first) and then by row id, so the order is total and
// OFFSET paging never shows a row twice or skips one. For the default order this is exactly the
// calls_start_time index (start_time, rowid), which SQLite walks instead of sorting.
QString orderBy(const CallQuery &query) {
    const QString direction =
        query.sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (query.sortColumn == CallQuery::SortColumn::StartTime) {
        return QStringLiteral(" ORDER BY c.start_time%1, c.id%1").arg(direction);
    }
    return QStringLiteral(" ORDER BY %1%2, c.start_time DESC, c.id DESC")
        .arg(sortKey(query.sortColumn), direction);
}

QString selectColumns() {
    return QStringLiteral("SELECT ") + CallStoreSql::callColumns(QStringLiteral("c"))
           + QStringLiteral(", ") + kRecordingColumns;
}

} // namespace

namespace CallQuerySql {

QString contactKey() {
    return QStringLiteral("coalesce(nullif(%1, ''), nullif(%2, ''))").arg(kOtherNumber, kOtherName);
}

QString otherNameColumn() {
    return kOtherName;
}

Statement filter(const CallQuery &query) {
    Statement statement;
    statement.sql = where(query, &statement.values);
    return statement;
}

QStringList searchTerms(const QString &text) {
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty()) {
        return {};
    }
    if (phoneLike().match(trimmed).hasMatch()) {
        return {trimmed};
    }
    return trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

Statement count(const CallQuery &query) {
    Statement statement;
    statement.sql =
        QStringLiteral("SELECT count(*) FROM calls c") + where(query, &statement.values);
    return statement;
}

Statement page(const CallQuery &query, int offset, int limit) {
    Statement statement;
    statement.sql = selectColumns() + kFrom + where(query, &statement.values) + orderBy(query)
                    + QStringLiteral(" LIMIT ? OFFSET ?");
    statement.values << limit << offset;
    return statement;
}

Statement all(const CallQuery &query) {
    Statement statement;
    statement.sql = selectColumns() + kFrom + where(query, &statement.values) + orderBy(query);
    return statement;
}

Statement position(const CallQuery &query, const QString &sessionId) {
    Statement statement;
    // row_number() over the same order as page(); SQLite has window functions since 3.25.
    statement.sql = QStringLiteral("SELECT position FROM (SELECT c.session_id AS session_id, "
                                   "row_number() OVER (%1) - 1 AS position%2%3) "
                                   "WHERE session_id = ?")
                        .arg(orderBy(query).trimmed(), kFrom, where(query, &statement.values));
    statement.values << sessionId;
    return statement;
}

CallHistoryRow readRow(const QSqlQuery &query) {
    CallHistoryRow row;
    row.call = CallStoreSql::readCall(query);
    int i = CallStoreSql::kCallColumnCount;
    if (query.value(i).isNull()) {
        return row;
    }
    RecordingRecord recording = CallStoreSql::readRecordingWithoutSession(query, i);
    recording.sessionId = row.call.sessionId;
    row.recording = recording;
    return row;
}

} // namespace CallQuerySql
