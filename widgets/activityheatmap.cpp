#include "activityheatmap.h"

#include "activitycharts.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace {

QColor mix(const QColor &from, const QColor &to, double amount) {
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace

ActivityHeatMap::ActivityHeatMap(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

ActivityHeatMap::~ActivityHeatMap() = default;

void ActivityHeatMap::setCounts(const Grid &counts) {
    m_counts = counts;
    m_max = 0;
    for (const auto &row : m_counts) {
        for (const int count : row) {
            m_max = qMax(m_max, count);
        }
    }
    update();
}

QSize ActivityHeatMap::sizeHint() const {
    return {labelWidth() + 24 * fontMetrics().height() * 3 / 2, fontMetrics().height() * 14};
}

QSize ActivityHeatMap::minimumSizeHint() const {
    return {labelWidth() + 24 * 8, fontMetrics().height() * 9};
}

int ActivityHeatMap::labelWidth() const {
    int width = 0;
    for (int day = 1; day <= 7; ++day) {
        width = qMax(width,
                     fontMetrics().horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    }
    return width + fontMetrics().averageCharWidth();
}

QRect ActivityHeatMap::gridRect() const {
    const int top = fontMetrics().height() + 4;
    return QRect(labelWidth(), top, width() - labelWidth(), height() - top);
}

int ActivityHeatMap::weekdayOfRow(int row) const {
    return (int(QLocale().firstDayOfWeek()) - 1 + row) % 7;
}

std::pair<int, int> ActivityHeatMap::cellAt(const QPoint &pos) const {
    const QRect grid = gridRect();
    if (!grid.contains(pos) || grid.width() < 24 || grid.height() < 7) {
        return {-1, -1};
    }
    const int hour = qBound(0, (pos.x() - grid.left()) * 24 / grid.width(), 23);
    const int row = qBound(0, (pos.y() - grid.top()) * 7 / grid.height(), 6);
    return {weekdayOfRow(row), hour};
}

void ActivityHeatMap::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    const QRect grid = gridRect();
    const QColor none = palette().color(QPalette::Base);
    const QColor most = palette().color(QPalette::Highlight);
    painter.setPen(palette().color(QPalette::WindowText));
    for (int hour = 0; hour < 24; hour += 3) {
        const int x = grid.left() + hour * grid.width() / 24;
        painter.drawText(QRect(x, 0, grid.width() / 8, grid.top()), Qt::AlignLeft | Qt::AlignBottom,
                         ActivityCharts::hourText(hour));
    }
    for (int row = 0; row < 7; ++row) {
        const int y0 = grid.top() + row * grid.height() / 7;
        const int y1 = grid.top() + (row + 1) * grid.height() / 7;
        const int weekday = weekdayOfRow(row);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(0, y0, labelWidth() - 4, y1 - y0), Qt::AlignRight | Qt::AlignVCenter,
                         QLocale().dayName(weekday + 1, QLocale::ShortFormat));
        for (int hour = 0; hour < 24; ++hour) {
            const int x0 = grid.left() + hour * grid.width() / 24;
            const int x1 = grid.left() + (hour + 1) * grid.width() / 24;
            const int count = m_counts[weekday][hour];
            const double amount = m_max ? 0.15 + 0.85 * double(count) / m_max : 0;
            painter.fillRect(QRect(x0, y0, x1 - x0 - 1, y1 - y0 - 1),
                             count ? mix(none, most, amount) : none);
        }
    }
}

bool ActivityHeatMap::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [weekday, hour] = cellAt(help->pos());
        if (weekday < 0) {
            QToolTip::hideText();
            return true;
        }
        //: Heat map tooltip: %1 weekday, %2 start hour, %3 end hour; %n calls.
        QToolTip::showText(help->globalPos(),
                           tr("%1 %2–%3: %n call(s)", nullptr, m_counts[weekday][hour])
                               .arg(QLocale().dayName(weekday + 1), ActivityCharts::hourText(hour),
                                    ActivityCharts::hourText((hour + 1) % 24)),
                           this);
        return true;
    }
    return QWidget::event(event);
}
