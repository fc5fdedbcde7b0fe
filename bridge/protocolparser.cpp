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
    if (type == QLatin1String(MessageType::MessageAutoLogNotify)) {
        MessageAutoLogNotify event;
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

} // namespace ProtocolParser
