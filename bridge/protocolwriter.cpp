#include "protocolwriter.h"

#include <QJsonArray>

using namespace Protocol;

namespace ProtocolWriter {

namespace {

QJsonObject message(const char *type) {
    QJsonObject object;
    object.insert(QStringLiteral("type"), QLatin1String(type));
    return object;
}

void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value) {
    if (!value.isEmpty()) {
        object.insert(key, value);
    }
}

QJsonObject partyObject(const CallParty &party) {
    QJsonObject object;
    insertIfNotEmpty(object, QStringLiteral("phoneNumber"), party.phoneNumber);
    insertIfNotEmpty(object, QStringLiteral("extensionNumber"), party.extensionNumber);
    insertIfNotEmpty(object, QStringLiteral("name"), party.name);
    insertIfNotEmpty(object, QStringLiteral("location"), party.location);
    return object;
}

} // namespace

QJsonObject registerService(const ServiceRegistration &service) {
    QJsonObject fields;
    fields.insert(QStringLiteral("name"), service.name);
    insertIfNotEmpty(fields, QStringLiteral("displayName"), service.displayName);
    insertIfNotEmpty(fields, QStringLiteral("callLoggerPath"), service.callLoggerPath);
    insertIfNotEmpty(fields, QStringLiteral("callLoggerTitle"), service.callLoggerTitle);
    insertIfNotEmpty(fields, QStringLiteral("callLoggerAutoSettingLabel"),
                     service.callLoggerAutoSettingLabel);
    insertIfNotEmpty(fields, QStringLiteral("callLogEntityMatcherPath"),
                     service.callLogEntityMatcherPath);
    if (service.recordingWithToken) {
        // The documented value is the number 1; `true` happens to work today but is not
        // what the widget's docs promise.
        fields.insert(QStringLiteral("recordingWithToken"), 1);
    }
    fields.insert(QStringLiteral("showLogModal"), service.showLogModal);
    insertIfNotEmpty(fields, QStringLiteral("messageLoggerPath"), service.messageLoggerPath);
    insertIfNotEmpty(fields, QStringLiteral("messageLoggerTitle"), service.messageLoggerTitle);
    insertIfNotEmpty(fields, QStringLiteral("messageLoggerAutoSettingLabel"),
                     service.messageLoggerAutoSettingLabel);
    insertIfNotEmpty(fields, QStringLiteral("messageLogEntityMatcherPath"),
                     service.messageLogEntityMatcherPath);
    if (!service.messageLoggerPath.isEmpty() && service.attachmentWithToken) {
        // Read with `!!` by the widget; 1 like recordingWithToken.
        fields.insert(QStringLiteral("attachmentWithToken"), 1);
    }

    QJsonObject object = message(MessageType::RegisterService);
    object.insert(QStringLiteral("service"), fields);
    return object;
}

QJsonObject postMessageResponse(const QString &responseId, const QJsonValue &response) {
    QJsonObject object = message(MessageType::PostMessageResponse);
    object.insert(QStringLiteral("responseId"), responseId);
    // An undefined value would vanish from the object; the widget expects the key.
    object.insert(QStringLiteral("response"),
                  response.isUndefined() ? QJsonValue(QJsonValue::Null) : response);
    return object;
}

QJsonObject triggerCallLoggerMatch(const QStringList &sessionIds) {
    QJsonObject object = message(MessageType::TriggerCallLoggerMatch);
    object.insert(QStringLiteral("sessionIds"), QJsonArray::fromStringList(sessionIds));
    return object;
}

QJsonObject updateAutoLogSettings(bool enabled) {
    QJsonObject object = message(MessageType::UpdateAutoLogSettings);
    object.insert(QStringLiteral("call"), enabled);
    return object;
}

QJsonObject updateMessageAutoLogSettings(bool enabled) {
    QJsonObject object = message(MessageType::UpdateAutoLogSettings);
    object.insert(QStringLiteral("message"), enabled);
    return object;
}

QJsonObject newCall(const QString &phoneNumber, bool toCall) {
    QJsonObject object = message(MessageType::NewCall);
    object.insert(QStringLiteral("phoneNumber"), phoneNumber);
    object.insert(QStringLiteral("toCall"), toCall);
    return object;
}

QJsonObject navigateTo(const QString &path) {
    QJsonObject object = message(MessageType::NavigateTo);
    object.insert(QStringLiteral("path"), path);
    return object;
}

QJsonObject logout() {
    return message(MessageType::Logout);
}

QJsonObject messageRequest(const QString &requestId, const QString &path, const QJsonObject &body) {
    QJsonObject object = message(MessageType::MessageRequest);
    object.insert(QStringLiteral("requestId"), requestId);
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("body"), body);
    return object;
}

