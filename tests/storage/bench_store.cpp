// Prints latencies of the call store on a generated 100,000-call database: single upsert commit
// and a 500-id match. Numbers only; compare them with the raw SQLite C API elsewhere.

#include "callstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace {

CallFacts makeCall(int i, bool isFinal) {
    CallFacts facts;
    facts.sessionId = QStringLiteral("session-%1").arg(i);
    facts.telephonySessionId = QStringLiteral("tel-%1").arg(i);
    facts.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    facts.fromNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
    facts.toNumber = QStringLiteral("+1555999%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    facts.startTimeMs = 1700000000000 + qint64(i) * 60000;
    facts.durationSeconds = i % 600;
    facts.result = isFinal ? QStringLiteral("Accepted") : QStringLiteral("CallConnected");
    if (isFinal) {
        facts.callLogId = QStringLiteral("log-%1").arg(i);
        facts.action = QStringLiteral("Phone Call");
    }
    facts.isFinal = isFinal;
    return facts;
}

void report(QTextStream &out, const char *name, QList<qint64> nanoseconds) {
    std::sort(nanoseconds.begin(), nanoseconds.end());
    const auto at = [&](double q) {
        return nanoseconds.at(int(q * (nanoseconds.size() - 1)));
    };
    out << name << ": n=" << nanoseconds.size() << " median=" << at(0.5) / 1000.0
        << " us p95=" << at(0.95) / 1000.0 << " us max=" << nanoseconds.last() / 1000.0 << " us\n";
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int kCalls = 100000;
    QTemporaryDir dir;
    CallStore store;
    const CallStore::OpenResult opened = store.open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened.ok) {
        out << "open failed: " << opened.error << "\n";
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < kCalls; start += 1000) {
        QList<CallFacts> batch;
        for (int i = start; i < start + 1000; ++i) {
            batch << makeCall(i, true);
        }
        if (!store.upsertCalls(batch, LoggedBy::CatchUp).ok) {
            out << "batch failed\n";
            return 1;
        }
    }
    out << "generate: " << kCalls << " calls in " << timer.elapsed() << " ms ("
        << timer.elapsed() / double(kCalls / 1000) << " ms per 1,000-call batch)\n";

    // Single upserts, each its own commit: new live calls, then the same calls going final.
    QList<qint64> inserts;
    QList<qint64> updates;
    for (int i = 0; i < 2000; ++i) {
        timer.restart();
        store.upsertCall(makeCall(kCalls + i, false));
        inserts << timer.nsecsElapsed();
    }
    for (int i = 0; i < 2000; ++i) {
        timer.restart();
        store.upsertCall(makeCall(kCalls + i, true));
        updates << timer.nsecsElapsed();
    }
    report(out, "single upsert (insert) commit", inserts);
    report(out, "single upsert (update) commit", updates);

    QList<qint64> matches;
    int found = 0;
    for (int round = 0; round < 200; ++round) {
        QStringList ids;
        for (int i = 0; i < 500; ++i) {
            // Half logged, half unknown, spread over the table.
            ids << (i % 2 ? QStringLiteral("session-%1").arg((round * 7919 + i * 199) % kCalls)
                          : QStringLiteral("unknown-%1-%2").arg(round).arg(i));
        }
        timer.restart();
        found += store.match(ids).matches.size();
        matches << timer.nsecsElapsed();
    }
    report(out, "match 500 ids", matches);
    out << "matched per request: " << found / 200 << "\n";
    return 0;
}
