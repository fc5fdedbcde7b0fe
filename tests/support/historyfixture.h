#pragma once

// Generated call databases for the history tests, benchmark and screenshot, written through the
// real CallStore (so they look exactly like what CallDock stores), and the storage thread they
// are read through, as in CallDock.

#include "callstore.h"
#include "storagethread.h"

#include <QList>
#include <QString>
#include <QtGlobal>

#include <type_traits>

namespace HistoryFixture {

// 2024-03-01T12:00:00Z; call i starts i minutes before it (call 0 is the newest).
constexpr qint64 kNewestStartMs = 1709294400000;

// A varied, deterministic call: every 7th is missed, every 5th has a recording, every 3rd a note,
// names and numbers repeat every 100 calls.
inline CallFacts generatedCall(int i) {
    static const char *const names[] = {
        "Ada Lovelace", "Grace Hopper",  "Alan Turing",  "Edsger Dijkstra",   "Barbara Liskov",
        "Donald Knuth", "Frances Allen", "Ken Thompson", "Margaret Hamilton", "Dennis Ritchie"};
    CallFacts facts;
    facts.sessionId = QStringLiteral("session-%1").arg(i);
    facts.telephonySessionId = QStringLiteral("tel-%1").arg(i);
    facts.callLogId = QStringLiteral("log-%1").arg(i);
    facts.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    const QString other = QStringLiteral("+1555%1").arg(i % 100, 7, 10, QLatin1Char('0'));
    const QString otherName = QLatin1String(names[i % 10]);
    const QString me = QStringLiteral("+16505550100");
    if (facts.direction == CallDirection::Inbound) {
        facts.fromNumber = other;
        facts.fromName = otherName;
        facts.toNumber = me;
    } else {
        facts.fromNumber = me;
        facts.toNumber = other;
        facts.toName = otherName;
    }
    facts.startTimeMs = kNewestStartMs - qint64(i) * 60000;
    const bool missed = i % 7 == 0 && facts.direction == CallDirection::Inbound;
    facts.durationSeconds = missed ? 0 : (i * 37) % 3600;
    facts.result = missed ? QStringLiteral("Missed") : QStringLiteral("Accepted");
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    if (i % 5 == 0) {
        RecordingFacts recording;
        recording.id = QStringLiteral("rec-%1").arg(i);
        recording.contentUri =
            QUrl(QStringLiteral("https://media.example.invalid/rec/%1/content").arg(i));
        recording.link =
            QUrl(QStringLiteral("https://service.example.invalid/recording/%1").arg(i));
        recording.type = QStringLiteral("Automatic");
        facts.recording = recording;
    }
    return facts;
}

inline QString generatedSubject(int i) {
    return i % 3 == 0 ? QStringLiteral("Follow-up %1").arg(i) : QString();
}

inline QString generatedNote(int i) {
    return i % 3 == 0 ? QStringLiteral("Discussed item %1\nsecond line").arg(i) : QString();
}

// Fills `store` with calls 0..count-1 in batches. Returns false on the first failure.
inline bool generate(CallStore &store, int count) {
    constexpr int kBatch = 2000;
    for (int start = 0; start < count; start += kBatch) {
        QList<CallFacts> batch;
        for (int i = start; i < qMin(count, start + kBatch); ++i) {
            batch << generatedCall(i);
        }
        if (!store.upsertCalls(batch, LoggedBy::Auto).ok) {
            return false;
        }
    }
    // Notes in one transaction would need a batch API CallStore does not have; setNote per call
    // is fine for the sizes the tests use and acceptable once for the benchmark.
    for (int i = 0; i < count; i += 3) {
        if (!store
                 .setNote(QStringLiteral("session-%1").arg(i), generatedSubject(i),
                          generatedNote(i))
                 .ok) {
            return false;
        }
    }
    return true;
}

// Makes an SQL statement on the GUI thread abort the process while a StorageThread exists. Call
// it first thing (the guard reads the variable once).
inline void strictStorageThread() {
    qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1");
}

// Runs `job` on the storage thread and waits for its result. The GUI thread only waits: the
// statements run on the storage thread, so this is allowed under strictStorageThread().
template<typename Job>
auto onStorage(StorageThread &storage, Job job) {
    auto future = storage.submit(std::move(job));
    future.waitForFinished();
    if constexpr (!std::is_void_v<std::invoke_result_t<Job, StorageSession &>>) {
        return future.result();
    }
}

// generate() through the storage thread's store.
inline bool generate(StorageThread &storage, int count) {
    return onStorage(storage,
                     [count](StorageSession &session) { return generate(session.store(), count); });
}

// Opens the call database at `path` on the storage thread.
inline bool open(StorageThread &storage, const QString &path) {
    auto future = storage.open(path);
    future.waitForFinished();
    return future.result().ok;
}

} // namespace HistoryFixture
