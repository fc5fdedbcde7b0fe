// ProtocolParser, part 4: the message logger and message matcher bodies (protocol.md section 9).
//
// Messages are more forgiving than calls: a conversation-day is many records, and one odd record
// must not cost the others (nor must one odd id in a match wipe every logged mark, 9.4). So a
// message that cannot be read is skipped and counted, and so is a matcher id; only the
// conversation's own identity (its conversationLogId) makes a body Malformed.
#include "protocolfieldreader.h"
#include "protocolmessage.h"
#include "protocolparser.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

using namespace Protocol;
using Presence = ProtocolFieldReader::Presence;

namespace ProtocolParser {

namespace {

// Control characters (C0, DEL, C1) have no place in an id; they would end up in file names,
// logs and exports. Format characters (U+200E/F) do: right-to-left locales put them in dates.
bool hasControlCharacter(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

QString readCleanId(ProtocolFieldReader &reader, const char *key, Presence presence) {
    const QString id = reader.id(key, presence);
    if (hasControlCharacter(id)) {
        reader.fail(QLatin1String(key), QStringLiteral("contains control characters"));
        return QString();
    }
    return id;
}

MessageParty readParty(const QJsonObject &object, const QString &path, Malformed *error) {
    ProtocolFieldReader reader(object, path);
    MessageParty party;
    party.phoneNumber = reader.id("phoneNumber");
    party.extensionNumber = reader.id("extensionNumber");
    party.name = reader.text("name", kMaxNameLength);
    party.messageStatus = reader.text("messageStatus", kMaxLabelLength);
    if (!reader.ok()) {
        *error = reader.error();
    }
    return party;
}

// A single party object at `key`; absent is an empty party.
MessageParty readPartyAt(ProtocolFieldReader &reader, const char *key) {
    const std::optional<QJsonObject> object = reader.object(key);
    if (!object) {
        return MessageParty();
    }
    Malformed error;
    const MessageParty party = readParty(*object, reader.fieldPath(QLatin1String(key)), &error);
    if (!error.field.isEmpty()) {
        reader.adopt(error);
    }
    return party;
}

// A list of parties; entries that are not objects (or not readable) are left out, the first
// `maxSize` are kept.
QList<MessageParty> readParties(ProtocolFieldReader &reader, const char *key, int maxSize) {
    QList<MessageParty> parties;
    const QJsonValue value = reader.value(key);
    if (value.isNull() || value.isUndefined()) {
        return parties;
    }
    if (!value.isArray()) {
        reader.fail(QLatin1String(key), QStringLiteral("expected an array"));
        return parties;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size() && parties.size() < maxSize; ++i) {
        if (!array.at(i).isObject()) {
            continue;
        }
        Malformed error;
        const MessageParty party =
            readParty(array.at(i).toObject(),
                      reader.fieldPath(QStringLiteral("%1[%2]").arg(key).arg(i)), &error);
        if (error.field.isEmpty()) {
            parties.append(party);
        }
    }
    return parties;
}

Parsed<MessageAttachment> parseAttachment(const QJsonObject &object, const QString &path) {
    ProtocolFieldReader reader(object, path);
    MessageAttachment attachment;
    attachment.id = readCleanId(reader, "id", Presence::Optional);
    attachment.uri = reader.url("uri");
    attachment.type = reader.text("type", kMaxLabelLength);
    attachment.contentType = reader.text("contentType", kMaxLabelLength);
    attachment.fileName = reader.text("fileName", kMaxNameLength);
    attachment.link = reader.url("link");
    attachment.vmDurationSeconds = reader.durationSeconds("vmDuration");
    const QJsonValue size = reader.value("size");
    if (size.isDouble() && size.toDouble() >= 0 && size.toDouble() < 1e15) {
        attachment.sizeBytes = qint64(size.toDouble());
    }
    return finish(reader, std::move(attachment));
}

Parsed<ConversationMessage> parseMessage(const QJsonObject &object, const QString &path) {
    ProtocolFieldReader reader(object, path);
    ConversationMessage message;
    message.id = readCleanId(reader, "id", Presence::Required);
    message.type = reader.text("type", kMaxLabelLength);
    message.direction = CallDirections::fromWireName(reader.text("direction", kMaxLabelLength));
    message.subject = reader.text("subject", kMaxMessageTextLength);
    message.from = readPartyAt(reader, "from");
    message.to = readParties(reader, "to", kMaxCorrespondents);
    message.readStatus = reader.text("readStatus", kMaxLabelLength);
    message.messageStatus = reader.text("messageStatus", kMaxLabelLength);
    message.creationTime = reader.time("creationTime");
    message.lastModifiedTime = reader.time("lastModifiedTime");
    message.conversationId = readCleanId(reader, "conversationId", Presence::Optional);
    message.transcript = reader.text("transcript", kMaxMessageTextLength);
    message.transcriptionStatus = reader.text("vmTranscriptionStatus", kMaxLabelLength);
    const QJsonValue pages = reader.value("faxPageCount");
    if (pages.isDouble() && pages.toDouble() >= 0 && pages.toDouble() <= 100'000) {
        message.faxPageCount = int(pages.toDouble());
    }
    message.faxResolution = reader.text("faxResolution", kMaxLabelLength);
    if (const std::optional<QJsonArray> attachments =
            reader.array("attachments", kMaxAttachmentsPerMessage)) {
        for (qsizetype i = 0; i < attachments->size(); ++i) {
            const QString itemPath = reader.fieldPath(QStringLiteral("attachments[%1]").arg(i));
            if (!attachments->at(i).isObject()) {
                reader.adopt(Malformed{itemPath, QStringLiteral("expected an object")});
                break;
            }
            Parsed<MessageAttachment> attachment =
                parseAttachment(attachments->at(i).toObject(), itemPath);
            if (!attachment) {
                reader.adopt(attachment.error);
                break;
            }
            message.attachments.append(*attachment);
        }
    }
    return finish(reader, std::move(message));
}

void readMessages(ProtocolFieldReader &reader, Conversation *conversation) {
    const QJsonValue value = reader.value("messages");
    if (value.isNull() || value.isUndefined()) {
        return;
    }
    if (!value.isArray()) {
        reader.fail(QStringLiteral("messages"), QStringLiteral("expected an array"));
        return;
    }
    const QJsonArray array = value.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (conversation->messages.size() >= kMaxMessagesPerConversation) {
            conversation->skippedMessages += int(array.size() - i);
            qCWarning(lcProtocol) << "conversation has more than" << kMaxMessagesPerConversation
                                  << "messages; the oldest" << array.size() - i << "are skipped";
            break;
        }
        const QString path = reader.fieldPath(QStringLiteral("messages[%1]").arg(i));
        Parsed<ConversationMessage> message =
            array.at(i).isObject()
                ? parseMessage(array.at(i).toObject(), path)
                : failure<ConversationMessage>(path, QStringLiteral("expected an object"));
        if (!message) {
            ++conversation->skippedMessages;
            qCWarning(lcProtocol).noquote() << "skipping a message of a conversation: field"
                                            << message.error.field << "-" << message.error.reason;
            continue;
        }
        if (seen.contains(message->id)) {
            continue; // the same record twice: once is enough
        }
        seen.insert(message->id);
        conversation->messages.append(*message);
    }
}

Parsed<Conversation> parseConversation(const QJsonObject &object) {
    ProtocolFieldReader reader(object, QStringLiteral("body.conversation"));
    Conversation conversation;
    conversation.conversationLogId = readCleanId(reader, "conversationLogId", Presence::Required);
    conversation.conversationId = readCleanId(reader, "conversationId", Presence::Optional);
    conversation.date = reader.text("date", kMaxLabelLength);
    // The id is "<conversationId>/<day>" and the day itself has slashes in most locales: only
    // the first one separates.
    const qsizetype slash = conversation.conversationLogId.indexOf(QLatin1Char('/'));
    if (conversation.conversationId.isEmpty()) {
        // No id before the first '/' (or no '/' at all): the whole id names the conversation.
        conversation.conversationId =
            slash > 0 ? conversation.conversationLogId.left(slash) : conversation.conversationLogId;
    }
    if (conversation.date.isEmpty() && slash >= 0) {
        conversation.date = conversation.conversationLogId.mid(slash + 1);
    }
    if (hasControlCharacter(conversation.date)) {
        conversation.date.clear();
    }
    conversation.type = reader.text("type", kMaxLabelLength);
    conversation.creationTime = reader.time("creationTime");
    conversation.self = readPartyAt(reader, "self");
    conversation.correspondents = readParties(reader, "correspondents", kMaxCorrespondents);
    readMessages(reader, &conversation);
    return finish(reader, std::move(conversation));
}

// Ids of a matcher or a selection. Unusable entries are counted, not fatal (9.4).
QStringList readIds(const QJsonValue &value, int maxSize, int *skipped) {
    QStringList ids;
    const QJsonArray array = value.toArray();
    ids.reserve(std::min<qsizetype>(array.size(), maxSize));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString id;
        if (ids.size() >= maxSize || !ProtocolFieldReader::toId(array.at(i), &id).isEmpty()
            || id.isEmpty() || hasControlCharacter(id)) {
            ++*skipped;
            continue;
        }
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    return ids;
}

} // namespace

Parsed<MessageLoggerRequest> parseMessageLoggerBody(const QJsonObject &body) {
    ProtocolFieldReader reader(body, QStringLiteral("body"));
    MessageLoggerRequest request;
    if (const std::optional<QJsonObject> object =
            reader.object("conversation", Presence::Required)) {
        Parsed<Conversation> conversation = parseConversation(*object);
        if (conversation) {
            request.conversation = *conversation;
        } else {
            reader.adopt(conversation.error);
        }
    }
    // An unknown trigger is not malformed: newer widgets may add one; the logger decides.
    request.triggerName = reader.text("triggerType", kMaxLabelLength, Presence::Required);
    request.trigger = messageLoggerTriggerFromWireName(request.triggerName);
    if (const std::optional<QJsonObject> entity = reader.object("correspondentEntity")) {
        ProtocolFieldReader nested(*entity, QStringLiteral("body.correspondentEntity"));
        MatchedEntity matched;
        matched.id = nested.id("id");
        matched.type = nested.text("type", kMaxLabelLength);
        matched.name = nested.text("name", kMaxNameLength);
        // A contact the widget could not describe is no reason to drop the conversation.
        if (nested.ok()) {
            request.correspondentEntity = matched;
        }
    }
    // `redirect` and `prefill` are flags the widget computes; tolerate any JSON type.
    request.redirect = body.value(QLatin1String("redirect")).toBool(false);
    request.prefill = body.value(QLatin1String("prefill")).toBool(false);
    if (const std::optional<QJsonObject> formData = reader.object("formData")) {
        ProtocolFieldReader form(*formData, QStringLiteral("body.formData"));
        request.subject = form.text("subject", kMaxNameLength);
        const QString title = form.text("title", kMaxNameLength);
        if (request.subject.isEmpty()) {
            request.subject = title;
        }
        request.note = form.text("note", kMaxNoteLength);
        if (!form.ok()) {
            reader.adopt(form.error());
        }
    }
    const QJsonValue selected = body.value(QLatin1String("selectedMessageIds"));
    if (selected.isArray()) {
        int skipped = 0;
        request.selectedMessageIds = readIds(selected, kMaxMessagesPerConversation, &skipped);
    }
    return finish(reader, std::move(request));
}

Parsed<MessageMatchRequest> parseMessageMatchBody(const QJsonObject &body) {
    MessageMatchRequest request;
    const QJsonValue logIds = body.value(QLatin1String("conversationLogIds"));
    if (!logIds.isUndefined()) {
        if (!logIds.isArray() && !logIds.isNull()) {
            return failure<MessageMatchRequest>(QStringLiteral("body.conversationLogIds"),
                                                QStringLiteral("expected an array"));
        }
        request.shape = MessageMatchRequest::Shape::ConversationDays;
        request.conversationLogIds = readIds(logIds, kMaxConversationLogIds, &request.skippedIds);
    } else if (body.contains(QLatin1String("conversationId"))
               || body.contains(QLatin1String("messageIds"))) {
        // 3.x granular logging: which messages of one conversation are logged.
        ProtocolFieldReader reader(body, QStringLiteral("body"));
        request.shape = MessageMatchRequest::Shape::Messages;
        request.conversationId = readCleanId(reader, "conversationId", Presence::Optional);
        const QJsonValue messageIds = body.value(QLatin1String("messageIds"));
        if (!messageIds.isArray() && !messageIds.isNull() && !messageIds.isUndefined()) {
            reader.fail(QStringLiteral("messageIds"), QStringLiteral("expected an array"));
        }
        request.messageIds =
            readIds(messageIds, kMaxMessagesPerConversation * 10, &request.skippedIds);
        return finish(reader, std::move(request));
    } else {
        return failure<MessageMatchRequest>(
            QStringLiteral("body"), QStringLiteral("expected conversationLogIds or messageIds"));
    }
    if (request.skippedIds > 0) {
        qCWarning(lcProtocol) << "message match: left out" << request.skippedIds
                              << "unusable or surplus ids";
    }
    Parsed<MessageMatchRequest> result;
    result.value = std::move(request);
    return result;
}

} // namespace ProtocolParser
