#pragma once

#include "callhistorysource.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <map>

class StorageThread;

// The history window's reads and exports as jobs on the storage thread, through the session's
// read-only history connection (WAL: they never block the call logger's writes, which run on
// the same thread in order). A stale request is skipped before it touches the database, so a
// burst of filter changes costs one query, not one per change.
class StorageHistorySource final : public CallHistorySource {
public:
    explicit StorageHistorySource(StorageThread &storage);
    ~StorageHistorySource() override;
    Q_DISABLE_COPY_MOVE(StorageHistorySource)

    void requestCount(const CallQuery &query, const Stamp &stamp, QObject *context,
                      std::function<void(const CountResult &)> done) override;
    void requestPage(const CallQuery &query, int offset, int limit, const Stamp &stamp,
                     QObject *context, std::function<void(const PageResult &)> done) override;
    void requestPosition(const CallQuery &query, const QString &sessionId, const Stamp &stamp,
                         QObject *context,
                         std::function<void(const PositionResult &)> done) override;
    void exportTo(const QString &path, const CallQuery &query, QObject *context,
                  std::function<void(const ExportResult &)> done) override;

private:
    struct Pending {
        QPointer<QObject> context;
        std::function<void()> deliver; // set once the job's result has arrived
    };

    // Hands the future's result to `done` in request order, later, while `context` lives.
    template<typename Result>
    void deliver(QFuture<Result> future, QObject *context,
                 std::function<void(const Result &)> done);
    void scheduleFlush();
    void flush();

    StorageThread &m_storage;
    // Continuations run in its context: they are dropped with the source, never with a caller's
    // context (that would leave a gap in the order).
    QObject m_receiver;
    // A continuation runs at once when its job finished before it was attached, so results are
    // queued by request number and delivered from an event of their own, in order.
    std::map<quint64, Pending> m_pending;
    quint64 m_nextRequest = 0;
    quint64 m_nextDelivery = 0;
    bool m_flushQueued = false;
};
