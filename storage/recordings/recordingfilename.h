#pragma once

#include "callrecord.h"

#include <QByteArray>
#include <QString>

// How a downloaded recording is named on disk:
//   YYYY-MM-DD_HHMMSS_<direction>_<other number>_<recordingId>.<ext>
// The parts come from the widget (numbers, ids, Content-Type), so every part is reduced to a
// small safe alphabet: a hostile id such as "../../x" must never leave the recordings folder.
namespace RecordingFileName {

// "mp3", "wav", "ogg", "m4a", ... for a Content-Type header value (parameters such as
// "; codecs=opus" are ignored); "bin" when the type is unknown or missing.
QString extensionForContentType(const QByteArray &contentType);

// Digits and '+' only ("+1 (555) 123-0001" -> "+15551230001"); "unknown" when nothing is left.
QString sanitizedNumber(const QString &number);

// Letters, digits, '-' and '_' only, at most 64 characters; "unknown" when nothing is left.
QString sanitizedId(const QString &id);

// The name without extension. The time is the call's start in local time (the user's clock),
// falling back to `recording.createdMs` when the start is unknown. The other number is the
// caller for inbound calls and the callee for outbound ones.
QString baseName(const CallRecord &call, const RecordingRecord &recording);

} // namespace RecordingFileName
