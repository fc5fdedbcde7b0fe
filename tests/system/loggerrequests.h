#pragma once

#include "callsamples.h"
#include "simulator.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

// /callLogger requests the simulator sends for the fault tests, one call each, and what became
// of them: acknowledged ({data:'ok'}: CallDock promises the call is stored), refused (an error
// answer: the widget shows it, CallDock keeps the call for a retry) or unanswered.
class LoggerRequests final {
public:
    LoggerRequests(Simulator &simulator, const QString &prefix)
        : m_simulator(simulator)
        , m_prefix(prefix) {}

    // Requests for calls first .. first+count-1, alternating live updates and final records as
    // the widget sends them with auto-log on.
    QJsonArray make(int first, int count) {
        QJsonArray requests;
        for (int i = first; i < first + count; ++i) {
            const QString session = sessionId(i);
            const QString requestId = m_prefix + QStringLiteral("-req-%1").arg(i);
            m_sessionOfRequest.insert(requestId, session);
            const bool live = i % 2 == 0;
            const QJsonObject call =
                live ? CallSamples::liveCall(session, QStringLiteral("CallConnected"))
                     : CallSamples::recordCall(session, QStringLiteral("Accepted"), i % 600);
            requests.append(
                QJsonObject{{QStringLiteral("path"), QStringLiteral("/callLogger")},
                            {QStringLiteral("requestId"), requestId},
                            {QStringLiteral("body"),
                             CallSamples::loggerBody(call, live ? QStringLiteral("presenceUpdate")
                                                                : QStringLiteral("callLogSync"))}});
        }
        return requests;
    }

    QString sessionId(int index) const {
        return m_prefix + QStringLiteral("-%1").arg(index, 6, 10, QLatin1Char('0'));
    }

    // Sends the requests at once (burst) or `perTick` every `tickMs`.
    void burst(const QJsonArray &requests, int perTick = 0, int tickMs = 0) {
        QJsonObject command{{QStringLiteral("op"), QStringLiteral("burst")},
                            {QStringLiteral("requests"), requests}};
        if (perTick > 0) {
            command.insert(QStringLiteral("perTick"), perTick);
            command.insert(QStringLiteral("tickMs"), tickMs);
        }
        m_simulator.command(command);
    }

    QSet<QString> acknowledged() const { return sessions(true); }
    QSet<QString> refused() const { return sessions(false); }
    int answered() const { return acknowledged().size() + refused().size(); }
    int sent() const { return int(m_sessionOfRequest.size()); }

    // The error text of one refused request (for messages).
    QString anyError() const {
        for (const QJsonObject &report : m_simulator.reports(QStringLiteral("response"))) {
            const QJsonObject response = report.value(QLatin1String("response")).toObject();
            if (m_sessionOfRequest.contains(report.value(QLatin1String("requestId")).toString())
                && response.contains(QLatin1String("error"))) {
                return response.value(QLatin1String("error")).toString();
            }
        }
        return QString();
    }

private:
    QSet<QString> sessions(bool ok) const {
        QSet<QString> result;
        for (const QJsonObject &report : m_simulator.reports(QStringLiteral("response"))) {
            const QString requestId = report.value(QLatin1String("requestId")).toString();
            if (!m_sessionOfRequest.contains(requestId)) {
                continue;
            }
            const QJsonObject response = report.value(QLatin1String("response")).toObject();
            const bool acknowledged =
                response.value(QLatin1String("data")) == QJsonValue(QStringLiteral("ok"));
            if (acknowledged == ok) {
                result.insert(m_sessionOfRequest.value(requestId));
            }
        }
        return result;
    }

    Simulator &m_simulator;
    QString m_prefix;
    QHash<QString, QString> m_sessionOfRequest;
};
