#pragma once

#include <QString>

// The one place that knows where CallDock keeps things. Everything CallDock writes lives under
// root(): with --data-dir that is the given folder, otherwise the platform's app data location.
// Two CallDocks with different roots share nothing.
class DataDirectory final {
public:
    // An empty `root` selects the platform's standard location.
    explicit DataDirectory(const QString &root = QString());

    // Creates the root folder (0700). Returns false with a reason in `error` on failure.
    bool ensureExists(QString *error = nullptr) const;

    QString root() const { return m_root; }
    QString settingsFile() const;
    QString databaseFile() const;
    QString webProfileDirectory() const;
    QString webCacheDirectory() const;
    QString defaultRecordingsDirectory() const;
    QString logDirectory() const;
    QString lockFile() const;
    QString draftsDirectory() const;

    // A name for the single-instance local socket that is unique per root folder.
    QString instanceServerName() const;

    static QString standardRoot();

private:
    QString m_root;
};
