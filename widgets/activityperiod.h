#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// The Activity window's periods: whole local days, both ends included.
class ActivityPeriod final {
    Q_DECLARE_TR_FUNCTIONS(ActivityPeriod)

public:
    enum Preset { Today, ThisWeek, Last7Days, Last30Days, Last90Days, ThisMonth, Custom };
    static constexpr int kPresetCount = Custom + 1;

    // The days of `preset` as seen on `today`; "this week" starts on the locale's first day of
    // the week. Custom returns [customFirst, customLast], in order.
    static ActivityPeriod of(Preset preset, const QDate &today, const QDate &customFirst = {},
                             const QDate &customLast = {});
    static QString presetName(Preset preset);

    QDate first;
    QDate last;
    int days() const { return int(first.daysTo(last)) + 1; }
};
