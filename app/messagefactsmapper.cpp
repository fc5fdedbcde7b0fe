#include "messagefactsmapper.h"

#include <QSet>

namespace MessageFactsMapper {

namespace {

CallDirection direction(Protocol::CallDirection direction) {
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

QString number(const Protocol::MessageParty &party) {
    return party.phoneNumber.isEmpty() ? party.extensionNumber : party.phoneNumber;
}

qint64 epochMs(const QDateTime &time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

MessageFacts fromMessage(const Protocol::ConversationMessage &message) {
    MessageFacts facts;
    facts.messageId = message.id;
    facts.type = message.type;
    facts.direction = direction(message.direction);
    facts.fromNumber = number(message.from);
    facts.fromName = message.from.name;
    QStringList numbers;
    QStringList names;
    for (const Protocol::MessageParty &to : message.to) {
        numbers.append(number(to));
        names.append(to.name);
    }
    facts.toNumbers = numbers.join(QStringLiteral(", "));
    // Only when some recipient has a name: ", , " is not a name.
    if (std::any_of(names.cbegin(), names.cend(), [](const QString &n) { return !n.isEmpty(); })) {
        facts.toNames = names.join(QStringLiteral(", "));
    }
    facts.text = message.subject;
    facts.creationMs = epochMs(message.creationTime);
    facts.lastModifiedMs = epochMs(message.lastModifiedTime);
    facts.readStatus = message.readStatus;
    facts.messageStatus = message.messageStatus;
    facts.transcript = message.transcript;
    facts.transcriptionStatus = message.transcriptionStatus;
    facts.faxPageCount = message.faxPageCount;
    return facts;
}

} // namespace

ConversationDayFacts fromConversation(const Protocol::Conversation &conversation) {
    return fromConversation(conversation, {});
}

ConversationDayFacts fromConversation(const Protocol::Conversation &conversation,
                                      const QStringList &messageIds) {
    ConversationDayFacts day;
    day.conversationLogId = conversation.conversationLogId;
    day.conversationId = conversation.conversationId;
    day.day = conversation.date;
    day.type = conversation.type;
    day.selfNumber = number(conversation.self);
    QStringList numbers;
    QStringList names;
    for (const Protocol::MessageParty &party : conversation.correspondents) {
        numbers.append(number(party));
        if (!party.name.isEmpty()) {
            names.append(party.name);
        }
    }
    day.correspondentNumber = numbers.join(QStringLiteral(", "));
    day.correspondentName = names.join(QStringLiteral(", "));
    day.newestMs = epochMs(conversation.creationTime);
    const QSet<QString> selected(messageIds.cbegin(), messageIds.cend());
    for (const Protocol::ConversationMessage &message : conversation.messages) {
        if (!selected.isEmpty() && !selected.contains(message.id)) {
            continue;
        }
        day.messages.append(fromMessage(message));
        day.newestMs = std::max(day.newestMs, epochMs(message.creationTime));
        if (day.type.isEmpty()) {
            day.type = message.type;
        }
    }
    return day;
}

} // namespace MessageFactsMapper
