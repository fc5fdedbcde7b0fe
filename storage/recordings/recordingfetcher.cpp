#include "recordingfetcher.h"

#include "callstore.h"
#include "privatefiles.h"
#include "recordingfilename.h"
#include "redaction.h"
#include "storagethread.h"

#include <QDir>
#include <QPointer>

namespace {

bool isWebUrl(const QUrl &url) {
    return url.isValid()
           && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

QString RecordingFetcher::expiredMessage() {
    // The link (kept in the store) plays the recording in a browser with the user's login.
    return tr("The download link expired and no new one could be obtained. Open the recording "
              "in the browser instead.");
}

RecordingFetcher::RecordingFetcher(StorageThread &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage) {
    // Progress reaches the store in one job per interval for all downloads: the history window
    // reads it, but a job per network chunk would flood the storage thread.
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, &RecordingFetcher::writeProgress);
}

RecordingFetcher::~RecordingFetcher() {
    writeProgress();
    for (Job &job : m_jobs) {
        dropDownload(job);
    }
}

void RecordingFetcher::setDownloadFolder(const QString &folder) {
    m_folder = folder;
}

void RecordingFetcher::setEnabled(bool enabled) {
    if (enabled == m_enabled) {
        return;
    }
    m_enabled = enabled;
    if (enabled || m_jobs.isEmpty()) {
        return;
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        dropDownload(*it);
        storeState(it.key(), RecordingState::Queued, {}, 0, it->attempts, {});
    }
    m_jobs.clear();
    m_waiting.clear();
    m_lookups.clear(); // their answers find nothing to do
    m_progressDirty.clear();
    emit activeCountChanged(0);
}

void RecordingFetcher::setFreshUrlProvider(FreshUrlProvider provider) {
    m_provider = std::move(provider);
}

void RecordingFetcher::setPolicy(const Policy &policy) {
    m_policy = policy;
}

bool RecordingFetcher::enqueue(const QString &recordingId, const QUrl &contentUriWithToken) {
    if (!m_enabled) {
        return false;
    }
    if (!isWebUrl(contentUriWithToken)) {
        qCWarning(lcRecordings) << "Not a web URL for recording" << recordingId << ":"
                                << Redaction::url(contentUriWithToken);
        return false;
    }
    const auto job = m_jobs.find(recordingId);
    if (job != m_jobs.end()) {
        // Already in work: never a second download, but keep the newest token for the next
        // attempt (a running download keeps the URL it started with).
        job->url = contentUriWithToken;
        job->urlAge.start();
        if (job->phase == Phase::FetchingUrl) {
            job->ticket = ++m_nextTicket; // the provider's answer is no longer needed
            startDownload(recordingId);
        }
        return true;
    }
    const bool lookingUp = m_lookups.contains(recordingId);
    m_lookups.insert(recordingId, contentUriWithToken); // the newest token wins
    if (lookingUp) {
        return true;
    }
    emit activeCountChanged(pendingCount());
    m_storage
        .submit([recordingId](StorageSession &session) -> std::optional<Row> {
            CallStore &store = session.store();
            std::optional<RecordingRecord> record = store.recording(recordingId);
            std::optional<CallRecord> call =
                record ? store.call(record->sessionId) : std::optional<CallRecord>();
            if (!record || !call) {
                qCWarning(lcRecordings)
                    << "Unknown recording" << recordingId << store.lastError().logText();
                return std::nullopt;
            }
            return Row{*record, *call};
        })
        .then(this,
              [this, recordingId](const std::optional<Row> &row) { lookedUp(recordingId, row); });
    return true;
}

void RecordingFetcher::lookedUp(const QString &recordingId, const std::optional<Row> &row) {
    const auto lookup = m_lookups.find(recordingId);
    if (lookup == m_lookups.end()) {
        return; // switched off meanwhile
    }
    const QUrl url = lookup.value();
    m_lookups.erase(lookup);
    if (m_jobs.contains(recordingId)) {
        enqueue(recordingId, url); // resumed meanwhile: hand it the token
        emit activeCountChanged(pendingCount());
        return;
    }
    if (!m_enabled || !row || row->recording.state == RecordingState::Done) {
        emit activeCountChanged(pendingCount());
        return;
    }
    if (row->recording.state != RecordingState::Queued) {
        storeState(recordingId, RecordingState::Queued, {}, 0, row->recording.attempts, {});
    }
    addJob(*row, url);
    schedule();
}

QFuture<int> RecordingFetcher::resumePending() {
    if (!m_enabled || !m_provider) {
        return QtFuture::makeReadyFuture(0);
    }
    const int maxAttempts = m_policy.maxStoredAttempts;
    return m_storage
        .submit([maxAttempts](StorageSession &session) {
            CallStore &store = session.store();
            QList<Row> rows;
            // Interrupted downloads first, then those that never started, then failed ones;
            // each group oldest first.
            for (const RecordingState state :
                 {RecordingState::Downloading, RecordingState::Queued, RecordingState::Failed}) {
                const QList<RecordingRecord> records = store.recordingsInState(state);
                for (const RecordingRecord &record : records) {
                    if (state == RecordingState::Failed && record.attempts >= maxAttempts) {
                        continue; // given up on for good; the user's retry() still works
                    }
                    const std::optional<CallRecord> call = store.call(record.sessionId);
                    if (call) {
                        rows.append(Row{record, *call});
                    }
                }
            }
            return rows;
        })
        .then(this, [this](const QList<Row> &rows) {
            int count = 0;
            for (const Row &row : rows) {
                if (!m_enabled || m_jobs.contains(row.recording.recordingId)
                    || m_lookups.contains(row.recording.recordingId)) {
                    continue;
                }
                addResumed(row);
                ++count;
            }
            qCInfo(lcRecordings) << "Resuming" << count << "pending recordings";
            schedule();
            return count;
        });
}

void RecordingFetcher::addResumed(const Row &row) {
    const QString recordingId = row.recording.recordingId;
    if (row.recording.state != RecordingState::Failed) {
        if (row.recording.state != RecordingState::Queued) {
            storeState(recordingId, RecordingState::Queued, {}, 0, row.recording.attempts, {});
        }
        addJob(row, {});
        return;
    }
    // A failure from an earlier run: wait before trying again, longer for every run that
    // already failed, so a recording that cannot be had does not cost much at each start.
    const int requestsPerRun = static_cast<int>(m_policy.retryDelaysMs.size()) + 1;
    const int failedRuns = qBound(0, row.recording.attempts / requestsPerRun, 4);
    const int delay = m_policy.restartRetryDelayMs << failedRuns;
    // The reason stays in the store, so the history window can say why it is waiting.
    storeState(recordingId, RecordingState::Queued, {}, 0, row.recording.attempts,
               row.recording.lastError);
    addJob(row, {});
    m_waiting.removeAll(recordingId);
    qCInfo(lcRecordings) << "Retrying failed recording" << recordingId << "in" << delay << "ms";
    requeueAfter(recordingId, delay);
}

void RecordingFetcher::requeueAfter(const QString &recordingId, int delayMs) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    const quint64 ticket = ++m_nextTicket;
    job->ticket = ticket;
    job->phase = Phase::BackingOff;
    QTimer::singleShot(delayMs, this, [this, recordingId, ticket] {
        const auto waiting = m_jobs.find(recordingId);
        if (waiting != m_jobs.end() && waiting->ticket == ticket
            && waiting->phase == Phase::BackingOff) {
            waiting->phase = Phase::Waiting;
            m_waiting.append(recordingId);
            schedule();
        }
    });
}

