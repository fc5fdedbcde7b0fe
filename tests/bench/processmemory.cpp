#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace {

// The fourth field of /proc/<pid>/stat; the second (comm) may contain spaces and parentheses,
// so fields are counted after its closing parenthesis.
qint64 parentOf(const QString &pid) {
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray stat = file.readAll();
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0) {
        return -1;
    }
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

} // namespace

namespace ProcessMemory {

QList<qint64> tree(qint64 pid) {
    QHash<qint64, QList<qint64>> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 child = entry.toLongLong(&isPid);
        if (isPid) {
            children[parentOf(entry)].append(child);
        }
    }
    QList<qint64> result{pid};
    for (qsizetype i = 0; i < result.size(); ++i) {
        result += children.value(result.at(i));
    }
    return result;
}

qint64 ownPssKiB(qint64 pid) {
    QFile file(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("Pss:")) {
            return line.mid(4).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}

qint64 pssKiB(qint64 pid) {
    qint64 total = 0;
    bool any = false;
    for (const qint64 member : tree(pid)) {
        const qint64 own = ownPssKiB(member);
        if (own >= 0) {
            total += own;
            any = true;
        }
    }
    return any ? total : -1;
}

} // namespace ProcessMemory
