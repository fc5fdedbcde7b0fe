#include "recordingfilename.h"

#include <QDateTime>
#include <QHash>

namespace RecordingFileName {

namespace {

QString keepOnly(const QString &text, bool (*allowed)(QChar), int maxLength) {
    QString result;
    for (const QChar c : text) {
        if (allowed(c)) {
            result.append(c);
        }
        if (result.size() >= maxLength) {
            break;
        }
    }
    return result.isEmpty() ? QStringLiteral("unknown") : result;
}

bool isAsciiDigit(QChar c) {
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isNumberChar(QChar c) {
    return isAsciiDigit(c) || c == QLatin1Char('+');
}

bool isIdChar(QChar c) {
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('-')
           || c == QLatin1Char('_');
}

} // namespace

QString extensionForContentType(const QByteArray &contentType) {
    static const QHash<QByteArray, QString> extensions = {
        {"audio/mpeg", QStringLiteral("mp3")},   {"audio/mp3", QStringLiteral("mp3")},
        {"audio/wav", QStringLiteral("wav")},    {"audio/x-wav", QStringLiteral("wav")},
        {"audio/wave", QStringLiteral("wav")},   {"audio/vnd.wave", QStringLiteral("wav")},
        {"audio/ogg", QStringLiteral("ogg")},    {"audio/opus", QStringLiteral("opus")},
        {"audio/mp4", QStringLiteral("m4a")},    {"audio/x-m4a", QStringLiteral("m4a")},
        {"audio/aac", QStringLiteral("aac")},    {"audio/webm", QStringLiteral("webm")},
        {"video/mp4", QStringLiteral("mp4")},    {"audio/flac", QStringLiteral("flac")},
        {"audio/x-flac", QStringLiteral("flac")}};
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return extensions.value(type, QStringLiteral("bin"));
}

QString sanitizedNumber(const QString &number) {
    return keepOnly(number, isNumberChar, 32);
}

QString sanitizedId(const QString &id) {
    return keepOnly(id, isIdChar, 64);
}

QString baseName(const CallRecord &call, const RecordingRecord &recording) {
    const qint64 startMs = call.startTimeMs.value_or(recording.createdMs);
    const QString time = QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd_HHmmss"));
    // The widget's fixed English words: file names must not change with the UI language.
    const QString direction = call.direction == CallDirection::Unknown
                                  ? QStringLiteral("Unknown")
                                  : CallDirections::wireName(call.direction);
    return QStringLiteral("%1_%2_%3_%4")
        .arg(time, direction, sanitizedNumber(call.otherNumber()),
             sanitizedId(recording.recordingId));
}

} // namespace RecordingFileName
