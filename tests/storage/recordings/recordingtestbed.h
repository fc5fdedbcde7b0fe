#pragma once

#include "callstore.h"
#include "recordingfetcher.h"
#include "storagethread.h"
#include "testhttpserver.h"

#include <QFuture>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

// Waits (running the event loop, so continuations run) until `future` is finished; false after
// `timeoutMs`.
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 10000) {
    return QTest::qWaitFor([&future] { return future.isFinished(); }, timeoutMs);
}

// The result of a finished `future`, after waiting for it; `fallback` when it did not finish.
template<typename T>
T resultOf(const QFuture<T> &future, const T &fallback = T()) {
    return waitFor(future) && future.resultCount() > 0 ? future.result() : fallback;
}

// What every recording test needs: a temporary data folder with a real SQLite store on a real
// StorageThread, a real local HTTP server and a fetcher with quick timings. Calls are added the
// way app/ adds them: CallStore::upsertCall() (a job) with the widget's tokenized contentUri,
// then enqueue(). Tests read the store through jobs too: with CALLDOCK_STRICT_STORAGE_THREAD=1
// (initTestCase sets it) any SQL on the test's (GUI) thread aborts.
class RecordingTestBed final {
    Q_DISABLE_COPY_MOVE(RecordingTestBed)

public:
    // Distinctive, so a scan of every written file can look for it.
    static constexpr char kToken[] = "tokSECRET7f3e9a1c";
    static constexpr qint64 kStartMs = 1700000000000; // 2023-11-14 22:13:20 UTC

    RecordingTestBed();
    ~RecordingTestBed();

    bool ok() const { return m_ok; }
    QString dataDir() const { return m_dir.path(); }
    QString databaseFile() const;
    QString folder() const;
    StorageThread &storage() { return *m_storage; }
    // Runs `job` on the storage thread and waits for its result.
    template<typename Job>
    auto run(Job job) {
        return resultOf(m_storage->submit(std::move(job)));
    }
    // The store's row for `recordingId`, read through a job.
    std::optional<RecordingRecord> recording(const QString &recordingId);
    // Sets the stored state of a recording (a job), as an earlier run would have left it.
    bool setState(const QString &recordingId, RecordingState state, int attempts,
                  const QString &error = QString());
    TestHttpServer &server() { return m_server; }
    RecordingFetcher &fetcher() { return *m_fetcher; }

    // Closes store, storage thread and fetcher and opens new ones on the same files: an app
    // restart.
    bool restart();

    // Adds call `sessionId` (inbound from +1 (555) 123-0001) with recording `recordingId` whose
    // contentUri is `path` on the test server plus ?access_token=<token>.
    bool addCall(const QString &sessionId, const QString &recordingId, const QString &path,
                 const QString &token = QString::fromLatin1(kToken));
    QUrl tokenUrl(const QString &path, const QString &token = QString::fromLatin1(kToken)) const;

    // The files in the recordings folder (including partial ones).
    QStringList folderEntries() const;

    static RecordingFetcher::Policy quickPolicy();

private:
    void makeFetcher();

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<RecordingFetcher> m_fetcher;
    bool m_ok = false;
};

// Makes GUI-thread SQL abort the test (StorageThreadGuard); call it first in initTestCase().
void forbidGuiThreadSql();

// Serves `body` with `contentType` (Content-Length set) at `path`.
void serveRecording(TestHttpServer &server, const QString &path, const QByteArray &contentType,
                    const QByteArray &body);

// Deterministic "audio" of `size` bytes.
QByteArray fakeAudio(int size);
