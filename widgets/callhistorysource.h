#pragma once

#include "callhistorygeneration.h"
#include "callhistoryrow.h"
#include "callquery.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

// Where the history window gets its calls from. The window and its model only ask; app/
// answers from the storage thread, so no SQL (and no Qt Sql header) ever reaches widgets/ and
// the GUI thread never waits for the database.
//
// Every callback runs later on the thread of `context` (the GUI thread), never inside the
// request call itself, and not at all once `context` is destroyed or `stamp` is stale.
// Requests are answered in the order they were made.
class CallHistorySource {
public:
    using Stamp = CallHistoryGeneration::Stamp;

    struct CountResult {
        bool ok = false;
        int count = 0;
        QString error; // user-readable, set when !ok
    };
    struct PageResult {
        bool ok = false;
        QList<CallHistoryRow> rows;
        QString error;
    };
    struct PositionResult {
        bool ok = false;
        int position = -1; // -1: the query does not select the call
        QString error;
    };
    struct ExportResult {
        bool ok = false;
        int count = 0; // calls written
        QString error;
    };

    CallHistorySource() = default;
    virtual ~CallHistorySource() = default;
    Q_DISABLE_COPY_MOVE(CallHistorySource)

    // How many calls `query` selects.
    virtual void requestCount(const CallQuery &query, const Stamp &stamp, QObject *context,
                              std::function<void(const CountResult &)> done) = 0;
    // Rows [offset, offset + limit) in the query's order.
    virtual void requestPage(const CallQuery &query, int offset, int limit, const Stamp &stamp,
                             QObject *context, std::function<void(const PageResult &)> done) = 0;
    // The 0-based row of `sessionId` in the query's order.
    virtual void requestPosition(const CallQuery &query, const QString &sessionId,
                                 const Stamp &stamp, QObject *context,
                                 std::function<void(const PositionResult &)> done) = 0;
    // Writes what `query` selects to `path`: JSON for a *.json name, CSV otherwise; atomically,
    // private to the user.
    virtual void exportTo(const QString &path, const CallQuery &query, QObject *context,
                          std::function<void(const ExportResult &)> done) = 0;
};
