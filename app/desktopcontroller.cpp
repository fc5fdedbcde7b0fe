#include "desktopcontroller.h"

#include "calllogger.h"
#include "calltext.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "protocol.h"
#include "settings.h"
#include "storagethread.h"
#include "storeerrortext.h"
#include "widgetbridge.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDesktopController, "calldock.app.desktop")

namespace {

// Telephony states of a call that is still going on (rc-active-call-notify).
bool isLiveStatus(const QString &status) {
    static const QStringList live{QStringLiteral("Setup"),   QStringLiteral("Proceeding"),
                                  QStringLiteral("Ringing"), QStringLiteral("CallConnected"),
                                  QStringLiteral("OnHold"),  QStringLiteral("Parked")};
    return live.contains(status);
}

QString browserKey(const Protocol::BrowserCall &call) {
    return QStringLiteral("web:") + (call.id.isEmpty() ? call.sessionId : call.id);
}

} // namespace

DesktopController::DesktopController(Settings &settings, StorageThread &storage,
                                     DesktopNotifier &notifier, DesktopIntegration &desktop,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_storage(storage)
    , m_notifier(notifier)
    , m_desktop(desktop) {
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::StartAtLogin) {
            applyAutoStart();
        }
    });
}

void DesktopController::connectBridge(WidgetBridge *bridge) {
    connect(bridge, &WidgetBridge::loginStatusChanged, this,
            [this](bool loggedIn, const QString &) { onLoginStatusChanged(loggedIn); });
    connect(bridge, &WidgetBridge::callRinging, this, &DesktopController::onCallRinging);
    connect(bridge, &WidgetBridge::callStarted, this, &DesktopController::onCallStarted);
    connect(bridge, &WidgetBridge::callEnded, this, &DesktopController::onCallEnded);
    connect(bridge, &WidgetBridge::activeCallChanged, this,
            &DesktopController::onActiveCallChanged);
    connect(bridge, &WidgetBridge::widgetReloaded, this, &DesktopController::onWidgetReloaded);
}

void DesktopController::connectCallLogger(CallLogger *logger) {
    connect(logger, &CallLogger::callsChanged, this, &DesktopController::onCallsChanged);
    connect(logger, &CallLogger::writeFailed, this, &DesktopController::onWriteFailed);
    connect(logger, &CallLogger::writesRecovered, this, &DesktopController::onWritesRecovered);
}

void DesktopController::manageAutoStart(const AutoStart &autoStart) {
    m_autoStart = autoStart;
    QString error;
    if (!m_autoStart->reconcile(m_settings.startAtLogin(), &error)) {
        m_notifier.notify(tr("Start at login"), error, DesktopNotifier::Kind::Warning);
    }
}

void DesktopController::applyAutoStart() {
    if (!m_autoStart) {
        return;
    }
    QString error;
    if (!m_autoStart->setEnabled(m_settings.startAtLogin(), &error)) {
        m_notifier.notify(tr("Start at login"), error, DesktopNotifier::Kind::Warning);
    }
}

void DesktopController::onLoginStatusChanged(bool loggedIn) {
    m_desktop.setSignedIn(loggedIn);
    if (!loggedIn) {
        m_activeCalls.clear();
        m_desktop.setCallInProgress(false);
    }
}

void DesktopController::onCallRinging(const Protocol::BrowserCall &call) {
    setCallActive(browserKey(call), true);
    if (!m_settings.notifyIncomingCalls()) {
        return;
    }
    const QString name = call.fromUserName.isEmpty() ? call.from.name : call.fromUserName;
    const QString number =
        call.from.phoneNumber.isEmpty() ? call.from.extensionNumber : call.from.phoneNumber;
    // Clicking the notification raises CallDock (DesktopNotifier::activated).
    m_notifier.notify(tr("Incoming call"), CallText::partyLabel(name, number));
}

void DesktopController::onCallStarted(const Protocol::BrowserCall &call) {
    setCallActive(browserKey(call), true);
}

void DesktopController::onCallEnded(const Protocol::BrowserCall &call) {
    // The same call may also be known by its telephony session from rc-active-call-notify;
    // its end must not leave that entry behind.
    if (!call.sessionId.isEmpty()) {
        m_activeCalls.remove(QStringLiteral("tel:") + call.sessionId);
    }
    setCallActive(browserKey(call), false);
}

void DesktopController::onActiveCallChanged(const Protocol::WidgetCall &call) {
    setCallActive(QStringLiteral("tel:") + call.sessionId, isLiveStatus(call.telephonyStatus));
}

void DesktopController::onWidgetReloaded() {
    // A reload drops the web phone's sessions; the widget reports live calls again.
    m_activeCalls.clear();
    m_desktop.setCallInProgress(false);
}

void DesktopController::onCallsChanged(const QStringList &sessionIds) {
    m_storage
        .submit([sessionIds](StorageSession &session) {
            QList<CallRecord> calls;
            for (const QString &id : sessionIds) {
                if (std::optional<CallRecord> call = session.store().call(id)) {
                    calls.append(*call);
                }
            }
            return calls;
        })
        .then(this, [this](const QList<CallRecord> &calls) {
            for (const CallRecord &call : calls) {
                const qint64 start = call.startTimeMs.value_or(call.firstSeenMs);
                // Updates to older calls (a late call-log record) do not push the newest away.
                if (start < m_lastLoggedStartMs) {
                    continue;
                }
                m_lastLoggedStartMs = start;
                m_desktop.setLastLogged(CallText::otherPartyLabel(call),
                                        QDateTime::fromMSecsSinceEpoch(start, Qt::UTC));
            }
        });
}

void DesktopController::onWriteFailed(const StoreError &error) {
    m_desktop.setLoggingProblem(StoreErrorText::userMessage(error));
}

void DesktopController::onWritesRecovered() {
    m_desktop.setLoggingProblem(QString());
}

void DesktopController::setCallActive(const QString &key, bool active) {
    if (active) {
        m_activeCalls.insert(key);
    } else {
        m_activeCalls.remove(key);
    }
    m_desktop.setCallInProgress(!m_activeCalls.isEmpty());
}
