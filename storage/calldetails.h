#pragma once

#include "calldirection.h"

#include <QString>

#include <optional>

// The facts about one call: what the widget reports and the store keeps. Both an automatic
// update (CallFacts) and a stored row (CallRecord) are these facts plus their own part, so the
// facts are never copied field by field between them.
struct CallDetails {
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

    // The other party (CallDirections::otherSide): the one rule every caller uses.
    const QString &otherName() const {
        return CallDirections::otherSide(direction, fromName, toName);
    }
    const QString &otherNumber() const {
        return CallDirections::otherSide(direction, fromNumber, toNumber);
    }
};
