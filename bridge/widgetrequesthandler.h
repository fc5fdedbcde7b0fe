#pragma once

#include "protocol.h"
#include "responder.h"

// What serves the widget's requests to CallDock's registered service. Declared by the bridge,
// implemented above it (app/CallLogger), so a request's path reads straight through:
// WidgetBridge::handleRequest → WidgetRequestHandler::handle…() → the implementation. Every
// request is answered through its Responder, at once or later.
class WidgetRequestHandler {
public:
    WidgetRequestHandler() = default;
    virtual ~WidgetRequestHandler() = default;
    Q_DISABLE_COPY_MOVE(WidgetRequestHandler)

    // rc-post-message-request on the call logger path (protocol.md 4).
    virtual void handleCallLogger(const Protocol::CallLoggerRequest &request,
                                  const Responder &responder) = 0;
    // rc-post-message-request on the matcher path (protocol.md 5).
    virtual void handleMatch(const Protocol::MatchRequest &request, const Responder &responder) = 0;
};
