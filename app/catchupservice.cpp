#include "catchupservice.h"

#include "callfactsmapper.h"
#include "calllogger.h"
#include "settings.h"
#include "storeerrortext.h"
#include "widgetbridge.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

Q_LOGGING_CATEGORY(lcCatchUp, "calldock.app.catchup")

CatchUpService::CatchUpService(WidgetBridge &bridge, CallLogger &logger, Settings &settings,
                               QObject *parent)
    : QObject(parent)
    , m_bridge(bridge)
    , m_logger(logger)
    , m_settings(settings) {
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(kDefaultStartDelayMs);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        // rc-call-history-synced-notify did not come (an older widget, a slow sync): start anyway.
        if (!m_initialRunDone) {
            start(automaticMode(), "signed in, no history sync");
        }
    });
    m_intervalTimer.setInterval(kDefaultIntervalMs);
    connect(&m_intervalTimer, &QTimer::timeout, this, &CatchUpService::onAutomaticTimer);
    m_syncTimer.setSingleShot(true);
    m_syncTimer.setInterval(kDefaultSyncCoalesceMs);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] {
        if (isRunning()) {
            m_syncedDuringRun = true;
            return;
        }
        start(automaticMode(), "history synced");
    });
    m_autoLogOn = settings.autoLogCalls();

    connect(&bridge, &WidgetBridge::loginStatusChanged, this, [this](bool loggedIn) {
        if (!loggedIn) {
            stop(tr("Catching up stopped because you signed out."));
            // The count belongs to the user who signed out; a new sign-in starts over.
            m_initialRunDone = false;
            setUnloggedCount(0);
        }
        onReadinessChanged();
    });
    connect(&bridge, &WidgetBridge::serviceRegistered, this, &CatchUpService::onReadinessChanged);
    connect(&bridge, &WidgetBridge::widgetReloaded, this, [this] {
        stop(tr("Catching up stopped because the phone reloaded."));
        m_initialRunDone = false;
        onReadinessChanged();
    });
    connect(&bridge, &WidgetBridge::callHistorySynced, this, &CatchUpService::onHistorySynced);
    connect(&settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLogCalls) {
            onAutoLogSettingChanged();
        }
    });
}

void CatchUpService::setStartDelayMs(int ms) {
    m_startTimer.setInterval(ms); // restarts the timer when it is running
}

void CatchUpService::setIntervalMs(int ms) {
    m_intervalTimer.setInterval(ms);
}

bool CatchUpService::isReady() const {
    return m_bridge.isLoggedIn() && m_bridge.isRegistered();
}

CatchUpPager::Mode CatchUpService::automaticMode() const {
    // With auto-log off the user decides: count only, and offer "Log them all".
    return m_settings.autoLogCalls() ? CatchUpPager::Mode::Store : CatchUpPager::Mode::Count;
}

bool CatchUpService::runNow() {
    return start(automaticMode(), "on demand");
}

bool CatchUpService::logAllNow() {
    if (isRunning()) {
        if (m_pager->mode() == CatchUpPager::Mode::Count) {
            m_logAllAfterRun = true;
            return true;
        }
        return false; // already storing
    }
    return start(CatchUpPager::Mode::Store, "log them all");
}

bool CatchUpService::start(CatchUpPager::Mode mode, const char *reason) {
    if (isRunning()) {
        qCDebug(lcCatchUp) << "already running; ignored start:" << reason;
        return false;
    }
    if (!isReady()) {
        qCInfo(lcCatchUp) << "not signed in or service not registered; ignored start:" << reason;
        return false;
    }
    ++m_run;
    m_state = State::Running;
    m_pager.emplace(mode, m_maxPages);
    m_pagesDone = 0;
    m_callsLogged = 0;
    m_lastError.clear();
    // Any run covers the catch-up that sign-in would start.
    m_initialRunDone = true;
    m_startTimer.stop();
    qCInfo(lcCatchUp) << "catch-up started:" << reason
                      << (mode == CatchUpPager::Mode::Store ? "(storing)" : "(counting)");
    emit started();
    requestPage();
    return true;
}

void CatchUpService::requestPage() {
    const quint64 run = m_run;
    const QPointer<CatchUpService> self(this);
    qCDebug(lcCatchUp) << "asking for page" << m_pager->page();
    m_bridge.requestUnloggedCalls(
        kPageSize, m_pager->page(), m_pageTimeoutMs,
        [self, run](std::optional<Protocol::UnloggedCallsPage> page, const QString &error) {
            if (self) {
                self->handlePage(run, page, error);
            }
        });
}

