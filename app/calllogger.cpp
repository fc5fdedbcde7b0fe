#include "calllogger.h"

#include "callfactsmapper.h"
#include "settings.h"
#include "storagethread.h"
#include "storeerrortext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogger, "calldock.app.logger")

namespace {

struct NoteContext {
    std::optional<CallRecord> stored;
    bool hasRecording = false;
};

// The note the widget shows under a logged call, with the outcome in front when wanted.
QString noteWithOutcome(const CallMatch &match) {
    if (match.outcome.isEmpty()) {
        return match.note;
    }
    //: The note shown in the phone for a logged call: outcome, then the note.
    return match.note.isEmpty() ? match.outcome
                                : CallLogger::tr("%1 — %2").arg(match.outcome, match.note);
}

} // namespace

CallLogger::CallLogger(StorageThread &storage, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(settings)
    , m_writes(storage) {
    connect(&m_writes, &WriteQueue::committed, this, &CallLogger::onCommitted);
    connect(&m_writes, &WriteQueue::writeFailed, this, &CallLogger::writeFailed);
    connect(&m_writes, &WriteQueue::writesRecovered, this, &CallLogger::writesRecovered);
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
    WriteQueue::Write write;
    write.facts = facts;
    // With auto-log off, the widget still updates calls it knows are logged; it never creates.
    write.onlyIfLogged = !m_settings.autoLogCalls();
    QElapsedTimer elapsed;
    elapsed.start();
    m_writes.submit(
        write, [responder, elapsed, id = facts.sessionId](const WriteQueue::Outcome &outcome) {
            if (outcome.ok) {
                responder.acknowledge();
                if (outcome.skipped) {
                    qCDebug(lcLogger) << "auto-log is off; not logging" << id;
                }
            } else {
                responder.fail(StoreErrorText::userMessage(outcome.error));
            }
            qCDebug(lcLogger) << "callLogger answered after" << elapsed.elapsed() << "ms";
        });
}

void CallLogger::onCommitted(const QList<CallFacts> &written, const QStringList &changed) {
    const QSet<QString> changedIds(changed.cbegin(), changed.cend());
    for (const CallFacts &facts : written) {
        announceRecording(facts);
        if (facts.isFinal && changedIds.contains(facts.sessionId)) {
            emit finalRecordStored(facts.sessionId);
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
    if (m_settings.notesMode() != Settings::NotesMode::Dialog) {
        // The widget's page or no notes: log at once, keeping whatever note the call has.
        logKeepingNote(facts, responder);
        return;
    }
    // Acknowledge first: the widget holds further logs of this call until it gets an answer.
    responder.acknowledge();
    const QString sessionId = facts.sessionId;
    m_storage
        .submit([sessionId](StorageSession &session) {
            NoteContext context;
            context.stored = session.store().call(sessionId);
            return context;
        })
        .then(this, [this, facts](const NoteContext &context) {
            if (!context.stored) {
                m_noteFacts.insert(facts.sessionId, facts);
            }
            emit noteRequested(context.stored ? *context.stored : CallRecord::withDetails(facts),
                               context.stored.has_value());
            // The widget now shows the call as "pending" (note being written).
            emit matchNeeded({facts.sessionId});
        });
}

void CallLogger::logKeepingNote(const CallFacts &facts, const Responder &responder) {
    const QString sessionId = facts.sessionId;
    m_storage
        .submit([sessionId](StorageSession &session) { return session.store().call(sessionId); })
        .then(this, [this, facts, responder](const std::optional<CallRecord> &stored) {
            logWithNote(facts, stored ? stored->subject : QString(),
                        stored ? stored->note : QString(), responder);
        });
}

void CallLogger::logWithNote(const CallFacts &facts, const QString &subject, const QString &note,
                             const Responder &responder) {
    WriteQueue::Write write;
    write.facts = facts;
    write.withNote = true;
    write.subject = subject;
    write.note = note;
    m_writes.submit(write,
                    [this, responder, id = facts.sessionId](const WriteQueue::Outcome &outcome) {
                        if (outcome.ok) {
                            responder.acknowledge();
                        } else {
                            responder.fail(StoreErrorText::userMessage(outcome.error));
                        }
                        emit matchNeeded({id});
                    });
}

void CallLogger::saveNote(const QString &sessionId, const QString &subject, const QString &note,
                          const CallRecord *shown, Done done,
                          const std::optional<AfterCallNote> &afterCall) {
    WriteQueue::Write write;
    if (m_noteFacts.contains(sessionId) || !shown) {
        write.facts = m_noteFacts.value(sessionId);
    } else {
        static_cast<CallDetails &>(write.facts) = *shown;
    }
    write.facts.sessionId = sessionId;
    write.withNote = true;
    write.subject = subject;
    write.note = note;
    write.afterCall = afterCall;
    const bool withAfterCall = afterCall.has_value();
    m_writes.submit(write,
                    [this, sessionId, done, withAfterCall](const WriteQueue::Outcome &outcome) {
                        if (outcome.ok) {
                            m_noteFacts.remove(sessionId);
                            emit matchNeeded({sessionId});
                            if (withAfterCall) {
                                emit followUpsChanged();
                            }
                        }
                        if (done) {
                            done(outcome.ok, outcome.error);
                        }
                    });
}

void CallLogger::deleteLog(const QString &sessionId, Done done) {
    m_storage
        .submit(
            [sessionId](StorageSession &session) { return session.store().deleteCall(sessionId); })
        .then(this, [this, sessionId, done](const CallStore::Result &result) {
            if (result.ok) {
                emit callsChanged({sessionId});
                emit matchNeeded({sessionId});
            } else {
                qCWarning(lcLogger).noquote() << "delete failed:" << result.error.logText();
            }
            if (done) {
                done(result.ok, result.error);
            }
        });
}

void CallLogger::logCaughtUp(const QList<CallFacts> &calls, Done done) {
    if (calls.isEmpty()) {
        if (done) {
            done(true, {});
        }
        return;
    }
    m_storage
        .submit([calls](StorageSession &session) {
            return session.store().upsertCalls(calls, LoggedBy::CatchUp);
        })
        .then(this, [this, calls, done](const CallStore::BatchResult &result) {
            if (result.ok) {
                QStringList ids;
                for (const CallFacts &facts : calls) {
                    announceRecording(facts);
                    ids.append(facts.sessionId);
                }
                if (!result.changedSessionIds.isEmpty()) {
                    emit callsChanged(result.changedSessionIds);
                }
                emit matchNeeded(ids);
            }
            if (done) {
                done(result.ok, result.error);
            }
        });
}

void CallLogger::completeCalls(const QList<CallFacts> &calls) {
    for (const CallFacts &facts : calls) {
        WriteQueue::Write write;
        write.facts = facts;
        write.onlyIfLogged = true;
        m_writes.submit(write, [this, id = facts.sessionId](const WriteQueue::Outcome &outcome) {
            if (outcome.ok && outcome.changed) {
                emit matchNeeded({id});
            }
        });
    }
}

void CallLogger::handleMatch(const Protocol::MatchRequest &request, const Responder &responder) {
    QList<Protocol::MatchEntry> entries;
    const QSet<QString> notes = m_notesInProgress ? m_notesInProgress() : QSet<QString>();
    const QString failure = StoreErrorText::userMessage(m_writes.lastError());
    for (const QString &id : request.sessionIds) {
        if (notes.contains(id)) {
            entries.append(Protocol::MatchEntry::withStatus(id, Protocol::MatchStatus::Pending,
                                                            tr("Note being written in CallDock")));
        }
        if (m_writes.isFailing(id)) {
            entries.append(Protocol::MatchEntry::withStatus(
                id, Protocol::MatchStatus::Failed,
                tr("CallDock could not save this call yet: %1").arg(failure)));
        }
    }
    // If the database cannot answer in time (locked for long), the status entries are still
    // worth sending: the responder sends them before the widget's deadline.
    responder.setFallbackMatch(entries);
    const QStringList ids = request.sessionIds;
    QElapsedTimer elapsed;
    elapsed.start();
    const bool withOutcome = m_settings.outcomeInWidgetNote();
    m_storage.submit([ids](StorageSession &session) { return session.store().match(ids); })
        .then(this, [responder, entries, elapsed, withOutcome,
                     count = ids.size()](const CallStore::MatchResult &result) mutable {
            if (!result.ok) {
                qCWarning(lcLogger).noquote() << "match failed:" << result.error.logText();
            }
            for (auto it = result.matches.cbegin(); it != result.matches.cend(); ++it) {
                entries.append(Protocol::MatchEntry::logged(
                    it.key(), it->entityId, withOutcome ? noteWithOutcome(*it) : it->note));
            }
            responder.answerMatch(entries);
            qCDebug(lcLogger) << "match of" << count << "ids answered after" << elapsed.elapsed()
                              << "ms," << result.matches.size() << "logged";
        });
}
