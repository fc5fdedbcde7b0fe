#pragma once

#include <QString>

// Call data (database, recordings, logs, settings) must be private to the user. These helpers
// create folders as 0700 and tighten files to 0600 on platforms with POSIX permissions.
namespace PrivateFiles {

// Creates `path` (and parents) if needed and restricts it to the owner. Returns false with a
// readable reason in `error` when the folder cannot be created.
bool ensurePrivateDirectory(const QString &path, QString *error = nullptr);

// Restricts an existing file to read/write for the owner only.
bool makeFilePrivate(const QString &path);

} // namespace PrivateFiles
