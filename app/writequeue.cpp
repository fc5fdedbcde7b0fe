#include "writequeue.h"

#include "storagethread.h"
#include "writejob.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcWrites, "calldock.app.writes")

namespace {

constexpr int kRetryDelaysMs[] = {2'000, 5'000, 15'000, 30'000, 60'000};
// A lock is usually short (a backup, a viewer): while the database is busy it is probed every
// 5 s rather than backing off to a minute, since new updates wait in the queue meanwhile.
constexpr int kBusyProbeMs = 5'000;
// Answering a burst's 1,000 writes in one go holds the GUI thread for 30-40 ms (each answer is
// serialised twice on its way to the page): they are answered this many per event-loop turn.
constexpr int kAnswersPerTurn = 100;

} // namespace

WriteQueue::WriteQueue(StorageThread &storage, QObject *parent)
    : QObject(parent)
    , m_storage(storage) {
    // Zero interval: requests that arrived together (a burst from the widget) are committed in
    // one transaction, submitted on the next turn of the event loop. Requests that arrive while
    // that transaction commits wait for it and form the next one (see flush()).
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &WriteQueue::flush);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WriteQueue::retry);
}

WriteQueue::~WriteQueue() {
    // Writes that waited for the batch in flight: the storage thread's destructor runs every job
    // still queued, so they are stored even though nobody is left to acknowledge them.
    if (m_batch.isEmpty()) {
        return;
    }
    QList<Write> writes;
    for (const Pending &pending : std::as_const(m_batch)) {
        writes.append(pending.write);
    }
    m_storage.submit([writes](StorageSession &session) { return WriteJob::run(session, writes); });
}

void WriteQueue::submit(const Write &write, Done done) {
    m_batch.append({write, std::move(done)});
    if (!m_flushTimer.isActive() && !m_batchInFlight) {
        m_flushTimer.start();
    }
}

void WriteQueue::flush() {
    // One batch at a time: the widget's requests of a burst arrive over many event-loop turns
    // (one QWebChannel message each), and a batch per turn would cost a WAL sync per request or
    // two. While a batch commits, new writes wait here; finishBatch() sends them as one.
    if (m_batchInFlight) {
        return;
    }
    const QList<Pending> batch = std::exchange(m_batch, {});
    if (batch.isEmpty()) {
        return;
    }
    if (m_databaseBusy && (m_retryTimer.isActive() || m_retryRunning)) {
        // The retry timer probes the database; these would only wait out the busy timeout.
        for (const Pending &pending : batch) {
            keepForRetry(pending.write, m_lastError);
            if (pending.done) {
                pending.done(Outcome{false, false, false, m_lastError});
            }
        }
        return;
    }
    QList<Write> writes;
    writes.reserve(batch.size());
    for (const Pending &pending : batch) {
        writes.append(pending.write);
    }
    m_batchInFlight = true;
    m_storage.submit([writes](StorageSession &session) { return WriteJob::run(session, writes); })
        .then(this,
              [this, batch](const QList<Outcome> &outcomes) { finishBatch(batch, outcomes); });
}

void WriteQueue::finishBatch(const QList<Pending> &batch, const QList<Outcome> &outcomes) {
    m_batchInFlight = false;
    QList<CallFacts> written;
    QStringList changed;
    bool anyFailed = false;
    QList<Answer> answers;
    for (int i = 0; i < batch.size(); ++i) {
        const Pending &pending = batch.at(i);
        const Outcome &outcome = outcomes.at(i);
        if (outcome.ok) {
            if (!outcome.skipped) {
                written.append(pending.write.facts);
            }
            if (outcome.changed) {
                changed.append(pending.write.facts.sessionId);
            }
        } else {
            anyFailed = true;
            m_databaseBusy = outcome.error.code == StoreError::Code::Busy;
            keepForRetry(pending.write, outcome.error);
        }
        if (pending.done) {
            answers.append({pending.done, outcome});
        }
    }
    answer(std::move(answers));
    if (!anyFailed && m_retryQueue.isEmpty()) {
        m_databaseBusy = false;
    }
    if (!written.isEmpty()) {
        emit committed(written, changed);
    }
    // The writes that arrived during this commit have waited long enough.
    flush();
}

void WriteQueue::answer(QList<Answer> answers) {
    const qsizetype now = std::min<qsizetype>(kAnswersPerTurn, answers.size());
    for (qsizetype i = 0; i < now; ++i) {
        answers.at(i).done(answers.at(i).outcome);
    }
    if (now < answers.size()) {
        answers.remove(0, now);
        // The rest on the next turn: input, paint and timers get their turn in between.
        QTimer::singleShot(
            0, this, [this, rest = std::move(answers)]() mutable { answer(std::move(rest)); });
    }
}

void WriteQueue::keepForRetry(const Write &write, const StoreError &error) {
    qCWarning(lcWrites).noquote() << "could not store call" << write.facts.sessionId << ":"
                                  << error.logText();
    m_retryQueue.append(write);
    m_failedSessions.insert(write.facts.sessionId);
    const bool firstFailure = !m_lastError.isError();
    m_lastError = error;
    if (!m_retryTimer.isActive() && !m_retryRunning) {
        m_retryTimer.start(kRetryDelaysMs[0]);
    }
    if (firstFailure) {
        emit writeFailed(error);
    }
}

void WriteQueue::retry() {
    if (m_retryQueue.isEmpty()) {
        return;
    }
    m_retryRunning = true;
    const QList<Write> tried = std::exchange(m_retryQueue, {});
    m_retryingCount = int(tried.size());
    m_storage.submit([tried](StorageSession &session) { return WriteJob::run(session, tried); })
        .then(this,
              [this, tried](const QList<Outcome> &outcomes) { finishRetry(tried, outcomes); });
}

void WriteQueue::finishRetry(const QList<Write> &tried, const QList<Outcome> &outcomes) {
    m_retryRunning = false;
    m_retryingCount = 0;
    QList<CallFacts> written;
    QStringList changed;
    QList<Write> stillFailing;
    bool busy = false;
    for (int i = 0; i < tried.size(); ++i) {
        const Outcome &outcome = outcomes.at(i);
        if (outcome.ok) {
            if (!outcome.skipped) {
                written.append(tried.at(i).facts);
                changed.append(tried.at(i).facts.sessionId);
            }
        } else {
            stillFailing.append(tried.at(i));
            m_lastError = outcome.error;
            busy = busy || outcome.error.code == StoreError::Code::Busy;
        }
    }
    m_databaseBusy = busy;
    // Writes that failed while the retry ran were appended meanwhile: keep their order after.
    m_retryQueue = stillFailing + m_retryQueue;
    m_failedSessions.clear();
    for (const Write &write : std::as_const(m_retryQueue)) {
        m_failedSessions.insert(write.facts.sessionId);
    }
    if (!written.isEmpty()) {
        emit committed(written, changed);
    }
    if (m_retryQueue.isEmpty()) {
        qCInfo(lcWrites) << "all pending calls are stored now";
        m_retryRound = 0;
        m_lastError = StoreError();
        emit writesRecovered();
        return;
    }
    scheduleRetry();
}

void WriteQueue::scheduleRetry() {
    m_retryRound = std::min<int>(m_retryRound + 1, int(std::size(kRetryDelaysMs)) - 1);
    m_retryTimer.start(m_databaseBusy ? std::min(kRetryDelaysMs[m_retryRound], kBusyProbeMs)
                                      : kRetryDelaysMs[m_retryRound]);
}