QFuture<bool> RecordingFetcher::retry(const QString &recordingId) {
    if (!m_enabled || !m_provider || m_jobs.contains(recordingId)
        || m_lookups.contains(recordingId)) {
        return QtFuture::makeReadyFuture(false);
    }
    return m_storage
        .submit([recordingId](StorageSession &session) -> std::optional<Row> {
            CallStore &store = session.store();
            const std::optional<RecordingRecord> record = store.recording(recordingId);
            const std::optional<CallRecord> call =
                record ? store.call(record->sessionId) : std::optional<CallRecord>();
            if (!record || !call) {
                return std::nullopt;
            }
            return Row{*record, *call};
        })
        .then(this, [this, recordingId](const std::optional<Row> &row) {
            if (!row || !m_enabled || m_jobs.contains(recordingId)
                || m_lookups.contains(recordingId)
                || (row->recording.state != RecordingState::Expired
                    && row->recording.state != RecordingState::Failed)) {
                return false;
            }
            storeState(recordingId, RecordingState::Queued, {}, 0, row->recording.attempts, {});
            addJob(*row, {});
            schedule();
            return true;
        });
}

int RecordingFetcher::activeCount() const {
    int active = 0;
    for (const Job &job : m_jobs) {
        if (job.phase == Phase::FetchingUrl || job.phase == Phase::Downloading) {
            ++active;
        }
    }
    return active;
}

