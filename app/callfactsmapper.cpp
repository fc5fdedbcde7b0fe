#include "callfactsmapper.h"

namespace CallFactsMapper {

namespace {

QString numberOf(const Protocol::CallParty &party) {
    return party.phoneNumber.isEmpty() ? party.extensionNumber : party.phoneNumber;
}

} // namespace

CallFacts fromWidgetCall(const Protocol::WidgetCall &call) {
    CallFacts facts;
    facts.sessionId = call.sessionId;
    facts.telephonySessionId = call.telephonySessionId;
    facts.direction = call.direction;
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

} // namespace CallFactsMapper
