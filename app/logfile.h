#pragma once

#include <QString>

// CallDock's log: every Qt message goes to stderr and to logs/calldock.log in the data
// directory (0600, rotated at 2 MB), with tokens and passwords redacted before they are written.
namespace LogFile {

void install(const QString &directory, bool verbose);
void uninstall();
QString currentFile();

} // namespace LogFile
