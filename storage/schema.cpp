#include "schema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

// Version 1. Fact columns are NULL when unknown: the upsert relies on COALESCE to keep stored
// values when an update does not know a field. Subject and note are user text, never NULL.
const char *const kVersion1[] = {
    R"(CREATE TABLE calls (
        id INTEGER PRIMARY KEY,
        session_id TEXT NOT NULL UNIQUE,
        entity_id TEXT NOT NULL UNIQUE,
        telephony_session_id TEXT,
        call_log_id TEXT,
        direction TEXT CHECK (direction IN ('Inbound', 'Outbound')),
        from_number TEXT,
        from_name TEXT,
        to_number TEXT,
        to_name TEXT,
        start_time INTEGER,
        duration INTEGER,
        result TEXT,
        action TEXT,
        subject TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        logged_by TEXT NOT NULL CHECK (logged_by IN ('auto', 'manual', 'catch-up')),
        first_seen INTEGER NOT NULL,
        last_update INTEGER NOT NULL,
        final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1))
    ))",
    // History and export list calls by time.
    "CREATE INDEX calls_start_time ON calls (start_time)",
    R"(CREATE TABLE recordings (
        id INTEGER PRIMARY KEY,
        recording_id TEXT NOT NULL UNIQUE,
        call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
        content_url TEXT,
        link TEXT,
        type TEXT,
        local_file TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL DEFAULT 'queued'
            CHECK (state IN ('queued', 'downloading', 'done', 'expired', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    ))",
    // The cascade on DELETE FROM calls looks recordings up by call_id; without this index every
    // call deletion would scan the whole recordings table.
    "CREATE INDEX recordings_call ON recordings (call_id)",
    // Pending downloads are looked up by state at every start.
    "CREATE INDEX recordings_state ON recordings (state)",
};

// Version 2: the downloader reports progress and the history shows the size.
const char *const kVersion2[] = {
    "ALTER TABLE recordings ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE recordings ADD COLUMN received_bytes INTEGER NOT NULL DEFAULT 0",
};

// Version 3: the outbox. Every change to a logged call is appended, in the transaction that
// made it (triggers, so no write path can forget it), with a monotonic sequence number and a
// stable event id. Consumers (team sync, webhooks) read it in order and confirm what they
// delivered; rows every consumer confirmed are pruned. With no consumer registered the outbox
// keeps only the newest kOutboxRetainedWithoutConsumers rows, so it stays bounded.
const char *const kVersion3[] = {
    R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL UNIQUE,
        entity_kind TEXT NOT NULL CHECK (entity_kind IN ('call', 'message')),
        entity_key TEXT NOT NULL,
        change TEXT NOT NULL
            CHECK (change IN ('created', 'updated', 'finished', 'note', 'deleted', 'recording')),
        created_at INTEGER NOT NULL
    ))",
    "CREATE INDEX outbox_entity ON outbox (entity_kind, entity_key)",
    R"(CREATE TABLE outbox_consumers (
        name TEXT PRIMARY KEY,
        confirmed_seq INTEGER NOT NULL DEFAULT 0
    ))",
    // Event ids: 128 random bits, like a UUID without the dashes.
    R"(CREATE TRIGGER outbox_call_created AFTER INSERT ON calls BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', new.session_id, 'created', new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_call_note AFTER UPDATE OF subject, note ON calls
    WHEN old.subject IS NOT new.subject OR old.note IS NOT new.note BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', new.session_id, 'note', new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_call_updated AFTER UPDATE ON calls
    WHEN old.subject IS new.subject AND old.note IS new.note BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', new.session_id,
                CASE WHEN old.final = 0 AND new.final = 1 THEN 'finished' ELSE 'updated' END,
                new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_call_deleted AFTER DELETE ON calls BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', old.session_id, 'deleted',
                CAST(strftime('%s', 'now') AS INTEGER) * 1000);
    END)",
    R"(CREATE TRIGGER outbox_recording_done AFTER UPDATE OF state ON recordings
    WHEN new.state = 'done' AND old.state IS NOT 'done' BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        SELECT lower(hex(randomblob(16))), 'call', calls.session_id, 'recording', new.updated_at
        FROM calls WHERE calls.id = new.call_id;
    END)",
    R"(CREATE TRIGGER outbox_bounded AFTER INSERT ON outbox
    WHEN NOT EXISTS (SELECT 1 FROM outbox_consumers) BEGIN
        DELETE FROM outbox WHERE seq <= new.seq - 10000;
    END)",
};

