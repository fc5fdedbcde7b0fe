#pragma once

#include "callrecord.h"
#include "draft.h"

#include <QStringList>

// What a "Log call" dialog shows: the store's CallRecord as the call snapshot (direction,
// numbers, names, start time, duration, result, and the stored subject/note when the call is
// already logged) plus the two facts a CallRecord does not carry. app/ builds it from CallStore
// (or from the widget's call for a call that is not stored yet); widgets never see JSON or SQL.
struct LogCallData {
    CallRecord call;
    bool hasRecording = false;
    // The call already has a log entry: the dialog edits it ("Edit call log") and is pre-filled
    // with call.subject/call.note.
    bool alreadyLogged = false;
    // The outcomes the dialog offers (Settings::callOutcomes).
    QStringList outcomes;
    // False when the dialog opens by itself after a call: it comes up raised but does not take
    // the keyboard from whatever the user is typing in (LogCallDialog::presentWithoutFocus).
    bool takeFocus = true;

    QString sessionId() const { return call.sessionId; }

    // The snapshot a draft saved to reopen its dialog after a restart.
    static LogCallData fromDraft(const Draft &draft) {
        LogCallData data;
        data.call = draft.call;
        data.call.sessionId = draft.sessionId;
        data.hasRecording = draft.hasRecording;
        data.alreadyLogged = draft.alreadyLogged;
        return data;
    }
};
