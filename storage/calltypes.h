#pragma once

#include "calldirection.h"

#include <QString>

#include <optional>

// Small value types shared by the call store and its callers. They are stored as fixed ASCII words
// in SQLite, so the text forms below are part of the database format: never rename them.

// Who caused a call row to exist. Set once when the row is created and never changed afterwards.
enum class LoggedBy {
    Auto,    // auto-log (presenceUpdate / callLogSync from the widget)
    Manual,  // the user pressed Log / saved a note on a call that was not logged yet
    CatchUp, // found later through /unlogged-calls (calls made while CallDock was closed)
};

// Life cycle of a recording download. Queued and Downloading are "pending" and resumed at start.
enum class RecordingState { Queued, Downloading, Done, Expired, Failed };

namespace CallTypes {

// "auto", "manual", "catch-up".
QString loggedByText(LoggedBy loggedBy);
std::optional<LoggedBy> loggedByFromText(const QString &text);

// "queued", "downloading", "done", "expired", "failed".
QString recordingStateText(RecordingState state);
std::optional<RecordingState> recordingStateFromText(const QString &text);

} // namespace CallTypes
