#pragma once

#include "callstore.h"
#include "storagesession.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>

#include <memory>
#include <type_traits>

// The one thread that owns CallDock's database connections. Everything that reads or writes
// the call log is a job submitted here; the caller gets a QFuture and continues with
// `.then(context, ...)`, which runs on the context's thread (the GUI thread) once the job is
// done, and not at all when the context is gone. Jobs run one at a time in the order they were
// submitted, so a write submitted before a read is visible to it.
//
//     m_storage.submit([facts](StorageSession &s) { return s.store().upsertCall(facts); })
//         .then(this, [responder](const CallStore::UpsertResult &r) { ... });
//
// While a StorageThread exists, a statement executed on the GUI thread is an error
// (StorageThreadGuard).
class StorageThread final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageThread)

public:
    explicit StorageThread(QObject *parent = nullptr);
    // Runs the jobs still queued (nothing submitted is dropped), closes the connections and
    // joins the thread.
    ~StorageThread() override;

    // Opens (creates, migrates) the call database on the storage thread.
    QFuture<CallStore::OpenResult> open(const QString &path);

    template<typename Job>
    auto submit(Job job) -> QFuture<std::invoke_result_t<Job, StorageSession &>> {
        using Result = std::invoke_result_t<Job, StorageSession &>;
        auto promise = std::make_shared<QPromise<Result>>();
        QFuture<Result> future = promise->future();
        promise->start();
        StorageSession *session = m_session.get();
        post([job = std::move(job), promise, session]() mutable {
            if constexpr (std::is_void_v<Result>) {
                job(*session);
            } else {
                promise->addResult(job(*session));
            }
            promise->finish();
        });
        return future;
    }

    // The thread the jobs run on (tests check where a continuation runs).
    QThread *storageThread() const { return m_thread.get(); }
    // Jobs submitted and not finished yet (benchmarks, the tray's busy state).
    int queuedJobs() const;

private:
    void post(std::function<void()> job);

    std::unique_ptr<StorageSession> m_session;
    std::unique_ptr<QThread> m_thread;
    QObject *m_worker = nullptr; // lives on m_thread
    std::shared_ptr<std::atomic<int>> m_queued;
};
