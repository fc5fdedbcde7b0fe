#pragma once

#include <QWidget>

#include <array>

// Calls by weekday and hour as a grid of cells shaded from the window's base colour (none) to
// its highlight colour (the busiest hour), painted with the palette so it follows light and dark
// desktops. Qt Charts has no heat map series; the Activity window's table view carries the same
// numbers for screen readers.
class ActivityHeatMap final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityHeatMap)

public:
    using Grid = std::array<std::array<int, 24>, 7>; // [Monday = 0][hour]

    explicit ActivityHeatMap(QWidget *parent = nullptr);
    ~ActivityHeatMap() override;

    void setCounts(const Grid &counts);
    const Grid &counts() const { return m_counts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The grid's geometry for the current size.
    QRect gridRect() const;
    int labelWidth() const;
    // Row 0 is the locale's first day of the week.
    int weekdayOfRow(int row) const;
    // The (weekday, hour) under `pos`, or (-1, -1).
    std::pair<int, int> cellAt(const QPoint &pos) const;

    Grid m_counts{};
    int m_max = 0;
};
