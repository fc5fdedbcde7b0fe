#include "callexportformat.h"

#include <QDateTime>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace {

QJsonValue textOrNull(const QString &text) {
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Credentials a URL may carry in its query. Matched case-insensitively on the decoded key.
bool isCredentialKey(const QString &key) {
    static const QStringList keys{QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                                  QStringLiteral("id_token"),     QStringLiteral("token"),
                                  QStringLiteral("code"),         QStringLiteral("password"),
                                  QStringLiteral("client_secret")};
    return keys.contains(key, Qt::CaseInsensitive);
}

// The query of `url` (fully encoded) without credential parameters. Items that stay keep their
// exact encoding, so a link comes out as the widget gave it. A value that is itself a URL (the
// player page's `media=<contentUri>`) loses its credentials too: the widget builds it from the
// recording's contentUri, which carries ?access_token=… when recordingWithToken is set.
QString queryWithoutCredentials(const QUrl &url);

QString valueWithoutCredentials(const QString &encodedValue) {
    const QString value = QUrl::fromPercentEncoding(encodedValue.toUtf8());
    const QUrl nested(value, QUrl::StrictMode);
    if (!nested.isValid() || nested.scheme().isEmpty() || !nested.hasQuery()) {
        return encodedValue;
    }
    const QString query = queryWithoutCredentials(nested);
    if (query == nested.query(QUrl::FullyEncoded)) {
        return encodedValue;
    }
    QUrl cleaned = nested.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    cleaned.setQuery(query.isEmpty() ? QString() : query, QUrl::StrictMode);
    // Everything but unreserved characters encoded: '&', '=' and '+' must not leak into the
    // outer query.
    return QString::fromLatin1(QUrl::toPercentEncoding(cleaned.toString(QUrl::FullyEncoded)));
}

QString queryWithoutCredentials(const QUrl &url) {
    QStringList kept;
    const QStringList items =
        url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
        if (isCredentialKey(key)) {
            continue;
        }
        kept << (equals < 0
                     ? item
                     : item.left(equals + 1) + valueWithoutCredentials(item.mid(equals + 1)));
    }
    return kept.join(QLatin1Char('&'));
}

// Links are web pages, and the recording link only works with its query: the widget's player
// page is <recordingLink>?media=<contentUri>. So the query stays, without any credential (a
// file with exports gets mailed around); user info and fragment go.
QString safeLink(const QUrl &link) {
    if (link.isEmpty()) {
        return QString();
    }
    QUrl result = link.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    if (link.hasQuery()) {
        const QString query = queryWithoutCredentials(link);
        if (!query.isEmpty()) {
            result.setQuery(query, QUrl::StrictMode);
        }
    }
    return result.toString(QUrl::FullyEncoded);
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
    // New columns only ever go at the end (outcome and follow-up came last).
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
        QStringLiteral("outcome"),          QStringLiteral("followUp.dueAt"),
        QStringLiteral("followUp.text"),    QStringLiteral("followUp.doneAt"),
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
        CallDirections::wireName(call.direction),
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
    fields << isoUtc(call.lastUpdateMs) << call.outcome;
    if (call.followUp.isSet()) {
        fields << isoUtc(call.followUp.dueMs) << call.followUp.text
               << (call.followUp.isDone() ? isoUtc(call.followUp.doneMs) : QString());
    } else {
        fields << QString() << QString() << QString();
    }
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
    QJsonValue followUp(QJsonValue::Null);
    if (call.followUp.isSet()) {
        followUp = QJsonObject{
            {QStringLiteral("dueAt"), isoUtc(call.followUp.dueMs)},
            {QStringLiteral("text"), call.followUp.text},
            {QStringLiteral("doneAt"), call.followUp.isDone()
                                           ? QJsonValue(isoUtc(call.followUp.doneMs))
                                           : QJsonValue(QJsonValue::Null)},
        };
    }
    return QJsonObject{
        {QStringLiteral("sessionId"), textOrNull(call.sessionId)},
        {QStringLiteral("telephonySessionId"), textOrNull(call.telephonySessionId)},
        {QStringLiteral("callLogId"), textOrNull(call.callLogId)},
        {QStringLiteral("direction"), textOrNull(CallDirections::wireName(call.direction))},
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
        // Chosen by the user like the note: "" when none.
        {QStringLiteral("outcome"), call.outcome},
        {QStringLiteral("followUp"), followUp},
    };
}

} // namespace CallExportFormat
