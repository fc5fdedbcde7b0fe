#pragma once

#include <QMainWindow>

class CallHistoryFilterBar;
class CallHistoryModel;
class CallHistoryReader;
class QAction;
class QLabel;
class QTableView;
class QTimer;
struct CallHistoryRow;

// The call history window: the filter bar over a sortable table of every logged call, with
// the actions on the selected call and File → Export of what the filters show.
//
// It reads through CallHistoryReader only; changes (note, delete, dial) are requests to app/,
// which performs them, tells the widget, and calls refresh().
class CallHistoryWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryWindow)

public:
    explicit CallHistoryWindow(CallHistoryReader &reader, QWidget *parent = nullptr);
    ~CallHistoryWindow() override;

    // Selects the call and scrolls to it, clearing the filters when they hide it. False (with a
    // status bar message) when the call is not logged.
    bool focusCall(const QString &sessionId);
    // The session id of the selected call, or an empty string.
    QString selectedSessionId() const;
    // Writes what the filters show to `path` (CSV, or JSON for *.json). False with a message.
    bool exportTo(const QString &path, QString *error);

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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenusAndToolBar();
    void applyFilters();
    void updateActions();
    void updateCount();
    void restoreSelection(const QString &sessionId, int scrollValue);
    const CallHistoryRow *selectedCall() const;

    void editNote();
    void callBack();
    void playRecording();
    void showRecordingInFolder();
    void copyNumber();
    void deleteLog();
    void exportWithDialog();

    CallHistoryReader &m_reader;
    CallHistoryModel *m_model = nullptr;
    CallHistoryFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_refreshTimer = nullptr;
    bool m_stale = false;

    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_editNoteAction = nullptr;
    QAction *m_callBackAction = nullptr;
    QAction *m_playAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_copyNumberAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_clearFiltersAction = nullptr;
    QAction *m_refreshAction = nullptr;
};
