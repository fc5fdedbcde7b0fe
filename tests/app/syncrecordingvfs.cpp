#include "syncrecordingvfs.h"

#include <cstring>
#include <sqlite3.h>

namespace {

std::function<void(const QString &)> g_onSync;
sqlite3_vfs *g_root = nullptr;
sqlite3_vfs g_vfs;

// Our file handle, followed in memory by the root VFS's own handle.
struct ShimFile {
    sqlite3_file base;
    sqlite3_file *real;
    char path[512];
};

sqlite3_file *real(sqlite3_file *file) {
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *f) {
    return real(f)->pMethods->xClose(real(f));
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset) {
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset) {
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size) {
    return real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags) {
    const int rc = real(f)->pMethods->xSync(real(f), flags);
    if (rc == SQLITE_OK && g_onSync) {
        g_onSync(QString::fromUtf8(reinterpret_cast<ShimFile *>(f)->path));
    }
    return rc;
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size) {
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int level) {
    return real(f)->pMethods->xLock(real(f), level);
}
int shimUnlock(sqlite3_file *f, int level) {
    return real(f)->pMethods->xUnlock(real(f), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out) {
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg) {
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f) {
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f) {
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out) {
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags) {
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f) {
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag) {
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out) {
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *pointer) {
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

const sqlite3_io_methods kMethods = {
    3,
    shimClose,
    shimRead,
    shimWrite,
    shimTruncate,
    shimSync,
    shimFileSize,
    shimLock,
    shimUnlock,
    shimCheckReservedLock,
    shimFileControl,
    shimSectorSize,
    shimDeviceCharacteristics,
    shimShmMap,
    shimShmLock,
    shimShmBarrier,
    shimShmUnmap,
    shimFetch,
    shimUnfetch,
};

int shimOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags) {
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    std::memset(shim->path, 0, sizeof(shim->path));
    if (name) {
        std::strncpy(shim->path, name, sizeof(shim->path) - 1);
    }
    const int rc = g_root->xOpen(g_root, name, shim->real, flags, outFlags);
    // SQLite calls xClose only when pMethods is set: leave it null when the real open failed.
    shim->base.pMethods = (rc == SQLITE_OK && shim->real->pMethods) ? &kMethods : nullptr;
    return rc;
}

} // namespace

namespace SyncRecordingVfs {

bool install(std::function<void(const QString &path)> onSync) {
    g_onSync = std::move(onSync);
    if (g_root) {
        return true;
    }
    g_root = sqlite3_vfs_find(nullptr);
    if (!g_root || g_root->iVersion < 3) {
        return false;
    }
    g_vfs = *g_root;
    g_vfs.zName = "calldock-sync-recording";
    g_vfs.szOsFile = int(sizeof(ShimFile)) + g_root->szOsFile;
    g_vfs.xOpen = shimOpen;
    // pAppData stays the root's: its other methods, copied above, may read it.
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace SyncRecordingVfs
