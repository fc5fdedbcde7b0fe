#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class ActivitySource;
class ActivityWindow;
class HistoryController;
class StorageThread;

// Owns the Activity window and its source, and opens the call history on what a click in it
// selects. Every computation is a job on the storage thread.
class ActivityController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityController)

public:
    ActivityController(StorageThread &storage, HistoryController &history,
                       QObject *parent = nullptr);
    ~ActivityController() override;

    // Shows the window, creating it on first use.
    void show();
    // Stored calls changed: the window recomputes (only when visible).
    void refresh();

    ActivityWindow *window() const;

private:
    HistoryController &m_history;
    std::unique_ptr<ActivitySource> m_source;
    QPointer<ActivityWindow> m_window;
};
