// Store benchmark: CallStore against its own statements run through the SQLite C API directly
// (tests/bench/sqlitebaseline.h), both measured in the same run, interleaved call by call so
// that load from other processes hits both alike.
//   - single-request commit: each step of an auto-log sequence (ringing, connected, final
//     record) upserted in its own commit, as CallDock does for a lone /callLogger request;
//   - auto-log sequences grouped: 100 requests in one transaction (a burst's group commit);
//   - match of 10/100/500/2,000 ids (half logged) on 10k/100k/1M calls.
// Full mode: upserts on 100k calls, matches on 10k/100k/1M. --quick: 1k calls, fewer rounds.
// Usage: bench_store [--quick] [--json rows.jsonl]

#include "benchreport.h"
#include "callstore.h"
#include "sqlitebaseline.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <functional>

namespace {

constexpr double kTargetRatio = 1.5;

// Call `i` at step 0 (ringing), 1 (connected) or 2 (final call-log record): what presenceUpdate
// and callLogSync requests carry for one call.
CallFacts sequenceStep(int i, int step) {
    CallFacts facts;
    facts.sessionId = QStringLiteral("session-%1").arg(i);
    facts.telephonySessionId = QStringLiteral("tel-%1").arg(i);
    facts.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    facts.fromNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
    facts.fromName = QStringLiteral("Caller %1").arg(i % 1000);
    facts.toNumber = QStringLiteral("+1555999%1").arg(i % 10000, 4, 10, QLatin1Char('0'));
    facts.startTimeMs = 1700000000000 + qint64(i) * 60000;
    facts.durationSeconds = step == 2 ? i % 600 : 0;
    facts.result = step == 0   ? QStringLiteral("Ringing")
                   : step == 1 ? QStringLiteral("CallConnected")
                               : QStringLiteral("Accepted");
    if (step == 2) {
        facts.callLogId = QStringLiteral("log-%1").arg(i);
        facts.action = QStringLiteral("Phone Call");
        facts.isFinal = true;
    }
    return facts;
}

// A CallStore database with calls 0..count-1 (final records). The schema comes from CallStore;
// the rows are written with the same upsert statement through the C API in large transactions,
// which is much faster than generating a million calls through CallStore and gives the same file.
bool generate(const QString &path, int count, BenchReport &report) {
    {
        CallStore store;
        const CallStore::OpenResult opened = store.open(path);
        if (!opened.ok) {
            report.note(QStringLiteral("cannot create %1: %2").arg(path, opened.error));
            return false;
        }
    }
    SqliteBaseline writer;
    if (!writer.open(path)) {
        report.note(writer.lastError());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    constexpr int kBatch = 20000;
    for (int start = 0; start < count; start += kBatch) {
        std::vector<SqliteBaseline::Facts> batch;
        for (int i = start; i < qMin(count, start + kBatch); ++i) {
            batch.push_back(SqliteBaseline::convert(sequenceStep(i, 2)));
        }
        if (!writer.upsertBatch(batch, "auto", 1700000000000)) {
            report.note(writer.lastError());
            return false;
        }
    }
    report.note(QStringLiteral("generated %1 calls in %2 ms").arg(count).arg(timer.elapsed()));
    return true;
}

QString sizeLabel(int calls) {
    return calls >= 1000000 ? QStringLiteral("%1M").arg(calls / 1000000)
                            : QStringLiteral("%1k").arg(calls / 1000);
}

void addRatioRow(BenchReport &report, const QString &what, const QList<double> &ours,
                 const QList<double> &baseline, const QString &unit) {
    const BenchStats stats = BenchStats::of(ours);
    const BenchStats base = BenchStats::of(baseline);
    BenchRow row;
    row.what = what;
    row.unit = unit;
    row.samples = stats.count;
    row.median = stats.median;
    row.p95 = stats.p95;
    row.p99 = stats.p99;
    row.baseline = base.median;
    row.baselineName = QStringLiteral("SQLite C API");
    row.target = QStringLiteral("<= %1x C API").arg(kTargetRatio);
    row.met = base.median > 0 && stats.median / base.median <= kTargetRatio;
    row.note = QStringLiteral("C API p95 %1, p99 %2").arg(base.p95).arg(base.p99);
    report.add(row);
}

double microseconds(const std::function<void()> &run) {
    QElapsedTimer timer;
    timer.start();
    run();
    return double(timer.nsecsElapsed()) / 1000.0;
}

bool benchUpserts(const QTemporaryDir &dir, int calls, int sequences, BenchReport &report) {
    const QString ourPath = dir.filePath(QStringLiteral("upsert-callstore.sqlite"));
    const QString basePath = dir.filePath(QStringLiteral("upsert-capi.sqlite"));
    if (!generate(ourPath, calls, report) || !generate(basePath, calls, report)) {
        return false;
    }
    CallStore store;
    SqliteBaseline base;
    if (!store.open(ourPath).ok || !base.open(basePath)) {
        report.note(QStringLiteral("cannot open the upsert databases"));
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<double> ours;
    QList<double> theirs;
    bool ok = true;
    // New calls (ids above the generated ones), each step its own commit, interleaved.
    for (int i = calls; i < calls + sequences; ++i) {
        for (int step = 0; step < 3; ++step) {
            const CallFacts facts = sequenceStep(i, step);
            const SqliteBaseline::Facts converted = SqliteBaseline::convert(facts);
            ours << microseconds([&] { ok = store.upsertCall(facts).ok && ok; });
            theirs << microseconds([&] { ok = base.upsert(converted, "auto", now) && ok; });
        }
    }
    addRatioRow(report,
                QStringLiteral("store: single-request commit, auto-log steps (%1 calls)")
                    .arg(sizeLabel(calls)),
                ours, theirs, QStringLiteral("us"));

    // Sequences grouped 100 requests per transaction, as a burst is committed.
    ours.clear();
    theirs.clear();
    constexpr int kGroup = 100;
    const int first = calls + sequences;
    for (int group = 0; group < sequences * 3 / kGroup; ++group) {
        QList<CallFacts> batch;
        std::vector<SqliteBaseline::Facts> converted;
        for (int n = 0; n < kGroup; ++n) {
            // Steps of ~33 calls in arrival order: ringing, connected and final of each call.
            const int index = group * kGroup + n;
            batch << sequenceStep(first + index / 3, index % 3);
            converted.push_back(SqliteBaseline::convert(batch.last()));
        }
        ours << microseconds([&] { ok = store.upsertCalls(batch, LoggedBy::Auto).ok && ok; })
                    / 1000;
        theirs << microseconds([&] { ok = base.upsertBatch(converted, "auto", now) && ok; }) / 1000;
    }
    addRatioRow(report,
                QStringLiteral("store: 100 auto-log requests in one commit (%1 calls)")
                    .arg(sizeLabel(calls)),
                ours, theirs, QStringLiteral("ms"));
    if (!ok) {
        report.note(QStringLiteral("some upserts failed: ") + base.lastError());
    }
    return ok;
}

bool benchMatches(const QTemporaryDir &dir, int calls, const QList<int> &idCounts, int rounds,
                  BenchReport &report) {
    const QString path = dir.filePath(QStringLiteral("match-%1.sqlite").arg(calls));
    if (!generate(path, calls, report)) {
        return false;
    }
    // Both read the same file; their SQLite page caches are separate and equally sized.
    CallStore store;
    SqliteBaseline base;
    if (!store.open(path).ok || !base.open(path)) {
        report.note(QStringLiteral("cannot open %1").arg(path));
        return false;
    }
    for (const int count : idCounts) {
        QList<double> ours;
        QList<double> theirs;
        int mismatches = 0;
        const int roundsHere = count >= 2000 ? qMax(5, rounds / 4) : rounds;
        for (int round = 0; round < roundsHere; ++round) {
            QStringList ids;
            for (int i = 0; i < count; ++i) {
                // Half logged, spread over the table; half unknown.
                ids << (i % 2 ? QStringLiteral("session-%1")
                                    .arg((qint64(round) * 7919 + qint64(i) * 199) % calls)
                              : QStringLiteral("unknown-%1-%2").arg(round).arg(i));
            }
            const std::vector<std::string> converted = SqliteBaseline::convert(ids);
            int found = 0;
            int baseFound = 0;
            ours << microseconds([&] { found = int(store.match(ids).matches.size()); });
            theirs << microseconds([&] {
                std::unordered_map<std::string, SqliteBaseline::Match> rows;
                baseFound = base.match(converted, &rows);
            });
            mismatches += found != baseFound;
        }
        if (mismatches > 0) {
            report.note(
                QStringLiteral("CallStore and the C API disagreed in %1 rounds").arg(mismatches));
        }
        addRatioRow(
            report,
            QStringLiteral("store: match %1 ids (%2 calls)").arg(count).arg(sizeLabel(calls)), ours,
            theirs, QStringLiteral("us"));
    }
    return true;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    BenchReport report(app.arguments());
    QTemporaryDir dir;
    const bool quick = report.quick();
    const int upsertCalls = quick ? 1000 : 100000;
    const int sequences = quick ? 100 : 500;
    const QList<int> sizes = quick ? QList<int>{1000} : QList<int>{10000, 100000, 1000000};
    const QList<int> idCounts{10, 100, 500, 2000};
    const int rounds = quick ? 20 : 200;

    bool ok = benchUpserts(dir, upsertCalls, sequences, report);
    for (const int calls : sizes) {
        ok = benchMatches(dir, calls, idCounts, rounds, report) && ok;
        // Each size is generated fresh; the files are large, so drop them as we go.
        QFile::remove(dir.filePath(QStringLiteral("match-%1.sqlite").arg(calls)));
    }
    return ok ? 0 : 1;
}
