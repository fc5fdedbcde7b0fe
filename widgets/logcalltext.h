#pragma once

#include "callrecord.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

// The words a "Log call" dialog shows for a call, kept apart from the dialog so they are the same
// wherever a call is described and can be tested without a window.
class LogCallText final {
    Q_DECLARE_TR_FUNCTIONS(LogCallText)

public:
    LogCallText() = delete;

    static QString direction(CallDirection direction);
    // The other party: the caller of an inbound call, the callee of an outbound one.
    static QString otherName(const CallRecord &call);
    static QString otherNumber(const CallRecord &call);
    // Name, else number, else a placeholder: for titles and the default subject.
    static QString otherParty(const CallRecord &call);
    // "Inbound call from Ada Lovelace", "Outbound call to +1 650 555 0100", ...
    static QString defaultSubject(const CallRecord &call);
    // Long date and short time in `locale` (the user's: QLocale::system()), local time zone.
    static QString startTime(const std::optional<qint64> &startTimeMs, const QLocale &locale);
    // h:mm:ss when known; "In progress" for a live call without a duration yet.
    static QString duration(const CallRecord &call);
    static QString formatDuration(qint64 seconds);
    // Known RingCentral result words in the user's language; anything else as the widget sent it.
    static QString result(const QString &result);
    static QString recording(bool hasRecording);
};