QString RecordingFetcher::summary() const {
    if (pendingCount() == 0) {
        return {};
    }
    const int active = activeCount();
    const int waiting = pendingCount() - active;
    if (active == 0) {
        return tr("%n recording(s) waiting to download", nullptr, waiting);
    }
    qint64 received = 0;
    qint64 total = 0;
    for (const Job &job : m_jobs) {
        if (job.phase == Phase::Downloading && job.total > 0) {
            received += job.received;
            total += job.total;
        }
    }
    QString text = total > 0 ? tr("%n recording(s) downloading, %1%", nullptr, active)
                                   .arg(static_cast<int>(received * 100 / total))
                             : tr("%n recording(s) downloading", nullptr, active);
    if (waiting > 0) {
        text = tr("%1 (%n more waiting)", nullptr, waiting).arg(text);
    }
    return text;
}

void RecordingFetcher::addJob(const Row &row, const QUrl &url) {
    const QString recordingId = row.recording.recordingId;
    Job job;
    job.sessionId = row.recording.sessionId;
    job.attempts = row.recording.attempts;
    job.baseName = RecordingFileName::baseName(row.call, row.recording);
    job.url = url;
    if (url.isValid()) {
        job.urlAge.start();
    }
    m_jobs.insert(recordingId, job);
    m_waiting.append(recordingId);
    emit activeCountChanged(pendingCount());
}

void RecordingFetcher::schedule() {
    while (m_enabled && activeCount() < kMaxConcurrent && !m_waiting.isEmpty()) {
        begin(m_waiting.takeFirst());
    }
}

void RecordingFetcher::begin(const QString &recordingId) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    const bool stale = !job->url.isValid() || !job->urlAge.isValid()
                       || job->urlAge.elapsed() > m_policy.tokenLifetimeMs;
    if (stale && m_provider) {
        requestFreshUrl(recordingId);
    } else if (!job->url.isValid()) {
        finishJob(recordingId, RecordingState::Expired, {}, 0, expiredMessage());
    } else {
        startDownload(recordingId); // no provider: an old token is still worth a try
    }
}

void RecordingFetcher::requestFreshUrl(const QString &recordingId) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    job->phase = Phase::FetchingUrl;
    const quint64 ticket = ++m_nextTicket;
    job->ticket = ticket;
    const QString sessionId = job->sessionId; // the provider may answer (and rehash) right away
    storeState(recordingId, RecordingState::Downloading, {}, 0, job->attempts, {});
    emit activeCountChanged(pendingCount());

    QTimer::singleShot(m_policy.freshUrlTimeoutMs, this, [this, recordingId, ticket] {
        freshUrlArrived(recordingId, ticket, std::nullopt);
    });
    QPointer<RecordingFetcher> self(this);
    m_provider(sessionId, recordingId, [self, recordingId, ticket](std::optional<QUrl> url) {
        if (self) {
            self->freshUrlArrived(recordingId, ticket, url);
        }
    });
}

