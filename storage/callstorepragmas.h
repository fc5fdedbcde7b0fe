#pragma once

#include "storeerror.h"

#include <QSqlDatabase>
#include <QString>

// The per-connection settings of the call database, applied on every open (SQLite forgets all of
// them but journal_mode when a connection closes), and the health check done at open.
namespace CallStorePragmas {

enum class Health {
    Ok,
    Corrupt, // not a database or damaged pages: the caller moves the file aside
    Failed,  // anything else (locked, read-only, ...): the caller reports `error`
};

// Writable: journal_mode=WAL, synchronous=FULL, foreign_keys=ON and PRAGMA quick_check.
// Read-only: foreign_keys=ON only (a read-only connection can neither change the journal mode
// nor do anything about damage). `error` is user-readable; `code` (optional) says what kind of
// failure SQLite reported.
Health apply(QSqlDatabase &db, bool writable, QString *error, StoreError::Code *code = nullptr);

} // namespace CallStorePragmas
