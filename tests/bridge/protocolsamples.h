#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Widget messages shaped like protocol.md 4.2 and the seed's recording example, shared by the
// protocol tests. Samples are JSON text so they read like what the widget really posts.
namespace ProtocolSamples {

// Parses JSON text that the tests themselves wrote; an empty object tells the test it is wrong.
inline QJsonObject object(const char *json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

// A presence call of an auto-log presenceUpdate.
inline QJsonObject liveCall() {
    return object(R"({
        "sessionId": "214705503020",
        "telephonySessionId": "s-a0d7b3c1e2f34567890",
        "partyId": "p-a0d7b3c1e2f34567890-1",
        "direction": "Inbound",
        "from": {"phoneNumber": "+16505550100"},
        "to": {"phoneNumber": "+16505550199"},
        "fromName": "Ada Lovelace",
        "toName": "Front Desk",
        "startTime": 1714557600000,
        "telephonyStatus": "CallConnected",
        "result": "CallConnected",
        "duration": 42,
        "fromMatches": [],
        "toMatches": [],
        "activityMatches": []
    })");
}

inline const char *recordingContentUri() {
    return "https://media.devtest.ringcentral.com/restapi/v1.0/account/170848004/recording/"
           "6469338004/content?access_token=ringcentral_access_token";
}

// A call-log record of a callLogSync, with the seed's recording (token variant).
inline QJsonObject callLogRecord() {
    return object(R"({
        "id": "Y2lkOjE2OTQ1NTc2MDA",
        "sessionId": "214705503021",
        "telephonySessionId": "s-b1e8c4d2f3a45678901",
        "startTime": 1714557600000,
        "duration": 65,
        "type": "Voice",
        "direction": "Outbound",
        "action": "VoIP Call",
        "result": "Call connected",
        "from": {"extensionNumber": "101", "name": "Grace Hopper", "location": ""},
        "to": {"phoneNumber": "+16505550100", "location": "Palo Alto, CA"},
        "recording": {
            "contentUri": "https://media.devtest.ringcentral.com/restapi/v1.0/account/170848004/recording/6469338004/content?access_token=ringcentral_access_token",
            "id": "6469338004",
            "link": "http://apps.ringcentral.com/integrations/recording/sandbox/?id=Ab7937-59r6EzUA&recordingId=6469338004",
            "type": "OnDemand",
            "uri": "https://platform.devtest.ringcentral.com/restapi/v1.0/account/170848004/recording/6469338004"
        },
        "fromName": "Grace Hopper",
        "toName": "Ada Lovelace",
        "fromMatches": [],
        "toMatches": []
    })");
}

// The browser phone session of rc-call-ring-notify: from/to are plain numbers.
inline QJsonObject browserSession() {
    return object(R"({
        "id": "a1b2c3d4e5",
        "direction": "Inbound",
        "callStatus": "webphone-session-connecting",
        "from": "+16505550100",
        "fromUserName": "Ada Lovelace",
        "to": "+16505550199",
        "toUserName": "Front Desk",
        "startTime": 1714557600000,
        "partyData": {"sessionId": "214705503022", "partyId": "p-c2f9-1"}
    })");
}

// `message` with `value` set at the dotted `path` ("call.from.phoneNumber"), creating objects on
// the way.
inline QJsonObject withValue(QJsonObject message, const QString &path, const QJsonValue &value) {
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        message.insert(path, value);
        return message;
    }
    const QString key = path.left(dot);
    message.insert(key, withValue(message.value(key).toObject(), path.mid(dot + 1), value));
    return message;
}

inline QJsonObject withoutValue(QJsonObject message, const QString &path) {
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        message.remove(path);
        return message;
    }
    const QString key = path.left(dot);
    message.insert(key, withoutValue(message.value(key).toObject(), path.mid(dot + 1)));
    return message;
}

inline QJsonArray idArray(int count) {
    QJsonArray ids;
    for (int i = 0; i < count; ++i) {
        ids.append(QString::number(100000000000LL + i));
    }
    return ids;
}

} // namespace ProtocolSamples
