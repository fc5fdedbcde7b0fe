#include "instancemessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace InstanceMessage {

namespace {

constexpr int kVersion = 1;
constexpr int kMaxArguments = 64;

QByteArray frame(const QJsonObject &object) {
    const QByteArray payload = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QByteArray result(4, '\0');
    qToBigEndian(quint32(payload.size()), result.data());
    return result + payload;
}

std::optional<QJsonObject> parseVersioned(const QByteArray &payload) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("v")).toInt(-1) != kVersion) {
        return std::nullopt;
    }
    return object;
}

} // namespace

QByteArray encodeArguments(const QStringList &arguments) {
    return frame(QJsonObject{{QStringLiteral("v"), kVersion},
                             {QStringLiteral("args"), QJsonArray::fromStringList(arguments)}});
}

QByteArray encodeAcknowledgement() {
    return frame(QJsonObject{{QStringLiteral("v"), kVersion}, {QStringLiteral("ok"), true}});
}

Reader::Status Reader::feed(const QByteArray &bytes) {
    if (m_invalid) {
        return Status::Invalid;
    }
    m_buffer.append(bytes);
    if (m_buffer.size() < 4) {
        return Status::NeedMore;
    }
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > kMaxFrameBytes) {
        m_invalid = true;
        m_buffer.clear();
        return Status::Invalid;
    }
    if (quint32(m_buffer.size() - 4) < length) {
        return Status::NeedMore;
    }
    m_frame = m_buffer.mid(4, qsizetype(length));
    m_buffer.remove(0, qsizetype(length) + 4);
    return Status::Complete;
}

std::optional<QStringList> decodeArguments(const QByteArray &payload) {
    const std::optional<QJsonObject> object = parseVersioned(payload);
    if (!object) {
        return std::nullopt;
    }
    const QJsonValue args = object->value(QLatin1String("args"));
    if (!args.isArray() || args.toArray().size() > kMaxArguments) {
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue &value : args.toArray()) {
        if (!value.isString()) {
            return std::nullopt;
        }
        result << value.toString();
    }
    return result;
}

bool decodeAcknowledgement(const QByteArray &payload) {
    const std::optional<QJsonObject> object = parseVersioned(payload);
    return object && object->value(QLatin1String("ok")).toBool();
}

} // namespace InstanceMessage
