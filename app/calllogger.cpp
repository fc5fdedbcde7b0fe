#include "calllogger.h"

#include "callfactsmapper.h"
#include "callstore.h"
#include "settings.h"
#include "storeerrortext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogger, "calldock.app.logger")

namespace {

constexpr int kRetryDelaysMs[] = {2'000, 5'000, 15'000, 30'000, 60'000};
// A write that failed only after this long waited for a lock held by another program (the
// store's busy timeout is 5 s): the database is failing, not the update. Trying the next update
// would block the event loop just as long again.
constexpr qint64 kSlowFailureMs = 1'000;

} // namespace

CallLogger::CallLogger(CallStore &store, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings) {
    // Zero interval: requests that arrived together (a burst from the widget) are committed in
    // one transaction on the next turn of the event loop.
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(0);
    connect(&m_batchTimer, &QTimer::timeout, this, &CallLogger::flushBatch);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &CallLogger::retryFailedWrites);
}

void CallLogger::setNotesInProgress(std::function<QSet<QString>()> provider) {
    m_notesInProgress = std::move(provider);
}

void CallLogger::handleCallLogger(const Protocol::CallLoggerRequest &request,
                                  const Responder &responder) {
    const CallFacts facts = CallFactsMapper::fromWidgetCall(request.call);
    switch (request.trigger) {
    case Protocol::CallLoggerTrigger::CreateLog:
    case Protocol::CallLoggerTrigger::EditLog:
        requestNote(facts, responder);
        return;
    case Protocol::CallLoggerTrigger::LogForm: {
        // The widget's own log page (showLogModal): it sends the note the user typed there.
        const QString note = request.formNote.isEmpty() ? request.note : request.formNote;
        logWithNote(facts, request.subject, note, responder);
        return;
    }
    case Protocol::CallLoggerTrigger::ViewLog:
        responder.acknowledge();
        emit viewLogRequested(facts.sessionId);
        return;
    case Protocol::CallLoggerTrigger::PresenceUpdate:
    case Protocol::CallLoggerTrigger::CallLogSync:
    case Protocol::CallLoggerTrigger::ContactUpdated:
    case Protocol::CallLoggerTrigger::Unknown:
        queueAutomaticUpdate(facts, responder);
        return;
    }
}

void CallLogger::queueAutomaticUpdate(const CallFacts &facts, const Responder &responder) {
    // With auto-log off, the widget still updates calls it knows are logged; it never creates.
    if (!m_settings.autoLogCalls() && !m_store.call(facts.sessionId)) {
        qCDebug(lcLogger) << "auto-log is off; not logging" << facts.sessionId;
        responder.acknowledge();
        return;
    }
    m_batch.append({facts, responder});
    if (!m_batchTimer.isActive()) {
        m_batchTimer.start();
    }
}

void CallLogger::flushBatch() {
    const QList<PendingUpdate> batch = std::exchange(m_batch, {});
    if (batch.isEmpty()) {
        return;
    }
    if (m_databaseLocked && m_retryTimer.isActive()) {
        for (const PendingUpdate &update : batch) {
            addToRetry({update.facts, false, {}, {}}, m_lastStoreError);
            update.responder.fail(m_lastWriteError);
        }
        return;
    }
    QList<CallFacts> calls;
    calls.reserve(batch.size());
    for (const PendingUpdate &update : batch) {
        calls.append(update.facts);
    }
    QElapsedTimer elapsed;
    elapsed.start();
    const CallStore::BatchResult result = m_store.upsertCalls(calls, LoggedBy::Auto);
    if (result.ok) {
        m_databaseLocked = false;
        for (const PendingUpdate &update : batch) {
            update.responder.acknowledge();
            announceRecording(update.facts);
        }
        if (!result.changedSessionIds.isEmpty()) {
            emit callsChanged(result.changedSessionIds);
        }
        return;
    }
    // All or nothing failed: write them one by one so one bad update cannot hold the rest.
    // Not when the batch waited out the busy timeout: the database is locked, and each single
    // write would block for 5 s more (20 requests took 100 s, far past the widget's 15 s).
    bool locked = elapsed.elapsed() >= kSlowFailureMs;
    m_databaseLocked = locked;
    QStringList changed;
    for (const PendingUpdate &update : batch) {
        if (locked) {
            addToRetry({update.facts, false, {}, {}}, result.error);
            update.responder.fail(StoreErrorText::userMessage(result.error));
            continue;
        }
        elapsed.restart();
        const CallStore::UpsertResult single = m_store.upsertCall(update.facts, LoggedBy::Auto);
        if (single.ok) {
            update.responder.acknowledge();
            announceRecording(update.facts);
            if (single.change != CallStore::Change::Unchanged) {
                changed.append(update.facts.sessionId);
            }
        } else {
            addToRetry({update.facts, false, {}, {}}, single.error);
            update.responder.fail(StoreErrorText::userMessage(single.error));
            locked = elapsed.elapsed() >= kSlowFailureMs;
            m_databaseLocked = locked;
        }
    }
    if (!changed.isEmpty()) {
        emit callsChanged(changed);
    }
}

