#include "aftercallprompter.h"

#include "calllogger.h"
#include "calltext.h"
#include "desktopcontroller.h"
#include "desktopnotifier.h"
#include "notescontroller.h"
#include "protocol.h"
#include "storagethread.h"
#include "widgetbridge.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAfterCall, "calldock.app.aftercall")

namespace {

// Enough to cover every call of a busy day; older ones cannot end again.
constexpr int kRemembered = 500;

QString browserKey(const Protocol::BrowserCall &call) {
    return call.id.isEmpty() ? call.sessionId : call.id;
}

bool isMissedResult(const CallRecord &call) {
    const QString result = call.result.toLower();
    return call.direction != CallDirection::Outbound
           && (result == QLatin1String("missed") || result == QLatin1String("voicemail"));
}

// The bridge's direction in the store's terms (one enum once storage/common has it).
CallDirection directionOf(Protocol::CallDirection direction) {
    switch (direction) {
    case Protocol::CallDirection::Inbound:
        return CallDirection::Inbound;
    case Protocol::CallDirection::Outbound:
        return CallDirection::Outbound;
    case Protocol::CallDirection::Unknown:
        break;
    }
    return CallDirection::Unknown;
}

QString numberOf(const Protocol::CallParty &party) {
    return party.phoneNumber.isEmpty() ? party.extensionNumber : party.phoneNumber;
}

} // namespace

AfterCallPrompter::AfterCallPrompter(Settings &settings, StorageThread &storage,
                                     DesktopNotifier &notifier, NotesController &notes,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_storage(storage)
    , m_notifier(notifier)
    , m_notes(notes) {
    connect(&m_notifier, &DesktopNotifier::actionInvoked, this,
            &AfterCallPrompter::onNotificationAction);
}

void AfterCallPrompter::connectBridge(WidgetBridge *bridge) {
    connect(bridge, &WidgetBridge::callStarted, this, &AfterCallPrompter::onCallStarted);
    connect(bridge, &WidgetBridge::callEnded, this, &AfterCallPrompter::onCallEnded);
}

void AfterCallPrompter::connectCallLogger(CallLogger *logger) {
    connect(logger, &CallLogger::finalRecordStored, this, &AfterCallPrompter::onFinalRecordStored);
}

QString AfterCallPrompter::noteContext(const QString &sessionId) {
    return QStringLiteral("note:") + sessionId;
}

CallRecord AfterCallPrompter::recordOf(const Protocol::BrowserCall &call, bool connected) {
    CallRecord record;
    record.sessionId = call.sessionId;
    record.direction = directionOf(call.direction);
    record.fromNumber = numberOf(call.from);
    record.fromName = call.fromUserName.isEmpty() ? call.from.name : call.fromUserName;
    record.toNumber = numberOf(call.to);
    record.toName = call.toUserName.isEmpty() ? call.to.name : call.toUserName;
    if (call.startTime.isValid()) {
        record.startTimeMs = call.startTime.toMSecsSinceEpoch();
        record.durationSeconds =
            qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - *record.startTimeMs) / 1000);
    }
    if (!connected && record.direction != CallDirection::Outbound) {
        // Rang in the browser phone and ended without being answered.
        record.result = QStringLiteral("Missed");
    }
    return record;
}

void AfterCallPrompter::onCallStarted(const Protocol::BrowserCall &call) {
    m_connected.insert(browserKey(call));
}

void AfterCallPrompter::onCallEnded(const Protocol::BrowserCall &call) {
    const bool connected = m_connected.remove(browserKey(call));
    if (call.sessionId.isEmpty()) {
        // Without the telephony session the note could not be matched to the call log.
        qCDebug(lcAfterCall) << "browser call without session id ended; no prompt";
        return;
    }
    const CallRecord shown = recordOf(call, connected);
    m_lastCall = shown;
    offer(shown, !connected && shown.direction != CallDirection::Outbound);
}

void AfterCallPrompter::onFinalRecordStored(const QString &sessionId) {
    if (m_prompted.contains(sessionId)) {
        return; // offered at the end of the live call already
    }
    m_storage
        .submit([sessionId](StorageSession &session) { return session.store().call(sessionId); })
        .then(this, [this](const std::optional<CallRecord> &call) {
            if (!call) {
                return;
            }
            const qint64 endMs = call->startTimeMs.value_or(call->firstSeenMs)
                                 + call->durationSeconds.value_or(0) * 1000;
            if (QDateTime::currentMSecsSinceEpoch() - endMs > kRecentMs) {
                return; // a late record (e.g. completed after a restart): not "just ended"
            }
            if (!m_lastCall || m_lastCall->sessionId == call->sessionId
                || m_lastCall->startTimeMs.value_or(0) <= call->startTimeMs.value_or(0)) {
                m_lastCall = *call;
            }
            // The user already wrote something (e.g. pressed Log during the call).
            if (!call->note.isEmpty() || !call->outcome.isEmpty()) {
                return;
            }
            offer(*call, isMissedResult(*call));
        });
}

void AfterCallPrompter::offer(const CallRecord &call, bool missed) {
    const QString sessionId = call.sessionId;
    if (m_prompted.contains(sessionId)) {
        return; // one prompt per call, whichever end arrives first
    }
    m_prompted.append(sessionId);
    while (m_prompted.size() > kRemembered) {
        m_prompted.removeFirst();
    }
    // Notes taken in the widget's own page (or not at all) are no business of CallDock's dialog.
    if (m_settings.notesMode() != Settings::NotesMode::Dialog) {
        return;
    }
    if (missed && m_settings.afterCallSkipMissed()) {
        return;
    }
    if (m_notes.isOpen(sessionId)) {
        return; // the note is being written already
    }
    const Settings::AfterCallPrompt how =
        m_settings.afterCallPrompt(call.direction != CallDirection::Outbound);
    switch (how) {
    case Settings::AfterCallPrompt::Nothing:
        return;
    case Settings::AfterCallPrompt::Notify: {
        if (m_offered.size() >= kRemembered) {
            m_offered.clear();
        }
        m_offered.insert(sessionId, call);
        const QString party = CallText::otherPartyLabel(call);
        m_notifier.notifyWithActions(missed ? tr("Missed call") : tr("Call ended"),
                                     tr("%1 — add a note about the call?").arg(party),
                                     {{addNoteAction(), tr("Add note")}}, noteContext(sessionId));
        break;
    }
    case Settings::AfterCallPrompt::OpenDialog:
        m_notes.openAfterCall(call, false);
        break;
    }
    qCDebug(lcAfterCall) << "offered the note after a call";
    emit prompted(sessionId, how);
}

void AfterCallPrompter::onNotificationAction(const QString &context, const QString &actionKey) {
    const QString prefix = noteContext(QString());
    if (!context.startsWith(prefix) || actionKey != addNoteAction()) {
        return;
    }
    const QString sessionId = context.mid(prefix.size());
    CallRecord call = m_offered.take(sessionId);
    call.sessionId = sessionId;
    // The user clicked: the window may take the focus.
    m_notes.openAfterCall(call, true);
}

bool AfterCallPrompter::openLastCallNote() {
    if (!m_lastCall) {
        return false;
    }
    m_notes.openAfterCall(*m_lastCall, true);
    return true;
}
