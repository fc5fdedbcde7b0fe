#pragma once

#include "storagethread.h"

#include <QTest>

#include <optional>

// Synchronous access to a StorageThread for test code: runs a job on the storage thread and
// turns the event loop until its result is back (the GUI thread itself never runs SQL, so the
// StorageThreadGuard stays quiet). Only for checking what the code under test stored.
class StorageProbe final {
public:
    explicit StorageProbe(StorageThread *storage)
        : m_storage(storage) {}

    template<typename Job>
    auto run(Job job) -> std::invoke_result_t<Job, StorageSession &> {
        auto future = m_storage->submit(std::move(job));
        // Generous: a test machine under load, or a store held busy by the test on purpose.
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 60'000)) {
            qFatal("StorageProbe: the storage thread did not answer within 60 s");
        }
        if constexpr (!std::is_void_v<std::invoke_result_t<Job, StorageSession &>>) {
            return future.result();
        }
    }

    std::optional<CallRecord> call(const QString &sessionId) {
        return run([sessionId](StorageSession &s) { return s.store().call(sessionId); });
    }
    int callCount() {
        return run([](StorageSession &s) { return s.store().callCount(); });
    }
    QList<RecordingRecord> recordingsForCall(const QString &sessionId) {
        return run(
            [sessionId](StorageSession &s) { return s.store().recordingsForCall(sessionId); });
    }
    std::optional<RecordingRecord> recording(const QString &recordingId) {
        return run([recordingId](StorageSession &s) { return s.store().recording(recordingId); });
    }
    CallStore::UpsertResult upsertCall(const CallFacts &facts) {
        return run([facts](StorageSession &s) { return s.store().upsertCall(facts); });
    }

private:
    StorageThread *m_storage;
};
