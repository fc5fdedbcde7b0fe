#pragma once

#include "callquery.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class CallHistorySource;
class CallHistoryWindow;
class CallLogger;
class LogCallDialogs;
class StorageThread;
class WidgetBridge;

// Owns the call history window and its source of calls, and turns the window's requests into
// actions: edit a note (the same dialog as the widget's Log button), call back through the
// widget, delete a log (the widget is told through a match trigger). Every read is a job on the
// storage thread; the GUI thread never waits for the database.
class HistoryController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    HistoryController(StorageThread &storage, CallLogger &logger, WidgetBridge &bridge,
                      LogCallDialogs &dialogs, QObject *parent = nullptr);
    ~HistoryController() override;

    // Shows the window (creating it on first use, once the history connection has opened),
    // focused on `sessionId` when given.
    void show(const QString &sessionId = QString());
    // Shows the window with the filters of `query` (Activity's bars and contacts).
    void showQuery(const CallQuery &query);
    // Stored calls changed: the window re-reads (cheaply, and only when visible).
    void refresh();

    CallHistoryWindow *window() const;
    // Marks the call's follow-up done (or open again): the history's one-key action.
    void setFollowUpDone(const QString &sessionId, bool done);

signals:
    // A follow-up was marked done or open again (the reminder schedule changes).
    void followUpsChanged();

private:
    void createWindow();
    void showWindow(const QString &sessionId);
    void editNote(const QString &sessionId);
    void deleteLog(const QString &sessionId);

    StorageThread &m_storage;
    CallLogger &m_logger;
    WidgetBridge &m_bridge;
    LogCallDialogs &m_dialogs;
    std::unique_ptr<CallHistorySource> m_source;
    QPointer<CallHistoryWindow> m_window;
    bool m_opening = false;
    QString m_pendingFocus;
    std::optional<CallQuery> m_pendingQuery;
};
