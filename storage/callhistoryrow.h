#pragma once

#include "callrecord.h"

#include <optional>

// One line of the call history: the call and its newest recording, if it has one.
struct CallHistoryRow {
    CallRecord call;
    std::optional<RecordingRecord> recording;

    // The other party: the caller of an inbound call, the callee of an outbound one (and the
    // "from" side when the direction is unknown, as the widget reports live calls that way).
    const QString &otherName() const {
        return call.direction == CallDirection::Outbound ? call.toName : call.fromName;
    }
    const QString &otherNumber() const {
        return call.direction == CallDirection::Outbound ? call.toNumber : call.fromNumber;
    }
};
