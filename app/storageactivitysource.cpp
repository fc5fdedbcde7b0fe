#include "storageactivitysource.h"

#include "storagethread.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivityUi, "calldock.app.activity")

StorageActivitySource::StorageActivitySource(StorageThread &storage)
    : m_storage(storage) {}

StorageActivitySource::~StorageActivitySource() = default;

void StorageActivitySource::requestActivity(const CallQuery &filters, const QDate &first,
                                            const QDate &last, const Stamp &stamp, QObject *context,
                                            std::function<void(const Result &)> done) {
    m_storage
        .submit([filters, first, last, stamp](StorageSession &session) {
            Result result;
            if (stamp.isStale()) {
                return result; // dropped on arrival anyway
            }
            CallHistoryReader *reader = session.history();
            if (!reader) {
                result.error = session.historyError();
                return result;
            }
            std::optional<ActivitySummary> summary = reader->activity(filters, first, last);
            result.ok = summary.has_value();
            if (summary) {
                result.summary = std::move(*summary);
            } else {
                result.error = reader->lastError();
            }
            return result;
        })
        // Jobs finish in submission order and their continuations are queued in that order, so
        // answers arrive in the order they were asked for.
        .then(context, [stamp, done = std::move(done)](const Result &result) {
            if (stamp.isStale()) {
                return;
            }
            if (!result.ok) {
                qCWarning(lcActivityUi).noquote() << "activity failed:" << result.error;
            }
            done(result);
        });
}
