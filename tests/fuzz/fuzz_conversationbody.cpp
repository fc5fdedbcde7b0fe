// libFuzzer target for the message logging bodies (protocol.md section 9): arbitrary bytes ->
// JSON -> the conversation-day parser and the matcher parser, bare and wrapped. Besides crashes
// and sanitizer findings it checks the parser's promises: ids are non-empty, capped and free of
// control characters, message ids are unique, texts and lists keep their caps, the day split
// agrees with the log id. A broken promise aborts, which libFuzzer reports as a crash.
#include "protocolparser.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Protocol;
using namespace ProtocolParser;

namespace {

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

bool cleanId(const QString &id) {
    if (id.isEmpty() || id.size() > kMaxIdLength) {
        return false;
    }
    for (const QChar c : id) {
        if (c.category() == QChar::Other_Control) {
            return false;
        }
    }
    return true;
}

void checkParty(const MessageParty &party) {
    check(party.phoneNumber.size() <= kMaxIdLength && party.extensionNumber.size() <= kMaxIdLength);
    check(party.name.size() <= kMaxNameLength && party.messageStatus.size() <= kMaxLabelLength);
}

void checkConversation(const Conversation &c) {
    check(cleanId(c.conversationLogId));
    check(c.conversationId.isEmpty() || cleanId(c.conversationId));
    check(!c.conversationId.isEmpty());
    check(c.date.size() <= kMaxIdLength);
    check(c.messages.size() <= kMaxMessagesPerConversation);
    check(c.correspondents.size() <= kMaxCorrespondents && c.skippedMessages >= 0);
    checkParty(c.self);
    QSet<QString> ids;
    for (const ConversationMessage &m : c.messages) {
        check(cleanId(m.id));
        check(!ids.contains(m.id));
        ids.insert(m.id);
        check(m.subject.size() <= kMaxMessageTextLength);
        check(m.transcript.size() <= kMaxMessageTextLength);
        check(m.attachments.size() <= kMaxAttachmentsPerMessage);
        check(!m.faxPageCount || *m.faxPageCount >= 0);
        checkParty(m.from);
        for (const MessageParty &to : m.to) {
            checkParty(to);
        }
        for (const MessageAttachment &a : m.attachments) {
            check(a.uri.size() <= kMaxUrlLength && a.link.size() <= kMaxUrlLength);
            check(!a.sizeBytes || *a.sizeBytes >= 0);
        }
        if (m.creationTime.isValid()) {
            const qint64 ms = m.creationTime.toMSecsSinceEpoch();
            check(ms >= 0 && ms <= kMaxEpochMs);
        }
    }
}

void checkLogger(const QJsonObject &body) {
    const auto parsed = parseMessageLoggerBody(body);
    if (!parsed) {
        check(!parsed.error.field.isEmpty() && !parsed.error.reason.isEmpty());
        return;
    }
    checkConversation(parsed->conversation);
    check((parsed->trigger == MessageLoggerTrigger::Unknown)
          == wireName(parsed->trigger).isEmpty());
    check(parsed->note.size() <= kMaxNoteLength && parsed->subject.size() <= kMaxNameLength);
    for (const QString &id : parsed->selectedMessageIds) {
        check(cleanId(id));
    }
}

void checkMatch(const QJsonObject &body) {
    const auto parsed = parseMessageMatchBody(body);
    if (!parsed) {
        check(!parsed.error.field.isEmpty() && !parsed.error.reason.isEmpty());
        return;
    }
    check(parsed->conversationLogIds.size() <= kMaxConversationLogIds && parsed->skippedIds >= 0);
    for (const QString &id : parsed->conversationLogIds) {
        check(cleanId(id));
    }
    for (const QString &id : parsed->messageIds) {
        check(cleanId(id));
    }
    check(parsed->conversationId.isEmpty() || cleanId(parsed->conversationId));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return 0;
    }
    const QJsonObject object = document.object();
    checkLogger(object);
    checkMatch(object);
    // The same bytes as a bare conversation reach deeper without the wrapper.
    QJsonObject wrapped;
    wrapped.insert(QStringLiteral("conversation"), object);
    wrapped.insert(QStringLiteral("triggerType"), QStringLiteral("auto"));
    checkLogger(wrapped);
    return 0;
}
