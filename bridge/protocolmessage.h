#pragma once

#include "protocol.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// Typed values of message logging (protocol.md section 9): the conversation-day the widget sends
// to `messageLoggerPath` and the two matcher body shapes of `messageLogEntityMatcherPath`.
namespace Protocol {

// Caps for message bodies (see the caps in protocol.h for the truncate-or-reject rules).
// A conversation-day of a busy SMS thread has hundreds of messages; far more is not a widget.
inline constexpr int kMaxMessagesPerConversation = 2000;
inline constexpr int kMaxAttachmentsPerMessage = 64;
inline constexpr int kMaxCorrespondents = 256;
// The widget asks about every conversation-day it holds, unchunked.
inline constexpr int kMaxConversationLogIds = 20000;
// SMS text (a long pager message, an MMS text part): longer is cut, never rejected.
inline constexpr int kMaxMessageTextLength = 64 * 1024;

enum class MessageLoggerTrigger { Manual, LogForm, Auto, SelectedLog, OpenLog, Unknown };

QString wireName(MessageLoggerTrigger trigger);                             // "" for Unknown
MessageLoggerTrigger messageLoggerTriggerFromWireName(const QString &text); // exact; else Unknown

// `from`, an entry of `to`, `self` or a correspondent.
struct MessageParty {
    QString phoneNumber;
    QString extensionNumber;
    QString name;
    QString messageStatus; // entries of `to` only

    bool isEmpty() const;
};

// An attachment of a message. For voicemail and fax `uri` may carry ?access_token=… (a
// credential: never log or store it as is); `link` is a web player page.
struct MessageAttachment {
    QString id;
    QString uri;
    QString type; // Text, AudioRecording, AudioTranscription, RenderedDocument, MmsAttachment
    QString contentType;
    QString fileName;
    QString link;
    std::optional<int> vmDurationSeconds;
    std::optional<qint64> sizeBytes;
};

// One RingCentral message-store record.
struct ConversationMessage {
    QString id; // never empty after parsing
    QString type;
    CallDirection direction = CallDirection::Unknown;
    QString subject; // the SMS text (truncated to kMaxMessageTextLength)
    MessageParty from;
    QList<MessageParty> to;
    QString readStatus;
    QString messageStatus;
    QDateTime creationTime;     // UTC; invalid when absent
    QDateTime lastModifiedTime; // UTC; invalid when absent
    QString conversationId;
    QList<MessageAttachment> attachments;
    QString transcript; // voicemail text; may read "In progress"
    QString transcriptionStatus;
    std::optional<int> faxPageCount;
    QString faxResolution;
};

// One conversation on one day, the unit of message logging.
struct Conversation {
    // "<conversationId>/<locale-formatted day>": opaque, slashes included. Never empty.
    QString conversationLogId;
    QString conversationId; // body field, else the part before the first '/'
    QString date;           // body field, else the part after the first '/'
    QString type;           // of the newest message
    QDateTime creationTime; // of the newest message
    MessageParty self;
    QList<MessageParty> correspondents;
    QList<ConversationMessage> messages; // newest first, as sent
    // Entries of `messages` that were not a usable message (logged by field); the rest count.
    int skippedMessages = 0;
};

struct MessageLoggerRequest {
    Conversation conversation;
    MessageLoggerTrigger trigger = MessageLoggerTrigger::Unknown;
    QString triggerName; // the raw triggerType, for logs when trigger is Unknown
    std::optional<MatchedEntity> correspondentEntity;
    bool redirect = false;
    bool prefill = false;
    QString subject;                // formData.subject, else formData.title
    QString note;                   // formData.note
    QStringList selectedMessageIds; // 3.x selectedLog
};

// The matcher body: 2.x asks about conversation-days, 3.x (granular logging) also about the
// messages of one conversation. Told apart by the body's keys.
struct MessageMatchRequest {
    enum class Shape { ConversationDays, Messages };
    Shape shape = Shape::ConversationDays;
    QStringList conversationLogIds; // ConversationDays
    QString conversationId;         // Messages
    QStringList messageIds;         // Messages
    int skippedIds = 0;             // unusable ids left out (the others are still answered)
};

} // namespace Protocol
