#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// Message logger bodies as the widget (2.3.1) sends them (protocol.md 9.3), for the bridge,
// app and end-to-end tests.
namespace MessageSamples {

inline QJsonObject smsMessage(qint64 id, const QString &text, qint64 creationMs,
                              const QString &direction = QStringLiteral("Inbound")) {
    const bool inbound = direction == QLatin1String("Inbound");
    QJsonObject self{{QStringLiteral("phoneNumber"), QStringLiteral("+15550001111")}};
    QJsonObject other{{QStringLiteral("phoneNumber"), QStringLiteral("+15552223333")},
                      {QStringLiteral("name"), QStringLiteral("Ada Lovelace")}};
    QJsonObject to = inbound ? self : other;
    to.insert(QStringLiteral("messageStatus"), QStringLiteral("Delivered"));
    return QJsonObject{
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("type"), QStringLiteral("SMS")},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("subject"), text},
        {QStringLiteral("from"), inbound ? other : self},
        {QStringLiteral("to"), QJsonArray{to}},
        {QStringLiteral("readStatus"), QStringLiteral("Unread")},
        {QStringLiteral("messageStatus"), QStringLiteral("Received")},
        {QStringLiteral("creationTime"), double(creationMs)},
        {QStringLiteral("lastModifiedTime"), double(creationMs)},
        {QStringLiteral("conversationId"), QStringLiteral("4400112233")},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), double(id)},
             {QStringLiteral("uri"),
              QStringLiteral("https://media.ringcentral.com/restapi/v1.0/account/1/extension/1/"
                             "message-store/%1/content/%1")
                  .arg(id)},
             {QStringLiteral("type"), QStringLiteral("Text")},
             {QStringLiteral("contentType"), QStringLiteral("text/plain")}}}},
    };
}

inline QJsonObject voicemailMessage(qint64 id, qint64 creationMs, const QString &audioUri) {
    return QJsonObject{
        {QStringLiteral("id"), double(id)},
        {QStringLiteral("type"), QStringLiteral("VoiceMail")},
        {QStringLiteral("direction"), QStringLiteral("Inbound")},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15554445555")}}},
        {QStringLiteral("to"),
         QJsonArray{QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15550001111")}}}},
        {QStringLiteral("readStatus"), QStringLiteral("Unread")},
        {QStringLiteral("messageStatus"), QStringLiteral("Received")},
        {QStringLiteral("creationTime"), double(creationMs)},
        {QStringLiteral("lastModifiedTime"), double(creationMs)},
        {QStringLiteral("conversationId"), QStringLiteral("7700")},
        {QStringLiteral("transcript"), QStringLiteral("Hi, please call me back about the order.")},
        {QStringLiteral("vmTranscriptionStatus"), QStringLiteral("Completed")},
        {QStringLiteral("attachments"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), double(id + 1)},
                                {QStringLiteral("uri"), audioUri},
                                {QStringLiteral("type"), QStringLiteral("AudioRecording")},
                                {QStringLiteral("contentType"), QStringLiteral("audio/mpeg")},
                                {QStringLiteral("vmDuration"), 17},
                                {QStringLiteral("link"),
                                 QStringLiteral("https://app.ringcentral.com/player?media=x")}}}},
    };
}

// A conversation-day body: `messages` newest first.
inline QJsonObject conversationBody(const QString &conversationLogId, const QJsonArray &messages,
                                    const QString &triggerType = QStringLiteral("auto"),
                                    const QString &type = QStringLiteral("SMS")) {
    const QString conversationId = conversationLogId.section(QLatin1Char('/'), 0, 0);
    QJsonObject conversation{
        {QStringLiteral("conversationLogId"), conversationLogId},
        {QStringLiteral("conversationId"), conversationId},
        {QStringLiteral("date"), conversationLogId.section(QLatin1Char('/'), 1)},
        {QStringLiteral("type"), type},
        {QStringLiteral("creationTime"),
         messages.isEmpty() ? 0.0
                            : messages.first().toObject().value(QLatin1String("creationTime"))},
        {QStringLiteral("self"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15550001111")}}},
        {QStringLiteral("correspondents"),
         QJsonArray{QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15552223333")},
                                {QStringLiteral("name"), QStringLiteral("Ada Lovelace")}}}},
        {QStringLiteral("conversationLogMatches"), QJsonArray()},
        {QStringLiteral("messages"), messages},
    };
    return QJsonObject{{QStringLiteral("conversation"), conversation},
                       {QStringLiteral("triggerType"), triggerType},
                       {QStringLiteral("redirect"), false}};
}

} // namespace MessageSamples
