#include "privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace PrivateFiles {

bool ensurePrivateDirectory(const QString &path, QString *error) {
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral("."))) {
        if (error) {
            *error = QCoreApplication::translate("PrivateFiles", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(path));
        }
        return false;
    }
    constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner
                               | QFileDevice::ExeOwner | QFileDevice::ReadUser
                               | QFileDevice::WriteUser | QFileDevice::ExeUser;
    // Failing to tighten permissions (e.g. on a FAT stick) is not fatal; the folder still works.
    QFile::setPermissions(path, ownerOnly);
    return true;
}

bool makeFilePrivate(const QString &path) {
    return QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace PrivateFiles
