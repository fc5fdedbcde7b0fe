#pragma once

#include "callrecord.h"

#include <QString>

// Text the user typed in a "Log call" dialog but has not saved yet. Kept on disk by DraftStore so
// a crash or a quit with the dialog open does not lose the note; on the next start the dialog is
// offered again from the snapshot below (the call may not be in the database at all when it was
// never logged).
struct Draft {
    QString sessionId; // the key; untrusted (it comes from the widget)
    QString subject;
    QString note;
    qint64 savedAtMs = 0; // UTC ms of the last write
    // What the dialog needs to show the call again after a restart. Its subject/note are the ones
    // stored when the dialog was opened (the text above wins).
    CallRecord call;
    bool hasRecording = false;
    bool alreadyLogged = false;
};
