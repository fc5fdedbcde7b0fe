#pragma once

#include "callhistoryrow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

// How one call looks in an export. The field names are a published format (scripts read them):
// never rename one. JSON has exactly these fields, null where unknown; CSV has the same columns,
// flattened with dots ("from.phoneNumber"), empty where unknown.
//
// No credential can appear: the database holds none, and recording links keep their query (the
// player page needs it) but lose any access_token or similar parameter, also inside `media=`.
namespace CallExportFormat {

// The CSV header, in column order.
QStringList csvColumns();
// One CSV record per RFC 4180: fields quoted when they hold a comma, quote, CR or LF (quotes
// doubled), ended by CRLF, UTF-8.
QByteArray csvRecord(const QStringList &fields);
// The fields of one call in csvColumns() order.
QStringList csvFields(const CallHistoryRow &row);

QJsonObject jsonObject(const CallHistoryRow &row);

// UTC ISO 8601 with milliseconds and 'Z', e.g. "2024-03-01T09:30:00.000Z".
QString isoUtc(qint64 msSinceEpoch);

} // namespace CallExportFormat
