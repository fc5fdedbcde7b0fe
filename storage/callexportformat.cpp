#include "callexportformat.h"

#include <QDateTime>
#include <QJsonValue>
#include <QUrl>

namespace {

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Links are web pages; a query could only ever carry something we do not want in a file that
// users mail around, so it goes, along with user info and fragment.
QString safeLink(const QUrl &link) {
    if (link.isEmpty()) {
        return QString();
    }
    return link.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString();
}

QJsonObject party(const QString &number, const QString &name) {
    return QJsonObject{{QStringLiteral("phoneNumber"), textOrNull(number)},
                       {QStringLiteral("name"), textOrNull(name)}};
}

QString optionalTime(const std::optional<qint64> &ms) {
    return ms ? CallExportFormat::isoUtc(*ms) : QString();
}

bool needsQuotes(const QString &field) {
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n')) {
            return true;
        }
    }
    return false;
}

} // namespace

namespace CallExportFormat {

QString isoUtc(qint64 msSinceEpoch) {
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

QStringList csvColumns() {
    return {
        QStringLiteral("sessionId"),        QStringLiteral("telephonySessionId"),
        QStringLiteral("callLogId"),        QStringLiteral("direction"),
        QStringLiteral("from.phoneNumber"), QStringLiteral("from.name"),
        QStringLiteral("to.phoneNumber"),   QStringLiteral("to.name"),
        QStringLiteral("startTime"),        QStringLiteral("durationSeconds"),
        QStringLiteral("result"),           QStringLiteral("action"),
        QStringLiteral("subject"),          QStringLiteral("note"),
        QStringLiteral("loggedBy"),         QStringLiteral("recording.id"),
        QStringLiteral("recording.state"),  QStringLiteral("recording.file"),
        QStringLiteral("recording.link"),   QStringLiteral("updatedAt"),
    };
}

QByteArray csvRecord(const QStringList &fields) {
    QByteArray line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += ',';
        }
        const QString &field = fields.at(i);
        if (needsQuotes(field)) {
            QString quoted = field;
            quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            line += '"' + quoted.toUtf8() + '"';
        } else {
            line += field.toUtf8();
        }
    }
    line += "\r\n";
    return line;
}

QStringList csvFields(const CallHistoryRow &row) {
    const CallRecord &call = row.call;
    QStringList fields{
        call.sessionId,
        call.telephonySessionId,
        call.callLogId,
        CallTypes::directionText(call.direction),
        call.fromNumber,
        call.fromName,
        call.toNumber,
        call.toName,
        optionalTime(call.startTimeMs),
        call.durationSeconds ? QString::number(*call.durationSeconds) : QString(),
        call.result,
        call.action,
        call.subject,
        call.note,
        CallTypes::loggedByText(call.loggedBy),
    };
    if (row.recording) {
        fields << row.recording->recordingId << CallTypes::recordingStateText(row.recording->state)
               << row.recording->localFile << safeLink(row.recording->link);
    } else {
        fields << QString() << QString() << QString() << QString();
    }
    fields << isoUtc(call.lastUpdateMs);
    return fields;
}

QJsonObject jsonObject(const CallHistoryRow &row) {
    const CallRecord &call = row.call;
    QJsonValue recording(QJsonValue::Null);
    if (row.recording) {
        recording = QJsonObject{
            {QStringLiteral("id"), textOrNull(row.recording->recordingId)},
            {QStringLiteral("state"),
             textOrNull(CallTypes::recordingStateText(row.recording->state))},
            {QStringLiteral("file"), textOrNull(row.recording->localFile)},
            {QStringLiteral("link"), textOrNull(safeLink(row.recording->link))},
        };
    }
    return QJsonObject{
        {QStringLiteral("sessionId"), textOrNull(call.sessionId)},
        {QStringLiteral("telephonySessionId"), textOrNull(call.telephonySessionId)},
        {QStringLiteral("callLogId"), textOrNull(call.callLogId)},
        {QStringLiteral("direction"), textOrNull(CallTypes::directionText(call.direction))},
        {QStringLiteral("from"), party(call.fromNumber, call.fromName)},
        {QStringLiteral("to"), party(call.toNumber, call.toName)},
        {QStringLiteral("startTime"), textOrNull(optionalTime(call.startTimeMs))},
        {QStringLiteral("durationSeconds"), call.durationSeconds
                                                ? QJsonValue(qint64(*call.durationSeconds))
                                                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("result"), textOrNull(call.result)},
        {QStringLiteral("action"), textOrNull(call.action)},
        // What the user wrote is never unknown: an empty note is "".
        {QStringLiteral("subject"), call.subject},
        {QStringLiteral("note"), call.note},
        {QStringLiteral("loggedBy"), CallTypes::loggedByText(call.loggedBy)},
        {QStringLiteral("recording"), recording},
        {QStringLiteral("updatedAt"), isoUtc(call.lastUpdateMs)},
    };
}

} // namespace CallExportFormat
