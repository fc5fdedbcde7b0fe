#pragma once

#include "callfacts.h"
#include "callrecord.h"
#include "followup.h"
#include "storeerror.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class StorageThread;

// Write resilience for the call log, apart from what each request means (CallLogger):
//   - automatic updates submitted in the same event-loop turn go to the storage thread as one
//     transaction (one WAL sync for the whole burst);
//   - each write reports back once it is committed (the caller then acknowledges the widget)
//     or failed; a failed write is kept and retried with backoff until it is stored;
//   - while another program holds the database (SQLITE_BUSY after the busy timeout), new writes
//     join the retry queue at once instead of each waiting out the timeout on the storage
//     thread, where they would delay matches.
// Nothing here runs SQL on the calling thread.
class WriteQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WriteQueue)

public:
    struct Write {
        CallFacts facts;
        LoggedBy loggedByIfNew = LoggedBy::Auto;
        // Automatic updates with auto-log off may only update calls that are logged already.
        bool onlyIfLogged = false;
        bool withNote = false; // logWithNote: subject and note replace the stored ones
        QString subject;
        QString note;
        std::optional<AfterCallNote> afterCall; // with withNote: outcome and follow-up too
    };
    struct Outcome {
        bool ok = false;
        bool skipped = false; // onlyIfLogged and the call is not logged: nothing written
        bool changed = false; // the row was created or changed
        StoreError error;
    };
    using Done = std::function<void(const Outcome &outcome)>;

    explicit WriteQueue(StorageThread &storage, QObject *parent = nullptr);
    // Hands writes not submitted yet to the storage thread (which must outlive this queue).
    ~WriteQueue() override;

    // Queues `write`; `done` runs on this thread after the commit (or the first failure; the
    // write then stays queued for retry and `done` is not called again). The callbacks of a
    // large batch run over several event-loop turns.
    void submit(const Write &write, Done done = {});

    bool isFailing(const QString &sessionId) const { return m_failedSessions.contains(sessionId); }
    // Writes not stored yet: queued for retry or being retried.
    int pendingWrites() const { return int(m_retryQueue.size()) + m_retryingCount; }
    StoreError lastError() const { return m_lastError; }

signals:
    // Writes committed by a batch or a retry; `changed` lists the calls whose row changed.
    void committed(const QList<CallFacts> &written, const QStringList &changed);
    void writeFailed(const StoreError &error);
    void writesRecovered();

private:
    struct Pending {
        Write write;
        Done done;
    };
    struct Answer {
        Done done;
        Outcome outcome;
    };
    void flush();
    // Runs the callbacks of committed (or failed) writes, a slice per event-loop turn.
    void answer(QList<Answer> answers);
    void finishBatch(const QList<Pending> &batch, const QList<Outcome> &outcomes);
    void keepForRetry(const Write &write, const StoreError &error);
    void retry();
    void finishRetry(const QList<Write> &tried, const QList<Outcome> &outcomes);
    void scheduleRetry();

    StorageThread &m_storage;
    QList<Pending> m_batch;
    QTimer m_flushTimer;
    bool m_batchInFlight = false; // a batch is on the storage thread; new writes wait for it
    QList<Write> m_retryQueue;
    QSet<QString> m_failedSessions;
    QTimer m_retryTimer;
    int m_retryRound = 0;
    bool m_retryRunning = false;
    int m_retryingCount = 0;
    bool m_databaseBusy = false;
    StoreError m_lastError;
};
