#include "callfactsmapper.h"

namespace CallFactsMapper {

namespace {

QString numberOf(const Protocol::CallParty &party) {
    return party.phoneNumber.isEmpty() ? party.extensionNumber : party.phoneNumber;
}

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

} // namespace

CallFacts fromWidgetCall(const Protocol::WidgetCall &call) {
    CallFacts facts;
    facts.sessionId = call.sessionId;
    facts.telephonySessionId = call.telephonySessionId;
    facts.direction = directionOf(call.direction);
    facts.fromNumber = numberOf(call.from);
    facts.fromName = call.from.name;
    facts.toNumber = numberOf(call.to);
    facts.toName = call.to.name;
    if (call.startTime.isValid()) {
        facts.startTimeMs = call.startTime.toMSecsSinceEpoch();
    }
    if (call.durationSeconds) {
        facts.durationSeconds = *call.durationSeconds;
    }
    facts.isFinal = call.isFinalRecord();
    // Live calls carry their status in telephonyStatus (and a copy in result); records carry
    // the call-log result.
    facts.result = call.result.isEmpty() ? call.telephonyStatus : call.result;
    if (facts.isFinal) {
        facts.callLogId = call.callLogId;
        facts.action = call.action;
    }
    if (call.recording && !call.recording->id.isEmpty()) {
        RecordingFacts recording;
        recording.id = call.recording->id;
        recording.contentUri = QUrl(call.recording->contentUri);
        recording.link = QUrl(call.recording->link);
        recording.type = call.recording->type;
        facts.recording = recording;
    }
    return facts;
}

CallFacts fromRecord(const CallRecord &record) {
    CallFacts facts;
    facts.sessionId = record.sessionId;
    facts.telephonySessionId = record.telephonySessionId;
    facts.callLogId = record.callLogId;
    facts.direction = record.direction;
    facts.fromNumber = record.fromNumber;
    facts.fromName = record.fromName;
    facts.toNumber = record.toNumber;
    facts.toName = record.toName;
    facts.startTimeMs = record.startTimeMs;
    facts.durationSeconds = record.durationSeconds;
    facts.result = record.result;
    facts.action = record.action;
    facts.isFinal = record.isFinal;
    return facts;
}

CallRecord toRecord(const CallFacts &facts) {
    CallRecord record;
    record.sessionId = facts.sessionId;
    record.telephonySessionId = facts.telephonySessionId;
    record.callLogId = facts.callLogId;
    record.direction = facts.direction;
    record.fromNumber = facts.fromNumber;
    record.fromName = facts.fromName;
    record.toNumber = facts.toNumber;
    record.toName = facts.toName;
    record.startTimeMs = facts.startTimeMs;
    record.durationSeconds = facts.durationSeconds;
    record.result = facts.result;
    record.action = facts.action;
    record.isFinal = facts.isFinal;
    return record;
}

} // namespace CallFactsMapper
