#pragma once

#include "protocol.h"
#include "protocolmessage.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>
#include <variant>

// Widget -> host: JSON from the widget (already origin- and source-checked by the bridge) into
// Protocol values. Never throws, never trusts a type, and logs problems by field name only
// (values may carry tokens). Caps and the truncate-or-reject rules: protocol.h and
// protocolfieldreader.h.
namespace ProtocolParser {

// The outcome of one parse: a value or the first problem found.
template<typename T>
struct Parsed {
    std::optional<T> value;
    Protocol::Malformed error;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
};

// A message from the widget: a typed event, an unknown type, a malformed message, or a
// malformed request that still has to be answered. The alternatives are distinct types so a
// std::visit without a catch-all cannot forget to answer a MalformedRequest.
using EventResult = std::variant<Protocol::Event, Protocol::Ignored, Protocol::Malformed,
                                 Protocol::MalformedRequest>;

EventResult parseEvent(const QJsonObject &message);

// Both call shapes of protocol.md 4.2. `fieldPath` names the object in Malformed results.
Parsed<Protocol::WidgetCall> parseCall(const QJsonObject &call,
                                       const QString &fieldPath = QStringLiteral("call"));

// The browser phone session carried by rc-call-ring/start/end-notify.
Parsed<Protocol::BrowserCall> parseBrowserCall(const QJsonObject &call,
                                               const QString &fieldPath = QStringLiteral("call"));

// Bodies of rc-post-message-request, chosen by the path the request came with.
Parsed<Protocol::CallLoggerRequest> parseCallLoggerBody(const QJsonObject &body);
Parsed<Protocol::MatchRequest> parseMatchBody(const QJsonObject &body);
// The message logger and message matcher paths (protocol.md 9.3, 9.4, 9.6).
Parsed<Protocol::MessageLoggerRequest> parseMessageLoggerBody(const QJsonObject &body);
Parsed<Protocol::MessageMatchRequest> parseMessageMatchBody(const QJsonObject &body);

// AdapterMessageResponse::response of the host requests of protocol.md section 6.
Parsed<Protocol::UnloggedCallsPage> parseUnloggedCallsResponse(const QJsonValue &response);
// The value is nullopt when the widget does not know the call (`{call: null}`).
Parsed<std::optional<Protocol::WidgetCall>> parseGetCallLogResponse(const QJsonValue &response);

} // namespace ProtocolParser
