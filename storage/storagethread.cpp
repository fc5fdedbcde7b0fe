#include "storagethread.h"

#include "storagethreadguard.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

StorageThread::StorageThread(QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<StorageSession>())
    , m_thread(std::make_unique<QThread>())
    , m_queued(std::make_shared<std::atomic<int>>(0)) {
    m_thread->setObjectName(QStringLiteral("calldock-storage"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    StorageThreadGuard::forbidGuiThread();
    m_thread->start();
}

StorageThread::~StorageThread() {
    // Queued after every job submitted so far: they all run (and commit) first.
    StorageSession *session = m_session.get();
    QMetaObject::invokeMethod(
        m_worker, [session] { session->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    StorageThreadGuard::allowGuiThread();
}

QFuture<CallStore::OpenResult> StorageThread::open(const QString &path) {
    return submit([path](StorageSession &session) { return session.open(path); });
}

int StorageThread::queuedJobs() const {
    return m_queued->load();
}

void StorageThread::post(std::function<void()> job) {
    ++*m_queued;
    QMetaObject::invokeMethod(
        m_worker,
        [job = std::move(job), queued = m_queued] {
            job();
            --*queued;
        },
        Qt::QueuedConnection);
}
