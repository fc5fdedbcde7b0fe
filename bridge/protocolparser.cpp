#include "protocolparser.h"

#include "protocolfieldreader.h"
#include "redaction.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcProtocol, "calldock.bridge.protocol")

using namespace Protocol;
using Presence = ProtocolFieldReader::Presence;

namespace ProtocolParser {

namespace {

template<typename T>
Parsed<T> finish(const ProtocolFieldReader &reader, T value) {
    Parsed<T> result;
    if (reader.ok()) {
        // emplace: for T = std::optional<WidgetCall> an empty `value` must still be a result.
        result.value.emplace(std::move(value));
    } else {
        result.error = reader.error();
    }
    return result;
}

template<typename T>
Parsed<T> failure(const QString &field, const QString &reason) {
    Parsed<T> result;
    result.error = Malformed{field, reason};
    return result;
}

CallDirection readDirection(ProtocolFieldReader &reader) {
    return callDirectionFromString(reader.text("direction", kMaxLabelLength));
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

std::optional<MatchedEntity> readEntity(ProtocolFieldReader &reader, const char *key) {
    const std::optional<QJsonObject> object = reader.object(key);
    if (!object) {
        return std::nullopt;
    }
    ProtocolFieldReader nested(*object, reader.fieldPath(QLatin1String(key)));
    MatchedEntity entity;
    entity.id = nested.id("id");
    entity.type = nested.text("type", kMaxLabelLength);
    entity.name = nested.text("name", kMaxNameLength);
    if (!nested.ok()) {
        reader.adopt(nested.error());
        return std::nullopt;
    }
    return entity;
}

// aiNote and transcript are recent additions whose shape is not pinned down (text in the
// versions we know). Only text is taken; anything else is dropped without failing the log.
QString readOptionalExtra(const QJsonObject &body, const char *key) {
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isString()) {
        return ProtocolFieldReader::truncated(value.toString(), kMaxNoteLength);
    }
    if (!value.isNull() && !value.isUndefined()) {
        qCDebug(lcProtocol) << "dropping non-text" << key << "of a call logger request";
    }
    return QString();
}

// Session id lists of the matcher. A null or empty entry is skipped (JSON.stringify turns an
// undefined id into null), because failing the whole match makes the widget cache every call
// in it as "not logged" for two hours.
QStringList readIdList(ProtocolFieldReader &reader, const char *key, Presence presence) {
    QStringList ids;
    const std::optional<QJsonArray> array = reader.array(key, kMaxSessionIds, presence);
    if (!array) {
        return ids;
    }
    ids.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue element = array->at(i);
        if (element.isNull()) {
            continue;
        }
        QString id;
        const QString reason = ProtocolFieldReader::toId(element, &id);
        if (!reason.isEmpty()) {
            reader.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), reason);
            return QStringList();
        }
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

void logMalformed(const QString &type, const Malformed &error) {
    qCWarning(lcProtocol).noquote()
        << "malformed" << type << "message: field" << error.field << "-" << error.reason;
}

template<typename T>
EventResult eventOrMalformed(const QString &type, const ProtocolFieldReader &reader, T event) {
    if (!reader.ok()) {
        logMalformed(type, reader.error());
        return reader.error();
    }
    return Event(std::move(event));
}

EventResult parseLoginStatus(const QString &type, const QJsonObject &message) {
    ProtocolFieldReader reader(message, QString());
    LoginStatus event;
    event.loggedIn = reader.boolean("loggedIn", Presence::Required).value_or(false);
    event.loginNumber = reader.text("loginNumber", kMaxLabelLength);
    if (const std::optional<QJsonObject> features = reader.object("features")) {
        // Only flat flags are of use; nested values would just carry widget internals along.
        for (auto it = features->begin(); it != features->end(); ++it) {
            if (event.features.size() >= kMaxFeatureFlags) {
                break;
            }
            if (it.value().isBool() && it.key().size() <= kMaxLabelLength) {
                event.features.insert(it.key(), it.value().toBool());
            }
        }
    }
    return eventOrMalformed(type, reader, std::move(event));
}

EventResult parsePostMessageRequest(const QString &type, const QJsonObject &message) {
    // Without a usable requestId there is nobody to answer: plain Malformed. With one, any
    // further problem must still be answered, so it carries the id along.
    const QJsonValue idValue = message.value(QLatin1String("requestId"));
    QString reason;
    if (!idValue.isString()) {
        reason = QStringLiteral("expected a string");
    } else if (idValue.toString().isEmpty()) {
        reason = QStringLiteral("empty");
    } else if (idValue.toString().size() > kMaxIdLength) {
        reason = QStringLiteral("longer than %1").arg(kMaxIdLength);
    }
    if (!reason.isEmpty()) {
        const Malformed error{QStringLiteral("requestId"), reason};
        logMalformed(type, error);
        return error;
    }

    ProtocolFieldReader reader(message, QString());
    PostMessageRequest request;
    request.requestId = idValue.toString();
    const QJsonValue path = message.value(QLatin1String("path"));
    if (!path.isString() || path.toString().isEmpty()) {
        reader.fail(QStringLiteral("path"), QStringLiteral("expected a non-empty string"));
    } else if (path.toString().size() > kMaxIdLength) {
        reader.fail(QStringLiteral("path"), QStringLiteral("longer than %1").arg(kMaxIdLength));
    }
    request.path = path.toString();
    // Some service paths send no body at all; the path-specific parser decides what it needs.
    request.body = reader.object("body").value_or(QJsonObject());
    if (!reader.ok()) {
        logMalformed(type, reader.error());
        return MalformedRequest{request.requestId, reader.error()};
    }
    return Event(std::move(request));
}

template<typename T>
EventResult parseBrowserCallEvent(const QString &type, const QJsonObject &message) {
    ProtocolFieldReader reader(message, QString());
    T event;
    if (const std::optional<QJsonObject> object = reader.object("call", Presence::Required)) {
        Parsed<BrowserCall> call = parseBrowserCall(*object, QStringLiteral("call"));
        if (call) {
            event.call = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    return eventOrMalformed(type, reader, std::move(event));
}

EventResult parseActiveCall(const QString &type, const QJsonObject &message) {
    ProtocolFieldReader reader(message, QString());
    ActiveCall event;
    if (const std::optional<QJsonObject> object = reader.object("call", Presence::Required)) {
        Parsed<WidgetCall> call = parseCall(*object, QStringLiteral("call"));
        if (call) {
            event.call = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    return eventOrMalformed(type, reader, std::move(event));
}

} // namespace

EventResult parseEvent(const QJsonObject &message) {
    const QJsonValue typeValue = message.value(QLatin1String("type"));
    if (!typeValue.isString()) {
        const Malformed error{QStringLiteral("type"), QStringLiteral("expected a string")};
        logMalformed(QStringLiteral("untyped"), error);
        return error;
    }
    const QString type = typeValue.toString();
    ProtocolFieldReader reader(message, QString());

    if (type == QLatin1String(MessageType::LoginStatus)) {
        return parseLoginStatus(type, message);
    }
    if (type == QLatin1String(MessageType::PostMessageRequest)) {
        return parsePostMessageRequest(type, message);
    }
    if (type == QLatin1String(MessageType::AdapterMessageResponse)) {
        AdapterMessageResponse event;
        event.responseId = reader.id("responseId", Presence::Required);
        const QJsonValue response = message.value(QLatin1String("response"));
        event.response = response.isUndefined() ? QJsonValue(QJsonValue::Null) : response;
        return eventOrMalformed(type, reader, std::move(event));
    }
    if (type == QLatin1String(MessageType::AutoLogNotify)) {
        AutoLogNotify event;
        event.autoLog = reader.boolean("autoLog", Presence::Required).value_or(false);
        return eventOrMalformed(type, reader, event);
    }
    if (type == QLatin1String(MessageType::DialerStatus)) {
        DialerStatus event;
        event.ready = reader.boolean("ready", Presence::Required).value_or(false);
        return eventOrMalformed(type, reader, event);
    }
    if (type == QLatin1String(MessageType::CallRing)) {
        return parseBrowserCallEvent<CallRing>(type, message);
    }
    if (type == QLatin1String(MessageType::CallStart)) {
        return parseBrowserCallEvent<CallStart>(type, message);
    }
    if (type == QLatin1String(MessageType::CallEnd)) {
        return parseBrowserCallEvent<CallEnd>(type, message);
    }
    if (type == QLatin1String(MessageType::ActiveCall)) {
        return parseActiveCall(type, message);
    }
    if (type == QLatin1String(MessageType::CallHistorySynced)) {
        return Event(CallHistorySynced());
    }
    if (type == QLatin1String(MessageType::LoginPopup)) {
        LoginPopup event;
        event.oAuthUri = reader.url("oAuthUri", Presence::Required);
        return eventOrMalformed(type, reader, std::move(event));
    }

    // The widget posts many notifications CallDock has no use for (route changes, presence,
    // meetings...): not an error. The type is shortened for the log.
    const QString shortType = ProtocolFieldReader::truncated(type, 64);
    qCDebug(lcProtocol) << "ignoring message type" << Redaction::text(shortType);
    return Ignored{ProtocolFieldReader::truncated(type, kMaxIdLength)};
}

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

Parsed<CallLoggerRequest> parseCallLoggerBody(const QJsonObject &body) {
    ProtocolFieldReader reader(body, QStringLiteral("body"));
    CallLoggerRequest request;
    if (const std::optional<QJsonObject> object = reader.object("call", Presence::Required)) {
        Parsed<WidgetCall> call = parseCall(*object, QStringLiteral("body.call"));
        if (call) {
            request.call = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    // An unknown trigger is not malformed: newer widgets may add one; CallLogger decides.
    request.triggerName = reader.text("triggerType", kMaxLabelLength, Presence::Required);
    request.trigger = callLoggerTriggerFromString(request.triggerName);
    request.fromEntity = readEntity(reader, "fromEntity");
    request.toEntity = readEntity(reader, "toEntity");
    request.redirect = reader.boolean("redirect").value_or(false);
    request.note = reader.text("note", kMaxNoteLength);
    if (const std::optional<QJsonObject> formData = reader.object("formData")) {
        ProtocolFieldReader form(*formData, QStringLiteral("body.formData"));
        request.subject = form.text("subject", kMaxNameLength);
        const QString title = form.text("title", kMaxNameLength);
        if (request.subject.isEmpty()) {
            request.subject = title;
        }
        request.formNote = form.text("note", kMaxNoteLength);
        if (!form.ok()) {
            reader.adopt(form.error());
        }
    }
    request.aiNote = readOptionalExtra(body, "aiNote");
    request.transcript = readOptionalExtra(body, "transcript");
    return finish(reader, std::move(request));
}

Parsed<MatchRequest> parseMatchBody(const QJsonObject &body) {
    ProtocolFieldReader reader(body, QStringLiteral("body"));
    MatchRequest request;
    request.sessionIds = readIdList(reader, "sessionIds", Presence::Required);
    request.activeSessionIds = readIdList(reader, "activeSessionIds", Presence::Optional);
    return finish(reader, std::move(request));
}

Parsed<UnloggedCallsPage> parseUnloggedCallsResponse(const QJsonValue &response) {
    if (!response.isObject()) {
        return failure<UnloggedCallsPage>(QStringLiteral("response"),
                                          QStringLiteral("expected an object"));
    }
    ProtocolFieldReader reader(response.toObject(), QStringLiteral("response"));
    UnloggedCallsPage page;
    const std::optional<QJsonArray> calls =
        reader.array("calls", kMaxCallsPerPage, Presence::Required);
    if (calls) {
        for (qsizetype i = 0; i < calls->size(); ++i) {
            const QString path = QStringLiteral("response.calls[%1]").arg(i);
            const QJsonValue element = calls->at(i);
            Parsed<WidgetCall> call =
                element.isObject()
                    ? parseCall(element.toObject(), path)
                    : failure<WidgetCall>(path, QStringLiteral("expected an object"));
            if (call) {
                page.calls.append(*call);
            } else {
                ++page.skippedCalls;
                qCWarning(lcProtocol).noquote() << "skipping un-logged call: field"
                                                << call.error.field << "-" << call.error.reason;
            }
        }
    }
    page.hasMore = reader.boolean("hasMore").value_or(false);
    return finish(reader, std::move(page));
}

Parsed<std::optional<WidgetCall>> parseGetCallLogResponse(const QJsonValue &response) {
    using Result = std::optional<WidgetCall>;
    if (!response.isObject()) {
        return failure<Result>(QStringLiteral("response"), QStringLiteral("expected an object"));
    }
    ProtocolFieldReader reader(response.toObject(), QStringLiteral("response"));
    Result result;
    if (const std::optional<QJsonObject> object = reader.object("call")) {
        Parsed<WidgetCall> call = parseCall(*object, QStringLiteral("response.call"));
        if (call) {
            result = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    return finish(reader, std::move(result));
}

} // namespace ProtocolParser
