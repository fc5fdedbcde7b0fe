#include "callstorefile.h"

#include "privatefiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

const QString kWalSuffix = QStringLiteral("-wal");
const QString kShmSuffix = QStringLiteral("-shm");

// SQLite primary result codes (sqlite3.h), as reported by the QSQLITE driver.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

} // namespace

namespace CallStoreFile {

QStringList companionFiles(const QString &databasePath) {
    return {databasePath, databasePath + kWalSuffix, databasePath + kShmSuffix};
}

bool prepareForWriting(const QString &databasePath, QString *error) {
    const QFileInfo info(databasePath);
    const QString shownPath = QDir::toNativeSeparators(databasePath);
    if (databasePath.isEmpty()) {
        *error = QCoreApplication::translate("CallStore", "No call database file was given.");
        return false;
    }
    if (info.isDir()) {
        *error = QCoreApplication::translate("CallStore",
                                             "The call database %1 is a folder, not a file.")
                     .arg(shownPath);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        *error = QCoreApplication::translate("CallStore", "The folder %1 does not exist.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    // WAL mode creates -wal and -shm files next to the database, so the folder itself must be
    // writable even when the database file already exists.
    if (!folder.isWritable()) {
        *error = QCoreApplication::translate(
                     "CallStore", "The folder %1 is read-only; CallDock cannot keep its call "
                                  "database there.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (info.exists()) {
        if (!info.isWritable()) {
            *error = QCoreApplication::translate("CallStore", "The call database %1 is read-only.")
                         .arg(shownPath);
            return false;
        }
        makePrivate(databasePath);
        return true;
    }
    // Create the file ourselves with 0600 before SQLite does: SQLite would create it 0644 minus
    // umask, and it gives the -wal/-shm files the permissions of the database file.
    QFile file(databasePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QCoreApplication::translate("CallStore", "Cannot create the call database %1: %2")
                     .arg(shownPath, file.errorString());
        return false;
    }
    file.close();
    if (!PrivateFiles::makeFilePrivate(databasePath)) {
        *error = QCoreApplication::translate(
                     "CallStore", "Cannot restrict the call database %1 to your user account.")
                     .arg(shownPath);
        file.remove();
        return false;
    }
    return true;
}

void makePrivate(const QString &databasePath) {
    for (const QString &path : companionFiles(databasePath)) {
        if (QFileInfo::exists(path)) {
            PrivateFiles::makeFilePrivate(path);
        }
    }
}

bool isCorruption(const QSqlError &error) {
    bool ok = false;
    // The driver reports extended result codes; the primary code is the low byte.
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

bool looksLikeDatabase(const QString &databasePath) {
    static const QByteArray header("SQLite format 3", 16); // including the terminating NUL
    QFile file(databasePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return true; // not ours to judge: SQLite reports why it cannot be opened
    }
    const QByteArray start = file.read(header.size());
    return start.isEmpty() || start == header;
}

QString moveAside(const QString &databasePath, QString *error) {
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = databasePath + QStringLiteral(".corrupt-") + stamp;
    // Two damaged files within one second (or a clock going back) must not overwrite an earlier
    // one.
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + kWalSuffix); ++n) {
        target = databasePath + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-')
                 + QString::number(n);
    }
    if (!QFile::rename(databasePath, target)) {
        *error = QCoreApplication::translate(
                     "CallStore", "The call database %1 is damaged and cannot be moved aside.")
                     .arg(QDir::toNativeSeparators(databasePath));
        return QString();
    }
    for (const QString &suffix : {kWalSuffix, kShmSuffix}) {
        if (QFileInfo::exists(databasePath + suffix)
            && !QFile::rename(databasePath + suffix, target + suffix)) {
            // A stale -wal left behind would be replayed into the fresh database; refuse.
            *error = QCoreApplication::translate(
                         "CallStore", "The file %1 of the damaged call database cannot be moved "
                                      "aside.")
                         .arg(QDir::toNativeSeparators(databasePath + suffix));
            return QString();
        }
    }
    return target;
}

} // namespace CallStoreFile
