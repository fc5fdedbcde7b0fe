#include "tmpfsmount.h"

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

TmpfsMount::TmpfsMount(const QString &path, qint64 sizeBytes)
    : m_path(path)
    , m_options(QStringLiteral("size=%1,mode=0700").arg(sizeBytes)) {
    const QByteArray target = m_path.toLocal8Bit();
    if (::mount("calldock-test", target.constData(), "tmpfs", 0, m_options.toLatin1().constData())
        == 0) {
        m_mounted = true;
    } else {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
    }
}

TmpfsMount::~TmpfsMount() {
    unbindFile();
    if (m_mounted) {
        // Lazy: a process that still has a file open there must not keep the test from ending.
        ::umount2(m_path.toLocal8Bit().constData(), MNT_DETACH);
    }
}

bool TmpfsMount::setReadOnly(bool readOnly) {
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    if (::mount("calldock-test", m_path.toLocal8Bit().constData(), "tmpfs", flags,
                m_options.toLatin1().constData())
        != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

bool TmpfsMount::bindFileReadOnly(const QString &file) {
    const QByteArray target = file.toLocal8Bit();
    if (::mount(target.constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    m_boundFile = file;
    // A bind mount takes the read-only flag only on a remount.
    if (::mount(nullptr, target.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr)
        != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        unbindFile();
        return false;
    }
    return true;
}

bool TmpfsMount::unbindFile() {
    if (m_boundFile.isEmpty()) {
        return true;
    }
    const bool ok = ::umount2(m_boundFile.toLocal8Bit().constData(), MNT_DETACH) == 0;
    m_boundFile.clear();
    return ok;
}
