// ProtocolParser, part 2: the call objects (protocol.md 4.2 and the browser phone session).
#include "protocolfieldreader.h"
#include "protocolparser.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Protocol;
using Presence = ProtocolFieldReader::Presence;

namespace ProtocolParser {

namespace {

CallDirection readDirection(ProtocolFieldReader &reader) {
    return CallDirections::fromWireName(reader.text("direction", kMaxLabelLength));
}

// `from`/`to`: an object in presence calls and call-log records, a plain number string in
// browser phone sessions. The name may instead sit at top level (fromName / fromUserName).
CallParty readParty(ProtocolFieldReader &reader, const char *key, const char *nameKey) {
    CallParty party;
    const QJsonValue value = reader.value(key);
    if (value.isString()) {
        QString number;
        const QString reason = ProtocolFieldReader::toId(value, &number);
        if (!reason.isEmpty()) {
            reader.fail(QLatin1String(key), reason);
        }
        party.phoneNumber = number;
    } else if (const std::optional<QJsonObject> object = reader.object(key)) {
        ProtocolFieldReader nested(*object, reader.fieldPath(QLatin1String(key)));
        party.phoneNumber = nested.id("phoneNumber");
        party.extensionNumber = nested.id("extensionNumber");
        party.name = nested.text("name", kMaxNameLength);
        party.location = nested.text("location", kMaxNameLength);
        if (!nested.ok()) {
            reader.adopt(nested.error());
        }
    }
    const QString topLevelName = reader.text(nameKey, kMaxNameLength);
    if (party.name.isEmpty()) {
        party.name = topLevelName;
    }
    return party;
}

std::optional<CallRecording> readRecording(ProtocolFieldReader &reader) {
    const std::optional<QJsonObject> object = reader.object("recording");
    if (!object) {
        return std::nullopt;
    }
    ProtocolFieldReader nested(*object, reader.fieldPath(QStringLiteral("recording")));
    CallRecording recording;
    recording.id = nested.id("id");
    recording.type = nested.text("type", kMaxLabelLength);
    recording.uri = nested.url("uri");
    recording.contentUri = nested.url("contentUri");
    recording.link = nested.url("link");
    if (!nested.ok()) {
        reader.adopt(nested.error());
        return std::nullopt;
    }
    return recording;
}

} // namespace

Parsed<WidgetCall> parseCall(const QJsonObject &object, const QString &fieldPath) {
    ProtocolFieldReader reader(object, fieldPath);
    WidgetCall call;
    call.sessionId = reader.id("sessionId", Presence::Required);
    call.telephonySessionId = reader.id("telephonySessionId");
    call.callLogId = reader.id("id");
    call.partyId = reader.id("partyId");
    call.direction = readDirection(reader);
    call.from = readParty(reader, "from", "fromName");
    call.to = readParty(reader, "to", "toName");
    call.startTime = reader.time("startTime");
    call.durationSeconds = reader.durationSeconds("duration");
    call.telephonyStatus = reader.text("telephonyStatus", kMaxLabelLength);
    call.result = reader.text("result", kMaxLabelLength);
    call.action = reader.text("action", kMaxLabelLength);
    call.type = reader.text("type", kMaxLabelLength);
    call.recording = readRecording(reader);
    return finish(reader, std::move(call));
}

Parsed<BrowserCall> parseBrowserCall(const QJsonObject &object, const QString &fieldPath) {
    ProtocolFieldReader reader(object, fieldPath);
    BrowserCall call;
    call.id = reader.id("id");
    if (const std::optional<QJsonObject> partyData = reader.object("partyData")) {
        ProtocolFieldReader nested(*partyData, reader.fieldPath(QStringLiteral("partyData")));
        call.sessionId = nested.id("sessionId");
        call.partyId = nested.id("partyId");
        if (!nested.ok()) {
            reader.adopt(nested.error());
        }
    }
    // Older sessions have no partyData yet while ringing; some carry the id at top level.
    const QString topLevelSessionId = reader.id("sessionId");
    if (call.sessionId.isEmpty()) {
        call.sessionId = topLevelSessionId;
    }
    call.direction = readDirection(reader);
    call.from = readParty(reader, "from", "fromUserName");
    call.to = readParty(reader, "to", "toUserName");
    call.fromUserName = reader.text("fromUserName", kMaxNameLength);
    call.toUserName = reader.text("toUserName", kMaxNameLength);
    call.callStatus = reader.text("callStatus", kMaxLabelLength);
    call.startTime = reader.time("startTime");
    return finish(reader, std::move(call));
}

} // namespace ProtocolParser
