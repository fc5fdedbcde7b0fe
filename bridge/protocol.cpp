#include "protocol.h"

namespace Protocol {

namespace {

struct TriggerName {
    CallLoggerTrigger trigger;
    const char *name;
};

// The widget's own spelling of triggerType (protocol.md 4.1).
constexpr TriggerName kTriggerNames[] = {
    {CallLoggerTrigger::PresenceUpdate, "presenceUpdate"},
    {CallLoggerTrigger::CallLogSync, "callLogSync"},
    {CallLoggerTrigger::CreateLog, "createLog"},
    {CallLoggerTrigger::EditLog, "editLog"},
    {CallLoggerTrigger::ViewLog, "viewLog"},
    {CallLoggerTrigger::LogForm, "logForm"},
    {CallLoggerTrigger::ContactUpdated, "contactUpdated"},
};

} // namespace

QString wireName(CallLoggerTrigger trigger) {
    for (const TriggerName &entry : kTriggerNames) {
        if (entry.trigger == trigger) {
            return QLatin1String(entry.name);
        }
    }
    return QString();
}

CallLoggerTrigger callLoggerTriggerFromWireName(const QString &text) {
    for (const TriggerName &entry : kTriggerNames) {
        if (text == QLatin1String(entry.name)) {
            return entry.trigger;
        }
    }
    return CallLoggerTrigger::Unknown;
}

QString wireName(AlertLevel level) {
    switch (level) {
    case AlertLevel::Warning:
        return QStringLiteral("warning");
    case AlertLevel::Danger:
        return QStringLiteral("danger");
    case AlertLevel::Info:
        break;
    }
    return QStringLiteral("info");
}

QString wireName(MatchStatus status) {
    switch (status) {
    case MatchStatus::Failed:
        return QStringLiteral("failed");
    case MatchStatus::Success:
        return QStringLiteral("success");
    case MatchStatus::Pending:
        break;
    }
    return QStringLiteral("pending");
}

bool CallParty::isEmpty() const {
    return phoneNumber.isEmpty() && extensionNumber.isEmpty() && name.isEmpty()
           && location.isEmpty();
}

MatchEntry MatchEntry::logged(const QString &sessionId, const QString &logId, const QString &note) {
    MatchEntry entry;
    entry.sessionId = sessionId;
    entry.kind = Kind::Logged;
    entry.logId = logId;
    entry.note = note;
    return entry;
}

MatchEntry MatchEntry::withStatus(const QString &sessionId, MatchStatus status,
                                  const QString &message) {
    MatchEntry entry;
    entry.sessionId = sessionId;
    entry.kind = Kind::Status;
    entry.status = status;
    entry.message = message;
    return entry;
}

bool operator==(const CallParty &a, const CallParty &b) {
    return a.phoneNumber == b.phoneNumber && a.extensionNumber == b.extensionNumber
           && a.name == b.name && a.location == b.location;
}

bool operator==(const CallRecording &a, const CallRecording &b) {
    return a.id == b.id && a.type == b.type && a.uri == b.uri && a.contentUri == b.contentUri
           && a.link == b.link;
}

bool operator==(const WidgetCall &a, const WidgetCall &b) {
    return a.sessionId == b.sessionId && a.telephonySessionId == b.telephonySessionId
           && a.callLogId == b.callLogId && a.partyId == b.partyId && a.direction == b.direction
           && a.from == b.from && a.to == b.to && a.startTime == b.startTime
           && a.durationSeconds == b.durationSeconds && a.telephonyStatus == b.telephonyStatus
           && a.result == b.result && a.action == b.action && a.type == b.type
           && a.recording == b.recording;
}

} // namespace Protocol
