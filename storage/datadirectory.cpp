#include "datadirectory.h"

#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

DataDirectory::DataDirectory(const QString &root)
    : m_root(
        QDir::cleanPath(QFileInfo(root.isEmpty() ? standardRoot() : root).absoluteFilePath())) {}

QString DataDirectory::standardRoot() {
    QString location = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (location.isEmpty()) {
        location = QDir::home().filePath(QStringLiteral(".calldock"));
    }
    return location;
}

bool DataDirectory::ensureExists(QString *error) const {
    return PrivateFiles::ensurePrivateDirectory(m_root, error);
}

QString DataDirectory::settingsFile() const {
    return QDir(m_root).filePath(QStringLiteral("calldock.ini"));
}

QString DataDirectory::databaseFile() const {
    return QDir(m_root).filePath(QStringLiteral("calls.sqlite"));
}

QString DataDirectory::webProfileDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("web"));
}

QString DataDirectory::webCacheDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("web-cache"));
}

QString DataDirectory::defaultRecordingsDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("recordings"));
}

QString DataDirectory::logDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("logs"));
}

QString DataDirectory::lockFile() const {
    return QDir(m_root).filePath(QStringLiteral("calldock.lock"));
}

QString DataDirectory::draftsDirectory() const {
    return QDir(m_root).filePath(QStringLiteral("drafts"));
}

QString DataDirectory::instanceServerName() const {
    // Local socket names are short-lived paths in the temp folder on Unix; hash the root so any
    // folder name fits and two roots never collide.
    const QByteArray hash =
        QCryptographicHash::hash(m_root.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
    return QStringLiteral("calldock-") + QString::fromLatin1(hash);
}
