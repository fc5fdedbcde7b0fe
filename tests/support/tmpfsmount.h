#pragma once

#include <QString>

// A small tmpfs mounted on a folder for a fault test (a full disk, a read-only data folder).
// Needs the right to mount (root, as on CI); isMounted() is false where it is not permitted,
// and the test skips. Unmounted (lazily) on destruction.
class TmpfsMount final {
    Q_DISABLE_COPY_MOVE(TmpfsMount)

public:
    TmpfsMount(const QString &path, qint64 sizeBytes);
    ~TmpfsMount();

    bool isMounted() const { return m_mounted; }
    QString error() const { return m_error; }
    bool setReadOnly(bool readOnly);

    // Makes one file read-only (a read-only bind mount of the file onto itself) while its folder
    // stays writable; undone by unbindFile() or on destruction.
    bool bindFileReadOnly(const QString &file);
    bool unbindFile();

private:
    QString m_path;
    QString m_boundFile;
    QString m_options;
    bool m_mounted = false;
    QString m_error;
};
