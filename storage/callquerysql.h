#pragma once

#include "callhistoryrow.h"
#include "callquery.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// The SQL of the call history: a CallQuery turned into WHERE and ORDER BY clauses over
// `calls c` (and `recordings r`, the newest recording of each call). Values are always bound,
// never pasted into the text.
namespace CallQuerySql {

struct Statement {
    QString sql;
    QVariantList values; // bound in order
};

// count(*) of the calls the query selects.
Statement count(const CallQuery &query);
// One page of rows in the query's order, read by readRow().
Statement page(const CallQuery &query, int offset, int limit);
// Every row in the query's order (for streaming exports), read by readRow().
Statement all(const CallQuery &query);
// The 0-based position of one session id among the query's rows; no row when not selected.
Statement position(const CallQuery &query, const QString &sessionId);

// The query's filters as " WHERE ..." over `calls c` (empty without filters), for other
// statements over the same calls (ActivityQueries).
Statement filter(const CallQuery &query);
// The other party as CallQuery::contact names it (NULL when the call has neither a number nor
// a name), and the other party's name, as SQL expressions over `calls c`.
QString contactKey();
QString otherNameColumn();

CallHistoryRow readRow(const QSqlQuery &query);

// `text` split into search terms as CallQuery::text describes (exposed for tests).
QStringList searchTerms(const QString &text);

} // namespace CallQuerySql
