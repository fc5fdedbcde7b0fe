#pragma once

#include "activityperiod.h"
#include "activitysummary.h"
#include "callhistorygeneration.h"
#include "callquery.h"

#include <QList>
#include <QMainWindow>

#include <optional>

class ActivityChartPanel;
class ActivityHeatMap;
class ActivitySource;
class CallHistoryFilterBar;
class QAction;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QTimer;

// Activity at a glance: calls per day (inbound / outbound / missed), talk time per day, calls by
// weekday and hour, the top contacts by calls and by talk time, and the share of calls with a
// note and with a recording, for a period (presets or custom days) and the history's filters.
// Clicking a bar, a contact, or a table row asks app/ to open the history on exactly those
// calls (historyRequested()).
//
// It reads through an ActivitySource only: the numbers are computed on the storage thread and
// arrive later; meanwhile the previous charts stay and the status bar says it is loading.
//
// Room for what other parts of CallDock add: a scope selector (Mine / Team) goes into the
// period row and is shown only when a team log exists; more charts (open follow-ups) are more
// ActivityChartPanels in the grid.
class ActivityWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityWindow)

public:
    explicit ActivityWindow(ActivitySource &source, QWidget *parent = nullptr);
    ~ActivityWindow() override;

    void setPeriod(ActivityPeriod::Preset preset, const QDate &customFirst = {},
                   const QDate &customLast = {});
    ActivityPeriod period() const;
    // The summary shown (empty before the first answer).
    const ActivitySummary &summary() const { return m_summary; }
    bool isLoading() const { return m_loading; }

    // The history query of one day (and one part of its bar), of one contact, of the calls with
    // a note or a recording: the window's filters within the shown period.
    CallQuery queryForDay(int dayIndex, std::optional<int> callKind = std::nullopt) const;
    CallQuery queryForContact(const QString &key) const;
    CallQuery queryForShare(bool note) const;

    void setShowTables(bool tables);
    QList<ActivityChartPanel *> panels() const { return m_panels; }
    ActivityChartPanel *callsPanel() const { return m_panels.value(0); }
    ActivityChartPanel *talkPanel() const { return m_panels.value(1); }
    ActivityChartPanel *hoursPanel() const { return m_panels.value(2); }
    ActivityChartPanel *contactsByCallsPanel() const { return m_panels.value(3); }
    ActivityChartPanel *contactsByTalkPanel() const { return m_panels.value(4); }
    ActivityChartPanel *sharesPanel() const { return m_panels.value(5); }
    QChart *chartOf(ActivityChartPanel *panel) const;
    CallHistoryFilterBar *filterBar() const { return m_filterBar; }
    QComboBox *periodBox() const { return m_periodBox; }

public slots:
    // Calls changed: recompute soon (once for a burst), or on the next show when hidden.
    void refresh();
    void reloadNow();

signals:
    void historyRequested(const CallQuery &query);
    void loaded();
    void loadFailed(const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    ActivityChartPanel *addChartPanel(const QString &title, QChartView **view);
    void createMenus();
    void periodChanged();
    void apply(const ActivitySummary &summary);
    void applyStep(quint64 generation, int step);
    void connectTables();

    ActivitySource &m_source;
    CallHistoryGeneration m_generation;
    ActivitySummary m_summary;
    CallHistoryFilterBar *m_filterBar = nullptr;
    QComboBox *m_periodBox = nullptr;
    QDateEdit *m_customFirst = nullptr;
    QDateEdit *m_customLast = nullptr;
    QWidget *m_grid = nullptr;
    QList<ActivityChartPanel *> m_panels;
    QList<QChartView *> m_views; // per panel; null for the heat map
    ActivityHeatMap *m_heatMap = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_tablesAction = nullptr;
    quint64 m_applyGeneration = 0;
    bool m_loading = false;
    bool m_stale = false;
};
