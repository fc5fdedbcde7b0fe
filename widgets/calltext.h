#pragma once

#include "callrecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// The words CallDock uses for a call: direction, other party, duration, result. The dialog, the
// history and the tray all describe calls through this one helper, so a call reads the same
// everywhere, and the words can be tested without a window.
class CallText final {
    Q_DECLARE_TR_FUNCTIONS(CallText)

public:
    CallText() = delete;

    static QString direction(CallDirection direction);
    // The other party (CallDetails::otherName/otherNumber): name, else number, else a
    // placeholder; for titles and the default subject.
    static QString otherParty(const CallRecord &call);
    // "Ada Lovelace (+1 650 555 0100)", the name or the number alone, or "Unknown caller": for
    // notifications and the tray, where the number helps.
    static QString partyLabel(const QString &name, const QString &number);
    static QString otherPartyLabel(const CallRecord &call);
    // "Inbound call from Ada Lovelace", "Outbound call to +1 650 555 0100", ...
    static QString defaultSubject(const CallRecord &call);
    // Long date and short time in `locale` (the user's: QLocale::system()), local time zone.
    static QString startTime(const std::optional<qint64> &startTimeMs, const QLocale &locale);
    // formatDuration when known; "In progress" for a live call without a duration yet.
    static QString duration(const CallRecord &call);
    // m:ss under an hour, h:mm:ss from an hour on: the one duration format of CallDock.
    static QString formatDuration(qint64 seconds);
    // Known RingCentral result words in the user's language; anything else as the widget sent it.
    static QString result(const QString &result);
    static QString recording(bool hasRecording);
};
