// WidgetBridge, part 2: message logging (protocol.md section 9). The call side is in
// widgetbridge.cpp.
#include "protocolwriter.h"
#include "widgetbridge.h"
#include "widgetchannel.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcBridge)

void WidgetBridge::handleMessageAutoLogNotify(bool enabled) {
    const bool first = !m_messageLoggerReady;
    m_messageLoggerReady = true;
    m_widgetMessageAutoLog = enabled;
    qCDebug(lcBridge) << "message auto-log notify:" << enabled
                      << (first ? "(message logger ready)" : "");
    if (m_heldMessageAutoLog) {
        const bool held = *m_heldMessageAutoLog;
        m_heldMessageAutoLog.reset();
        if (held != enabled && m_channel) {
            m_channel->post(ProtocolWriter::updateMessageAutoLogSettings(held));
        }
    }
    emit messageAutoLogNotified(enabled, first);
}

void WidgetBridge::setMessageAutoLog(bool enabled) {
    if (!m_messageLoggerReady) {
        m_heldMessageAutoLog = enabled;
        return;
    }
    m_heldMessageAutoLog.reset();
    if (m_channel) {
        m_channel->post(ProtocolWriter::updateMessageAutoLogSettings(enabled));
    }
}

bool WidgetBridge::handleMessageRequest(const Protocol::PostMessageRequest &request,
                                        const Responder &responder) {
    if (request.path == m_registration.messageLoggerPath) {
        const auto body = ProtocolParser::parseMessageLoggerBody(request.body);
        if (!body) {
            qCWarning(lcBridge).noquote()
                << "message logger request" << request.requestId.left(80)
                << "malformed:" << body.error.field << "-" << body.error.reason;
            responder.fail(QStringLiteral("malformed request: ") + body.error.field);
            return true;
        }
        // Counts only: the conversation id is the correspondent's thread, texts are private.
        qCDebug(lcBridge).noquote()
            << "request" << request.path << request.requestId.left(80) << "trigger"
            << body->triggerName.left(40) << "messages:" << body->conversation.messages.size()
            << "skipped:" << body->conversation.skippedMessages;
        if (!m_messageHandler) {
            responder.fail(QStringLiteral("message logging is not available"));
        } else {
            m_messageHandler->handleMessageLogger(*body, responder);
        }
        return true;
    }
    if (request.path == m_registration.messageLogEntityMatcherPath) {
        const auto body = ProtocolParser::parseMessageMatchBody(request.body);
        if (!body) {
            qCWarning(lcBridge).noquote() << "message match request" << request.requestId.left(80)
                                          << "malformed:" << body.error.field;
            responder.fail(QStringLiteral("malformed request: ") + body.error.field);
            return true;
        }
        qCDebug(lcBridge).noquote()
            << "request" << request.path << request.requestId.left(80) << "ids:"
            << (body->shape == Protocol::MessageMatchRequest::Shape::ConversationDays
                    ? body->conversationLogIds.size()
                    : body->messageIds.size());
        if (!m_messageHandler) {
            responder.answerMatch({});
        } else {
            m_messageHandler->handleMessageMatch(*body, responder);
        }
        return true;
    }
    return false;
}