// Version 4: message logging (protocol.md section 9). One row per conversation-day, keyed by the
// widget's conversationLogId (opaque, slashes included), and each message stored once by its
// message-store id. The outbox gets the day's changes under entity_kind 'message' and the
// conversationLogId as key: created, note, updated (facts or messages), deleted. A message write
// bumps its day's last_update through a trigger, so no write path can forget the outbox; the
// store stamps each transaction with a strictly increasing time, so one transaction adds one
// 'updated' however many messages it writes, and a day created in it adds only 'created'.
const char *const kVersion4[] = {
    R"(CREATE TABLE conversation_days (
        id INTEGER PRIMARY KEY,
        log_id TEXT NOT NULL UNIQUE,
        entity_id TEXT NOT NULL UNIQUE,
        conversation_id TEXT NOT NULL,
        day TEXT NOT NULL DEFAULT '',
        type TEXT,
        self_number TEXT,
        correspondent_number TEXT,
        correspondent_name TEXT,
        newest_time INTEGER,
        subject TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        logged_by TEXT NOT NULL CHECK (logged_by IN ('auto', 'manual', 'catch-up')),
        first_seen INTEGER NOT NULL,
        last_update INTEGER NOT NULL
    ))",
    // The Messages view lists days by time.
    "CREATE INDEX conversation_days_time ON conversation_days (newest_time)",
    R"(CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        day_id INTEGER NOT NULL REFERENCES conversation_days (id) ON DELETE CASCADE,
        type TEXT,
        direction TEXT CHECK (direction IN ('Inbound', 'Outbound')),
        from_number TEXT,
        from_name TEXT,
        to_numbers TEXT,
        to_names TEXT,
        text TEXT,
        creation_time INTEGER,
        last_modified INTEGER,
        read_status TEXT,
        message_status TEXT,
        transcript TEXT,
        transcription_status TEXT,
        fax_page_count INTEGER,
        stored_at INTEGER NOT NULL
    ))",
    // A day's messages in order, and the cascade when a day is deleted.
    "CREATE INDEX messages_day ON messages (day_id, creation_time)",
    R"(CREATE TRIGGER message_added_touches_day AFTER INSERT ON messages BEGIN
        UPDATE conversation_days SET last_update = new.stored_at
        WHERE id = new.day_id AND last_update < new.stored_at;
    END)",
    R"(CREATE TRIGGER message_changed_touches_day AFTER UPDATE ON messages BEGIN
        UPDATE conversation_days SET last_update = new.stored_at
        WHERE id = new.day_id AND last_update < new.stored_at;
    END)",
    R"(CREATE TRIGGER outbox_day_created AFTER INSERT ON conversation_days BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'message', new.log_id, 'created', new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_day_note AFTER UPDATE OF subject, note ON conversation_days
    WHEN old.subject IS NOT new.subject OR old.note IS NOT new.note BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'message', new.log_id, 'note', new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_day_updated AFTER UPDATE ON conversation_days
    WHEN old.subject IS new.subject AND old.note IS new.note BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'message', new.log_id, 'updated', new.last_update);
    END)",
    R"(CREATE TRIGGER outbox_day_deleted AFTER DELETE ON conversation_days BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'message', old.log_id, 'deleted',
                CAST(strftime('%s', 'now') AS INTEGER) * 1000);
    END)",
};

// Version 5: after-call data the user writes in the note dialog (issue 20): the call outcome
// and a follow-up (due time, text, done) with its reminder bookkeeping (next reminder time,
// which a snooze moves, and when it was shown, so a reminder missed while CallDock was closed
// is shown at the next start). The outbox triggers are replaced so the user's new columns are
// carried as 'note' changes like subject and note, and the reminder bookkeeping alone (shown at)
// adds no outbox row: it is local state, not a change the team log or a webhook cares about.
const char *const kVersion5[] = {
    "ALTER TABLE calls ADD COLUMN outcome TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE calls ADD COLUMN follow_up_at INTEGER",
    "ALTER TABLE calls ADD COLUMN follow_up_text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE calls ADD COLUMN follow_up_remind_at INTEGER",
    "ALTER TABLE calls ADD COLUMN follow_up_reminded_at INTEGER",
    "ALTER TABLE calls ADD COLUMN follow_up_done_at INTEGER",
    // The reminder scheduler asks for the next open reminder at every start and change.
    "CREATE INDEX calls_follow_up_open ON calls (follow_up_remind_at) "
    "WHERE follow_up_at IS NOT NULL AND follow_up_done_at IS NULL",
    "DROP TRIGGER outbox_call_note",
    R"(CREATE TRIGGER outbox_call_note
    AFTER UPDATE OF subject, note, outcome, follow_up_at, follow_up_text, follow_up_remind_at,
        follow_up_done_at ON calls
    WHEN old.subject IS NOT new.subject OR old.note IS NOT new.note
        OR old.outcome IS NOT new.outcome OR old.follow_up_at IS NOT new.follow_up_at
        OR old.follow_up_text IS NOT new.follow_up_text
        OR old.follow_up_remind_at IS NOT new.follow_up_remind_at
        OR old.follow_up_done_at IS NOT new.follow_up_done_at BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', new.session_id, 'note', new.last_update);
    END)",
    "DROP TRIGGER outbox_call_updated",
    R"(CREATE TRIGGER outbox_call_updated AFTER UPDATE ON calls
    WHEN old.subject IS new.subject AND old.note IS new.note AND old.outcome IS new.outcome
        AND old.follow_up_at IS new.follow_up_at AND old.follow_up_text IS new.follow_up_text
        AND old.follow_up_remind_at IS new.follow_up_remind_at
        AND old.follow_up_done_at IS new.follow_up_done_at
        AND old.follow_up_reminded_at IS new.follow_up_reminded_at BEGIN
        INSERT INTO outbox (event_id, entity_kind, entity_key, change, created_at)
        VALUES (lower(hex(randomblob(16))), 'call', new.session_id,
                CASE WHEN old.final = 0 AND new.final = 1 THEN 'finished' ELSE 'updated' END,
                new.last_update);
    END)",
};

