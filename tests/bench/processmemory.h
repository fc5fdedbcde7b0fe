#pragma once

#include <QList>

// Memory of a process tree on Linux: the proportional set size (PSS) from
// /proc/<pid>/smaps_rollup of a process and all its descendants (for CallDock: the browser
// process and the QtWebEngineProcess zygote, renderer, GPU/utility children). PSS splits
// shared pages among the processes that map them, so the sum is what the tree really costs.
namespace ProcessMemory {

// The process and its descendants (found through the parent pid in /proc/<pid>/stat).
QList<qint64> tree(qint64 pid);
// Sum of PSS over the tree in kibibytes; -1 when it cannot be read (not Linux, no access).
qint64 pssKiB(qint64 pid);
// PSS of the process alone (without its descendants) in kibibytes; -1 when it cannot be read.
qint64 ownPssKiB(qint64 pid);

} // namespace ProcessMemory
