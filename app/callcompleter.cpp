#include "callcompleter.h"

#include "callfactsmapper.h"
#include "calllogger.h"
#include "storagethread.h"
#include "widgetbridge.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcCompleter, "calldock.app.completer")

namespace {

constexpr int kDefaultDelayMs = 2'000;
constexpr int kRequestTimeoutMs = 10'000;

} // namespace

CallCompleter::CallCompleter(StorageThread &storage, WidgetBridge &bridge, CallLogger &logger,
                             QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_bridge(bridge)
    , m_logger(logger) {
    // Sign-in and the history sync that follows it come together: one run for both.
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDefaultDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &CallCompleter::run);
    connect(&m_bridge, &WidgetBridge::loginStatusChanged, this, [this](bool loggedIn) {
        if (loggedIn) {
            schedule();
        } else {
            m_delay.stop();
        }
    });
    connect(&m_bridge, &WidgetBridge::callHistorySynced, this, &CallCompleter::schedule);
}

void CallCompleter::schedule() {
    if (m_running) {
        m_again = true; // one more run when this one ends
    } else if (!m_delay.isActive()) {
        m_delay.start();
    }
}

void CallCompleter::run() {
    if (m_running || !m_bridge.isLoggedIn()) {
        return;
    }
    m_running = true;
    m_storage
        .submit([](StorageSession &session) {
            QStringList ids;
            for (const CallRecord &call : session.store().unfinishedCalls(kMaxCallsPerRun)) {
                ids.append(call.sessionId);
            }
            return ids;
        })
        .then(this, [this](const QStringList &ids) {
            qCDebug(lcCompleter) << ids.size() << "unfinished calls to complete";
            askNext(ids, 0);
        });
}

void CallCompleter::askNext(QStringList remaining, int completed) {
    if (remaining.isEmpty() || !m_bridge.isLoggedIn()) {
        m_running = false;
        if (completed > 0) {
            qCInfo(lcCompleter) << "completed" << completed << "calls from the widget's call log";
        }
        emit finished(completed);
        if (std::exchange(m_again, false)) {
            schedule();
        }
        return;
    }
    const QString sessionId = remaining.takeFirst();
    const QPointer<CallCompleter> self(this);
    // One at a time: the widget answers each from its call-log cache, and a run is small.
    m_bridge.requestCallLog(
        sessionId, kRequestTimeoutMs,
        [self, remaining, completed](std::optional<std::optional<Protocol::WidgetCall>> answer,
                                     const QString &) {
            if (!self) {
                return;
            }
            int done = completed;
            // Still live (no record yet) or unknown to the widget: try again after a sync.
            if (answer && *answer) {
                const CallFacts facts = CallFactsMapper::fromWidgetCall(**answer);
                if (facts.isFinal) {
                    self->m_logger.completeCalls({facts});
                    ++done;
                }
            }
            self->askNext(remaining, done);
        });
}
