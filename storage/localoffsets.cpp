#include "localoffsets.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

qint64 offsetAt(qint64 ms) {
    return qint64(QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc()) * 1000;
}

} // namespace

namespace LocalOffsets {

QList<Piece> between(qint64 beginMs, qint64 endMs) {
    QList<Piece> pieces{{beginMs, offsetAt(beginMs)}};
    for (qint64 t = beginMs; t < endMs; t += kHourMs) {
        const qint64 next = qMin(t + kHourMs, endMs);
        if (offsetAt(next) == pieces.last().offsetMs) {
            continue;
        }
        // The first millisecond with the new offset lies in (t, next].
        qint64 low = t;
        qint64 high = next;
        while (high - low > 1) {
            const qint64 middle = low + (high - low) / 2;
            if (offsetAt(middle) == pieces.last().offsetMs) {
                low = middle;
            } else {
                high = middle;
            }
        }
        if (high < endMs) {
            pieces.append({high, offsetAt(high)});
        }
    }
    return pieces;
}

qint64 startOfDay(const QDate &date) {
    return date.startOfDay(Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace LocalOffsets
