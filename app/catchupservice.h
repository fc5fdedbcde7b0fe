#pragma once

#include "catchuppager.h"
#include "protocol.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class CallLogger;
class Settings;
class WidgetBridge;

// Catches up calls the widget never reported live (taken while CallDock was closed, on another
// device, or while the service was not registered) through the widget's /unlogged-calls request.
//
// When: once the user is signed in and the service is registered, on the first
// rc-call-history-synced-notify (or `startDelayMs` later if none comes); after every later
// history sync, coalesced (syncs within `syncCoalesceMs` make one run, syncs during a run make
// exactly one more run after it), because calls made on another device reach CallDock only this
// way; every `intervalMs`; when auto-log is switched on (the calls made while it was off get
// logged); and on demand (runNow / logAllNow).
// How: pages of kPageSize with CallDock's own timeout; the bridge answers the widget's match
// requests meanwhile. With auto-log on every page is stored in one transaction as final facts,
// logged by `catch-up` (CallLogger::logCaughtUp, which also asks the widget to match them again).
// With auto-log off nothing is stored: the run only counts (unloggedCount) until the user asks to
// log them all. Paging: see CatchUpPager.
// A run stops at sign-out or a widget reload (late answers are ignored); a failed or timed-out
// page ends the run with a message, and the next run starts over.
class CatchUpService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatchUpService)

public:
    enum class State { Idle, Running };
    Q_ENUM(State)

    static constexpr int kPageSize = 100;
    static constexpr int kDefaultStartDelayMs = 30'000;
    static constexpr int kDefaultIntervalMs = 15 * 60'000;
    static constexpr int kDefaultSyncCoalesceMs = 2'000;
    static constexpr int kDefaultPageTimeoutMs = 20'000;
    static constexpr int kDefaultMaxPages = 200;

    CatchUpService(WidgetBridge &bridge, CallLogger &logger, Settings &settings,
                   QObject *parent = nullptr);

    // Tuning (tests use short values). Changing the interval restarts the periodic timer.
    void setStartDelayMs(int ms);
    void setIntervalMs(int ms);
    void setSyncCoalesceMs(int ms) { m_syncTimer.setInterval(ms); }
    void setPageTimeoutMs(int ms) { m_pageTimeoutMs = ms; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    int pageTimeoutMs() const { return m_pageTimeoutMs; }

    // "Catch up un-logged calls now": stores with auto-log on, counts with it off. Returns false
    // (and does nothing) while a run is going or when not signed in / not registered.
    bool runNow();
    // "Log them all": a run that stores even with auto-log off. While a counting run is going it
    // follows that run; returns false when it cannot start.
    bool logAllNow();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    bool isReady() const;
    // Calls the last counting run found not logged (0 after a storing run or a sign-out).
    int unloggedCount() const { return m_unloggedCount; }
    // Progress of the current (or last) run.
    int pagesDone() const { return m_pagesDone; }
    int callsLogged() const { return m_callsLogged; }
    QString lastError() const { return m_lastError; }
    QDateTime lastSuccess() const { return m_lastSuccess; }

signals:
    void started();
    void progress(int pagesDone, int callsLogged);
    void finished(bool ok, int callsLogged, const QString &error);
    void unloggedCountChanged(int count);

private:
    CatchUpPager::Mode automaticMode() const;
    bool start(CatchUpPager::Mode mode, const char *reason);
    void requestPage();
    void continueAfterPage(quint64 run, const CatchUpPager::Step &step, int pageCalls,
                           bool hasMore);
    void handlePage(quint64 run, const std::optional<Protocol::UnloggedCallsPage> &page,
                    const QString &error);
    void finish(bool ok, const QString &error);
    void stop(const QString &reason);
    void onReadinessChanged();
    void onHistorySynced();
    void onAutomaticTimer();
    void onAutoLogSettingChanged();
    void setUnloggedCount(int count);

    WidgetBridge &m_bridge;
    CallLogger &m_logger;
    Settings &m_settings;
    State m_state = State::Idle;
    std::optional<CatchUpPager> m_pager;
    // Identifies the current run; answers carrying an older number are ignored.
    quint64 m_run = 0;
    QTimer m_startTimer;
    QTimer m_intervalTimer;
    QTimer m_syncTimer; // coalesces history syncs into one run
    int m_pageTimeoutMs = kDefaultPageTimeoutMs;
    int m_maxPages = kDefaultMaxPages;
    bool m_initialRunDone = false; // the first automatic run of this sign-in / widget load
    bool m_logAllAfterRun = false;
    bool m_syncedDuringRun = false; // a history sync came while a run was going
    bool m_autoLogOn = false;       // the auto-log setting as last seen, to catch off -> on
    int m_unloggedCount = 0;
    int m_pagesDone = 0;
    int m_callsLogged = 0;
    QString m_lastError;
    QDateTime m_lastSuccess;
};
