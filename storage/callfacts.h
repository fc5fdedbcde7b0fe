#pragma once

#include "calldetails.h"
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
// them, plus the recording it may announce. Empty strings and empty optionals mean "not known in
// this update": the store never lets them erase a value it already has. Subject and note are
// deliberately absent: automatic updates must never change what the user wrote (see
// CallStore::setNote).
struct CallFacts : CallDetails {
    std::optional<RecordingFacts> recording;
};
