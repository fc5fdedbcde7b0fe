#pragma once

#include "messagefacts.h"
#include "protocolmessage.h"

// The one translation between the widget's typed conversation-day (bridge) and the message
// store's facts (storage).
namespace MessageFactsMapper {

ConversationDayFacts fromConversation(const Protocol::Conversation &conversation);

// Only the messages whose ids are in `messageIds` (3.x selectedLog); all when it is empty.
ConversationDayFacts fromConversation(const Protocol::Conversation &conversation,
                                      const QStringList &messageIds);

} // namespace MessageFactsMapper
