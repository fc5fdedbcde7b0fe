#pragma once

#include "logcalldata.h"

// Realistic calls for the Log call dialog tests and the README screenshot.
namespace LogCallSamples {

constexpr qint64 kStartMs = 1709649000000; // 2024-03-05 14:30 UTC

inline LogCallData liveInbound(const QString &sessionId = QStringLiteral("s-1001")) {
    LogCallData data;
    data.call.sessionId = sessionId;
    data.call.telephonySessionId = QStringLiteral("t-1001");
    data.call.direction = CallDirection::Inbound;
    data.call.fromName = QStringLiteral("Ada Lovelace");
    data.call.fromNumber = QStringLiteral("+1 650 555 0142");
    data.call.toName = QStringLiteral("Me");
    data.call.toNumber = QStringLiteral("+1 650 555 0100");
    data.call.startTimeMs = kStartMs;
    data.call.durationSeconds = 42;
    data.call.result = QStringLiteral("CallConnected");
    return data;
}

inline LogCallData loggedOutbound(const QString &sessionId = QStringLiteral("s-2002")) {
    LogCallData data;
    data.call.sessionId = sessionId;
    data.call.callLogId = QStringLiteral("log-2002");
    data.call.entityId = QStringLiteral("cd-0a1b2c");
    data.call.direction = CallDirection::Outbound;
    data.call.fromName = QStringLiteral("Me");
    data.call.fromNumber = QStringLiteral("+1 650 555 0100");
    data.call.toNumber = QStringLiteral("+44 20 7946 0958");
    data.call.startTimeMs = kStartMs - 3600 * 1000;
    data.call.durationSeconds = 3725;
    data.call.result = QStringLiteral("Accepted");
    data.call.isFinal = true;
    data.call.subject = QStringLiteral("Renewal quote");
    data.call.note = QStringLiteral("Sent the quote.\nCall back on Friday.");
    data.call.loggedBy = LoggedBy::Manual;
    data.hasRecording = true;
    data.alreadyLogged = true;
    return data;
}

} // namespace LogCallSamples
