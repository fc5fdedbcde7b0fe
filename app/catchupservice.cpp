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
        // Calls counted while auto-log was off get logged as soon as it is switched on.
        if (key == Settings::Key::AutoLogCalls && m_settings.autoLogCalls()
            && m_unloggedCount > 0) {
            logAllNow();
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
        // Queued: listeners of finished() see an idle service before the next run starts.
        QMetaObject::invokeMethod(
            this, [this] { start(CatchUpPager::Mode::Store, "log them all"); },
            Qt::QueuedConnection);
    }
}

void CatchUpService::stop(const QString &reason) {
    if (!isRunning()) {
        return;
    }
    m_logAllAfterRun = false;
    finish(false, reason);
}

void CatchUpService::onReadinessChanged() {
    if (!isReady()) {
        m_startTimer.stop();
        m_intervalTimer.stop();
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
    // The first sync after sign-in is the moment to catch up; later ones are covered by the
    // periodic run.
    if (m_initialRunDone || !isReady()) {
        return;
    }
    start(automaticMode(), "history synced");
}

void CatchUpService::onAutomaticTimer() {
    if (isRunning()) {
        return;
    }
    start(automaticMode(), "periodic");
}

void CatchUpService::setUnloggedCount(int count) {
    if (count == m_unloggedCount) {
        return;
    }
    m_unloggedCount = count;
    emit unloggedCountChanged(count);
}
