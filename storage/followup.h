#pragma once

#include <QString>
#include <QtGlobal>

// A follow-up the user set on a call in the note dialog: call back at `dueMs`, with a short
// text. 0 means "not set" for every time below (NULL in the database).
struct FollowUp {
    qint64 dueMs = 0;      // when the user wants to call back (UTC ms); 0: no follow-up
    QString text;          // what to do, one line
    qint64 remindMs = 0;   // when the reminder is shown: dueMs, later once snoozed
    qint64 remindedMs = 0; // when the reminder for remindMs was shown (0: not yet)
    qint64 doneMs = 0;     // when the user marked it done (0: open)

    bool isSet() const { return dueMs > 0; }
    bool isDone() const { return doneMs > 0; }
    // Open and its reminder time has passed without the reminder being shown.
    bool reminderPending(qint64 nowMs) const {
        return isSet() && !isDone() && remindMs > 0 && remindMs <= nowMs && remindedMs < remindMs;
    }
    bool isOverdue(qint64 nowMs) const { return isSet() && !isDone() && dueMs <= nowMs; }
};

// What the note dialog writes besides subject and note (CallStore::logWithNote).
struct AfterCallNote {
    QString outcome;       // one of the user's outcomes (Settings::callOutcomes), "" for none
    qint64 followUpMs = 0; // 0 removes the follow-up
    QString followUpText;
};