void CallLogger::announceRecording(const CallFacts &facts) {
    if (facts.recording && facts.recording->contentUri.isValid()
        && !facts.recording->contentUri.isEmpty()) {
        emit recordingAvailable(facts.sessionId, facts.recording->id, facts.recording->contentUri);
    }
}

void CallLogger::requestNote(const CallFacts &facts, const Responder &responder) {
    switch (m_settings.notesMode()) {
    case Settings::NotesMode::Dialog: {
        // Acknowledge first: the widget holds further logs of this call until it gets an answer.
        responder.acknowledge();
        const std::optional<CallRecord> stored = m_store.call(facts.sessionId);
        if (!stored) {
            m_noteFacts.insert(facts.sessionId, facts);
        }
        emit noteRequested(stored ? *stored : CallFactsMapper::toRecord(facts), stored.has_value());
        // The widget now shows the call as "pending" (note being written).
        emit matchNeeded({facts.sessionId});
        return;
    }
    case Settings::NotesMode::Widget:
    case Settings::NotesMode::None: {
        // Log at once; keep whatever note the call already has.
        const std::optional<CallRecord> stored = m_store.call(facts.sessionId);
        logWithNote(facts, stored ? stored->subject : QString(), stored ? stored->note : QString(),
                    responder);
        return;
    }
    }
}

void CallLogger::logWithNote(const CallFacts &facts, const QString &subject, const QString &note,
                             const Responder &responder) {
    const CallStore::UpsertResult result = m_store.logWithNote(facts, subject, note);
    if (!result.ok) {
        addToRetry({facts, true, subject, note}, result.error);
        responder.fail(StoreErrorText::userMessage(result.error));
        emit matchNeeded({facts.sessionId});
        return;
    }
    responder.acknowledge();
    announceRecording(facts);
    emit callsChanged({facts.sessionId});
    emit matchNeeded({facts.sessionId});
}

bool CallLogger::saveNote(const QString &sessionId, const QString &subject, const QString &note,
                          QString *error, const CallRecord *shown) {
    CallFacts facts = m_noteFacts.contains(sessionId) || !shown
                          ? m_noteFacts.value(sessionId)
                          : CallFactsMapper::fromRecord(*shown);
    facts.sessionId = sessionId;
    const CallStore::UpsertResult result = m_store.logWithNote(facts, subject, note);
    if (!result.ok) {
        if (error) {
            *error = StoreErrorText::userMessage(result.error);
        }
        return false;
    }
    m_noteFacts.remove(sessionId);
    emit callsChanged({sessionId});
    emit matchNeeded({sessionId});
    return true;
}

bool CallLogger::deleteLog(const QString &sessionId, QString *error) {
    const CallStore::Result result = m_store.deleteCall(sessionId);
    if (!result.ok) {
        if (error) {
            *error = StoreErrorText::userMessage(result.error);
        }
        return false;
    }
    emit callsChanged({sessionId});
    emit matchNeeded({sessionId});
    return true;
}

bool CallLogger::logCaughtUp(const QList<CallFacts> &calls, QString *error) {
    if (calls.isEmpty()) {
        return true;
    }
    const CallStore::BatchResult result = m_store.upsertCalls(calls, LoggedBy::CatchUp);
    if (!result.ok) {
        if (error) {
            *error = StoreErrorText::userMessage(result.error);
        }
        return false;
    }
    for (const CallFacts &facts : calls) {
        announceRecording(facts);
    }
    QStringList ids;
    for (const CallFacts &facts : calls) {
        ids.append(facts.sessionId);
    }
    if (!result.changedSessionIds.isEmpty()) {
        emit callsChanged(result.changedSessionIds);
    }
    emit matchNeeded(ids);
    return true;
}

