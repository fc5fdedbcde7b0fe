#include "storagehistorysource.h"

#include "callexporter.h"
#include "storagethread.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHistoryUi)

namespace {

// Runs `read(reader)` on the storage thread unless the stamp went stale meanwhile.
template<typename Result, typename Read>
QFuture<Result> submitRead(StorageThread &storage, const CallHistorySource::Stamp &stamp,
                           Read read) {
    return storage.submit([stamp, read = std::move(read)](StorageSession &session) {
        Result result;
        if (stamp.isStale()) {
            return result; // dropped on arrival anyway
        }
        CallHistoryReader *reader = session.history();
        if (!reader) {
            result.error = session.historyError();
            return result;
        }
        read(*reader, result);
        if (!result.ok) {
            result.error = reader->lastError();
        }
        return result;
    });
}

// `done`, unless the stamp went stale before the answer arrived.
template<typename Result>
std::function<void(const Result &)> unlessStale(const CallHistorySource::Stamp &stamp,
                                                std::function<void(const Result &)> done) {
    return [stamp, done = std::move(done)](const Result &result) {
        if (!stamp.isStale()) {
            done(result);
        }
    };
}

} // namespace

StorageHistorySource::StorageHistorySource(StorageThread &storage)
    : m_storage(storage) {}

StorageHistorySource::~StorageHistorySource() = default;

template<typename Result>
void StorageHistorySource::deliver(QFuture<Result> future, QObject *context,
                                   std::function<void(const Result &)> done) {
    const quint64 request = m_nextRequest++;
    m_pending.emplace(request, Pending{context, {}});
    future.then(&m_receiver, [this, request, done = std::move(done)](const Result &result) {
        m_pending[request].deliver = [done, result] {
            done(result);
        };
        scheduleFlush();
    });
}

void StorageHistorySource::scheduleFlush() {
    if (m_flushQueued) {
        return;
    }
    m_flushQueued = true;
    QMetaObject::invokeMethod(
        &m_receiver,
        [this] {
            m_flushQueued = false;
            flush();
        },
        Qt::QueuedConnection);
}

void StorageHistorySource::flush() {
    while (!m_pending.empty() && m_pending.begin()->first == m_nextDelivery
           && m_pending.begin()->second.deliver) {
        const Pending pending = std::move(m_pending.begin()->second);
        m_pending.erase(m_pending.begin());
        ++m_nextDelivery;
        // The callback may make new requests: they come after everything pending.
        if (pending.context) {
            pending.deliver();
        }
    }
}

void StorageHistorySource::requestCount(const CallQuery &query, const Stamp &stamp,
                                        QObject *context,
                                        std::function<void(const CountResult &)> done) {
    deliver(submitRead<CountResult>(m_storage, stamp,
                                    [query](CallHistoryReader &reader, CountResult &result) {
                                        result.count = reader.count(query);
                                        result.ok = result.count >= 0;
                                    }),
            context, unlessStale(stamp, std::move(done)));
}

void StorageHistorySource::requestPage(const CallQuery &query, int offset, int limit,
                                       const Stamp &stamp, QObject *context,
                                       std::function<void(const PageResult &)> done) {
    deliver(submitRead<PageResult>(
                m_storage, stamp,
                [query, offset, limit](CallHistoryReader &reader, PageResult &result) {
                    std::optional<QList<CallHistoryRow>> rows = reader.page(query, offset, limit);
                    result.ok = rows.has_value();
                    if (rows) {
                        result.rows = std::move(*rows);
                    }
                }),
            context, unlessStale(stamp, std::move(done)));
}

void StorageHistorySource::requestPosition(const CallQuery &query, const QString &sessionId,
                                           const Stamp &stamp, QObject *context,
                                           std::function<void(const PositionResult &)> done) {
    deliver(submitRead<PositionResult>(
                m_storage, stamp,
                [query, sessionId](CallHistoryReader &reader, PositionResult &result) {
                    const std::optional<int> position = reader.position(query, sessionId);
                    result.ok = position.has_value();
                    result.position = position.value_or(-1);
                }),
            context, unlessStale(stamp, std::move(done)));
}

void StorageHistorySource::exportTo(const QString &path, const CallQuery &query, QObject *context,
                                    std::function<void(const ExportResult &)> done) {
    QFuture<ExportResult> future = m_storage.submit([path, query](StorageSession &session) {
        ExportResult result;
        CallHistoryReader *reader = session.history();
        if (!reader) {
            result.error = session.historyError();
            return result;
        }
        CallExporter exporter(*reader);
        const CallExporter::Result written =
            exporter.writeFile(query, CallExporter::formatForPath(path), path);
        result.ok = written.ok;
        result.error = written.error;
        result.count = written.count;
        return result;
    });
    deliver<ExportResult>(future, context, [done = std::move(done)](const ExportResult &result) {
        if (!result.ok) {
            qCWarning(lcHistoryUi).noquote() << "export failed:" << result.error;
        }
        done(result);
    });
}
