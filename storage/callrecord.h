#pragma once

#include "calldetails.h"
#include "calltypes.h"
#include "followup.h"

#include <QString>
#include <QUrl>

#include <optional>

// One logged call as stored: its facts plus the user's part. A row existing means the call is
// logged.
struct CallRecord : CallDetails {
    // Reported to the widget as the call-log entity id. Generated once when the row is created
    // ("cd-" + random hex) and never changed, so the widget's "logged" state stays stable.
    QString entityId;
    QString subject; // written only by the user (CallStore::setNote)
    QString note;    // written only by the user (CallStore::setNote)
    LoggedBy loggedBy = LoggedBy::Auto;
    qint64 firstSeenMs = 0;  // UTC ms when the row was created
    qint64 lastUpdateMs = 0; // UTC ms of the last change that really changed something
    QString outcome;         // the user's call outcome (disposition); written only by the user
    FollowUp followUp;       // written only by the user (and the reminder bookkeeping)

    // A record with these facts and nothing of the user's yet (a call not stored so far).
    static CallRecord withDetails(const CallDetails &details) {
        CallRecord record;
        static_cast<CallDetails &>(record) = details;
        return record;
    }
};

// One recording row. It always belongs to a call (deleted with it).
struct RecordingRecord {
    QString recordingId;
    QString sessionId; // the call it belongs to
    QUrl contentUrl;   // without query: add a fresh token (or ask /get-call-log) to download
    QUrl link;
    QString type;
    QString localFile; // absolute path once downloaded, else empty
    RecordingState state = RecordingState::Queued;
    qint64 sizeBytes = 0;     // total size when known (Content-Length or final file size)
    qint64 receivedBytes = 0; // download progress
    int attempts = 0;
    QString lastError; // user-readable reason of the last failure
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
};

// What the matcher (protocol.md 5) needs for one logged call.
struct CallMatch {
    QString entityId;
    QString subject;
    QString note;
    QString outcome; // the call outcome (shown in the widget's note only if the user wants)
};
