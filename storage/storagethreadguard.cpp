#include "storagethreadguard.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <atomic>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

std::atomic<int> g_forbidden{0};

bool strict() {
    static const bool value = qEnvironmentVariableIntValue("CALLDOCK_STRICT_STORAGE_THREAD") == 1;
    return value;
}

} // namespace

namespace StorageThreadGuard {

void forbidGuiThread() {
    ++g_forbidden;
}

void allowGuiThread() {
    --g_forbidden;
}

bool guiThreadForbidden() {
    return g_forbidden.load() > 0;
}

void checkStatement() {
    if (!guiThreadForbidden()) {
        return;
    }
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread()) {
        return;
    }
    if (strict()) {
        qFatal("SQL executed on the GUI thread while a storage thread owns the database");
    }
    qCCritical(lcStore) << "SQL executed on the GUI thread; it must run on the storage thread";
}

} // namespace StorageThreadGuard
