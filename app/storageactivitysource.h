#pragma once

#include "activitysource.h"

class StorageThread;

// The Activity window's summaries as jobs on the storage thread, over the session's read-only
// history connection (WAL: they never block the call logger's writes). A request whose stamp
// went stale while queued (the user changed the period again) is skipped before it touches the
// database, so a burst of changes costs one computation.
class StorageActivitySource final : public ActivitySource {
public:
    explicit StorageActivitySource(StorageThread &storage);
    ~StorageActivitySource() override;
    Q_DISABLE_COPY_MOVE(StorageActivitySource)

    void requestActivity(const CallQuery &filters, const QDate &first, const QDate &last,
                         const Stamp &stamp, QObject *context,
                         std::function<void(const Result &)> done) override;

private:
    StorageThread &m_storage;
};
