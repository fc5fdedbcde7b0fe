#pragma once

#include <QString>

class QSqlError;

// What went wrong in the call store, as a value: a code derived from SQLite's native result
// code (never from the driver's text), plus a technical detail for the log. The sentence a user
// reads is made from the code in one place in app/ (StoreErrorText), translated.
struct StoreError {
    enum class Code {
        None,
        Busy,         // SQLITE_BUSY / SQLITE_LOCKED: another program holds the database
        DiskFull,     // SQLITE_FULL
        ReadOnly,     // SQLITE_READONLY, SQLITE_PERM, SQLITE_AUTH, a read-only file or folder
        Corrupt,      // SQLITE_CORRUPT, SQLITE_NOTADB
        Io,           // SQLITE_IOERR and friends
        CannotOpen,   // SQLITE_CANTOPEN, a missing folder or file
        NotOpen,      // the store was never opened (or failed to)
        NotFound,     // the call or recording is not in the store
        InvalidInput, // e.g. a call without a session id
        Schema,       // a database of a newer CallDock, or a failed migration
        Internal,     // wrong thread, a statement that cannot be prepared, anything else
    };

    Code code = Code::None;
    QString detail; // technical, English, for the log only; may be empty

    bool isError() const { return code != Code::None; }
    explicit operator bool() const { return isError(); }

    static StoreError make(Code code, const QString &detail = QString()) {
        return StoreError{code, detail};
    }
    // Maps the driver's native code (SQLite's extended result code) to a Code.
    static StoreError fromSql(const QSqlError &error);
    // The Code for a SQLite (extended) result code.
    static Code codeForSqlite(int resultCode);
    // A short stable name for the log ("busy", "disk-full", ...).
    static QString codeName(Code code);
    // "disk-full: database or disk is full" — what the log shows.
    QString logText() const;
};
