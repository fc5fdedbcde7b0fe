#include "storeerror.h"

#include <QSqlError>

namespace {

// SQLite's primary result codes (sqlite3.h); the driver reports extended codes, whose low byte
// is the primary code.
enum SqlitePrimary {
    kPerm = 3,
    kBusy = 5,
    kLocked = 6,
    kNoMem = 7,
    kReadOnly = 8,
    kIoErr = 10,
    kCorrupt = 11,
    kFull = 13,
    kCantOpen = 14,
    kProtocol = 15,
    kAuth = 23,
    kNotADb = 26,
};

} // namespace

StoreError::Code StoreError::codeForSqlite(int resultCode) {
    switch (resultCode & 0xff) {
    case kBusy:
    case kLocked:
    case kProtocol: // a WAL lock race, reported instead of BUSY
        return Code::Busy;
    case kFull:
        return Code::DiskFull;
    case kReadOnly:
    case kPerm:
    case kAuth:
        return Code::ReadOnly;
    case kCorrupt:
    case kNotADb:
        return Code::Corrupt;
    case kIoErr:
    case kNoMem:
        return Code::Io;
    case kCantOpen:
        return Code::CannotOpen;
    default:
        return Code::Internal;
    }
}

StoreError StoreError::fromSql(const QSqlError &error) {
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    // An error without a native code comes from Qt itself (e.g. "Driver not loaded").
    const Code code = ok ? codeForSqlite(native) : Code::Internal;
    return StoreError{code, error.text()};
}

QString StoreError::codeName(Code code) {
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::Busy:
        return QStringLiteral("busy");
    case Code::DiskFull:
        return QStringLiteral("disk-full");
    case Code::ReadOnly:
        return QStringLiteral("read-only");
    case Code::Corrupt:
        return QStringLiteral("corrupt");
    case Code::Io:
        return QStringLiteral("io");
    case Code::CannotOpen:
        return QStringLiteral("cannot-open");
    case Code::NotOpen:
        return QStringLiteral("not-open");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::Schema:
        return QStringLiteral("schema");
    case Code::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString StoreError::logText() const {
    return detail.isEmpty() ? codeName(code) : codeName(code) + QStringLiteral(": ") + detail;
}
