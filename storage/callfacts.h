#pragma once

#include "calltypes.h"

#include <QString>
#include <QUrl>

#include <optional>

// What the widget told CallDock about a recording (protocol.md 4.3), already parsed by app/.
struct RecordingFacts {
    QString id; // the RingCentral recording id; required, a recording without one is ignored
    // The media URL. It may still carry ?access_token=...: the store strips the query (and user
    // info) before writing, so no token ever reaches the disk. Downloaders keep the full URL in
    // memory only.
    QUrl contentUri;
    QUrl link;    // the web page that plays the recording (no credential in it)
    QString type; // "OnDemand", "Automatic", ...
};

// The facts about one call as an automatic update (presenceUpdate, callLogSync, catch-up) sees
// them. Empty strings and empty optionals mean "not known in this update": the store never lets
// them erase a value it already has. Subject and note are deliberately absent: automatic updates
// must never change what the user wrote (see CallStore::setNote).
struct CallFacts {
    QString sessionId; // the key; required
    QString telephonySessionId;
    QString callLogId; // call-log record id; only call-log records (final facts) have one
    CallDirection direction = CallDirection::Unknown;
    QString fromNumber;
    QString fromName;
    QString toNumber;
    QString toName;
    std::optional<qint64> startTimeMs; // UTC, milliseconds since the epoch
    std::optional<qint64> durationSeconds;
    QString result; // live status ("CallConnected") or call-log result ("Accepted", "Missed")
    QString action; // "Phone Call", "VoIP Call"; call-log records only
    // True for authoritative call-log facts (callLogSync, catch-up records: a record with
    // `action`). Final facts win over live ones; live facts may only fill gaps in final ones.
    bool isFinal = false;
    std::optional<RecordingFacts> recording;
};
