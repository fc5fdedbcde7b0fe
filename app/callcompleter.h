#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class CallLogger;
class StorageThread;
class WidgetBridge;

// Finishes logged calls that never got their final record, e.g. a call that was live when
// CallDock quit: the widget's un-logged list skips calls it sees as logged, so catch-up never
// offers them. After sign-in and after each history sync (coalesced) it asks the widget's
// /get-call-log for each unfinished call and stores the final facts it answers with (never
// creating a call, never touching a note).
class CallCompleter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallCompleter)

public:
    static constexpr int kMaxCallsPerRun = 50;

    CallCompleter(StorageThread &storage, WidgetBridge &bridge, CallLogger &logger,
                  QObject *parent = nullptr);

    void setDelayMs(int ms) { m_delay.setInterval(ms); }
    bool isRunning() const { return m_running; }

signals:
    void finished(int completed);

private:
    void schedule();
    void run();
    void askNext(QStringList remaining, int completed);

    StorageThread &m_storage;
    WidgetBridge &m_bridge;
    CallLogger &m_logger;
    QTimer m_delay;
    bool m_running = false;
    bool m_again = false;
};
