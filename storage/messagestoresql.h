#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The SQL text of MessageStore's prepared statements (positional placeholders only: Qt's
// placeholder handling does not know "?NNN"), kept apart from its control flow.
namespace MessageStoreSql {

// Bound: log_id.
inline const char kFindDay[] =
    "SELECT id, type, self_number, correspondent_number, correspondent_name, newest_time, "
    "entity_id FROM conversation_days WHERE log_id = ?";
// Bound: log_id, entity_id, conversation_id, day, type, self_number, correspondent_number,
// correspondent_name, newest_time, logged_by, first_seen, last_update.
inline const char kInsertDay[] =
    "INSERT INTO conversation_days (log_id, entity_id, conversation_id, day, type, self_number, "
    "correspondent_number, correspondent_name, newest_time, logged_by, first_seen, last_update) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id, entity_id";
// Bound: type, self_number, correspondent_number, correspondent_name, newest_time, last_update,
// id.
inline const char kUpdateDay[] =
    "UPDATE conversation_days SET type = ?, self_number = ?, correspondent_number = ?, "
    "correspondent_name = ?, newest_time = ?, last_update = ? WHERE id = ?";
// Bound: message_id.
inline const char kFindMessage[] = "SELECT id FROM messages WHERE message_id = ?";
// Bound: message_id, day_id, then the 14 fact columns of bindMessage(), stored_at. An update
// fills what is known and never goes back in time (an older copy of a message does not undo a
// newer readStatus); it writes nothing when nothing changes. The day of a stored message stays.
inline const char kUpsertMessage[] =
    "INSERT INTO messages (message_id, day_id, type, direction, from_number, from_name, "
    "to_numbers, to_names, text, creation_time, last_modified, read_status, message_status, "
    "transcript, transcription_status, fax_page_count, stored_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (message_id) DO UPDATE SET "
    "type = COALESCE(excluded.type, type), direction = COALESCE(excluded.direction, direction), "
    "from_number = COALESCE(excluded.from_number, from_number), "
    "from_name = COALESCE(excluded.from_name, from_name), "
    "to_numbers = COALESCE(excluded.to_numbers, to_numbers), "
    "to_names = COALESCE(excluded.to_names, to_names), text = COALESCE(excluded.text, text), "
    "creation_time = COALESCE(excluded.creation_time, creation_time), "
    "last_modified = COALESCE(excluded.last_modified, last_modified), "
    "read_status = COALESCE(excluded.read_status, read_status), "
    "message_status = COALESCE(excluded.message_status, message_status), "
    "transcript = COALESCE(excluded.transcript, transcript), "
    "transcription_status = COALESCE(excluded.transcription_status, transcription_status), "
    "fax_page_count = COALESCE(excluded.fax_page_count, fax_page_count), "
    "stored_at = excluded.stored_at "
    "WHERE (excluded.last_modified IS NULL OR last_modified IS NULL "
    "       OR excluded.last_modified >= last_modified) "
    "AND (COALESCE(excluded.type, type) IS NOT type "
    "  OR COALESCE(excluded.direction, direction) IS NOT direction "
    "  OR COALESCE(excluded.from_number, from_number) IS NOT from_number "
    "  OR COALESCE(excluded.from_name, from_name) IS NOT from_name "
    "  OR COALESCE(excluded.to_numbers, to_numbers) IS NOT to_numbers "
    "  OR COALESCE(excluded.to_names, to_names) IS NOT to_names "
    "  OR COALESCE(excluded.text, text) IS NOT text "
    "  OR COALESCE(excluded.creation_time, creation_time) IS NOT creation_time "
    "  OR COALESCE(excluded.last_modified, last_modified) IS NOT last_modified "
    "  OR COALESCE(excluded.read_status, read_status) IS NOT read_status "
    "  OR COALESCE(excluded.message_status, message_status) IS NOT message_status "
    "  OR COALESCE(excluded.transcript, transcript) IS NOT transcript "
    "  OR COALESCE(excluded.transcription_status, transcription_status) "
    "     IS NOT transcription_status "
    "  OR COALESCE(excluded.fax_page_count, fax_page_count) IS NOT fax_page_count) "
    "RETURNING id";
// Bound: subject, note, last_update, log_id.
inline const char kSetNote[] =
    "UPDATE conversation_days SET subject = ?, note = ?, last_update = ? WHERE log_id = ?";
// Bound: log_id.
inline const char kDeleteDay[] = "DELETE FROM conversation_days WHERE log_id = ?";
// Bound: a JSON array of log ids. One statement for any number of ids: json_each drives a
// lookup in the unique index per id, so 500 ids are 500 index searches whatever the table's
// size (the join is ~30% faster than `IN (SELECT value FROM json_each(?))`, which first builds
// a temporary list, and than 500 bound parameters).
inline const char kMatch[] = "SELECT d.log_id, d.entity_id, d.note FROM json_each(?) j "
                             "JOIN conversation_days d ON d.log_id = j.value";
// Bound: a JSON array of message ids, conversation id ('' = any).
inline const char kMatchMessages[] =
    "SELECT m.message_id, d.entity_id FROM messages m JOIN conversation_days d ON d.id = m.day_id "
    "WHERE m.message_id IN (SELECT value FROM json_each(?)) "
    "AND (? = '' OR d.conversation_id = ?)";
// Bound: log_id.
inline const char kSelectDay[] =
    "SELECT log_id, conversation_id, day, type, self_number, correspondent_number, "
    "correspondent_name, newest_time, entity_id, subject, note, logged_by, first_seen, "
    "last_update, (SELECT COUNT(*) FROM messages WHERE day_id = conversation_days.id), id "
    "FROM conversation_days WHERE log_id = ?";
// Bound: day_id. Oldest first.
inline const char kSelectMessages[] =
    "SELECT message_id, type, direction, from_number, from_name, to_numbers, to_names, text, "
    "creation_time, last_modified, read_status, message_status, transcript, "
    "transcription_status, fax_page_count FROM messages WHERE day_id = ? "
    "ORDER BY creation_time, id";

// NULL for unknown (empty) text and 0 times, so COALESCE keeps what is stored.
inline QVariant textOrNull(const QString &text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
inline QVariant timeOrNull(qint64 ms) {
    return ms <= 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(qlonglong(ms));
}

} // namespace MessageStoreSql
