#include "activitywindow.h"

#include "activitychartpanel.h"
#include "activitycharts.h"
#include "activityheatmap.h"
#include "activitysource.h"
#include "callhistoryfilterbar.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace {

// Bursts of call updates (a live call reports every few seconds) become one recomputation.
constexpr int kRefreshDelayMs = 500;

qint64 startOfDay(const QDate &date) {
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

ActivityWindow::ActivityWindow(ActivitySource &source, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_filterBar(new CallHistoryFilterBar(this))
    , m_periodBox(new QComboBox(this))
    , m_customFirst(new QDateEdit(this))
    , m_customLast(new QDateEdit(this))
    , m_grid(new QWidget(this))
    , m_heatMap(new ActivityHeatMap)
    , m_refreshTimer(new QTimer(this)) {
    setWindowTitle(tr("Activity — CallDock"));
    setObjectName(QStringLiteral("ActivityWindow"));

    for (int preset = 0; preset < ActivityPeriod::kPresetCount; ++preset) {
        m_periodBox->addItem(ActivityPeriod::presetName(ActivityPeriod::Preset(preset)), preset);
    }
    m_periodBox->setAccessibleName(tr("Period"));
    m_periodBox->setCurrentIndex(ActivityPeriod::Last30Days);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_customFirst, m_customLast}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_customFirst->setDate(today.addDays(-29));
    m_customLast->setDate(today);
    m_customFirst->setAccessibleName(tr("First day"));
    m_customFirst->setObjectName(QStringLiteral("customFirst"));
    m_customLast->setObjectName(QStringLiteral("customLast"));
    m_customLast->setAccessibleName(tr("Last day"));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_periodBox);

    m_filterBar->setDateRangeVisible(false);

    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(periodLabel);
    periodRow->addWidget(m_periodBox);
    periodRow->addWidget(m_customFirst);
    periodRow->addWidget(m_customLast);
    // The scope selector (Mine / Team) belongs here once a team log exists.
    periodRow->addStretch(1);

    QChartView *view = nullptr;
    addChartPanel(tr("Calls per day"), &view);
    addChartPanel(tr("Talk time per day"), &view);
    m_panels << new ActivityChartPanel(tr("Calls by weekday and hour"), m_heatMap, m_grid);
    m_views << nullptr;
    // Ten bars with a name each need more height than a day chart.
    for (const QString &title : {tr("Top contacts by calls"), tr("Top contacts by talk time")}) {
        addChartPanel(title, &view);
        view->setMinimumHeight(fontMetrics().height() * 26);
    }
    addChartPanel(tr("Notes and recordings"), &view);
    auto *grid = new QGridLayout(m_grid);
    for (int i = 0; i < m_panels.size(); ++i) {
        grid->addWidget(m_panels.at(i), i / 2, i % 2);
        connect(m_panels.at(i), &ActivityChartPanel::saved, this,
                [this](bool, const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(periodRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &ActivityWindow::reloadNow);
    connect(m_periodBox, &QComboBox::currentIndexChanged, this, &ActivityWindow::periodChanged);
    for (QDateEdit *edit : {m_customFirst, m_customLast}) {
        connect(edit, &QDateEdit::dateChanged, this, &ActivityWindow::reloadNow);
    }
    connect(m_filterBar, &CallHistoryFilterBar::filtersChanged, this, &ActivityWindow::reloadNow);
    connectTables();
    createMenus();

    const QFontMetrics metrics = fontMetrics();
    resize(metrics.averageCharWidth() * 170, metrics.height() * 52);
    reloadNow();
}

ActivityWindow::~ActivityWindow() = default;

ActivityChartPanel *ActivityWindow::addChartPanel(const QString &title, QChartView **view) {
    auto *chart = new QChart;
    ActivityCharts::applyPalette(chart);
    *view = new QChartView(chart);
    (*view)->setRenderHint(QPainter::Antialiasing, false);
    (*view)->setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 18);
    auto *panel = new ActivityChartPanel(title, *view, m_grid);
    m_panels << panel;
    m_views << *view;
    return panel;
}

QChart *ActivityWindow::chartOf(ActivityChartPanel *panel) const {
    const QChartView *view = m_views.value(int(m_panels.indexOf(panel)));
    return view ? view->chart() : nullptr;
}

void ActivityWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_tablesAction = view->addAction(tr("Show Data as &Tables"));
    m_tablesAction->setCheckable(true);
    m_tablesAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    connect(m_tablesAction, &QAction::toggled, this, &ActivityWindow::setShowTables);
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &ActivityWindow::reloadNow);
}

