#pragma once

#include "activitysummary.h"
#include "callquery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// The Activity window's aggregates, computed in SQL over a call database connection: one
// statement groups the period's calls by local hour (counts per kind, talk time, notes,
// recordings), from which days, the weekday-by-hour heat map and the totals are summed; one more
// ranks the other parties. Both walk only the period's calls (the calls_start_time index) and
// return at most a few thousand rows, whatever the size of the log.
//
// Days and hours are the local time zone's (LocalOffsets), including the days on which daylight
// saving time begins or ends.
class ActivityQueries final {
    Q_DECLARE_TR_FUNCTIONS(ActivityQueries)
    Q_DISABLE_COPY_MOVE(ActivityQueries)

public:
    explicit ActivityQueries(const QSqlDatabase &db);

    // The calls `filters` selects (its own date range is replaced by the period) from local day
    // `first` to local day `last`, both included. std::nullopt on error (see lastError()).
    std::optional<ActivitySummary> summary(const CallQuery &filters, const QDate &first,
                                           const QDate &last);
    QString lastError() const { return m_lastError; }

private:
    bool readHours(const CallQuery &filters, ActivitySummary &summary);
    bool readContacts(const CallQuery &filters, ActivitySummary &summary);

    QSqlDatabase m_db;
    QString m_lastError;
};
