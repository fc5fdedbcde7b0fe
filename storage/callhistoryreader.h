#pragma once

#include "activitysummary.h"
#include "callhistoryrow.h"
#include "callquery.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

class QThread;

// Read-only access to the call database for the history window and exports. It opens a
// connection of its own, read-only, on the same file as the running CallStore (WAL: it never
// blocks the writer and sees each write once it is committed), and runs every CallQuery in SQL,
// so neither filtering nor sorting ever loads all calls.
//
// Threading: like CallStore, a reader belongs to the thread that called open().
class CallHistoryReader final {
    Q_DECLARE_TR_FUNCTIONS(CallHistoryReader)
    Q_DISABLE_COPY_MOVE(CallHistoryReader)

public:
    struct Result {
        bool ok = false;
        QString error; // user-readable, set when !ok
    };

    CallHistoryReader();
    ~CallHistoryReader();

    // Opens the database at `path` read-only. Fails with a message when the file is missing,
    // is not a call database, or has a schema this version cannot read (CallDock upgrades it on
    // its next start). Never creates or changes a file.
    Result open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The message of the last failed read.
    QString lastError() const { return m_lastError; }

    // How many calls the query selects; -1 on error.
    int count(const CallQuery &query);
    // Rows [offset, offset + limit) in the query's order; std::nullopt on error.
    std::optional<QList<CallHistoryRow>> page(const CallQuery &query, int offset, int limit);
    // The 0-based row of `sessionId` in the query's order, -1 when the query does not select it
    // (not logged, or filtered out); std::nullopt on error.
    std::optional<int> position(const CallQuery &query, const QString &sessionId);
    // Hands every selected row to `visit`, in order, one at a time (rows are not kept), until
    // `visit` returns false. All rows come from one snapshot of the database. False on error.
    bool forEach(const CallQuery &query, const std::function<bool(const CallHistoryRow &)> &visit);
    // The Activity charts of the calls `filters` selects from local day `first` to `last`
    // (ActivityQueries); std::nullopt on error.
    std::optional<ActivitySummary> activity(const CallQuery &filters, const QDate &first,
                                            const QDate &last);

private:
    bool usable();

    QString m_connectionName;
    QString m_path;
    // Behind a pointer so this header does not expose Qt Sql to storage's users.
    std::unique_ptr<QSqlDatabase> m_db;
    QThread *m_thread = nullptr;
    QString m_lastError;
};