struct Step {
    const char *const *statements;
    std::size_t count;
};

template<std::size_t N>
constexpr Step step(const char *const (&statements)[N]) {
    return Step{statements, N};
}

// kSteps[i] takes the database from version i to version i + 1.
const Step kSteps[] = {step(kVersion1), step(kVersion2), step(kVersion3), step(kVersion4),
                       step(kVersion5)};
static_assert(sizeof(kSteps) / sizeof(kSteps[0]) == Schema::currentVersion,
              "every schema version needs exactly one migration step");

bool run(QSqlDatabase &db, const QString &sql, QString *error) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

namespace Schema {

int version(const QSqlDatabase &db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

MigrationResult migrate(QSqlDatabase &db) {
    MigrationResult result;
    QString error;
    // IMMEDIATE takes the write lock before reading the version, so two processes opening the
    // same new file cannot both decide to create the tables.
    if (!run(db, QStringLiteral("BEGIN IMMEDIATE"), &error)) {
        result.error =
            QCoreApplication::translate("CallStore", "Cannot start upgrading the call database: %1")
                .arg(error);
        return result;
    }
    const int found = version(db);
    result.fromVersion = found;
    if (found < 0 || found > currentVersion) {
        run(db, QStringLiteral("ROLLBACK"), &error);
        result.error =
            found < 0
                ? QCoreApplication::translate("CallStore",
                                              "Cannot read the version of the call database.")
                : QCoreApplication::translate(
                      "CallStore", "The call database was created by a newer version of CallDock "
                                   "(schema %1, this version understands up to %2).")
                      .arg(found)
                      .arg(currentVersion);
        return result;
    }
    for (int from = found; from < currentVersion; ++from) {
        const Step &current = kSteps[from];
        for (std::size_t i = 0; i < current.count; ++i) {
            if (!run(db, QString::fromLatin1(current.statements[i]), &error)) {
                qCWarning(lcStore) << "Migration to schema" << from + 1 << "failed:" << error;
                QString ignored;
                run(db, QStringLiteral("ROLLBACK"), &ignored);
                result.error =
                    QCoreApplication::translate(
                        "CallStore", "Cannot upgrade the call database to version %1: %2")
                        .arg(from + 1)
                        .arg(error);
                return result;
            }
        }
    }
    // PRAGMA does not take bound parameters; the value is our own constant.
    if (found != currentVersion
        && !run(db, QStringLiteral("PRAGMA user_version = %1").arg(currentVersion), &error)) {
        QString ignored;
        run(db, QStringLiteral("ROLLBACK"), &ignored);
        result.error =
            QCoreApplication::translate("CallStore", "Cannot record the call database version: %1")
                .arg(error);
        return result;
    }
    if (!run(db, QStringLiteral("COMMIT"), &error)) {
        QString ignored;
        run(db, QStringLiteral("ROLLBACK"), &ignored);
        result.error = QCoreApplication::translate("CallStore",
                                                   "Cannot finish upgrading the call database: %1")
                           .arg(error);
        return result;
    }
    if (found != currentVersion) {
        qCInfo(lcStore) << "Call database migrated from schema" << found << "to" << currentVersion;
    }
    result.ok = true;
    return result;
}

} // namespace Schema
