#include "protocolfieldreader.h"

#include <cmath>

using Protocol::Malformed;

namespace {

// An epoch or duration written as a string: plain digits only (no sign, no exponent), and short
// enough that the conversion cannot overflow.
bool isDigitString(const QString &text, int maxDigits) {
    if (text.isEmpty() || text.size() > maxDigits) {
        return false;
    }
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return false;
        }
    }
    return true;
}

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString wrongType(const char *expected, const QJsonValue &value) {
    return QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(value));
}

} // namespace

ProtocolFieldReader::ProtocolFieldReader(const QJsonObject &object, const QString &path)
    : m_object(object)
    , m_path(path) {}

QString ProtocolFieldReader::fieldPath(const QString &key) const {
    if (m_path.isEmpty()) {
        return key;
    }
    return m_path + QLatin1Char('.') + key;
}

void ProtocolFieldReader::fail(const QString &key, const QString &reason) {
    if (!m_error) {
        m_error = Malformed{fieldPath(key), reason};
    }
}

void ProtocolFieldReader::adopt(const Malformed &error) {
    if (!m_error) {
        m_error = error;
    }
}

bool ProtocolFieldReader::checkPresent(const char *key, const QJsonValue &value,
                                       Presence presence) {
    if (!ok()) {
        return false;
    }
    if (isAbsent(value)) {
        if (presence == Presence::Required) {
            fail(QLatin1String(key), QStringLiteral("missing"));
        }
        return false;
    }
    return true;
}

QString ProtocolFieldReader::truncated(const QString &text, int maxLength) {
    if (text.size() <= maxLength) {
        return text;
    }
    QString result = text.left(maxLength);
    if (!result.isEmpty() && result.back().isHighSurrogate()) {
        result.chop(1);
    }
    return result;
}

QString ProtocolFieldReader::toId(const QJsonValue &value, QString *out) {
    if (value.isString()) {
        const QString text = value.toString();
        if (text.size() > Protocol::kMaxIdLength) {
            return QStringLiteral("longer than %1").arg(Protocol::kMaxIdLength);
        }
        *out = text;
        return QString();
    }
    if (value.isDouble()) {
        // The widget's ids are strings, but RingCentral ids are digits and JavaScript code may
        // hand them on as numbers. Accept exactly representable integers only, so "1e21" or
        // 12.5 never become a different id.
        const double number = value.toDouble();
        if (!std::isfinite(number) || number < 0 || number != std::floor(number)) {
            return QStringLiteral("number is not a non-negative integer");
        }
        const qint64 integer = value.toInteger(-1);
        if (integer < 0) {
            return QStringLiteral("number out of range");
        }
        *out = QString::number(integer);
        return QString();
    }
    return wrongType("string or number", value);
}

QString ProtocolFieldReader::toText(const QJsonValue &value, int maxLength, QString *out) {
    if (!value.isString()) {
        return wrongType("string", value);
    }
    *out = truncated(value.toString(), maxLength);
    return QString();
}

QString ProtocolFieldReader::id(const char *key, Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return QString();
    }
    QString result;
    const QString reason = toId(v, &result);
    if (!reason.isEmpty()) {
        fail(QLatin1String(key), reason);
        return QString();
    }
    if (result.isEmpty() && presence == Presence::Required) {
        fail(QLatin1String(key), QStringLiteral("empty"));
    }
    return result;
}

QString ProtocolFieldReader::text(const char *key, int maxLength, Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return QString();
    }
    QString result;
    const QString reason = toText(v, maxLength, &result);
    if (!reason.isEmpty()) {
        fail(QLatin1String(key), reason);
        return QString();
    }
    return result;
}

QString ProtocolFieldReader::url(const char *key, Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return QString();
    }
    if (!v.isString()) {
        fail(QLatin1String(key), wrongType("string", v));
        return QString();
    }
    const QString result = v.toString();
    if (result.size() > Protocol::kMaxUrlLength) {
        fail(QLatin1String(key), QStringLiteral("longer than %1").arg(Protocol::kMaxUrlLength));
        return QString();
    }
    if (result.isEmpty() && presence == Presence::Required) {
        fail(QLatin1String(key), QStringLiteral("empty"));
    }
    return result;
}

std::optional<bool> ProtocolFieldReader::boolean(const char *key, Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return std::nullopt;
    }
    // No truthiness: "false" as a string is a protocol change worth noticing, not a true.
    if (!v.isBool()) {
        fail(QLatin1String(key), wrongType("boolean", v));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<int> ProtocolFieldReader::durationSeconds(const char *key) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, Presence::Optional)) {
        return std::nullopt;
    }
    double seconds = 0;
    if (v.isDouble()) {
        seconds = v.toDouble();
    } else if (v.isString() && isDigitString(v.toString(), 9)) {
        seconds = v.toString().toDouble();
    } else {
        fail(QLatin1String(key), wrongType("number", v));
        return std::nullopt;
    }
    if (!std::isfinite(seconds) || seconds < 0 || seconds > Protocol::kMaxDurationSeconds) {
        fail(QLatin1String(key), QStringLiteral("out of range"));
        return std::nullopt;
    }
    return static_cast<int>(std::lround(seconds));
}

QDateTime ProtocolFieldReader::time(const char *key) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, Presence::Optional)) {
        return QDateTime();
    }
    double epochMs = 0;
    if (v.isDouble()) {
        epochMs = v.toDouble();
    } else if (v.isString() && isDigitString(v.toString(), 15)) {
        epochMs = v.toString().toDouble();
    } else if (v.isString()) {
        // Some paths hand over RingCentral's ISO strings ("2024-05-01T10:00:00.000Z"). The cap
        // keeps the date parser away from megabytes of text.
        const QString text = v.toString().trimmed();
        const QDateTime parsed =
            text.size() <= 64 ? QDateTime::fromString(text, Qt::ISODateWithMs) : QDateTime();
        if (!parsed.isValid()) {
            fail(QLatin1String(key), QStringLiteral("not an epoch or ISO 8601 time"));
            return QDateTime();
        }
        // Same range as epochs, so a time always survives a write as epoch and a re-parse.
        epochMs = double(parsed.toMSecsSinceEpoch());
    } else {
        fail(QLatin1String(key), wrongType("number or string", v));
        return QDateTime();
    }
    if (!std::isfinite(epochMs) || epochMs < 0 || epochMs > double(Protocol::kMaxEpochMs)) {
        fail(QLatin1String(key), QStringLiteral("out of range"));
        return QDateTime();
    }
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(epochMs), Qt::UTC);
}

std::optional<QJsonObject> ProtocolFieldReader::object(const char *key, Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return std::nullopt;
    }
    if (!v.isObject()) {
        fail(QLatin1String(key), wrongType("object", v));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> ProtocolFieldReader::array(const char *key, int maxSize,
                                                     Presence presence) {
    const QJsonValue v = value(key);
    if (!checkPresent(key, v, presence)) {
        return std::nullopt;
    }
    if (!v.isArray()) {
        fail(QLatin1String(key), wrongType("array", v));
        return std::nullopt;
    }
    const QJsonArray result = v.toArray();
    if (result.size() > maxSize) {
        fail(QLatin1String(key), QStringLiteral("more than %1 entries").arg(maxSize));
        return std::nullopt;
    }
    return result;
}
