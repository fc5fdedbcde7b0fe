#pragma once

#include "messagefacts.h"

#include <QString>

// Conversation-days for the message store tests and benchmarks.
namespace MessageFixtures {

inline MessageFacts sms(const QString &id, const QString &text, qint64 creationMs) {
    MessageFacts m;
    m.messageId = id;
    m.type = QStringLiteral("SMS");
    m.direction = CallDirection::Inbound;
    m.fromNumber = QStringLiteral("+15552223333");
    m.fromName = QStringLiteral("Ada Lovelace");
    m.toNumbers = QStringLiteral("+15550001111");
    m.text = text;
    m.creationMs = creationMs;
    m.lastModifiedMs = creationMs;
    m.readStatus = QStringLiteral("Unread");
    m.messageStatus = QStringLiteral("Received");
    return m;
}

inline ConversationDayFacts day(const QString &logId, const QList<MessageFacts> &messages) {
    ConversationDayFacts d;
    d.conversationLogId = logId;
    d.conversationId = logId.section(QLatin1Char('/'), 0, 0);
    d.day = logId.section(QLatin1Char('/'), 1);
    d.type = messages.isEmpty() ? QStringLiteral("SMS") : messages.first().type;
    d.selfNumber = QStringLiteral("+15550001111");
    d.correspondentNumber = QStringLiteral("+15552223333");
    d.correspondentName = QStringLiteral("Ada Lovelace");
    for (const MessageFacts &m : messages) {
        d.newestMs = std::max(d.newestMs, m.creationMs);
    }
    d.messages = messages;
    return d;
}

} // namespace MessageFixtures
