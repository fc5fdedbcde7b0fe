#pragma once

#include <QDate>
#include <QList>
#include <QtGlobal>

// The local time zone's offsets from UTC over a span of time, as pieces: from `fromMs` (UTC)
// until the next piece, local wall time is UTC + `offsetMs`. With them SQL can bucket calls by
// local hour and day with plain integer arithmetic (no per-row time zone look-up), and
// daylight-saving changes land exactly where the system's time zone puts them: the local day
// of a change has 23 or 25 hours, and the repeated hour of autumn counts the calls of both.
namespace LocalOffsets {

struct Piece {
    qint64 fromMs = 0;
    qint64 offsetMs = 0;
};

// The pieces covering [beginMs, endMs), the first starting at beginMs. Finds every change of
// offset that is more than an hour from the previous one (time zones change at most twice a year).
QList<Piece> between(qint64 beginMs, qint64 endMs);

// Local midnight at the start of `date`, in UTC ms (the first valid time of the day when a
// daylight-saving change skips midnight).
qint64 startOfDay(const QDate &date);

} // namespace LocalOffsets
