#pragma once

#include "callfacts.h"
#include "callrecord.h"
#include "calltypes.h"
#include "followup.h"
#include "outboxentry.h"
#include "storeerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;
class QThread;

// The local call log: one SQLite file (WAL, owner-only permissions) with one row per call, keyed
// by the widget's sessionId, and the recordings of those calls.
//
// The upsert policy for automatic updates is enforced in SQL, in one statement, so it is atomic
// even with a second connection on the same file:
//   - the row is created on the first update (with `loggedByIfNew`) and only updated afterwards;
//   - subject and note are never touched by automatic updates (only setNote/logWithNote);
//   - an empty field in an update never erases a stored value;
//   - final facts (call-log record) overwrite live ones and earlier final ones; once the row is
//     final, live facts may only fill fields that are still empty;
//   - an update that changes nothing writes nothing (lastUpdateMs stays): updates are idempotent.
//
// Threading: a CallStore (its SQLite connection) belongs to the thread that called open(); every
// method returns an error when called from another thread. In CallDock it lives on the storage
// thread (StorageThread); the GUI thread never runs its statements (StorageThreadGuard). Several
// CallStores may be open on the same file, in this or other processes (WAL: readers never block the
// writer).
//
// Every write is committed and durable (the WAL is synced: synchronous=FULL) when the method
// returns true, so app/ may acknowledge the widget then.
class CallStore final {
    Q_DECLARE_TR_FUNCTIONS(CallStore)
    Q_DISABLE_COPY_MOVE(CallStore)

public:
    enum class OpenMode {
        ReadWrite, // creates/migrates the file, moves a damaged file aside
        ReadOnly,  // for export and viewers: never writes, refuses old or damaged files
    };

    struct OpenResult {
        bool ok = false;
        QString error; // user-readable, set when !ok (file-level facts: paths, permissions)
        StoreError::Code code = StoreError::Code::None; // what kind of failure, when !ok
        // Set when the file was damaged: it was renamed to this path (with its -wal/-shm) and a
        // fresh database was started. Tell the user; `ok` is true in that case.
        QString movedAsidePath;
        int migratedFromVersion = -1; // schema version found (0 = new file); -1 in ReadOnly mode
    };

    struct Result {
        bool ok = false;
        StoreError error; // set when !ok
    };

    enum class Change { Created, Updated, Unchanged };

    struct UpsertResult {
        bool ok = false;
        StoreError error;
        Change change = Change::Unchanged;
        QString entityId;              // of the call row (set when ok)
        bool recordingCreated = false; // a new recording row (state Queued) was added
    };

    struct BatchResult {
        bool ok = false; // all or nothing: on failure no row of the batch was written
        StoreError error;
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        // Calls created or changed by the batch, e.g. to send rc-adapter-trigger-call-logger-match.
        QStringList changedSessionIds;
        QStringList createdRecordingIds; // recordings newly queued for download
    };

    struct MatchResult {
        bool ok = false;
        StoreError error;
        QHash<QString, CallMatch> matches; // sessionId -> match, only for logged calls
    };

    CallStore();
    ~CallStore(); // closes the connection and removes it from QSqlDatabase's registry

    // Opens (ReadWrite: creates and migrates) the database at `path`. The folder must exist.
    // Pragmas set on every open: journal_mode=WAL, synchronous=FULL (a commit is on the disk,
    // WAL synced, before the method returns), foreign_keys=ON, busy timeout 5 s. A file that fails
    // PRAGMA quick_check or is not a database is moved aside (see OpenResult::movedAsidePath).
    // Calling open() again closes the previous database first.
    OpenResult open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The error of the last failed read (call(), recording(), ...), which return no error.
    StoreError lastError() const { return m_lastError; }

    // --- automatic updates -------------------------------------------------------------------

    // Creates or updates the call `facts.sessionId` following the policy above. When facts carry
    // a recording, its row is created (state Queued) or its URL/link/type refreshed; download
    // state of an existing recording is never touched. Call and recording commit together.
    UpsertResult upsertCall(const CallFacts &facts, LoggedBy loggedByIfNew = LoggedBy::Auto);

    // The same for many calls in one transaction with one prepared statement (catch-up, import).
    BatchResult upsertCalls(const QList<CallFacts> &calls, LoggedBy loggedByIfNew);

    // --- user actions ------------------------------------------------------------------------

    // Replaces subject and note of a logged call. Fails with a message when it is not logged.
    // loggedBy stays as it is.
    Result setNote(const QString &sessionId, const QString &subject, const QString &note);

    // Logs the call with a note in one transaction: creates it from `facts` with loggedBy
    // Manual when not logged yet (otherwise merges `facts` like an automatic update), then sets
    // subject and note, and with `afterCall` the outcome and the follow-up too.
    UpsertResult logWithNote(const CallFacts &facts, const QString &subject, const QString &note,
                             const std::optional<AfterCallNote> &afterCall = std::nullopt);

