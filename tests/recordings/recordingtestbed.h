#pragma once

#include "callstore.h"
#include "recordingfetcher.h"
#include "testhttpserver.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

// What every recording test needs: a temporary data folder with a real SQLite store, a real
// local HTTP server and a fetcher with quick timings. Calls are added the way app/ will add
// them: CallStore::upsertCall() with the widget's tokenized contentUri, then enqueue().
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
    CallStore &store() { return *m_store; }
    TestHttpServer &server() { return m_server; }
    RecordingFetcher &fetcher() { return *m_fetcher; }

    // Closes store and fetcher and opens new ones on the same files: an app restart.
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
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<RecordingFetcher> m_fetcher;
    bool m_ok = false;
};

// Serves `body` with `contentType` (Content-Length set) at `path`.
void serveRecording(TestHttpServer &server, const QString &path, const QByteArray &contentType,
                    const QByteArray &body);

// Deterministic "audio" of `size` bytes.
QByteArray fakeAudio(int size);