void CallLogger::handleMatch(const Protocol::MatchRequest &request, const Responder &responder) {
    QList<Protocol::MatchEntry> entries;
    const QSet<QString> notes = m_notesInProgress ? m_notesInProgress() : QSet<QString>();
    for (const QString &id : request.sessionIds) {
        if (notes.contains(id)) {
            entries.append(Protocol::MatchEntry::withStatus(id, Protocol::MatchStatus::Pending,
                                                            tr("Note being written in CallDock")));
        }
        if (m_failedSessions.contains(id)) {
            entries.append(Protocol::MatchEntry::withStatus(
                id, Protocol::MatchStatus::Failed,
                tr("CallDock could not save this call yet: %1").arg(m_lastWriteError)));
        }
    }
    // If the database cannot answer in time, the status entries are still worth sending.
    responder.setFallbackMatch(entries);
    const CallStore::MatchResult result = m_store.match(request.sessionIds);
    if (!result.ok) {
        qCWarning(lcLogger).noquote() << "match failed:" << result.error.logText();
        responder.answerMatch(entries);
        return;
    }
    for (auto it = result.matches.cbegin(); it != result.matches.cend(); ++it) {
        entries.append(Protocol::MatchEntry::logged(it.key(), it->entityId, it->note));
    }
    responder.answerMatch(entries);
}

void CallLogger::addToRetry(const RetryItem &item, const StoreError &error) {
    qCWarning(lcLogger).noquote() << "could not store call" << item.facts.sessionId << ":"
                                  << error.logText();
    m_retryQueue.append(item);
    m_failedSessions.insert(item.facts.sessionId);
    const bool firstFailure = m_lastWriteError.isEmpty();
    m_lastStoreError = error;
    m_lastWriteError = StoreErrorText::userMessage(error);
    if (!m_retryTimer.isActive()) {
        m_retryTimer.start(kRetryDelaysMs[0]);
    }
    if (firstFailure) {
        emit writeFailed(m_lastWriteError);
    }
}

void CallLogger::retryFailedWrites() {
    QList<RetryItem> stillFailing;
    QList<RetryItem> untried;
    QStringList written;
    bool locked = false;
    QElapsedTimer elapsed;
    for (const RetryItem &item : std::as_const(m_retryQueue)) {
        // While the database is locked each try blocks for the whole busy timeout: the rest
        // waits for the next round.
        if (locked) {
            untried.append(item);
            continue;
        }
        elapsed.start();
        const CallStore::UpsertResult result =
            item.withNote ? m_store.logWithNote(item.facts, item.subject, item.note)
                          : m_store.upsertCall(item.facts, LoggedBy::Auto);
        if (result.ok) {
            written.append(item.facts.sessionId);
            announceRecording(item.facts);
        } else {
            m_lastWriteError = StoreErrorText::userMessage(result.error);
            stillFailing.append(item);
            locked = elapsed.elapsed() >= kSlowFailureMs;
        }
    }
    m_databaseLocked = locked;
    m_retryQueue = untried + stillFailing;
    m_failedSessions.clear();
    for (const RetryItem &item : std::as_const(m_retryQueue)) {
        m_failedSessions.insert(item.facts.sessionId);
    }
    if (!written.isEmpty()) {
        emit callsChanged(written);
        emit matchNeeded(written);
    }
    if (m_retryQueue.isEmpty()) {
        qCInfo(lcLogger) << "all pending calls are stored now";
        m_retryRound = 0;
        m_lastWriteError.clear();
        emit writesRecovered();
        return;
    }
    m_retryRound = std::min<int>(m_retryRound + 1, int(std::size(kRetryDelaysMs)) - 1);
    // A lock is usually short (a backup, a viewer): probe it every 5 s rather than backing off
    // to a minute, since new updates wait in the queue meanwhile.
    m_retryTimer.start(m_databaseLocked ? std::min(kRetryDelaysMs[m_retryRound], 5'000)
                                        : kRetryDelaysMs[m_retryRound]);
}
