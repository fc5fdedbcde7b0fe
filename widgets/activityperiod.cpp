#include "activityperiod.h"

#include <QLocale>

ActivityPeriod ActivityPeriod::of(Preset preset, const QDate &today, const QDate &customFirst,
                                  const QDate &customLast) {
    switch (preset) {
    case Today:
        return {today, today};
    case ThisWeek: {
        const int firstDay = int(QLocale().firstDayOfWeek());
        const int back = (today.dayOfWeek() - firstDay + 7) % 7;
        return {today.addDays(-back), today};
    }
    case Last7Days:
        return {today.addDays(-6), today};
    case Last30Days:
        return {today.addDays(-29), today};
    case Last90Days:
        return {today.addDays(-89), today};
    case ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case Custom:
        break;
    }
    const QDate first = customFirst.isValid() ? customFirst : today;
    const QDate last = customLast.isValid() ? customLast : today;
    return {qMin(first, last), qMax(first, last)};
}

QString ActivityPeriod::presetName(Preset preset) {
    switch (preset) {
    case Today:
        return tr("Today");
    case ThisWeek:
        return tr("This week");
    case Last7Days:
        return tr("Last 7 days");
    case Last30Days:
        return tr("Last 30 days");
    case Last90Days:
        return tr("Last 90 days");
    case ThisMonth:
        return tr("This month");
    case Custom:
        return tr("Custom…", "activity period");
    }
    return {};
}
