#pragma once

#include "callrecord.h"
#include "calltypes.h"
#include "recordingdownload.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <optional>

class StorageThread;

// Downloads call recordings into the recordings folder as soon as the widget reports them
// (protocol.md 4.3): with `recordingWithToken` the contentUri carries an access token that is
// valid for minutes only.
//
// The tokenized URL lives only in this object's memory. The store keeps the URL without query,
// the state (Queued, Downloading, Done, Expired, Failed), local file, size, attempts and a
// user-readable error; logs see URLs through Redaction::url only.
//
// Rules:
//   - at most two recordings are worked on at once (downloading or waiting for a fresh URL);
//   - a recording is never downloaded twice: Done rows and recordings already in work are not
//     started again (a new URL for a recording in work replaces the old one);
//   - network errors, timeouts, server errors and incomplete bodies are retried after the
//     delays in Policy::retryDelaysMs; a URL older than Policy::tokenLifetimeMs is refreshed
//     through the FreshUrlProvider before it is used;
//   - HTTP 401/403 asks the FreshUrlProvider (at most Policy::maxFreshUrls times); when it has
//     no URL, the recording becomes Expired and its `link` (in the store) remains for the browser;
//   - disk full, an unwritable folder, 404, TLS failures and unsafe redirects give Failed at
//     once, with the reason in the store and in finished();
//   - Failed recordings get another chance at the next start (resumePending()), after
//     Policy::restartRetryDelayMs (doubled per earlier run that failed), until the stored
//     attempts reach Policy::maxStoredAttempts. Expired ones wait for a new token or retry().
//
// Storage does not know the widget: the app supplies fresh URLs through the FreshUrlProvider
// (it asks the widget's /get-call-log for the call's sessionId).
//
// Threading: lives on the GUI thread and never runs SQL there: every read and write of the store
// is a job on `storage` (which must outlive the fetcher), continued on this thread. Progress
// reaches the store at most every Policy::progressWriteMs, in one job for all downloads.
class RecordingFetcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingFetcher)

public:
    // Calls `done` exactly once, later or right away, with the recording's current contentUri
    // (token included) or std::nullopt when none can be had. Calls after the fetcher is gone
    // are harmless.
    using FreshUrlProvider =
        std::function<void(const QString &sessionId, const QString &recordingId,
                           std::function<void(std::optional<QUrl>)> done)>;

    struct Policy {
        int transferTimeoutMs = 30000; // no byte for this long aborts the transfer
        // One retry per entry after network failures; the attempt after the last one is final.
        QList<int> retryDelaysMs{2000, 5000, 15000};
        qint64 tokenLifetimeMs = 4 * 60 * 1000; // older URLs are refreshed before use
        int maxFreshUrls = 1;                   // fresh URLs asked for after 401/403
        int freshUrlTimeoutMs = 60000; // a provider that does not answer counts as "no URL"
        // Failed recordings are tried again at the next start after this delay, doubled for
        // every earlier run that ended in Failed (up to 16 times this)...
        int restartRetryDelayMs = 30000;
        // ...until this many attempts were made for the recording, over all runs.
        int maxStoredAttempts = 12;
        int progressWriteMs = 1000; // progress is written to the store at most this often
    };

    static constexpr int kMaxConcurrent = 2;

    explicit RecordingFetcher(StorageThread &storage, QObject *parent = nullptr);
    // Stops transfers and removes partial files. Rows being downloaded stay Downloading and
    // are resumed by resumePending() at the next start.
    ~RecordingFetcher() override;

    // Where recordings are saved (created 0700 on first use). Applies to downloads started
    // afterwards.
    void setDownloadFolder(const QString &folder);
    QString downloadFolder() const { return m_folder; }

    // Off: enqueue() and resumePending() do nothing, transfers in progress stop and their rows
    // go back to Queued. Switching on does not resume by itself: call resumePending().
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void setFreshUrlProvider(FreshUrlProvider provider);
    void setPolicy(const Policy &policy);
    Policy policy() const { return m_policy; }

    // Queues the download of a recording the store knows, with the widget's contentUri (token
    // included). Call it after CallStore::upsertCall() for every update that carries a
    // recording contentUri: a new row, and also an existing Queued/Expired/Failed one (the new
    // token gives it another chance). Returns false when disabled or when `url` is not http(s);
    // otherwise the row is looked up on the storage thread, and an unknown or Done recording
    // is then dropped quietly.
    bool enqueue(const QString &recordingId, const QUrl &contentUriWithToken);

    // At start: queues the store's Queued and Downloading rows, and its Failed ones that have
    // attempts left (after a delay); their URLs come from the FreshUrlProvider (tokens from the
    // last run are gone). The future (finished on this thread) gives how many were queued; 0
    // without a provider.
    QFuture<int> resumePending();

    // The user's "try again" for an Expired or Failed recording: queued with a fresh URL from
    // the provider. The future gives false when it is not Expired/Failed, unknown, disabled or
    // no provider is set.
    QFuture<bool> retry(const QString &recordingId);

    // Recordings not finished in this session (being looked up in the store, downloading,
    // waiting for a slot, a retry or a fresh URL).
    int pendingCount() const { return static_cast<int>(m_jobs.size() + m_lookups.size()); }
    // Recordings being worked on right now (at most kMaxConcurrent).
    int activeCount() const;
    // For the tray tooltip and the history window, e.g. "2 recordings downloading, 41%";
    // empty when nothing is pending.
    QString summary() const;

