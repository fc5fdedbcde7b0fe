#pragma once

#include "commandline.h"

#include <QString>

// `calldock --export FILE`: writes the call log and exits. Needs only a QCoreApplication: no
// display, no single-instance lock or hand-over, and only a read-only connection to the
// database, so it works while CallDock runs (and writes) in the same data folder.
namespace ExportCommand {

// Runs the export for the data folder `dataDir` (empty: the standard location). Messages go to
// stderr; the export goes to the file or, for "-", to stdout. Returns the process exit code:
// 0 on success, 1 on any failure (missing database, unwritable file, ...).
int run(const ExportOptions &options, const QString &dataDir);

} // namespace ExportCommand
