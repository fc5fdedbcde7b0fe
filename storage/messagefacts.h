#pragma once

#include "calltypes.h"

#include <QList>
#include <QString>

#include <optional>

// What the message store keeps of message logging (protocol.md section 9), in storage's own
// terms: no JSON, no widget types. app/MessageFactsMapper fills these from the bridge's values.
// Empty text and 0 times mean "unknown here": an update never erases a stored value with them.

// One message-store record, stored once by its id whatever day-group brings it again.
struct MessageFacts {
    QString messageId;
    QString type; // SMS, Pager, VoiceMail, Fax (or whatever a newer widget sends)
    CallDirection direction = CallDirection::Unknown;
    QString fromNumber;
    QString fromName;
    QString toNumbers; // comma-separated, in the order sent
    QString toNames;
    QString text; // the SMS text
    qint64 creationMs = 0;
    qint64 lastModifiedMs = 0;
    QString readStatus;
    QString messageStatus;
    QString transcript; // voicemail
    QString transcriptionStatus;
    std::optional<int> faxPageCount;
};

// One conversation on one day, keyed by the widget's conversationLogId.
struct ConversationDayFacts {
    QString conversationLogId; // opaque; "<conversationId>/<locale-formatted day>"
    QString conversationId;
    QString day;
    QString type; // of the newest message
    QString selfNumber;
    QString correspondentNumber; // the first correspondent (group texts: comma-separated)
    QString correspondentName;
    qint64 newestMs = 0; // creation time of the newest message
    QList<MessageFacts> messages;
};

// A stored conversation-day, as the history window, the note dialog and export see it.
struct ConversationDayRecord : ConversationDayFacts {
    QString entityId; // the log id CallDock gives the widget
    QString subject;
    QString note;
    LoggedBy loggedBy = LoggedBy::Auto;
    qint64 firstSeenMs = 0;
    qint64 lastUpdateMs = 0;
    int messageCount = 0;
};

// A logged conversation-day as the matcher answers it.
struct ConversationDayMatch {
    QString entityId;
    QString note;
};