signals:
    void progressChanged(const QString &recordingId, qint64 receivedBytes, qint64 totalBytes);
    // Done, Expired or Failed; `error` is user-readable (empty for Done).
    void finished(const QString &recordingId, RecordingState state, const QString &error);
    // pendingCount() changed.
    void activeCountChanged(int pendingCount);

private:
    enum class Phase { Waiting, FetchingUrl, Downloading, BackingOff };

    struct Job {
        QString sessionId;
        QUrl url; // with token; empty until one is known
        QElapsedTimer urlAge;
        Phase phase = Phase::Waiting;
        quint64 ticket = 0; // invalidates late provider answers and retry timers
        // Download attempts across runs (stored): HTTP requests, and local failures (no folder)
        // that stopped one before its request, so that those are bounded across restarts too.
        int attempts = 0;
        int networkFailures = 0;
        int freshUrlsAfterDenial = 0;
        QString baseName; // the file name without extension, from the call (RecordingFileName)
        qint64 received = 0;
        qint64 total = -1;
        RecordingDownload *download = nullptr;
    };

    // What a job needs from the store, read on the storage thread.
    struct Row {
        RecordingRecord recording;
        CallRecord call;
    };

    void lookedUp(const QString &recordingId, const std::optional<Row> &row);
    void addJob(const Row &row, const QUrl &url);
    void addResumed(const Row &row);
    void schedule();
    void begin(const QString &recordingId);
    void requestFreshUrl(const QString &recordingId);
    void freshUrlArrived(const QString &recordingId, quint64 ticket,
                         const std::optional<QUrl> &url);
    void startDownload(const QString &recordingId);
    void downloadFinished(const QString &recordingId, const RecordingDownload::Result &result);
    void downloadProgress(const QString &recordingId, qint64 received, qint64 total);
    void backOff(const QString &recordingId, const QString &error);
    // Phase::BackingOff, then back to the waiting line after `delayMs`.
    void requeueAfter(const QString &recordingId, int delayMs);
    void finishJob(const QString &recordingId, RecordingState state, const QString &localFile,
                   qint64 sizeBytes, const QString &error);
    void storeState(const QString &recordingId, RecordingState state, const QString &localFile,
                    qint64 sizeBytes, int attempts, const QString &error);
    void storeFailed(const QString &recordingId, const StoreError &error);
    void writeProgress();
    void dropDownload(Job &job);
    static QString expiredMessage();
    void forget(const QString &recordingId);

    StorageThread &m_storage;
    QNetworkAccessManager m_network;
    QString m_folder;
    bool m_enabled = true;
    FreshUrlProvider m_provider;
    Policy m_policy;
    QHash<QString, Job> m_jobs; // recordingId -> job; the only place holding tokens
    QStringList m_waiting;      // recordingIds in Phase::Waiting, in order
    // Recordings being looked up in the store, with the newest URL enqueue() gave for them.
    QHash<QString, QUrl> m_lookups;
    QSet<QString> m_progressDirty; // downloads whose progress the store has not seen yet
    QTimer m_progressTimer;
    quint64 m_nextTicket = 0;
};