void ActivityWindow::connectTables() {
    // Enter or double-click on a table row opens the same calls as clicking its bar.
    connect(callsPanel()->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                const int column = index.column();
                emit historyRequested(queryForDay(index.row(), column >= 1 && column <= 3
                                                                   ? std::optional<int>(column - 1)
                                                                   : std::nullopt));
            });
    connect(talkPanel()->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { emit historyRequested(queryForDay(index.row())); });
    for (ActivityChartPanel *panel : {contactsByCallsPanel(), contactsByTalkPanel()}) {
        connect(panel->table(), &QAbstractItemView::activated, this,
                [this, panel](const QModelIndex &index) {
                    emit historyRequested(
                        queryForContact(panel->model()->index(index.row(), 1).data().toString()));
                });
    }
    connect(sharesPanel()->table(), &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                emit historyRequested(queryForShare(index.row() == 0));
            });
}

void ActivityWindow::setPeriod(ActivityPeriod::Preset preset, const QDate &customFirst,
                               const QDate &customLast) {
    // One recomputation for the whole change.
    const QSignalBlocker blockFirst(m_customFirst);
    const QSignalBlocker blockLast(m_customLast);
    if (customFirst.isValid()) {
        m_customFirst->setDate(customFirst);
    }
    if (customLast.isValid()) {
        m_customLast->setDate(customLast);
    }
    if (m_periodBox->currentIndex() == preset) {
        periodChanged();
    } else {
        m_periodBox->setCurrentIndex(preset); // periodChanged()
    }
}

ActivityPeriod ActivityWindow::period() const {
    return ActivityPeriod::of(ActivityPeriod::Preset(m_periodBox->currentData().toInt()),
                              QDate::currentDate(), m_customFirst->date(), m_customLast->date());
}

void ActivityWindow::periodChanged() {
    const bool custom = m_periodBox->currentData().toInt() == ActivityPeriod::Custom;
    m_customFirst->setVisible(custom);
    m_customLast->setVisible(custom);
    reloadNow();
}

void ActivityWindow::refresh() {
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void ActivityWindow::reloadNow() {
    m_refreshTimer->stop();
    m_stale = false;
    m_generation.advance();
    m_loading = true;
    statusBar()->showMessage(tr("Loading…"));
    const ActivityPeriod shown = period();
    m_source.requestActivity(m_filterBar->applyTo(CallQuery()), shown.first, shown.last,
                             m_generation.stamp(), this,
                             [this](const ActivitySource::Result &result) {
                                 if (!result.ok) {
                                     m_loading = false;
                                     statusBar()->showMessage(result.error);
                                     emit loadFailed(result.error);
                                     return;
                                 }
                                 statusBar()->clearMessage();
                                 apply(result.summary); // emits loaded() when drawn
                             });
}

void ActivityWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_stale) {
        reloadNow();
    }
}

void ActivityWindow::changeEvent(QEvent *event) {
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        for (QChartView *view : std::as_const(m_views)) {
            if (view) {
                ActivityCharts::applyPalette(view->chart());
            }
        }
        if (m_summary.first.isValid()) {
            apply(m_summary); // the theme resets the series' colours
        }
    }
}

void ActivityWindow::setShowTables(bool tables) {
    for (ActivityChartPanel *panel : std::as_const(m_panels)) {
        panel->setShowTable(tables);
    }
    if (m_tablesAction->isChecked() != tables) {
        m_tablesAction->setChecked(tables);
    }
}

CallQuery ActivityWindow::queryForDay(int dayIndex, std::optional<int> callKind) const {
    CallQuery query = m_filterBar->applyTo(CallQuery());
    const QDate day = m_summary.days.value(dayIndex).date;
    if (!day.isValid()) {
        return query;
    }
    query.sinceMs = startOfDay(day);
    query.untilMs = startOfDay(day.addDays(1));
    if (callKind == ActivityCharts::Inbound) {
        query.inboundNotMissed = true;
    } else if (callKind == ActivityCharts::Outbound) {
        query.direction = CallDirection::Outbound;
    } else if (callKind == ActivityCharts::Missed) {
        query.missedOnly = true;
    }
    return query;
}

