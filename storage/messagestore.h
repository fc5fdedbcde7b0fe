#pragma once

#include "messagefacts.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QThread;

// The message log: conversation-days and their messages in the call database (schema 4), on a
// read-write connection of its own beside CallStore's (same file, same storage thread; CallStore
// creates and migrates the file first, so open() never migrates).
//
// Upsert policy (protocol.md 9.2: a matched day is re-sent as `auto` on every new message):
//   - a day is created on its first log (with `loggedByIfNew`) and only updated afterwards;
//   - subject and note are never touched by automatic updates (only setNote/logWithNote);
//   - an empty field never erases a stored one; the day's type follows its newest message;
//   - a message is stored once by its id: a re-sent day adds only what is new, and an edit
//     (readStatus, a finished transcript) updates it unless it is older than what is stored;
//   - an update that changes nothing writes nothing (and adds nothing to the outbox).
// Every method commits durably (synchronous=FULL) before it returns ok, so app/ may acknowledge.
//
// Threading: like CallStore, the store belongs to the thread that called open().
class MessageStore final {
    Q_DECLARE_TR_FUNCTIONS(MessageStore)
    Q_DISABLE_COPY_MOVE(MessageStore)

public:
    struct Result {
        bool ok = false;
        StoreError error;
    };

    struct BatchResult {
        bool ok = false; // all or nothing
        StoreError error;
        int created = 0; // days
        int updated = 0; // days whose facts or messages changed
        int unchanged = 0;
        int newMessages = 0;
        // Days created or changed, e.g. to refresh the history window.
        QStringList changedLogIds;
        QHash<QString, QString> entityIds; // conversationLogId -> entity id, every day written
    };

    struct MatchResult {
        bool ok = false;
        StoreError error;
        QHash<QString, ConversationDayMatch> matches; // conversationLogId -> match, logged only
    };

    MessageStore();
    ~MessageStore();

    // Opens the (already migrated) database at `path`. Fails with a Schema error on a file
    // whose version is not Schema::currentVersion.
    Result open(const QString &path);
    void close();
    bool isOpen() const;

    // --- automatic updates -------------------------------------------------------------------
    BatchResult upsertDays(const QList<ConversationDayFacts> &days, LoggedBy loggedByIfNew);

    // --- user actions ------------------------------------------------------------------------
    // Logs the day with a note in one transaction (created as Manual when new).
    BatchResult logWithNote(const ConversationDayFacts &day, const QString &subject,
                            const QString &note);
    // Fails with NotFound when the day is not logged.
    Result setNote(const QString &conversationLogId, const QString &subject, const QString &note);
    // Removes the day and its messages; deleting a day that is not logged succeeds.
    Result deleteDay(const QString &conversationLogId);

    // --- reads (messagestorereads.cpp) -------------------------------------------------------
    // Every logged day among `conversationLogIds` (any number; one statement, index lookups).
    MatchResult match(const QStringList &conversationLogIds);
    // 3.x granular matcher: (messageId, entity id of its day) for the stored messages among
    // `messageIds`, restricted to `conversationId` when it is not empty.
    std::optional<QList<QPair<QString, QString>>> matchMessages(const QString &conversationId,
                                                                const QStringList &messageIds);
    // The day with its messages (oldest first) when `withMessages`.
    std::optional<ConversationDayRecord> day(const QString &conversationLogId,
                                             bool withMessages = true);
    int dayCount();
    int messageCount();
    StoreError lastError() const { return m_lastError; }

    // Tests use a fixed clock (UTC ms since the epoch).
    void setClock(std::function<qint64()> nowMs);

private:
    struct Statements;

    bool usable(StoreError *error) const;
    // Strictly increasing per store, so each transaction has a stamp of its own (see schema 4).
    qint64 stamp();
    bool upsertDay(const ConversationDayFacts &day, LoggedBy loggedByIfNew, qint64 now,
                   BatchResult *result);
    bool upsertMessage(qint64 dayRow, const MessageFacts &message, qint64 now, bool *created,
                       bool *touched, StoreError *error);
    bool writeNote(const QString &conversationLogId, const QString &subject, const QString &note,
                   qint64 now, StoreError *error);
    bool begin(StoreError *error);
    bool commit(StoreError *error);
    void rollback();

    QString m_connectionName;
    std::unique_ptr<QSqlDatabase> m_db;
    std::unique_ptr<Statements> m_statements;
    QThread *m_thread = nullptr;
    std::function<qint64()> m_clock;
    qint64 m_lastStamp = 0;
    StoreError m_lastError;
};
