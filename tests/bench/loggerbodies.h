#pragma once

#include "callsamples.h"

#include <QJsonObject>
#include <QString>

// /callLogger bodies the bridge benchmarks send, shaped like the widget's auto-log traffic.
namespace LoggerBodies {

// Request `i` of an auto-log sequence: ringing (presenceUpdate) for even `i`, then the final
// record (callLogSync) of the same call; call `prefix`-`i / 2`.
inline QJsonObject autoLogStep(const QString &prefix, int i) {
    const QString session = QStringLiteral("%1-%2").arg(prefix).arg(i / 2);
    return i % 2 == 0
               ? CallSamples::loggerBody(CallSamples::liveCall(session, QStringLiteral("Ringing")),
                                         QStringLiteral("presenceUpdate"))
               : CallSamples::loggerBody(
                   CallSamples::recordCall(session, QStringLiteral("Accepted"), 30),
                   QStringLiteral("callLogSync"));
}

} // namespace LoggerBodies