QJsonObject unloggedCallsRequest(const QString &requestId, int perPage, int page) {
    QJsonObject body;
    body.insert(QStringLiteral("perPage"), perPage);
    body.insert(QStringLiteral("page"), page);
    return messageRequest(requestId, QLatin1String(HostRequestPath::UnloggedCalls), body);
}

QJsonObject getCallLogRequest(const QString &requestId, const QString &sessionId) {
    QJsonObject body;
    body.insert(QStringLiteral("sessionId"), sessionId);
    return messageRequest(requestId, QLatin1String(HostRequestPath::GetCallLog), body);
}

QJsonObject customAlert(const QString &requestId, const QString &text, AlertLevel level,
                        int ttlMs) {
    QJsonObject body;
    body.insert(QStringLiteral("message"), text);
    body.insert(QStringLiteral("level"), wireName(level));
    body.insert(QStringLiteral("ttl"), ttlMs);
    return messageRequest(requestId, QLatin1String(HostRequestPath::CustomAlert), body);
}

QJsonObject matchResponse(const QList<MatchEntry> &entries) {
    QJsonObject data;
    for (const MatchEntry &entry : entries) {
        if (entry.sessionId.isEmpty()) {
            continue;
        }
        QJsonObject item;
        if (entry.kind == MatchEntry::Kind::Logged) {
            item.insert(QStringLiteral("id"), entry.logId);
            item.insert(QStringLiteral("note"), entry.note);
        } else {
            item.insert(QStringLiteral("type"), QStringLiteral("status"));
            item.insert(QStringLiteral("status"), wireName(entry.status));
            item.insert(QStringLiteral("message"), entry.message);
        }
        QJsonArray list = data.value(entry.sessionId).toArray();
        list.append(item);
        data.insert(entry.sessionId, list);
    }
    QJsonObject response;
    response.insert(QStringLiteral("data"), data);
    return response;
}

QJsonObject messageLogIdsResponse(const QList<QPair<QString, QString>> &messageLogIds) {
    QJsonObject data;
    for (const auto &[messageId, logId] : messageLogIds) {
        if (messageId.isEmpty() || logId.isEmpty()) {
            continue;
        }
        QJsonObject item;
        item.insert(QStringLiteral("logId"), logId);
        data.insert(messageId, item);
    }
    QJsonObject response;
    response.insert(QStringLiteral("data"), data);
    return response;
}

QJsonObject logIdResponse(const QString &logId) {
    QJsonObject data;
    data.insert(QStringLiteral("logId"), logId);
    QJsonObject response;
    response.insert(QStringLiteral("data"), data);
    return response;
}

QJsonObject loggerAck() {
    QJsonObject response;
    response.insert(QStringLiteral("data"), QStringLiteral("ok"));
    return response;
}

QJsonObject errorResponse(const QString &text) {
    QJsonObject response;
    response.insert(QStringLiteral("error"), text);
    return response;
}

QJsonObject callObject(const WidgetCall &call) {
    QJsonObject object;
    insertIfNotEmpty(object, QStringLiteral("sessionId"), call.sessionId);
    insertIfNotEmpty(object, QStringLiteral("telephonySessionId"), call.telephonySessionId);
    insertIfNotEmpty(object, QStringLiteral("id"), call.callLogId);
    insertIfNotEmpty(object, QStringLiteral("partyId"), call.partyId);
    insertIfNotEmpty(object, QStringLiteral("direction"), CallDirections::wireName(call.direction));
    if (!call.from.isEmpty()) {
        object.insert(QStringLiteral("from"), partyObject(call.from));
    }
    if (!call.to.isEmpty()) {
        object.insert(QStringLiteral("to"), partyObject(call.to));
    }
    if (call.startTime.isValid()) {
        object.insert(QStringLiteral("startTime"), call.startTime.toMSecsSinceEpoch());
    }
    if (call.durationSeconds) {
        object.insert(QStringLiteral("duration"), *call.durationSeconds);
    }
    insertIfNotEmpty(object, QStringLiteral("telephonyStatus"), call.telephonyStatus);
    insertIfNotEmpty(object, QStringLiteral("result"), call.result);
    insertIfNotEmpty(object, QStringLiteral("action"), call.action);
    insertIfNotEmpty(object, QStringLiteral("type"), call.type);
    if (call.recording) {
        QJsonObject recording;
        insertIfNotEmpty(recording, QStringLiteral("id"), call.recording->id);
        insertIfNotEmpty(recording, QStringLiteral("type"), call.recording->type);
        insertIfNotEmpty(recording, QStringLiteral("uri"), call.recording->uri);
        insertIfNotEmpty(recording, QStringLiteral("contentUri"), call.recording->contentUri);
        insertIfNotEmpty(recording, QStringLiteral("link"), call.recording->link);
        object.insert(QStringLiteral("recording"), recording);
    }
    return object;
}

} // namespace ProtocolWriter
