#pragma once

#include "protocolmessage.h"
#include "responder.h"

// What serves the widget's message logging requests (protocol.md section 9). Declared by the
// bridge, implemented above it (app/MessageLogger), like WidgetRequestHandler for calls. Every
// request is answered through its Responder, at once or later.
class MessageRequestHandler {
public:
    MessageRequestHandler() = default;
    virtual ~MessageRequestHandler() = default;
    Q_DISABLE_COPY_MOVE(MessageRequestHandler)

    // rc-post-message-request on the message logger path: one conversation-day.
    virtual void handleMessageLogger(const Protocol::MessageLoggerRequest &request,
                                     const Responder &responder) = 0;
    // rc-post-message-request on the message matcher path (both body shapes).
    virtual void handleMessageMatch(const Protocol::MessageMatchRequest &request,
                                    const Responder &responder) = 0;
};
