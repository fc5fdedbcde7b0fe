#pragma once

#include "callhistoryreader.h"

#include <QObject>
#include <QPointer>

class CallHistoryWindow;
class CallLogger;
class CallStore;
class LogCallDialogs;
class WidgetBridge;

// Owns the call history window and its read connection, and turns the window's requests into
// actions: edit a note (the same dialog as the widget's Log button), call back through the
// widget, delete a log (the widget is told through a match trigger).
class HistoryController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryController)

public:
    HistoryController(const QString &databasePath, CallStore &store, CallLogger &logger,
                      WidgetBridge &bridge, LogCallDialogs &dialogs, QObject *parent = nullptr);
    ~HistoryController() override;

    // Shows the window (creating it on first use), focused on `sessionId` when given.
    void show(const QString &sessionId = QString());
    // Stored calls changed: the window re-reads (cheaply, and only when visible).
    void refresh();

    CallHistoryWindow *window() const;

private:
    bool ensureWindow();
    void editNote(const QString &sessionId);
    void deleteLog(const QString &sessionId);

    QString m_databasePath;
    CallStore &m_store;
    CallLogger &m_logger;
    WidgetBridge &m_bridge;
    LogCallDialogs &m_dialogs;
    CallHistoryReader m_reader;
    QPointer<CallHistoryWindow> m_window;
};
