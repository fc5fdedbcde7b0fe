#pragma once

#include "activitysummary.h"
#include "callhistorygeneration.h"
#include "callquery.h"

#include <QDate>
#include <QString>

#include <functional>

class QObject;

// Where the Activity window gets its numbers from. Like CallHistorySource, the window only asks;
// app/ computes the summary in SQL on the storage thread, so no SQL reaches widgets/ and the GUI
// thread never waits for the database.
//
// The callback runs later on the thread of `context` (the GUI thread), never inside the request
// call, and not at all once `context` is destroyed or `stamp` is stale.
class ActivitySource {
public:
    using Stamp = CallHistoryGeneration::Stamp;

    struct Result {
        bool ok = false;
        ActivitySummary summary;
        QString error; // user-readable, set when !ok
    };

    ActivitySource() = default;
    virtual ~ActivitySource() = default;
    Q_DISABLE_COPY_MOVE(ActivitySource)

    // The calls `filters` selects (its date range is ignored) from local day `first` to `last`.
    virtual void requestActivity(const CallQuery &filters, const QDate &first, const QDate &last,
                                 const Stamp &stamp, QObject *context,
                                 std::function<void(const Result &)> done) = 0;
};
