#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// A SQLite VFS that wraps the default one and reports every xSync, registered as the default
// so the Qt SQLite driver (the same system libsqlite3) uses it. Tests use it to see that a WAL
// sync happens between a write being submitted and its acknowledgement.
namespace SyncRecordingVfs {

// Registers the VFS once; `onSync` gets the synced file's path (called on the syncing thread).
bool install(std::function<void(const QString &path)> onSync);

} // namespace SyncRecordingVfs
