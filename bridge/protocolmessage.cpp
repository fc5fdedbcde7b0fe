#include "protocolmessage.h"

namespace Protocol {

namespace {

struct TriggerName {
    MessageLoggerTrigger trigger;
    const char *name;
};

// The widget's spelling of body.triggerType on the message logger path (protocol.md 9.2, 9.6).
constexpr TriggerName kTriggerNames[] = {
    {MessageLoggerTrigger::Manual, "manual"},   {MessageLoggerTrigger::LogForm, "logForm"},
    {MessageLoggerTrigger::Auto, "auto"},       {MessageLoggerTrigger::SelectedLog, "selectedLog"},
    {MessageLoggerTrigger::OpenLog, "openLog"},
};

} // namespace

QString wireName(MessageLoggerTrigger trigger) {
    for (const TriggerName &entry : kTriggerNames) {
        if (entry.trigger == trigger) {
            return QLatin1String(entry.name);
        }
    }
    return QString();
}

MessageLoggerTrigger messageLoggerTriggerFromWireName(const QString &text) {
    for (const TriggerName &entry : kTriggerNames) {
        if (text == QLatin1String(entry.name)) {
            return entry.trigger;
        }
    }
    return MessageLoggerTrigger::Unknown;
}

bool MessageParty::isEmpty() const {
    return phoneNumber.isEmpty() && extensionNumber.isEmpty() && name.isEmpty();
}

} // namespace Protocol