    // Removes the call and (cascade) its recording rows. Local recording files are the caller's
    // business: read recordingsForCall() first. Deleting a call that is not logged succeeds.
    Result deleteCall(const QString &sessionId);

    // --- follow-ups (callstorefollowups.cpp) ---------------------------------------------------

    struct FollowUpSchedule {
        bool ok = false;
        StoreError error;
        // Open follow-ups whose reminder time is at or before `nowMs` and whose reminder was not
        // shown yet (also those that fell due while CallDock was closed), oldest first.
        QList<CallRecord> due;
        qint64 nextMs = 0; // the next reminder time after `nowMs`; 0 when none is waiting
    };
    FollowUpSchedule followUpSchedule(qint64 nowMs, int limit = 50);
    // The reminder was shown: it is not due again until snoozed. Adds no outbox entry.
    Result markFollowUpReminded(const QString &sessionId);
    // Shows the reminder again at `untilMs` (the due time stays).
    Result snoozeFollowUp(const QString &sessionId, qint64 untilMs);
    // Marks the follow-up done (or open again). Fails when the call has no follow-up.
    Result setFollowUpDone(const QString &sessionId, bool done);

    // --- reads -------------------------------------------------------------------------------

    // Entity id, subject and note of every logged call among `sessionIds` (any number; looked up
    // through the unique index in chunks of bound parameters).
    MatchResult match(const QStringList &sessionIds);

    std::optional<CallRecord> call(const QString &sessionId);
    int callCount();

    std::optional<RecordingRecord> recording(const QString &recordingId);
    // Oldest first; e.g. recordingsInState(Queued) + (Downloading) to resume after a restart.
    QList<RecordingRecord> recordingsInState(RecordingState state);
    QList<RecordingRecord> recordingsForCall(const QString &sessionId);

    // Calls whose facts are still live ones (no call-log record yet), newest first, at most
    // `limit`: e.g. calls that were live when CallDock quit, to be completed from the widget.
    QList<CallRecord> unfinishedCalls(int limit);

    // --- outbox (see Schema version 3) -------------------------------------------------------

    struct OutboxRead {
        bool ok = false;
        StoreError error;
        QList<OutboxEntry> entries; // oldest first
    };

    // Registers `consumer` (idempotent). A new consumer starts after the newest entry when
    // `fromNow`, else at the oldest entry still kept.
    Result registerOutboxConsumer(const QString &consumer, bool fromNow);
    Result unregisterOutboxConsumer(const QString &consumer);
    // Up to `limit` entries the consumer has not confirmed, in order.
    OutboxRead outboxPending(const QString &consumer, int limit);
    // The consumer delivered everything up to and including `seq`. Entries every registered
    // consumer has confirmed are pruned in the same transaction.
    Result confirmOutbox(const QString &consumer, qint64 seq);
    // Entries kept (for tests and the settings page's "changes waiting").
    qint64 outboxSize();

    // --- recording downloads -----------------------------------------------------------------

    // Records the outcome of a download step. `localFile` empty keeps no file; `sizeBytes` is
    // the total size when known (0 otherwise); `error` is a user-readable reason (empty when
    // none). State Done also sets the progress to `sizeBytes`.
    Result setRecordingState(const QString &recordingId, RecordingState state,
                             const QString &localFile, qint64 sizeBytes, int attempts,
                             const QString &error);
    // Download progress; cheap enough to call every few hundred kilobytes.
    Result setRecordingProgress(const QString &recordingId, qint64 receivedBytes, qint64 sizeBytes);

    // Tests use a fixed clock to check first-seen/last-update times (UTC ms since the epoch).
    void setClock(std::function<qint64()> nowMs);

private:
    struct Statements;
    enum class Probe { Ok, Corrupt, Failed };

    Probe connect(OpenMode mode, QString *error, StoreError::Code *code);
    void disconnect();
    bool prepareStatements(StoreError *error);
    bool usable(StoreError *error) const;
    qint64 now() const;

    // Without transaction handling: the public methods wrap these.
    UpsertResult upsertOne(const CallFacts &facts, LoggedBy loggedByIfNew, qint64 now);
    bool upsertRecording(const QString &sessionId, const RecordingFacts &facts, qint64 now,
                         bool *created, StoreError *error);
    Result writeNote(const QString &sessionId, const QString &subject, const QString &note,
                     qint64 now);
    // writeNote plus outcome and follow-up, in one statement (callstorefollowups.cpp).
    Result writeAfterCall(const QString &sessionId, const QString &subject, const QString &note,
                          const AfterCallNote &afterCall, qint64 now);
    Result updateFollowUp(const QString &sql, const QVariantList &values);

    bool begin(StoreError *error);
    bool commit(StoreError *error);
    void rollback();

    QString m_connectionName;
    QString m_path;
    OpenMode m_mode = OpenMode::ReadWrite;
    std::unique_ptr<QSqlDatabase> m_db;
    std::unique_ptr<Statements> m_statements;
    QThread *m_thread = nullptr;
    std::function<qint64()> m_clock;
    StoreError m_lastError;
};
