#pragma once

#include <QString>

// One change in the outbox: what changed (a call or, later, a message, by its key), how, and
// the event id a receiver uses to see each change once however often it is delivered.
struct OutboxEntry {
    qint64 seq = 0; // monotonic, never reused
    QString eventId;
    QString entityKind; // "call" (later also "message")
    QString entityKey;  // the call's sessionId
    QString change;     // created, updated, finished, note, deleted, recording
    qint64 createdMs = 0;
};
