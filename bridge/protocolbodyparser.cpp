// ProtocolParser, part 3: request bodies of the service paths and responses to host requests.
#include "protocolfieldreader.h"
#include "protocolparser.h"

#include <QJsonArray>
#include <QLoggingCategory>

using namespace Protocol;
using Presence = ProtocolFieldReader::Presence;

namespace ProtocolParser {

namespace {

std::optional<MatchedEntity> readEntity(ProtocolFieldReader &reader, const char *key) {
    const std::optional<QJsonObject> object = reader.object(key);
    if (!object) {
        return std::nullopt;
    }
    ProtocolFieldReader nested(*object, reader.fieldPath(QLatin1String(key)));
    MatchedEntity entity;
    entity.id = nested.id("id");
    entity.type = nested.text("type", kMaxLabelLength);
    entity.name = nested.text("name", kMaxNameLength);
    if (!nested.ok()) {
        reader.adopt(nested.error());
        return std::nullopt;
    }
    return entity;
}

// aiNote and transcript are recent additions whose shape is not pinned down (text in the
// versions we know). Only text is taken; anything else is dropped without failing the log.
QString readOptionalExtra(const QJsonObject &body, const char *key) {
    const QJsonValue value = body.value(QLatin1String(key));
    if (value.isString()) {
        return ProtocolFieldReader::truncated(value.toString(), kMaxNoteLength);
    }
    if (!value.isNull() && !value.isUndefined()) {
        qCDebug(lcProtocol) << "dropping non-text" << key << "of a call logger request";
    }
    return QString();
}

// Session id lists of the matcher. A null or empty entry is skipped (JSON.stringify turns an
// undefined id into null), because failing the whole match makes the widget cache every call
// in it as "not logged" for two hours.
QStringList readIdList(ProtocolFieldReader &reader, const char *key, Presence presence) {
    QStringList ids;
    const std::optional<QJsonArray> array = reader.array(key, kMaxSessionIds, presence);
    if (!array) {
        return ids;
    }
    ids.reserve(array->size());
    for (qsizetype i = 0; i < array->size(); ++i) {
        const QJsonValue element = array->at(i);
        if (element.isNull()) {
            continue;
        }
        QString id;
        const QString reason = ProtocolFieldReader::toId(element, &id);
        if (!reason.isEmpty()) {
            reader.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), reason);
            return QStringList();
        }
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

} // namespace

Parsed<CallLoggerRequest> parseCallLoggerBody(const QJsonObject &body) {
    ProtocolFieldReader reader(body, QStringLiteral("body"));
    CallLoggerRequest request;
    if (const std::optional<QJsonObject> object = reader.object("call", Presence::Required)) {
        Parsed<WidgetCall> call = parseCall(*object, QStringLiteral("body.call"));
        if (call) {
            request.call = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    // An unknown trigger is not malformed: newer widgets may add one; CallLogger decides.
    request.triggerName = reader.text("triggerType", kMaxLabelLength, Presence::Required);
    request.trigger = callLoggerTriggerFromWireName(request.triggerName);
    request.fromEntity = readEntity(reader, "fromEntity");
    request.toEntity = readEntity(reader, "toEntity");
    request.redirect = reader.boolean("redirect").value_or(false);
    request.note = reader.text("note", kMaxNoteLength);
    if (const std::optional<QJsonObject> formData = reader.object("formData")) {
        ProtocolFieldReader form(*formData, QStringLiteral("body.formData"));
        request.subject = form.text("subject", kMaxNameLength);
        const QString title = form.text("title", kMaxNameLength);
        if (request.subject.isEmpty()) {
            request.subject = title;
        }
        request.formNote = form.text("note", kMaxNoteLength);
        if (!form.ok()) {
            reader.adopt(form.error());
        }
    }
    request.aiNote = readOptionalExtra(body, "aiNote");
    request.transcript = readOptionalExtra(body, "transcript");
    return finish(reader, std::move(request));
}

Parsed<MatchRequest> parseMatchBody(const QJsonObject &body) {
    ProtocolFieldReader reader(body, QStringLiteral("body"));
    MatchRequest request;
    request.sessionIds = readIdList(reader, "sessionIds", Presence::Required);
    request.activeSessionIds = readIdList(reader, "activeSessionIds", Presence::Optional);
    return finish(reader, std::move(request));
}

Parsed<UnloggedCallsPage> parseUnloggedCallsResponse(const QJsonValue &response) {
    if (!response.isObject()) {
        return failure<UnloggedCallsPage>(QStringLiteral("response"),
                                          QStringLiteral("expected an object"));
    }
    ProtocolFieldReader reader(response.toObject(), QStringLiteral("response"));
    UnloggedCallsPage page;
    const std::optional<QJsonArray> calls =
        reader.array("calls", kMaxCallsPerPage, Presence::Required);
    if (calls) {
        for (qsizetype i = 0; i < calls->size(); ++i) {
            const QString path = QStringLiteral("response.calls[%1]").arg(i);
            const QJsonValue element = calls->at(i);
            Parsed<WidgetCall> call =
                element.isObject()
                    ? parseCall(element.toObject(), path)
                    : failure<WidgetCall>(path, QStringLiteral("expected an object"));
            if (call) {
                page.calls.append(*call);
            } else {
                ++page.skippedCalls;
                qCWarning(lcProtocol).noquote() << "skipping un-logged call: field"
                                                << call.error.field << "-" << call.error.reason;
            }
        }
    }
    page.hasMore = reader.boolean("hasMore").value_or(false);
    return finish(reader, std::move(page));
}

Parsed<std::optional<WidgetCall>> parseGetCallLogResponse(const QJsonValue &response) {
    using Result = std::optional<WidgetCall>;
    if (!response.isObject()) {
        return failure<Result>(QStringLiteral("response"), QStringLiteral("expected an object"));
    }
    ProtocolFieldReader reader(response.toObject(), QStringLiteral("response"));
    Result result;
    if (const std::optional<QJsonObject> object = reader.object("call")) {
        Parsed<WidgetCall> call = parseCall(*object, QStringLiteral("response.call"));
        if (call) {
            result = *call;
        } else {
            reader.adopt(call.error);
        }
    }
    return finish(reader, std::move(result));
}

} // namespace ProtocolParser
