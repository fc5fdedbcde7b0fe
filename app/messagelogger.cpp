#include "messagelogger.h"

#include "messagefactsmapper.h"
#include "settings.h"
#include "storagethread.h"
#include "storeerrortext.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMessages, "calldock.app.messages")

namespace {

// Days remembered as logged for the fallback answer; beyond this the memory is not worth it
// (the store still answers every id).
constexpr int kMaxKnownLogged = 50'000;

MessageStore::BatchResult notOpen(const StorageSession &session) {
    MessageStore::BatchResult result;
    result.error = session.messagesError();
    if (!result.error.isError()) {
        result.error = StoreError::make(StoreError::Code::NotOpen);
    }
    return result;
}

struct WriteOutcome {
    MessageStore::BatchResult result;
    QSet<QString> skipped; // not logged, and auto-log is off
};

} // namespace

MessageLogger::MessageLogger(StorageThread &storage, Settings &settings, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_settings(settings) {}

void MessageLogger::setNotesInProgress(std::function<QSet<QString>()> provider) {
    m_notesInProgress = std::move(provider);
}

void MessageLogger::handleMessageLogger(const Protocol::MessageLoggerRequest &request,
                                        const Responder &responder) {
    using Trigger = Protocol::MessageLoggerTrigger;
    switch (request.trigger) {
    case Trigger::Manual:
        requestNote(MessageFactsMapper::fromConversation(request.conversation), responder);
        return;
    case Trigger::LogForm: {
        // The widget's own log page: the note the user typed there.
        logWithNote(MessageFactsMapper::fromConversation(request.conversation), request.subject,
                    request.note, [responder](bool ok, const StoreError &error, const QString &) {
                        if (ok) {
                            responder.acknowledge();
                        } else {
                            responder.fail(StoreErrorText::userMessage(error));
                        }
                    });
        return;
    }
    case Trigger::SelectedLog: {
        // 3.x granular logging: only the chosen messages, answered with the day's log id.
        const ConversationDayFacts day =
            MessageFactsMapper::fromConversation(request.conversation, request.selectedMessageIds);
        m_storage
            .submit([day](StorageSession &session) {
                MessageStore *store = session.messages();
                return store ? store->upsertDays({day}, LoggedBy::Manual) : notOpen(session);
            })
            .then(this, [this, responder,
                         id = day.conversationLogId](const MessageStore::BatchResult &result) {
                if (!result.ok) {
                    responder.fail(StoreErrorText::userMessage(result.error));
                    emit writeFailed(result.error);
                    return;
                }
                remember(result.entityIds);
                responder.answerLogId(result.entityIds.value(id));
                emit daysChanged(result.changedLogIds);
            });
        return;
    }
    case Trigger::OpenLog:
        responder.acknowledge();
        emit viewLogRequested(request.conversation.conversationLogId);
        return;
    case Trigger::Auto:
    case Trigger::Unknown:
        if (request.trigger == Trigger::Unknown) {
            qCInfo(lcMessages) << "unknown message trigger" << request.triggerName.left(40)
                               << "- treated as an automatic update";
        }
        queueAutomatic(MessageFactsMapper::fromConversation(request.conversation), responder);
        return;
    }
}

void MessageLogger::queueAutomatic(const ConversationDayFacts &day, const Responder &responder) {
    m_pending.append(PendingWrite{day, responder});
    if (!m_flushScheduled) {
        // Requests that arrive together share one transaction (one disk sync).
        m_flushScheduled = true;
        QTimer::singleShot(0, this, &MessageLogger::flushAutomatic);
    }
}

void MessageLogger::flushAutomatic() {
    m_flushScheduled = false;
    const QList<PendingWrite> pending = std::exchange(m_pending, {});
    if (pending.isEmpty()) {
        return;
    }
    QList<ConversationDayFacts> days;
    days.reserve(pending.size());
    for (const PendingWrite &write : pending) {
        days.append(write.day);
    }
    const bool createNew = m_settings.autoLogMessages();
    QElapsedTimer elapsed;
    elapsed.start();
    m_storage
        .submit([days, createNew](StorageSession &session) {
            WriteOutcome outcome;
            MessageStore *store = session.messages();
            if (!store) {
                outcome.result = notOpen(session);
                return outcome;
            }
            QList<ConversationDayFacts> toWrite = days;
            if (!createNew) {
                // Auto-log off: the widget still re-sends days it knows are logged; update
                // those, create nothing.
                QStringList ids;
                for (const ConversationDayFacts &day : days) {
                    ids.append(day.conversationLogId);
                }
                const MessageStore::MatchResult logged = store->match(ids);
                if (!logged.ok) {
                    outcome.result.error = logged.error;
                    return outcome;
                }
                toWrite.clear();
                for (const ConversationDayFacts &day : days) {
                    if (logged.matches.contains(day.conversationLogId)) {
                        toWrite.append(day);
                    } else {
                        outcome.skipped.insert(day.conversationLogId);
                    }
                }
            }
            outcome.result = store->upsertDays(toWrite, LoggedBy::Auto);
            return outcome;
        })
        .then(this, [this, pending, elapsed](const WriteOutcome &outcome) {
            const MessageStore::BatchResult &result = outcome.result;
            for (const PendingWrite &write : pending) {
                const QString &id = write.day.conversationLogId;
                if (result.ok) {
                    m_failed.remove(id);
                    write.responder.acknowledge();
                } else {
                    m_failed.insert(id);
                    write.responder.fail(StoreErrorText::userMessage(result.error));
                }
            }
            if (!result.ok) {
                qCWarning(lcMessages).noquote() << "could not log" << pending.size()
                                                << "conversation-days:" << result.error.logText();
                emit writeFailed(result.error);
                return;
            }
            remember(result.entityIds);
            qCDebug(lcMessages) << pending.size() << "conversation-days answered after"
                                << elapsed.elapsed() << "ms:" << result.created << "created,"
                                << result.updated << "updated," << outcome.skipped.size()
                                << "not logged (auto-log off)," << result.newMessages
                                << "new messages";
            if (!result.changedLogIds.isEmpty()) {
                emit daysChanged(result.changedLogIds);
            }
        });
}

void MessageLogger::requestNote(const ConversationDayFacts &day, const Responder &responder) {
    if (!m_noteDialogAvailable || m_settings.notesMode() != Settings::NotesMode::Dialog) {
        // The widget's page or no notes: log at once, keeping whatever note the day has.
        m_storage
            .submit([day](StorageSession &session) {
                MessageStore *store = session.messages();
                return store ? store->upsertDays({day}, LoggedBy::Manual) : notOpen(session);
            })
            .then(this, [this, responder](const MessageStore::BatchResult &result) {
                if (!result.ok) {
                    responder.fail(StoreErrorText::userMessage(result.error));
                    emit writeFailed(result.error);
                    return;
                }
                remember(result.entityIds);
                responder.acknowledge();
                emit daysChanged(result.changedLogIds);
            });
        return;
    }
    // Acknowledge first: the widget waits for this request before the next one of this day.
    responder.acknowledge();
    const QString id = day.conversationLogId;
    m_storage
        .submit([id](StorageSession &session) -> std::optional<ConversationDayRecord> {
            MessageStore *store = session.messages();
            return store ? store->day(id) : std::nullopt;
        })
        .then(this, [this, day](const std::optional<ConversationDayRecord> &stored) {
            if (stored) {
                emit noteRequested(*stored, true);
                return;
            }
            m_noteDays.insert(day.conversationLogId, day);
            ConversationDayRecord shown;
            static_cast<ConversationDayFacts &>(shown) = day;
            shown.messageCount = int(day.messages.size());
            emit noteRequested(shown, false);
        });
}

void MessageLogger::logWithNote(
    const ConversationDayFacts &day, const QString &subject, const QString &note,
    std::function<void(bool ok, const StoreError &, const QString &entityId)> done) {
    m_storage
        .submit([day, subject, note](StorageSession &session) {
            MessageStore *store = session.messages();
            return store ? store->logWithNote(day, subject, note) : notOpen(session);
        })
        .then(this,
              [this, done, id = day.conversationLogId](const MessageStore::BatchResult &result) {
                  if (!result.ok) {
                      emit writeFailed(result.error);
                  } else {
                      remember(result.entityIds);
                      emit daysChanged({id});
                  }
                  done(result.ok, result.error, result.entityIds.value(id));
              });
}

void MessageLogger::saveNote(const QString &conversationLogId, const QString &subject,
                             const QString &note, Done done) {
    ConversationDayFacts day = m_noteDays.take(conversationLogId);
    day.conversationLogId = conversationLogId;
    logWithNote(day, subject, note,
                [done](bool ok, const StoreError &error, const QString &) { done(ok, error); });
}

void MessageLogger::deleteLog(const QString &conversationLogId, Done done) {
    m_storage
        .submit([conversationLogId](StorageSession &session) {
            MessageStore *store = session.messages();
            if (!store) {
                return MessageStore::Result{false, notOpen(session).error};
            }
            return store->deleteDay(conversationLogId);
        })
        .then(this, [this, conversationLogId, done](const MessageStore::Result &result) {
            if (result.ok) {
                m_knownLogged.remove(conversationLogId);
                emit daysChanged({conversationLogId});
            }
            done(result.ok, result.error);
        });
}

void MessageLogger::remember(const QHash<QString, QString> &entityIds) {
    if (m_knownLogged.size() + entityIds.size() > kMaxKnownLogged) {
        m_knownLogged.clear();
    }
    m_knownLogged.insert(entityIds);
}

void MessageLogger::handleMessageMatch(const Protocol::MessageMatchRequest &request,
                                       const Responder &responder) {
    if (request.shape == Protocol::MessageMatchRequest::Shape::Messages) {
        const QString conversationId = request.conversationId;
        const QStringList ids = request.messageIds;
        m_storage
            .submit([conversationId, ids](StorageSession &session) {
                MessageStore *store = session.messages();
                return store ? store->matchMessages(conversationId, ids)
                             : std::optional<QList<QPair<QString, QString>>>();
            })
            .then(this, [responder](const std::optional<QList<QPair<QString, QString>>> &found) {
                responder.answerMessageLogIds(found.value_or(QList<QPair<QString, QString>>()));
            });
        return;
    }
    QList<Protocol::MatchEntry> statuses;
    QList<Protocol::MatchEntry> fallback;
    const QSet<QString> notes = m_notesInProgress ? m_notesInProgress() : QSet<QString>();
    for (const QString &id : request.conversationLogIds) {
        if (notes.contains(id)) {
            statuses.append(Protocol::MatchEntry::withStatus(id, Protocol::MatchStatus::Pending,
                                                             tr("Note being written in CallDock")));
        }
        if (m_failed.contains(id)) {
            statuses.append(
                Protocol::MatchEntry::withStatus(id, Protocol::MatchStatus::Failed,
                                                 tr("CallDock could not save these messages yet")));
        }
        const auto known = m_knownLogged.constFind(id);
        if (known != m_knownLogged.cend()) {
            fallback.append(Protocol::MatchEntry::logged(id, *known, QString()));
        }
    }
    fallback.append(statuses);
    // A storage thread stuck behind a long job must not let the deadline wipe the marks.
    responder.setFallbackMatch(fallback);
    const QStringList ids = request.conversationLogIds;
    QElapsedTimer elapsed;
    elapsed.start();
    m_storage
        .submit([ids](StorageSession &session) {
            MessageStore *store = session.messages();
            if (!store) {
                MessageStore::MatchResult result;
                result.error = notOpen(session).error;
                return result;
            }
            return store->match(ids);
        })
        .then(this, [this, responder, statuses, fallback, elapsed,
                     count = ids.size()](const MessageStore::MatchResult &result) mutable {
            if (!result.ok) {
                qCWarning(lcMessages).noquote() << "message match failed:" << result.error.logText()
                                                << "- answering from what is known";
                responder.answerMatch(fallback);
                return;
            }
            QList<Protocol::MatchEntry> entries;
            entries.reserve(result.matches.size() + statuses.size());
            QHash<QString, QString> logged;
            for (auto it = result.matches.cbegin(); it != result.matches.cend(); ++it) {
                entries.append(Protocol::MatchEntry::logged(it.key(), it->entityId, it->note));
                logged.insert(it.key(), it->entityId);
            }
            remember(logged);
            entries.append(statuses);
            responder.answerMatch(entries);
            qCDebug(lcMessages) << "message match of" << count << "ids answered after"
                                << elapsed.elapsed() << "ms," << result.matches.size() << "logged";
        });
}
