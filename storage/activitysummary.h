#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>

// What the Activity window charts, for one period of whole local days: plain values computed by
// ActivityQueries on the storage thread, so the window only draws.
//
// Every call the filters select falls in exactly one of inbound, outbound and missed:
// missed is what CallQuery::missedOnly selects, outbound what direction == Outbound selects, and
// inbound the rest (CallQuery::inboundNotMissed), so clicking a part of a bar opens the history
// on exactly the calls it counts.
struct ActivityCounts {
    int calls = 0;
    int inbound = 0;  // not outbound, not missed
    int outbound = 0; // made by the user, whatever the result
    int missed = 0;   // not outbound, result Missed or Voicemail
    int talked = 0;   // calls with a duration above zero
    qint64 talkSeconds = 0;
    int withNote = 0;      // a subject or a note
    int withRecording = 0; // at least one recording

    void add(const ActivityCounts &other) {
        calls += other.calls;
        inbound += other.inbound;
        outbound += other.outbound;
        missed += other.missed;
        talked += other.talked;
        talkSeconds += other.talkSeconds;
        withNote += other.withNote;
        withRecording += other.withRecording;
    }
    bool operator==(const ActivityCounts &other) const {
        return calls == other.calls && inbound == other.inbound && outbound == other.outbound
               && missed == other.missed && talked == other.talked
               && talkSeconds == other.talkSeconds && withNote == other.withNote
               && withRecording == other.withRecording;
    }
};

struct ActivityDay {
    QDate date; // local
    ActivityCounts counts;
};

// One other party (CallQuery::contact is `key`).
struct ActivityContact {
    QString key;  // the number, or the name when the calls have no number
    QString name; // a name seen for it (empty when none)
    int calls = 0;
    qint64 talkSeconds = 0;
};

struct ActivitySummary {
    static constexpr int kTopContacts = 10;

    QDate first; // both included
    QDate last;
    ActivityCounts total;
    // One entry per day from first to last, days without calls included (as zeros).
    QList<ActivityDay> days;
    // Calls by local weekday (0 = Monday ... 6 = Sunday) and local hour (0-23) of their start.
    std::array<std::array<int, 24>, 7> callsByWeekdayHour{};
    // The ten other parties with the most calls, and with the most talk time (most first; ties
    // by key).
    QList<ActivityContact> topByCalls;
    QList<ActivityContact> topByTalkTime;
};