void RecordingFetcher::freshUrlArrived(const QString &recordingId, quint64 ticket,
                                       const std::optional<QUrl> &url) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end() || job->ticket != ticket || job->phase != Phase::FetchingUrl) {
        return; // answered twice, too late, or the job is gone
    }
    if (!url || !isWebUrl(*url)) {
        finishJob(recordingId, RecordingState::Expired, {}, 0, expiredMessage());
        return;
    }
    job->url = *url;
    job->urlAge.start();
    startDownload(recordingId);
}

void RecordingFetcher::startDownload(const QString &recordingId) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    job->attempts += 1;
    if (m_folder.isEmpty()) {
        finishJob(recordingId, RecordingState::Failed, {}, 0,
                  tr("No folder for recordings is set. Choose one in the settings."));
        return;
    }
    if (!PrivateFiles::ensurePrivateDirectory(m_folder)) {
        finishJob(recordingId, RecordingState::Failed, {}, 0,
                  tr("The recordings folder %1 cannot be created. Choose another folder in "
                     "the settings.")
                      .arg(QDir::toNativeSeparators(m_folder)));
        return;
    }
    // A call deleted meanwhile shows as NotFound when this state is written (storeFailed()).
    job->phase = Phase::Downloading;
    job->received = 0;
    job->total = -1;
    storeState(recordingId, RecordingState::Downloading, {}, 0, job->attempts, {});

    auto *download = new RecordingDownload(&m_network, job->url, m_folder, job->baseName,
                                           m_policy.transferTimeoutMs, this);
    job->download = download;
    connect(download, &RecordingDownload::progress, this,
            [this, recordingId](qint64 received, qint64 total) {
                downloadProgress(recordingId, received, total);
            });
    connect(download, &RecordingDownload::finished, this,
            [this, recordingId](const RecordingDownload::Result &result) {
                downloadFinished(recordingId, result);
            });
    download->start();
}

void RecordingFetcher::downloadFinished(const QString &recordingId,
                                        const RecordingDownload::Result &result) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    const QUrl usedUrl = job->download ? job->download->url() : QUrl();
    dropDownload(*job);
    switch (result.outcome) {
    case RecordingDownload::Outcome::Saved:
        finishJob(recordingId, RecordingState::Done, result.filePath, result.sizeBytes, {});
        return;
    case RecordingDownload::Outcome::Unauthorized:
        if (job->url != usedUrl) {
            startDownload(recordingId); // enqueue() brought a newer token meanwhile
        } else if (m_provider && job->freshUrlsAfterDenial < m_policy.maxFreshUrls) {
            job->freshUrlsAfterDenial += 1;
            requestFreshUrl(recordingId);
        } else {
            finishJob(recordingId, RecordingState::Expired, {}, 0, expiredMessage());
        }
        return;
    case RecordingDownload::Outcome::Retryable:
        backOff(recordingId, result.error);
        return;
    case RecordingDownload::Outcome::Failed:
        finishJob(recordingId, RecordingState::Failed, {}, 0, result.error);
        return;
    }
}

void RecordingFetcher::downloadProgress(const QString &recordingId, qint64 received, qint64 total) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    job->received = received;
    job->total = total;
    emit progressChanged(recordingId, received, total);
    m_progressDirty.insert(recordingId);
    if (!m_progressTimer.isActive()) {
        m_progressTimer.start(m_policy.progressWriteMs);
    }
}

