#pragma once

#include "calltypes.h"

#include <QString>
#include <QtGlobal>

#include <optional>

// Which calls the history window shows or an export writes, and in which order. It is a plain
// value: CallHistoryReader turns it into SQL, so filtering and sorting never load every call.
struct CallQuery {
    enum class SortColumn { StartTime, Direction, Name, Number, Duration, Result, Note, Recording };
    // Calls by their follow-up: any follow-up, open ones not yet due, overdue ones, done ones.
    enum class FollowUps { Ignore, Any, Due, Overdue, Done };

    // Words that must all occur (case-insensitively for ASCII letters) in the name or number of
    // either party, the subject or the note. Text that looks like a phone number ("(555) 12-3")
    // is one term, and its digits alone are matched against the numbers as well.
    QString text;
    CallDirection direction = CallDirection::Unknown; // Unknown: both directions
    // Start time range, half open: sinceMs <= start < untilMs (UTC ms). Calls without a start
    // time are left out as soon as either end is set.
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
    bool missedOnly = false;    // not outbound, and the result is "Missed" or "Voicemail"
    bool withRecording = false; // at least one recording row
    bool withNote = false;      // a subject or a note was written
    // Not outbound and not missed: the "Inbound" part of Activity's calls per day (unlike
    // direction == Inbound it includes calls whose direction the widget never told).
    bool inboundNotMissed = false;
    // One other party, as Activity's top contacts name it: calls whose other party's number is
    // exactly this, or, for calls without a number, whose other party's name is.
    QString contact;
    QString outcome; // exactly this outcome; empty: any
    FollowUps followUps = FollowUps::Ignore;
    SortColumn sortColumn = SortColumn::StartTime;
    Qt::SortOrder sortOrder = Qt::DescendingOrder;

    bool hasFilter() const {
        return !text.trimmed().isEmpty() || direction != CallDirection::Unknown || sinceMs
               || untilMs || missedOnly || withRecording || withNote || inboundNotMissed
               || !contact.isEmpty() || !outcome.isEmpty() || followUps != FollowUps::Ignore;
    }

    // The same order with every filter cleared.
    CallQuery withoutFilters() const {
        CallQuery query;
        query.sortColumn = sortColumn;
        query.sortOrder = sortOrder;
        return query;
    }

    bool operator==(const CallQuery &other) const {
        return text == other.text && direction == other.direction && sinceMs == other.sinceMs
               && untilMs == other.untilMs && missedOnly == other.missedOnly
               && withRecording == other.withRecording && withNote == other.withNote
               && inboundNotMissed == other.inboundNotMissed && contact == other.contact
               && outcome == other.outcome && followUps == other.followUps
               && sortColumn == other.sortColumn && sortOrder == other.sortOrder;
    }
    bool operator!=(const CallQuery &other) const { return !(*this == other); }
};
