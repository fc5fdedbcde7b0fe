#pragma once

#include "callsamples.h"
#include "simulator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QStringList>

// Helpers shared by the catch-up tests and benchmark: un-logged calls for the simulator and what
// the simulated widget currently believes about them.
namespace CatchUpSamples {

inline QString sessionId(int i) {
    return QStringLiteral("cu-%1").arg(i, 5, 10, QLatin1Char('0'));
}

// `count` finished call-log records, one a minute, the newest an hour ago (well past the
// widget's 20 s "ended" filter).
inline QJsonArray records(int count, int first = 0) {
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    QJsonArray calls;
    for (int i = first; i < first + count; ++i) {
        calls.append(CallSamples::recordCall(
            sessionId(i), i % 3 ? QStringLiteral("Accepted") : QStringLiteral("Missed"), i % 300,
            hourAgo - qint64(i) * 60'000));
    }
    return calls;
}

inline QStringList sessionIds(int count, int first = 0) {
    QStringList ids;
    for (int i = first; i < first + count; ++i) {
        ids.append(sessionId(i));
    }
    return ids;
}

// Adds `calls` to the simulator and waits until it holds `total` calls.
inline bool addCalls(Simulator &simulator, const QJsonArray &calls, int total) {
    simulator.command(
        {{QStringLiteral("op"), QStringLiteral("addCalls")}, {QStringLiteral("calls"), calls}});
    return simulator
        .waitForReport(QStringLiteral("calls-added"), 20000,
                       [total](const QJsonObject &report) {
                           return report.value(QLatin1String("count")).toInt() == total;
                       })
        .has_value();
}

// The widget's latest verdict per call, from the answers to its match requests so far: the ids
// whose most recent match answer listed a real (non-status) entry.
inline QSet<QString> loggedInWidget(const Simulator &simulator) {
    QHash<QString, bool> verdict;
    for (const QJsonObject &report : simulator.reports(QStringLiteral("response"))) {
        if (report.value(QLatin1String("path")).toString() != QLatin1String("/callLogger/match")) {
            continue;
        }
        const QJsonObject data = report.value(QLatin1String("response"))
                                     .toObject()
                                     .value(QLatin1String("data"))
                                     .toObject();
        for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
            bool logged = false;
            for (const QJsonValue &entry : it.value().toArray()) {
                if (entry.toObject().value(QLatin1String("type")).toString()
                    != QLatin1String("status")) {
                    logged = true;
                }
            }
            verdict.insert(it.key(), logged);
        }
    }
    QSet<QString> logged;
    for (auto it = verdict.constBegin(); it != verdict.constEnd(); ++it) {
        if (it.value()) {
            logged.insert(it.key());
        }
    }
    return logged;
}

// The page numbers of the /unlogged-calls requests the simulator received, in order.
inline QList<int> requestedPages(const Simulator &simulator) {
    QList<int> pages;
    for (const QJsonObject &report :
         simulator.received(QStringLiteral("rc-adapter-message-request"))) {
        const QJsonObject data = report.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("path")).toString() == QLatin1String("/unlogged-calls")) {
            pages.append(
                data.value(QLatin1String("body")).toObject().value(QLatin1String("page")).toInt());
        }
    }
    return pages;
}

} // namespace CatchUpSamples
