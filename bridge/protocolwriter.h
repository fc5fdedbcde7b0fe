#pragma once

#include "protocol.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// Host -> widget: builds the JSON of every message CallDock posts (protocol.md 2.2 and 6) and the
// `response` values of answers. Booleans stay JSON booleans and numbers stay numbers: the widget
// tests truthiness, so the string "false" would read as true.
namespace ProtocolWriter {

// rc-adapter-register-third-party-service. Empty optional strings are left out (the widget
// treats a present path as "feature on"); recordingWithToken is the number 1 or absent.
QJsonObject registerService(const Protocol::ServiceRegistration &service);

// rc-post-message-response answering the request `responseId`.
QJsonObject postMessageResponse(const QString &responseId, const QJsonValue &response);

QJsonObject triggerCallLoggerMatch(const QStringList &sessionIds);
QJsonObject updateAutoLogSettings(bool enabled);
// The same message with the message auto-log flag (`message`) instead of the call one.
QJsonObject updateMessageAutoLogSettings(bool enabled);
QJsonObject newCall(const QString &phoneNumber, bool toCall);
QJsonObject navigateTo(const QString &path);
QJsonObject logout();

// rc-adapter-message-request. The widget never answers a request without a body, so there
// always is one.
QJsonObject messageRequest(const QString &requestId, const QString &path,
                           const QJsonObject &body = QJsonObject());
QJsonObject unloggedCallsRequest(const QString &requestId, int perPage, int page);
QJsonObject getCallLogRequest(const QString &requestId, const QString &sessionId);
QJsonObject customAlert(const QString &requestId, const QString &message,
                        Protocol::AlertLevel level, int ttlMs);

// ---- `response` values for rc-post-message-response

// Matcher answer: {data: {"<sessionId>": [{id, note} | {type:'status', status, message}]}}.
// Entries of one session keep their order; sessions without entries are left out, which the
// widget reads as "not logged".
QJsonObject matchResponse(const QList<Protocol::MatchEntry> &entries);

// 3.x message matcher, messages shape: {data: {"<messageId>": {logId}}}; pairs are
// (messageId, logId), messages that are not logged are left out.
QJsonObject messageLogIdsResponse(const QList<QPair<QString, QString>> &messageLogIds);
// 3.x selectedLog answer: {data: {logId}}.
QJsonObject logIdResponse(const QString &logId);

// Call logger acknowledgement {data: 'ok'}. The widget ignores the content; it only stops
// waiting for this request.
QJsonObject loggerAck();

// {error: message}: the answer to a request CallDock cannot serve (malformed, unknown path), so
// the widget stops waiting instead of running into its timeout.
QJsonObject errorResponse(const QString &message);

// ---- For the widget simulator and round-trip tests: a call in the call-log record shape.

QJsonObject callObject(const Protocol::WidgetCall &call);

} // namespace ProtocolWriter