CallQuery ActivityWindow::queryForContact(const QString &key) const {
    CallQuery query = m_filterBar->applyTo(CallQuery());
    query.sinceMs = startOfDay(m_summary.first);
    query.untilMs = startOfDay(m_summary.last.addDays(1));
    query.contact = key;
    return query;
}

CallQuery ActivityWindow::queryForShare(bool note) const {
    CallQuery query = m_filterBar->applyTo(CallQuery());
    query.sinceMs = startOfDay(m_summary.first);
    query.untilMs = startOfDay(m_summary.last.addDays(1));
    (note ? query.withNote : query.withRecording) = true;
    return query;
}

void ActivityWindow::apply(const ActivitySummary &summary) {
    m_summary = summary;
    const quint64 generation = ++m_applyGeneration;
    applyStep(generation, 0);
}

// One chart per turn of the event loop: each is drawn before the next is built, so the GUI
// thread is never busy with all six at once (building and painting a chart of 90 days of bars
// costs Qt Charts several milliseconds).
void ActivityWindow::applyStep(quint64 generation, int step) {
    if (generation != m_applyGeneration) {
        return; // a newer summary arrived meanwhile
    }
    const ActivitySummary &summary = m_summary;
    QString totals;
    switch (step) {
    case 0: {
        QStackedBarSeries *calls = ActivityCharts::callsPerDay(summary, chartOf(callsPanel()),
                                                               callsPanel()->model(), &totals);
        callsPanel()->setSummary(totals);
        const QList<QBarSet *> sets = calls->barSets();
        connect(calls, &QStackedBarSeries::clicked, this, [this, sets](int index, QBarSet *set) {
            emit historyRequested(queryForDay(index, int(sets.indexOf(set))));
        });
        connect(calls, &QStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet *set) {
            if (on && index < m_summary.days.size()) {
                QToolTip::showText(
                    QCursor::pos(),
                    tr("%1, %2: %3")
                        .arg(QLocale().toString(m_summary.days.at(index).date, QLocale::LongFormat),
                             set->label(), QLocale().toString(int(set->at(index)))));
            }
        });
        break;
    }
    case 1: {
        QBarSeries *talk = ActivityCharts::talkTimePerDay(summary, chartOf(talkPanel()),
                                                          talkPanel()->model(), &totals);
        talkPanel()->setSummary(totals);
        connect(talk, &QBarSeries::clicked, this,
                [this](int index, QBarSet *) { emit historyRequested(queryForDay(index)); });

        break;
    }
    case 2:
        m_heatMap->setCounts(summary.callsByWeekdayHour);
        ActivityCharts::weekdayHours(summary, hoursPanel()->model(), &totals);
        hoursPanel()->setSummary(totals);
        break;
    case 3:
    case 4: {
        const bool byTalk = step == 4;
        ActivityChartPanel *panel = byTalk ? contactsByTalkPanel() : contactsByCallsPanel();
        QHorizontalBarSeries *series =
            ActivityCharts::topContacts(summary, byTalk, chartOf(panel), panel->model(), &totals);
        panel->setSummary(totals);
        const QList<ActivityContact> contacts = byTalk ? summary.topByTalkTime : summary.topByCalls;
        connect(series, &QHorizontalBarSeries::clicked, this,
                [this, contacts](int index, QBarSet *) {
                    const int row = int(contacts.size()) - 1 - index;
                    if (row >= 0 && row < contacts.size()) {
                        emit historyRequested(queryForContact(contacts.at(row).key));
                    }
                });
        break;
    }
    default: {
        QHorizontalBarSeries *shares = ActivityCharts::shares(summary, chartOf(sharesPanel()),
                                                              sharesPanel()->model(), &totals);
        sharesPanel()->setSummary(totals);
        connect(shares, &QHorizontalBarSeries::clicked, this,
                [this](int index, QBarSet *) { emit historyRequested(queryForShare(index == 1)); });
        m_loading = false;
        emit loaded();
        return;
    }
    }
    QMetaObject::invokeMethod(
        this, [this, generation, step] { applyStep(generation, step + 1); }, Qt::QueuedConnection);
}