void CatchUpService::handlePage(quint64 run, const std::optional<Protocol::UnloggedCallsPage> &page,
                                const QString &error) {
    if (run != m_run || !isRunning()) {
        // A run stopped by sign-out or reload: what its page brings is no longer wanted.
        qCDebug(lcCatchUp) << "ignored the answer of a stopped run";
        return;
    }
    if (!page) {
        finish(false, tr("Could not get the un-logged calls from the phone: %1").arg(error));
        return;
    }
    if (page->skippedCalls > 0) {
        qCWarning(lcCatchUp) << "page" << m_pager->page() << "had" << page->skippedCalls
                             << "unreadable calls";
    }
    QStringList ids;
    ids.reserve(page->calls.size());
    for (const Protocol::WidgetCall &call : page->calls) {
        ids.append(call.sessionId);
    }
    const CatchUpPager::Step step = m_pager->accept(ids, page->hasMore);

    const int pageCalls = int(ids.size());
    const bool hasMore = page->hasMore;
    if (m_pager->mode() == CatchUpPager::Mode::Store && !step.newSessionIds.isEmpty()) {
        QSet<QString> wanted(step.newSessionIds.cbegin(), step.newSessionIds.cend());
        QList<CallFacts> facts;
        facts.reserve(step.newSessionIds.size());
        for (const Protocol::WidgetCall &call : page->calls) {
            if (wanted.remove(call.sessionId)) {
                facts.append(CallFactsMapper::fromWidgetCall(call));
            }
        }
        // The next page is asked for once this one is stored (on the storage thread).
        const QPointer<CatchUpService> self(this);
        const int stored = int(facts.size());
        m_logger.logCaughtUp(
            facts, [self, run, step, stored, pageCalls, hasMore](bool ok, const StoreError &error) {
                if (!self || run != self->m_run || !self->isRunning()) {
                    return;
                }
                if (!ok) {
                    self->finish(false, tr("Could not save the caught-up calls: %1")
                                            .arg(StoreErrorText::userMessage(error)));
                    return;
                }
                self->m_callsLogged += stored;
                self->continueAfterPage(run, step, pageCalls, hasMore);
            });
        return;
    }
    continueAfterPage(run, step, pageCalls, hasMore);
}

void CatchUpService::continueAfterPage(quint64 run, const CatchUpPager::Step &step, int pageCalls,
                                       bool hasMore) {
    m_pagesDone = m_pager->pagesDone();
    qCDebug(lcCatchUp) << "page done:" << pageCalls << "calls," << step.newSessionIds.size()
                       << "new; hasMore" << hasMore;
    emit progress(m_pagesDone, m_callsLogged);
    if (run != m_run || !isRunning()) {
        return; // a progress listener stopped the run
    }
    if (step.hitPageLimit) {
        finish(false, tr("Stopped after %n page(s) of un-logged calls; the rest follows in the "
                         "next run.",
                         "", m_pagesDone));
    } else if (step.finished) {
        finish(true, QString());
    } else {
        requestPage();
    }
}

void CatchUpService::finish(bool ok, const QString &error) {
    const CatchUpPager::Mode mode = m_pager->mode();
    const int seen = m_pager->seenCount();
    ++m_run; // answers still on their way belong to a finished run
    m_state = State::Idle;
    m_pager.reset();
    if (ok) {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        qCInfo(lcCatchUp) << "catch-up finished:" << m_pagesDone << "pages," << m_callsLogged
                          << "calls logged," << seen << "not logged before";
        setUnloggedCount(mode == CatchUpPager::Mode::Count ? seen : 0);
    } else {
        m_lastError = error;
        qCWarning(lcCatchUp).noquote() << "catch-up ended early:" << error;
    }
    emit finished(ok, m_callsLogged, error);

    if (m_logAllAfterRun) {
        m_logAllAfterRun = false;
        // The storing run asks for the list afresh, so it also covers a sync during this run.
        m_syncedDuringRun = false;
        // Queued: listeners of finished() see an idle service before the next run starts.
        QMetaObject::invokeMethod(
            this, [this] { start(CatchUpPager::Mode::Store, "log them all"); },
            Qt::QueuedConnection);
    } else if (m_syncedDuringRun) {
        // This run may have listed the calls before the sync brought new ones: one more run,
        // after the coalescing delay (so a burst of syncs still makes only that one).
        m_syncedDuringRun = false;
        m_syncTimer.start();
    }
}

void CatchUpService::stop(const QString &reason) {
    if (!isRunning()) {
        return;
    }
    m_logAllAfterRun = false;
    m_syncedDuringRun = false; // sign-in or the reloaded widget start over anyway
    finish(false, reason);
}

void CatchUpService::onReadinessChanged() {
    if (!isReady()) {
        m_startTimer.stop();
        m_intervalTimer.stop();
        m_syncTimer.stop();
        return;
    }
    if (!m_initialRunDone && !m_startTimer.isActive()) {
        m_startTimer.start();
    }
    if (!m_intervalTimer.isActive()) {
        m_intervalTimer.start();
    }
}

void CatchUpService::onHistorySynced() {
    // Every sync may bring calls made elsewhere (another device, or while CallDock was closed
    // and the widget skipped its start-up sync): each one leads to a run, but coalesced.
    if (!isReady()) {
        return; // signing in starts a run of its own
    }
    if (isRunning()) {
        m_syncedDuringRun = true;
        return;
    }
    if (!m_initialRunDone) {
        // The first sync of this sign-in: no reason to wait.
        start(automaticMode(), "history synced");
        return;
    }
    if (!m_syncTimer.isActive()) {
        // Not restarted by later syncs: a steady stream of them still gets its run.
        m_syncTimer.start();
    }
}

void CatchUpService::onAutomaticTimer() {
    if (isRunning()) {
        return;
    }
    start(automaticMode(), "periodic");
}

void CatchUpService::onAutoLogSettingChanged() {
    const bool on = m_settings.autoLogCalls();
    const bool switchedOn = on && !m_autoLogOn;
    m_autoLogOn = on;
    if (!switchedOn) {
        return;
    }
    // The calls made while auto-log was off were only counted (or not even that yet): log them
    // now. Follows a counting run that is going; a storing run covers them already. When not
    // signed in, the run that signing in starts stores anyway.
    if (isReady()) {
        logAllNow();
    }
}

void CatchUpService::setUnloggedCount(int count) {
    if (count == m_unloggedCount) {
        return;
    }
    m_unloggedCount = count;
    emit unloggedCountChanged(count);
}
