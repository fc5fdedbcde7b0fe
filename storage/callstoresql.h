#pragma once

#include "callfacts.h"
#include "callrecord.h"

#include <QSqlQuery>
#include <QString>

// The SQL text of CallStore's prepared statements and the mapping between rows and the value
// types, kept apart from CallStore's control flow.
namespace CallStoreSql {

// Ids per execution of the match statement. Below SQLite's historic 999-variable limit, so it
// works with any build of the library; the last chunk is padded with NULLs (which match nothing)
// so one prepared statement serves every request.
constexpr int kMatchChunk = 500;
// Smaller statements for small requests (the widget often asks about a handful of calls):
// binding 490 NULLs for a 10-id match costs more than the lookup itself.
constexpr int kMatchSmallChunk = 16;
constexpr int kMatchMediumChunk = 64;

// Bound in order: session_id, entity_id (used only when the row is created), the fact columns
// (see bindFacts), logged_by, first_seen, last_update, final. Returns the row's entity_id when a
// row was created or changed, no row when nothing changed.
QString upsertCall();
// Binds the CallFacts columns starting at position `first`; returns the next free position.
int bindFacts(QSqlQuery &query, int first, const CallFacts &facts);

// Bound: recording_id, session_id, content_url, link, type, created_at, updated_at.
QString insertRecording();
// Bound: content_url, link, type, updated_at, recording_id, then content_url, link, type again
// (plain positional placeholders only: Qt's placeholder handling does not know "?NNN").
// Refreshes what the widget sent; never touches download state.
QString refreshRecording();
// The content URL as it may be stored: no query (access_token!), fragment or user info.
QUrl storableContentUrl(const QUrl &url);
// The link as it may be stored: any access_token parameter removed (defence in depth).
QUrl storableLink(const QUrl &url);

// Bound: subject, note, last_update, session_id. Null user text (QString()) is stored as ''.
QString setNote();
// Bound: session_id.
QString deleteCall();
// kMatchChunk session ids -> session_id, entity_id, subject, note, outcome.
QString match(int ids = kMatchChunk);

// Bound: session_id. Columns read by readCall().
QString selectCall();
// The columns readCall() reads, in its order, each prefixed with `alias` + "." (for joins).
QString callColumns(const QString &alias);
// How many columns readCall() reads (other columns of a row may follow them).
constexpr int kCallColumnCount = 25;
CallRecord readCall(const QSqlQuery &query);

// Recording selects; columns read by readRecording().
QString selectRecording();         // bound: recording_id
QString selectRecordingsInState(); // bound: state
QString selectRecordingsForCall(); // bound: session_id
RecordingRecord readRecording(const QSqlQuery &query);
// The recording columns starting at `first`, in the order of the selects above but without
// session_id (the history query joins the recording to a call it already read).
RecordingRecord readRecordingWithoutSession(const QSqlQuery &query, int first);

// Bound: state, local_file, size_bytes, received_bytes (NULL keeps), attempts, last_error,
// updated_at, recording_id.
QString setRecordingState();
// Bound: received_bytes, size_bytes, updated_at, recording_id.
QString setRecordingProgress();

// Empty text is bound as NULL ("unknown") so COALESCE keeps stored values.
QVariant textOrNull(const QString &text);

} // namespace CallStoreSql
