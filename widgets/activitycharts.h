#pragma once

#include "activitysummary.h"

#include <QCoreApplication>
#include <QString>

class QBarSeries;
class QChart;
class QHorizontalBarSeries;
class QStackedBarSeries;
class QStandardItemModel;

// Fills the Activity window's charts and their tables from a summary: series, axes, the table
// (localized text shown, plain values in Qt::UserRole for CSV) and the totals under each chart.
// Each function replaces what the chart showed before and returns the new series, so the window
// can connect its clicks.
class ActivityCharts final {
    Q_DECLARE_TR_FUNCTIONS(ActivityCharts)

public:
    ActivityCharts() = delete;

    // The calls-per-day series' bar sets, bottom to top.
    enum CallKind { Inbound, Outbound, Missed };

    static QStackedBarSeries *callsPerDay(const ActivitySummary &summary, QChart *chart,
                                          QStandardItemModel *table, QString *totals);
    static QBarSeries *talkTimePerDay(const ActivitySummary &summary, QChart *chart,
                                      QStandardItemModel *table, QString *totals);
    static void weekdayHours(const ActivitySummary &summary, QStandardItemModel *table,
                             QString *totals);
    // byTalkTime: ranked by talk time instead of by calls. Horizontal bars are drawn
    // bottom-up: bar index i is contacts[size - 1 - i], so the first contact is on top.
    static QHorizontalBarSeries *topContacts(const ActivitySummary &summary, bool byTalkTime,
                                             QChart *chart, QStandardItemModel *table,
                                             QString *totals);
    // Bottom-up as well: bar index 1 is "with a note", bar index 0 "with a recording".
    static QHorizontalBarSeries *shares(const ActivitySummary &summary, QChart *chart,
                                        QStandardItemModel *table, QString *totals);

    // Light or dark chart theme after the palette; call again when the palette changes.
    static void applyPalette(QChart *chart);

    static QString contactLabel(const ActivityContact &contact);
    static QString percent(int part, int whole);
    static QString hourText(int hour);
};
