#include "activityqueries.h"

#include "callquerysql.h"
#include "localoffsets.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcActivity, "calldock.storage.activity")

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Local wall-clock time of c.start_time in ms: UTC plus the offset of the piece it falls in.
QString localStart(const QList<LocalOffsets::Piece> &pieces, QVariantList *values) {
    if (pieces.size() == 1) {
        *values << pieces.first().offsetMs;
        return QStringLiteral("(c.start_time + ?)");
    }
    QString sql = QStringLiteral("(c.start_time + CASE");
    for (int i = 1; i < pieces.size(); ++i) {
        sql += QStringLiteral(" WHEN c.start_time < ? THEN ?");
        *values << pieces.at(i).fromMs << pieces.at(i - 1).offsetMs;
    }
    sql += QStringLiteral(" ELSE ? END)");
    *values << pieces.last().offsetMs;
    return sql;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error) {
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        query.bindValue(i, values.at(i));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

CallQuery inPeriod(CallQuery filters, const QDate &first, const QDate &last) {
    filters.sinceMs = LocalOffsets::startOfDay(first);
    filters.untilMs = LocalOffsets::startOfDay(last.addDays(1));
    return filters;
}

} // namespace

ActivityQueries::ActivityQueries(const QSqlDatabase &db)
    : m_db(db) {}

std::optional<ActivitySummary> ActivityQueries::summary(const CallQuery &filters,
                                                        const QDate &first, const QDate &last) {
    ActivitySummary summary;
    summary.first = qMin(first, last);
    summary.last = qMax(first, last);
    for (QDate day = summary.first; day <= summary.last; day = day.addDays(1)) {
        summary.days.append(ActivityDay{day, {}});
    }
    const CallQuery query = inPeriod(filters, summary.first, summary.last);
    if (!readHours(query, summary) || !readContacts(query, summary)) {
        qCWarning(lcActivity) << "Activity query failed:" << m_lastError;
        return std::nullopt;
    }
    return summary;
}

bool ActivityQueries::readHours(const CallQuery &query, ActivitySummary &summary) {
    QVariantList values;
    const QList<LocalOffsets::Piece> pieces = LocalOffsets::between(*query.sinceMs, *query.untilMs);
    const QString hour = localStart(pieces, &values) + QStringLiteral(" / %1").arg(kHourMs);
    const CallQuerySql::Statement where = CallQuerySql::filter(query);
    values << where.values;
    // sum() of a comparison counts the rows where it holds (NULL, e.g. no result, counts 0).
    const QString sql =
        QStringLiteral("SELECT %1 AS hour, count(*), sum(c.direction = 'Outbound'), "
                       "sum(c.direction IS NOT 'Outbound' "
                       "AND lower(c.result) IN ('missed', 'voicemail')), "
                       "sum(c.duration > 0), total(max(coalesce(c.duration, 0), 0)), "
                       "sum(c.subject <> '' OR c.note <> ''), "
                       "sum(EXISTS (SELECT 1 FROM recordings WHERE call_id = c.id)) "
                       "FROM calls c%2 GROUP BY hour")
            .arg(hour, where.sql);
    QSqlQuery sqlQuery(m_db);
    if (!run(sqlQuery, sql, values, &m_lastError)) {
        return false;
    }
    while (sqlQuery.next()) {
        // The hour's local wall-clock start, read back as if it were UTC.
        const QDateTime wall =
            QDateTime::fromMSecsSinceEpoch(sqlQuery.value(0).toLongLong() * kHourMs, Qt::UTC);
        const qint64 index = summary.first.daysTo(wall.date());
        if (index < 0 || index >= summary.days.size()) {
            continue; // cannot happen: the WHERE clause keeps the period's calls only
        }
        ActivityCounts counts;
        counts.calls = sqlQuery.value(1).toInt();
        counts.outbound = sqlQuery.value(2).toInt();
        counts.missed = sqlQuery.value(3).toInt();
        counts.inbound = counts.calls - counts.outbound - counts.missed;
        counts.talked = sqlQuery.value(4).toInt();
        counts.talkSeconds = qint64(sqlQuery.value(5).toDouble());
        counts.withNote = sqlQuery.value(6).toInt();
        counts.withRecording = sqlQuery.value(7).toInt();
        summary.days[index].counts.add(counts);
        summary.total.add(counts);
        summary.callsByWeekdayHour[wall.date().dayOfWeek() - 1][wall.time().hour()] += counts.calls;
    }
    if (sqlQuery.lastError().isValid()) {
        m_lastError = sqlQuery.lastError().text();
        return false;
    }
    return true;
}

bool ActivityQueries::readContacts(const CallQuery &query, ActivitySummary &summary) {
    const CallQuerySql::Statement where = CallQuerySql::filter(query);
    // Grouped once (MATERIALIZED: SQLite 3.35+), ranked twice.
    const QString grouped =
        QStringLiteral("SELECT %1 AS contact, %2 AS name, "
                       "max(coalesce(c.duration, 0), 0) AS seconds FROM calls c%3")
            .arg(CallQuerySql::contactKey(), CallQuerySql::otherNameColumn(), where.sql);
    // The name shown is the greatest seen for the key (any name wins over none, so a number
    // logged once without its name still shows it); cheaper per row than anything smarter.
    const QString ranked =
        QStringLiteral(
            "WITH g AS MATERIALIZED (SELECT contact, "
            "max(coalesce(name, '')) "
            "AS name, count(*) AS calls, total(seconds) AS talk "
            "FROM (%1) WHERE contact IS NOT NULL GROUP BY contact) "
            "SELECT * FROM (SELECT 0, * FROM g ORDER BY calls DESC, contact LIMIT %2) "
            "UNION ALL "
            "SELECT * FROM (SELECT 1, * FROM g WHERE talk > 0 ORDER BY talk DESC, contact LIMIT "
            "%2)")
            .arg(grouped)
            .arg(ActivitySummary::kTopContacts);
    QSqlQuery sqlQuery(m_db);
    if (!run(sqlQuery, ranked, where.values, &m_lastError)) {
        return false;
    }
    while (sqlQuery.next()) {
        ActivityContact contact;
        contact.key = sqlQuery.value(1).toString();
        contact.name = sqlQuery.value(2).toString();
        contact.calls = sqlQuery.value(3).toInt();
        contact.talkSeconds = qint64(sqlQuery.value(4).toDouble());
        (sqlQuery.value(0).toInt() == 0 ? summary.topByCalls : summary.topByTalkTime)
            .append(contact);
    }
    if (sqlQuery.lastError().isValid()) {
        m_lastError = sqlQuery.lastError().text();
        return false;
    }
    return true;
}
