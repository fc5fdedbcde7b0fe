#pragma once

#include "callquery.h"

#include <QMainWindow>

class CallHistoryFilterBar;
class CallHistoryModel;
class CallHistorySource;
class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QTimer;
struct CallHistoryRow;

// The call history window: the filter bar over a sortable table of every logged call, with
// the actions on the selected call and File → Export of what the filters show.
//
// It reads through a CallHistorySource only, whose answers arrive later: the window never waits
// for the database (pages, counts, finding a call and exports run on app/'s storage thread).
// Changes (note, delete, dial) are requests to app/, which performs them, tells the widget, and
// calls refresh().
class CallHistoryWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryWindow)

public:
    explicit CallHistoryWindow(CallHistorySource &source, QWidget *parent = nullptr);
    ~CallHistoryWindow() override;

    // Selects the call and scrolls to it once it is found and loaded, clearing the filters when
    // they hide it; focusFinished() tells the outcome (a status bar message when the call is not
    // logged).
    void focusCall(const QString &sessionId);
    // Shows the calls `query` selects: its filters replace the filter bar's (its sort order is
    // not used, the window keeps its own).
    void showQuery(const CallQuery &query);
    // The session id of the selected call, or an empty string.
    QString selectedSessionId() const;
    // Starts writing what the filters show to `path` (CSV, or JSON for *.json), with a busy
    // indicator meanwhile; exportFinished() tells the outcome.
    void exportTo(const QString &path);
    bool isExporting() const { return m_exporting; }

    CallHistoryModel *model() const { return m_model; }
    CallHistoryFilterBar *filterBar() const { return m_filterBar; }
    QTableView *view() const { return m_view; }

public slots:
    // Calls changed: re-read the database (soon, once for a burst of changes; on the next show
    // when hidden). The selection is kept.
    void refresh();
    // Re-reads at once.
    void reloadNow();

signals:
    void editNoteRequested(const QString &sessionId);
    void callBackRequested(const QString &phoneNumber);
    // After the user confirmed; app/ deletes the log and then calls refresh().
    void deleteRequested(const QString &sessionId);
    // "Follow-up done" (one key, D) toggles the selected call's follow-up.
    void followUpDoneRequested(const QString &sessionId, bool done);
    void focusFinished(const QString &sessionId, bool found);
    // `message` is the status text on success, the user-readable error otherwise.
    void exportFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void applyFilters();
    void updateActions();
    void updateCount();
    void restoreSelection(const QString &sessionId, int scrollValue);
    // Restores the selection once the model's rows have arrived.
    void restoreWhenLoaded(const QString &sessionId, int scrollValue);
    void focusLoadedRow(const QString &sessionId, int row, bool filtersCleared);
    const CallHistoryRow *selectedCall() const;

    void editNote();
    void callBack();
    void playRecording();
    void showRecordingInFolder();
    void copyNumber();
    void deleteLog();
    void exportWithDialog();

    CallHistorySource &m_source;
    CallHistoryModel *m_model = nullptr;
    CallHistoryFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QProgressBar *m_busyBar = nullptr;
    bool m_stale = false;
    bool m_exporting = false;
    bool m_exportFromDialog = false;
    bool m_restorePending = false;
    QString m_restoreSessionId;
    int m_restoreScroll = 0;

    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_editNoteAction = nullptr;
    QAction *m_callBackAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyNumberAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_followUpDoneAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_refreshAction = nullptr;
};
