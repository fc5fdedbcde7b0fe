#pragma once

#include <QSqlError>
#include <QString>
#include <QStringList>

// File-level care for the call database, apart from SQL: private permissions, and moving a
// damaged database aside (never deleting it: the user may want it rescued).
namespace CallStoreFile {

// The database file and the companions SQLite keeps next to it in WAL mode.
QStringList companionFiles(const QString &databasePath);

// Makes sure `databasePath` can be opened for writing: the folder exists and is writable, the
// path is not a folder, and a missing file is created empty with owner-only permissions (so the
// -wal and -shm files SQLite creates later inherit 0600). Existing files are tightened to 0600.
// Returns false with a user-readable reason.
bool prepareForWriting(const QString &databasePath, QString *error);

// Tightens the database and its -wal/-shm files to owner-only permissions where they exist.
void makePrivate(const QString &databasePath);

// True for errors that mean "this file is not a usable database" (SQLITE_CORRUPT,
// SQLITE_NOTADB), as opposed to locking, permission or disk-full problems, which must never cause
// the file to be moved aside.
bool isCorruption(const QSqlError &error);

// False when the file is not empty and does not start with SQLite's header. Checked before SQLite
// opens the file, because SQLite would discard a -wal it cannot make sense of on close, and a
// moved-aside file must keep its companions.
bool looksLikeDatabase(const QString &databasePath);

// Renames the database to "<name>.corrupt-<UTC yyyyMMddTHHmmssZ>" and its -wal/-shm to the same
// name plus "-wal"/"-shm" (so SQLite can still open the pair for a rescue). Returns the new path
// of the database file, or an empty string with a reason in `error`.
QString moveAside(const QString &databasePath, QString *error);

} // namespace CallStoreFile