void RecordingFetcher::writeProgress() {
    m_progressTimer.stop();
    struct Progress {
        QString recordingId;
        qint64 received;
        qint64 total;
    };
    QList<Progress> updates;
    for (const QString &recordingId : std::as_const(m_progressDirty)) {
        const auto job = m_jobs.constFind(recordingId);
        if (job != m_jobs.cend() && job->phase == Phase::Downloading) {
            updates.append({recordingId, job->received, qMax<qint64>(job->total, 0)});
        }
    }
    m_progressDirty.clear();
    if (updates.isEmpty()) {
        return;
    }
    // Fire and forget: a lost progress value is harmless, the final state follows.
    m_storage.submit([updates](StorageSession &session) {
        for (const Progress &update : updates) {
            session.store().setRecordingProgress(update.recordingId, update.received, update.total);
        }
    });
}

void RecordingFetcher::backOff(const QString &recordingId, const QString &error) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    job->networkFailures += 1;
    if (job->networkFailures > m_policy.retryDelaysMs.size()) {
        finishJob(recordingId, RecordingState::Failed, {}, 0, error);
        return;
    }
    const int delay = m_policy.retryDelaysMs.at(job->networkFailures - 1);
    // Queued with the reason, so the history window can say why it is waiting.
    storeState(recordingId, RecordingState::Queued, {}, 0, job->attempts, error);
    qCInfo(lcRecordings) << "Retrying recording" << recordingId << "in" << delay << "ms";
    requeueAfter(recordingId, delay);
    emit activeCountChanged(pendingCount());
    schedule();
}

void RecordingFetcher::finishJob(const QString &recordingId, RecordingState state,
                                 const QString &localFile, qint64 sizeBytes, const QString &error) {
    const auto job = m_jobs.find(recordingId);
    if (job == m_jobs.end()) {
        return;
    }
    storeState(recordingId, state, localFile, sizeBytes, job->attempts, error);
    qCInfo(lcRecordings).noquote() << "Recording" << recordingId
                                   << "finished:" << CallTypes::recordingStateText(state) << error;
    dropDownload(*job);
    m_jobs.erase(job);
    m_waiting.removeAll(recordingId);
    m_progressDirty.remove(recordingId);
    emit finished(recordingId, state, error);
    emit activeCountChanged(pendingCount());
    schedule();
}

void RecordingFetcher::forget(const QString &recordingId) {
    const auto job = m_jobs.find(recordingId);
    if (job != m_jobs.end()) {
        dropDownload(*job);
        m_jobs.erase(job);
    }
    m_waiting.removeAll(recordingId);
    m_progressDirty.remove(recordingId);
    emit activeCountChanged(pendingCount());
    schedule();
}

void RecordingFetcher::storeState(const QString &recordingId, RecordingState state,
                                  const QString &localFile, qint64 sizeBytes, int attempts,
                                  const QString &error) {
    if (state != RecordingState::Downloading) {
        // Progress written after this state would describe a download that is over.
        m_progressDirty.remove(recordingId);
    }
    m_storage
        .submit([recordingId, state, localFile, sizeBytes, attempts, error](StorageSession &s) {
            return s.store().setRecordingState(recordingId, state, localFile, sizeBytes, attempts,
                                               error);
        })
        .then(this, [this, recordingId](const CallStore::Result &result) {
            if (!result.ok) {
                storeFailed(recordingId, result.error);
            }
        });
}

void RecordingFetcher::storeFailed(const QString &recordingId, const StoreError &error) {
    if (error.code == StoreError::Code::NotFound) {
        // The call (and with it the recording row) was deleted: nothing to download it for.
        qCInfo(lcRecordings) << "Recording" << recordingId << "is gone (call deleted)";
        forget(recordingId);
        return;
    }
    qCWarning(lcRecordings) << "Could not store the state of recording" << recordingId << ":"
                            << error.logText();
}

void RecordingFetcher::dropDownload(Job &job) {
    if (!job.download) {
        return;
    }
    RecordingDownload *download = job.download;
    job.download = nullptr;
    disconnect(download, nullptr, this, nullptr);
    download->abort();
    download->deleteLater();
}
