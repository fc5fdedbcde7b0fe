#pragma once

// Call databases with known activity for the Activity tests, benchmark and screenshot: calls
// with exact start times (so day and hour buckets are known), written through the real
// CallStore.

#include "callstore.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <cstdlib>
#include <ctime>

namespace ActivityFixture {

struct Call {
    qint64 startMs = 0;
    CallDirection direction = CallDirection::Inbound;
    QString result = QStringLiteral("Accepted");
    qint64 durationSeconds = 60;
    QString number = QStringLiteral("+15550000001");
    QString name = QStringLiteral("Ada Lovelace");
    bool note = false;
    bool recording = false;
};

// A start time given as local wall-clock time in the process's time zone (set TZ first).
inline qint64 local(int year, int month, int day, int hour, int minute = 0) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::LocalTime)
        .toMSecsSinceEpoch();
}

// Switches the process's local time zone (Qt's local time follows the C library's).
inline void setTimeZone(const char *tz) {
    qputenv("TZ", tz);
    tzset();
}

inline CallFacts factsOf(const Call &call, int i) {
    CallFacts facts;
    facts.sessionId = QStringLiteral("activity-%1").arg(i);
    facts.callLogId = QStringLiteral("log-%1").arg(i);
    facts.direction = call.direction;
    const QString me = QStringLiteral("+16505550100");
    if (call.direction == CallDirection::Outbound) {
        facts.fromNumber = me;
        facts.toNumber = call.number;
        facts.toName = call.name;
    } else {
        facts.fromNumber = call.number;
        facts.fromName = call.name;
        facts.toNumber = me;
    }
    facts.startTimeMs = call.startMs;
    facts.durationSeconds = call.durationSeconds;
    facts.result = call.result;
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    if (call.recording) {
        RecordingFacts recording;
        recording.id = QStringLiteral("rec-%1").arg(i);
        recording.link = QUrl(QStringLiteral("https://service.example.invalid/rec/%1").arg(i));
        facts.recording = recording;
    }
    return facts;
}

// Writes `calls` (session ids activity-0, activity-1, ...). False on the first failure.
inline bool write(CallStore &store, const QList<Call> &calls) {
    QList<CallFacts> facts;
    for (int i = 0; i < calls.size(); ++i) {
        facts << factsOf(calls.at(i), i);
    }
    if (!store.upsertCalls(facts, LoggedBy::Auto).ok) {
        return false;
    }
    for (int i = 0; i < calls.size(); ++i) {
        if (calls.at(i).note
            && !store
                    .setNote(QStringLiteral("activity-%1").arg(i), QStringLiteral("Follow up"),
                             QStringLiteral("Wants a quote"))
                    .ok) {
            return false;
        }
    }
    return true;
}

// A varied, deterministic month of calls ending on local day `last`: call i is on day
// (i * 7 + i / days) % days, at hour 8 + (i * 3) % 10; every 6th inbound call is missed, every 4th
// has a note, every 5th a recording; twelve contacts, unevenly called, one of them without a name.
// Day 3 (counted back from `last`) has no calls.
inline QList<Call> month(const QDate &last, int count = 240, int days = 30) {
    static const char *const names[] = {"Ada Lovelace",    "Grace Hopper",   "Alan Turing",
                                        "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth",
                                        "Frances Allen",   "Ken Thompson",   "Margaret Hamilton",
                                        "Dennis Ritchie",  "Radia Perlman",  ""};
    QList<Call> calls;
    for (int i = 0; i < count; ++i) {
        const int back = (i * 7 + i / days) % days;
        if (back == 3) {
            continue;
        }
        Call call;
        const QDate day = last.addDays(-back);
        call.startMs = QDateTime(day, QTime(8 + (i * 3) % 10, (i * 13) % 60), Qt::LocalTime)
                           .toMSecsSinceEpoch();
        call.direction = i % 3 == 0 ? CallDirection::Outbound : CallDirection::Inbound;
        const bool missed = call.direction == CallDirection::Inbound && i % 6 == 1;
        call.result = missed ? QStringLiteral("Missed") : QStringLiteral("Accepted");
        call.durationSeconds = missed ? 0 : 30 + (i * 97) % 1200;
        const int contact = (i * 5 + i / 12 + (i * i) % 7) % 12;
        call.number = QStringLiteral("+1555010%1").arg(contact, 4, 10, QLatin1Char('0'));
        call.name = QLatin1String(names[contact]);
        call.note = i % 4 == 0;
        call.recording = i % 5 == 0;
        calls << call;
    }
    return calls;
}

} // namespace ActivityFixture
