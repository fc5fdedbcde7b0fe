#include "callstorepragmas.h"

#include "callstorefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool runPragma(QSqlDatabase &db, const QString &sql, QSqlError *error, QVariant *value) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError();
        return false;
    }
    if (value) {
        *value = query.next() ? query.value(0) : QVariant();
    }
    return true;
}

} // namespace

namespace CallStorePragmas {

Health apply(QSqlDatabase &db, bool writable, QString *error, StoreError::Code *code) {
    QSqlError sqlError;
    QVariant value;
    const auto fail = [&](const QString &what) {
        *error = what + QStringLiteral(": ") + sqlError.text();
        if (code) {
            *code = StoreError::fromSql(sqlError).code;
        }
        return CallStoreFile::isCorruption(sqlError) ? Health::Corrupt : Health::Failed;
    };
    // SQLite only reads the file header on first use, so this is where a file of garbage shows
    // up (SQLITE_NOTADB).
    if (writable) {
        if (!runPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), &sqlError, &value)) {
            return fail(QCoreApplication::translate("CallStore",
                                                    "Cannot switch the call database to WAL mode"));
        }
        if (value.toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
            *error = QCoreApplication::translate(
                         "CallStore", "The call database %1 cannot use WAL mode (got \"%2\").")
                         .arg(QDir::toNativeSeparators(db.databaseName()), value.toString());
            return Health::Failed;
        }
        // An acknowledgement to the widget means "survives a power cut": FULL syncs the WAL on
        // every commit (NORMAL would lose the last commits). Group commits keep that to one sync
        // per burst of requests.
        if (!runPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), &sqlError, nullptr)) {
            return fail(
                QCoreApplication::translate("CallStore", "Cannot configure the call database"));
        }
    }
    // Off by default in SQLite and per connection: without it ON DELETE CASCADE does nothing.
    if (!runPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), &sqlError, nullptr)
        || !runPragma(db, QStringLiteral("PRAGMA foreign_keys"), &sqlError, &value)) {
        return fail(QCoreApplication::translate("CallStore", "Cannot configure the call database"));
    }
    if (value.toInt() != 1) {
        *error = QCoreApplication::translate("CallStore",
                                             "This SQLite library does not support foreign keys.");
        return Health::Failed;
    }
    if (writable) {
        // quick_check is O(size) but far cheaper than integrity_check, and catches damaged pages
        // before an update writes on top of them.
        if (!runPragma(db, QStringLiteral("PRAGMA quick_check"), &sqlError, &value)) {
            return fail(QCoreApplication::translate("CallStore", "Cannot check the call database"));
        }
        if (value.toString() != QLatin1String("ok")) {
            *error = value.toString();
            return Health::Corrupt;
        }
    }
    return Health::Ok;
}

} // namespace CallStorePragmas
