#include "activitycharts.h"

#include "calltext.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QPalette>
#include <QRegularExpression>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTime>
#include <QValueAxis>

namespace {

// Fixed colours readable on both light and dark themes; missed calls stand out in red.
const QColor kInbound(0x2f, 0x80, 0xed);
const QColor kOutbound(0x27, 0xae, 0x60);
const QColor kMissed(0xeb, 0x57, 0x57);
const QColor kTalk(0x9b, 0x51, 0xe0);
const QColor kShare(0xf2, 0x99, 0x4a);

void clear(QChart *chart) {
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QStandardItem *item(const QString &text, const QVariant &plain = {}) {
    auto *cell = new QStandardItem(text);
    if (plain.isValid()) {
        cell->setData(plain, Qt::UserRole);
    }
    return cell;
}

QStandardItem *number(qint64 value) {
    QStandardItem *cell = item(QLocale().toString(value), value);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QStandardItem *duration(qint64 seconds) {
    QStandardItem *cell = item(CallText::formatDuration(seconds), seconds);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

QStandardItem *date(const QDate &day) {
    return item(QLocale().toString(day, QLocale::ShortFormat), day.toString(Qt::ISODate));
}

// The locale's short date without the year ("31/12", "12/31", "31.12."): the axis names days
// within a period whose range the title gives.
QString dayMonth(const QDate &day) {
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    format.remove(year);
    return QLocale().toString(day, format.isEmpty() ? QStringLiteral("d.M") : format);
}

// A value axis labelled at the bars' centres (0 ... days - 1): at most seven labels, so
// 90 days stay readable, with the period in the title. (A bar category axis would label every
// bar and needs unique labels.)
QCategoryAxis *dayAxis(const ActivitySummary &summary) {
    auto *axis = new QCategoryAxis;
    const int days = int(summary.days.size());
    axis->setRange(-0.5, days - 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setGridLineVisible(false);
    const int step = qMax(1, (days + 6) / 7);
    for (int i = 0; i < days; i += step) {
        const QDate day = summary.days.at(i).date;
        axis->append(days <= 7 ? QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat)
                                     + QLatin1Char(' ') + dayMonth(day)
                               : dayMonth(day),
                     i);
    }
    if (days > 1) {
        axis->setTitleText(
            QStringLiteral("%1 – %2").arg(QLocale().toString(summary.first, QLocale::ShortFormat),
                                          QLocale().toString(summary.last, QLocale::ShortFormat)));
    }
    return axis;
}

QValueAxis *countAxis(double max) {
    auto *axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setRange(0, qMax(1.0, max));
    axis->applyNiceNumbers();
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y) {
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

QString ActivityCharts::hourText(int hour) {
    // 24-hour "14:00" everywhere: short and unambiguous in a grid of hours.
    return QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0'));
}

QString ActivityCharts::percent(int part, int whole) {
    return whole ? QLocale().toString(100.0 * part / whole, 'f', 0) + QLocale().percent()
                 : QStringLiteral("–");
}

QString ActivityCharts::contactLabel(const ActivityContact &contact) {
    return contact.name.isEmpty() || contact.name == contact.key
               ? contact.key
               : tr("%1 (%2)", "contact: name (number)").arg(contact.name, contact.key);
}

void ActivityCharts::applyPalette(QChart *chart) {
    const QPalette palette = QApplication::palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The window's own colours, so the chart does not sit in a box of another shade.
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setMargins(QMargins(2, 2, 2, 2));
}

QStackedBarSeries *ActivityCharts::callsPerDay(const ActivitySummary &summary, QChart *chart,
                                               QStandardItemModel *table, QString *totals) {
    clear(chart);
    //: Calls per day chart: calls the user took (not missed).
    auto *inbound = new QBarSet(tr("Inbound"));
    //: Calls per day chart: calls the user made.
    auto *outbound = new QBarSet(tr("Outbound"));
    //: Calls per day chart: inbound calls nobody took (missed or to voicemail).
    auto *missed = new QBarSet(tr("Missed"));
    inbound->setColor(kInbound);
    outbound->setColor(kOutbound);
    missed->setColor(kMissed);
    table->clear();
    table->setHorizontalHeaderLabels(
        {tr("Date"), inbound->label(), outbound->label(), missed->label(), tr("Calls")});
    int most = 0;
    for (const ActivityDay &day : summary.days) {
        *inbound << day.counts.inbound;
        *outbound << day.counts.outbound;
        *missed << day.counts.missed;
        most = qMax(most, day.counts.calls);
        table->appendRow({date(day.date), number(day.counts.inbound), number(day.counts.outbound),
                          number(day.counts.missed), number(day.counts.calls)});
    }
    auto *series = new QStackedBarSeries;
    series->append({inbound, outbound, missed});
    series->setBarWidth(0.8);
    attach(chart, series, dayAxis(summary), countAxis(most));
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const ActivityCounts &t = summary.total;
    *totals =
        tr("%n call(s)", nullptr, t.calls) + QStringLiteral(" · ")
        + tr("%1 a day on average")
              .arg(QLocale().toString(double(t.calls) / qMax(1, int(summary.days.size())), 'f', 1))
        + QStringLiteral(" · ")
        + tr("%1 inbound, %2 outbound, %3 missed (%4)")
              .arg(QLocale().toString(t.inbound), QLocale().toString(t.outbound),
                   QLocale().toString(t.missed), percent(t.missed, t.calls));
    return series;
}

QBarSeries *ActivityCharts::talkTimePerDay(const ActivitySummary &summary, QChart *chart,
                                           QStandardItemModel *table, QString *totals) {
    clear(chart);
    qint64 most = 0;
    for (const ActivityDay &day : summary.days) {
        most = qMax(most, day.counts.talkSeconds);
    }
    // Hours once a day holds more than three of them, minutes below.
    const bool hours = most > 3 * 3600;
    auto *talk = new QBarSet(hours ? tr("Talk time (hours)") : tr("Talk time (minutes)"));
    talk->setColor(kTalk);
    table->clear();
    table->setHorizontalHeaderLabels({tr("Date"), tr("Talk time"), tr("Calls with talk")});
    for (const ActivityDay &day : summary.days) {
        *talk << day.counts.talkSeconds / (hours ? 3600.0 : 60.0);
        table->appendRow(
            {date(day.date), duration(day.counts.talkSeconds), number(day.counts.talked)});
    }
    auto *series = new QBarSeries;
    series->append(talk);
    series->setBarWidth(0.8);
    auto *y = new QValueAxis;
    y->setRange(0, qMax(1.0, most / (hours ? 3600.0 : 60.0)));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    attach(chart, series, dayAxis(summary), y);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const ActivityCounts &t = summary.total;
    *totals =
        tr("%1 in total").arg(CallText::formatDuration(t.talkSeconds)) + QStringLiteral(" · ")
        + tr("%1 per call with talk")
              .arg(CallText::formatDuration(t.talked ? t.talkSeconds / t.talked : 0))
        + QStringLiteral(" · ")
        + tr("%1 a day")
              .arg(CallText::formatDuration(t.talkSeconds / qMax(1, int(summary.days.size()))));
    return series;
}

void ActivityCharts::weekdayHours(const ActivitySummary &summary, QStandardItemModel *table,
                                  QString *totals) {
    table->clear();
    QStringList headers{tr("Weekday")};
    for (int hour = 0; hour < 24; ++hour) {
        headers << hourText(hour);
    }
    table->setHorizontalHeaderLabels(headers);
    int bestDay = -1;
    int bestHour = -1;
    int best = 0;
    for (int row = 0; row < 7; ++row) {
        const int weekday = (int(QLocale().firstDayOfWeek()) - 1 + row) % 7;
        QList<QStandardItem *> cells{item(QLocale().dayName(weekday + 1), weekday + 1)};
        for (int hour = 0; hour < 24; ++hour) {
            const int count = summary.callsByWeekdayHour[weekday][hour];
            cells << number(count);
            if (count > best) {
                best = count;
                bestDay = weekday;
                bestHour = hour;
            }
        }
        table->appendRow(cells);
    }
    *totals = best == 0 ? tr("No calls in this period.")
                        : tr("Busiest hour: %1 %2–%3 (%n call(s))", nullptr, best)
                              .arg(QLocale().dayName(bestDay + 1), hourText(bestHour),
                                   hourText((bestHour + 1) % 24));
}

QHorizontalBarSeries *ActivityCharts::topContacts(const ActivitySummary &summary, bool byTalkTime,
                                                  QChart *chart, QStandardItemModel *table,
                                                  QString *totals) {
    clear(chart);
    const QList<ActivityContact> &contacts =
        byTalkTime ? summary.topByTalkTime : summary.topByCalls;
    auto *set = new QBarSet(byTalkTime ? tr("Talk time (minutes)") : tr("Calls"));
    set->setColor(byTalkTime ? kTalk : kInbound);
    table->clear();
    table->setHorizontalHeaderLabels(
        {tr("Contact"), tr("Number or name"), byTalkTime ? tr("Talk time") : tr("Calls")});
    // Horizontal bars are drawn bottom-up: the list goes in reversed, so the first is on top.
    QStringList labels;
    double most = 0;
    for (int i = int(contacts.size()) - 1; i >= 0; --i) {
        const ActivityContact &contact = contacts.at(i);
        const double value = byTalkTime ? contact.talkSeconds / 60.0 : contact.calls;
        *set << value;
        most = qMax(most, value);
        // Unique labels (a category axis requires them): the rank makes them so. The name
        // alone keeps them short; the number is in the table.
        labels << QStringLiteral("%1. %2").arg(i + 1).arg(contact.name.isEmpty() ? contact.key
                                                                                 : contact.name);
    }
    for (const ActivityContact &contact : contacts) {
        table->appendRow({item(contact.name.isEmpty() ? contact.key : contact.name),
                          item(contact.key),
                          byTalkTime ? duration(contact.talkSeconds) : number(contact.calls)});
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0, qMax(1.0, most));
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%.0f"));
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    if (contacts.isEmpty()) {
        *totals = tr("No contacts in this period.");
    } else if (byTalkTime) {
        qint64 talk = 0;
        for (const ActivityContact &contact : contacts) {
            talk += contact.talkSeconds;
        }
        *totals = tr("These contacts: %1 of %2 talk time")
                      .arg(CallText::formatDuration(talk),
                           CallText::formatDuration(summary.total.talkSeconds));
    } else {
        int calls = 0;
        for (const ActivityContact &contact : contacts) {
            calls += contact.calls;
        }
        *totals = tr("These contacts: %1 of %n call(s) (%2)", nullptr, summary.total.calls)
                      .arg(QLocale().toString(calls), percent(calls, summary.total.calls));
    }
    return series;
}

QHorizontalBarSeries *ActivityCharts::shares(const ActivitySummary &summary, QChart *chart,
                                             QStandardItemModel *table, QString *totals) {
    clear(chart);
    const ActivityCounts &t = summary.total;
    const struct {
        QString label;
        int count;
    } rows[] = {{tr("With a note"), t.withNote}, {tr("With a recording"), t.withRecording}};
    auto *set = new QBarSet(tr("Share of calls (%)"));
    set->setColor(kShare);
    table->clear();
    table->setHorizontalHeaderLabels({tr("Calls"), tr("Count"), tr("Share")});
    QStringList labels;
    for (const auto &row : rows) {
        table->appendRow(
            {item(row.label), number(row.count),
             item(percent(row.count, t.calls),
                  t.calls ? QString::number(double(row.count) / t.calls, 'f', 4) : QString())});
    }
    // Bottom-up, as in topContacts(): bar 0 is the first row.
    for (int i = int(std::size(rows)) - 1; i >= 0; --i) {
        *set << (t.calls ? 100.0 * rows[i].count / t.calls : 0);
        labels << rows[i].label;
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.6);
    auto *names = new QBarCategoryAxis;
    names->append(labels);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d%%"));
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    *totals = tr("Of %n call(s): %1 with a note, %2 with a recording", nullptr, t.calls)
                  .arg(percent(t.withNote, t.calls), percent(t.withRecording, t.calls));
    return series;
}
