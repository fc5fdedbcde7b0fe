#include "calltext.h"

#include <QDateTime>

QString CallText::direction(CallDirection direction) {
    switch (direction) {
    case CallDirection::Inbound:
        //: Direction of a call: the other party called the user.
        return tr("Inbound");
    case CallDirection::Outbound:
        //: Direction of a call: the user called the other party.
        return tr("Outbound");
    case CallDirection::Unknown:
        break;
    }
    return tr("Unknown", "call direction");
}

QString CallText::otherParty(const CallRecord &call) {
    const QString name = call.otherName().trimmed();
    if (!name.isEmpty()) {
        return name;
    }
    const QString number = call.otherNumber().trimmed();
    return number.isEmpty() ? tr("an unknown number") : number;
}

QString CallText::partyLabel(const QString &name, const QString &number) {
    const QString trimmedName = name.trimmed();
    const QString trimmedNumber = number.trimmed();
    if (trimmedName.isEmpty()) {
        return trimmedNumber.isEmpty() ? tr("Unknown caller") : trimmedNumber;
    }
    if (trimmedNumber.isEmpty() || trimmedName == trimmedNumber) {
        return trimmedName;
    }
    //: A caller in a notification: name (phone number).
    return tr("%1 (%2)").arg(trimmedName, trimmedNumber);
}

QString CallText::otherPartyLabel(const CallRecord &call) {
    return partyLabel(call.otherName(), call.otherNumber());
}

QString CallText::defaultSubject(const CallRecord &call) {
    switch (call.direction) {
    case CallDirection::Inbound:
        return tr("Inbound call from %1").arg(otherParty(call));
    case CallDirection::Outbound:
        return tr("Outbound call to %1").arg(otherParty(call));
    case CallDirection::Unknown:
        break;
    }
    return tr("Call with %1").arg(otherParty(call));
}

QString CallText::startTime(const std::optional<qint64> &startTimeMs, const QLocale &locale) {
    if (!startTimeMs) {
        return tr("Unknown", "start time of a call");
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(*startTimeMs, Qt::UTC).toLocalTime();
    // Date and time separately: the long date names the day ("Tuesday, 5 March 2024") while the
    // short time drops seconds and the time zone, which only add noise here.
    return tr("%1, %2", "long date, short time")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString CallText::formatDuration(qint64 seconds) {
    seconds = qMax<qint64>(0, seconds);
    const QChar zero(u'0');
    if (seconds < 3600) {
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, zero);
    }
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds / 60) % 60, 2, 10, zero)
        .arg(seconds % 60, 2, 10, zero);
}

QString CallText::duration(const CallRecord &call) {
    if (call.durationSeconds) {
        return formatDuration(*call.durationSeconds);
    }
    return call.isFinal ? tr("Unknown", "duration of a call") : tr("In progress");
}

QString CallText::result(const QString &result) {
    // Live presence/telephony states and final call-log results as RingCentral spells them.
    // Translators see them as results of a call ("Busy": the other line was busy).
    static const struct {
        const char *word;
        const char *text;
    } kResults[] = {
        {"Setup", QT_TR_NOOP("Ringing")},
        {"Proceeding", QT_TR_NOOP("Ringing")},
        {"Ringing", QT_TR_NOOP("Ringing")},
        {"CallConnected", QT_TR_NOOP("Connected")},
        {"Answered", QT_TR_NOOP("Connected")},
        {"OnHold", QT_TR_NOOP("On hold")},
        {"Hold", QT_TR_NOOP("On hold")},
        {"Disconnected", QT_TR_NOOP("Ended")},
        {"NoCall", QT_TR_NOOP("Ended")},
        {"Accepted", QT_TR_NOOP("Answered")},
        {"Call connected", QT_TR_NOOP("Answered")},
        {"Missed", QT_TR_NOOP("Missed")},
        {"Voicemail", QT_TR_NOOP("Voicemail")},
        {"Rejected", QT_TR_NOOP("Rejected")},
        {"Declined", QT_TR_NOOP("Declined")},
        {"Busy", QT_TR_NOOP("Busy")},
        {"No Answer", QT_TR_NOOP("No answer")},
        {"Hang Up", QT_TR_NOOP("Hung up")},
        {"Blocked", QT_TR_NOOP("Blocked")},
    };
    const QString trimmed = result.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Unknown", "result of a call");
    }
    for (const auto &entry : kResults) {
        if (trimmed.compare(QLatin1String(entry.word), Qt::CaseInsensitive) == 0) {
            return tr(entry.text);
        }
    }
    return trimmed;
}

QString CallText::recording(bool hasRecording) {
    //: Whether the call has a recording.
    return hasRecording ? tr("Yes") : tr("No");
}
