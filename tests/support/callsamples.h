#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Calls shaped like the widget sends them (protocol.md 4.2), for tests and benchmarks.
namespace CallSamples {

// A live call as in presenceUpdate requests.
inline QJsonObject liveCall(const QString &sessionId, const QString &status,
                            qint64 startMs = 1'764'000'000'000, int durationSeconds = 0) {
    return QJsonObject{
        {QStringLiteral("sessionId"), sessionId},
        {QStringLiteral("telephonySessionId"), QStringLiteral("s-") + sessionId},
        {QStringLiteral("partyId"), QStringLiteral("p-1")},
        {QStringLiteral("direction"), QStringLiteral("Inbound")},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15551230001")}}},
        {QStringLiteral("to"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+16505550100")}}},
        {QStringLiteral("fromName"), QStringLiteral("Alice Example")},
        {QStringLiteral("toName"), QStringLiteral("Me")},
        {QStringLiteral("startTime"), startMs},
        {QStringLiteral("telephonyStatus"), status},
        {QStringLiteral("result"), status},
        {QStringLiteral("duration"), durationSeconds},
    };
}

// A call-log record as in callLogSync requests and /unlogged-calls pages.
inline QJsonObject recordCall(const QString &sessionId, const QString &result, int durationSeconds,
                              qint64 startMs = 1'764'000'000'000) {
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("log-") + sessionId},
        {QStringLiteral("sessionId"), sessionId},
        {QStringLiteral("telephonySessionId"), QStringLiteral("s-") + sessionId},
        {QStringLiteral("startTime"), startMs},
        {QStringLiteral("duration"), durationSeconds},
        {QStringLiteral("type"), QStringLiteral("Voice")},
        {QStringLiteral("direction"), QStringLiteral("Inbound")},
        {QStringLiteral("action"), QStringLiteral("Phone Call")},
        {QStringLiteral("result"), result},
        {QStringLiteral("from"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+15551230001")},
                     {QStringLiteral("name"), QStringLiteral("Alice Example")}}},
        {QStringLiteral("to"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+16505550100")},
                     {QStringLiteral("name"), QStringLiteral("Me")}}},
    };
}

inline QJsonObject loggerBody(const QJsonObject &call, const QString &trigger) {
    return QJsonObject{{QStringLiteral("call"), call},
                       {QStringLiteral("triggerType"), trigger},
                       {QStringLiteral("redirect"), false}};
}

inline QJsonObject matchBody(const QStringList &sessionIds) {
    return QJsonObject{{QStringLiteral("sessionIds"), QJsonArray::fromStringList(sessionIds)},
                       {QStringLiteral("activeSessionIds"), QJsonArray()}};
}

} // namespace CallSamples
