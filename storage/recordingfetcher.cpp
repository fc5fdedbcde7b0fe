#include "recordingfetcher.h"

#include "callstore.h"
#include "privatefiles.h"
#include "recordingfilename.h"
#include "redaction.h"

#include <QDir>
#include <QPointer>
#include <QTimer>

namespace {

// Progress reaches the store in steps: the history window reads it, but a write per network
// packet would be wasteful.
constexpr qint64 kProgressStoreStep = 256 * 1024;

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

RecordingFetcher::RecordingFetcher(CallStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store) {}

RecordingFetcher::~RecordingFetcher() {
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
    const std::optional<RecordingRecord> record = m_store.recording(recordingId);
    if (!record) {
        qCWarning(lcRecordings) << "Unknown recording" << recordingId
                                << m_store.lastError().logText();
        return false;
    }
    if (record->state == RecordingState::Done) {
        return false;
    }
    if (record->state != RecordingState::Queued) {
        storeState(recordingId, RecordingState::Queued, {}, 0, record->attempts, {});
    }
    addJob(recordingId, record->sessionId, record->attempts, contentUriWithToken);
    schedule();
    return true;
}

int RecordingFetcher::resumePending() {
    if (!m_enabled || !m_provider) {
        return 0;
    }
    int count = 0;
    // Interrupted downloads first, then those that never started; each group oldest first.
    for (const RecordingState state : {RecordingState::Downloading, RecordingState::Queued}) {
        const QList<RecordingRecord> records = m_store.recordingsInState(state);
        for (const RecordingRecord &record : records) {
            if (m_jobs.contains(record.recordingId)) {
                continue;
            }
            if (state != RecordingState::Queued) {
                storeState(record.recordingId, RecordingState::Queued, {}, 0, record.attempts, {});
            }
            addJob(record.recordingId, record.sessionId, record.attempts, {});
            ++count;
        }
    }
    qCInfo(lcRecordings) << "Resuming" << count << "pending recordings";
    schedule();
    return count;
}

bool RecordingFetcher::retry(const QString &recordingId) {
    if (!m_enabled || !m_provider || m_jobs.contains(recordingId)) {
        return false;
    }
    const std::optional<RecordingRecord> record = m_store.recording(recordingId);
    if (!record
        || (record->state != RecordingState::Expired && record->state != RecordingState::Failed)) {
        return false;
    }
    storeState(recordingId, RecordingState::Queued, {}, 0, record->attempts, {});
    addJob(recordingId, record->sessionId, record->attempts, {});
    schedule();
    return true;
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
    if (m_jobs.isEmpty()) {
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

void RecordingFetcher::addJob(const QString &recordingId, const QString &sessionId, int attempts,
                              const QUrl &url) {
    Job job;
    job.sessionId = sessionId;
    job.attempts = attempts;
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
    const std::optional<RecordingRecord> record = m_store.recording(recordingId);
    const std::optional<CallRecord> call =
        record ? m_store.call(record->sessionId) : std::optional<CallRecord>();
    if (!call) {
        qCInfo(lcRecordings) << "Recording" << recordingId << "is gone (call deleted)";
        forget(recordingId);
        return;
    }
    job->phase = Phase::Downloading;
    job->attempts += 1;
    job->received = 0;
    job->total = -1;
    job->storedProgress = 0;
    storeState(recordingId, RecordingState::Downloading, {}, 0, job->attempts, {});

    auto *download = new RecordingDownload(&m_network, job->url, m_folder,
                                           RecordingFileName::baseName(*call, *record),
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
    if (received - job->storedProgress >= kProgressStoreStep) {
        job->storedProgress = received;
        m_store.setRecordingProgress(recordingId, received, qMax<qint64>(total, 0));
    }
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
    const quint64 ticket = ++m_nextTicket;
    job->ticket = ticket;
    job->phase = Phase::BackingOff;
    // Queued with the reason, so the history window can say why it is waiting.
    storeState(recordingId, RecordingState::Queued, {}, 0, job->attempts, error);
    qCInfo(lcRecordings) << "Retrying recording" << recordingId << "in" << delay << "ms";
    QTimer::singleShot(delay, this, [this, recordingId, ticket] {
        const auto waiting = m_jobs.find(recordingId);
        if (waiting != m_jobs.end() && waiting->ticket == ticket
            && waiting->phase == Phase::BackingOff) {
            waiting->phase = Phase::Waiting;
            m_waiting.append(recordingId);
            schedule();
        }
    });
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
    emit activeCountChanged(pendingCount());
    schedule();
}

void RecordingFetcher::storeState(const QString &recordingId, RecordingState state,
                                  const QString &localFile, qint64 sizeBytes, int attempts,
                                  const QString &error) {
    const CallStore::Result result =
        m_store.setRecordingState(recordingId, state, localFile, sizeBytes, attempts, error);
    if (!result.ok) {
        qCWarning(lcRecordings) << "Could not store the state of recording" << recordingId << ":"
                                << result.error.logText();
    }
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
