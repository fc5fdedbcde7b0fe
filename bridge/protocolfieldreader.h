#pragma once

#include "protocol.h"
#include "protocolparser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>

#include <optional>

// Internal to the protocol parser (split over protocol*parser.cpp); not for use elsewhere.
Q_DECLARE_LOGGING_CATEGORY(lcProtocol)

// Reads typed fields of one JSON object of the widget protocol and keeps the first problem, so a
// parser reads a whole message in sequence and checks once at the end (no exceptions). After a
// failure every read returns an empty value. Used by ProtocolParser only.
//
// Rules shared by every field (protocol.md is the widget's own code, so a wrong type means the
// protocol changed, and a loud Malformed beats silently storing half a call):
// - null counts as absent;
// - a present value of the wrong type fails, naming the field;
// - ids accept strings and non-negative integral numbers (normalised to decimal digits);
//   over kMaxIdLength fails;
// - URLs over kMaxUrlLength fail; text is truncated to its cap.
class ProtocolFieldReader final {
public:
    enum class Presence { Optional, Required };

    ProtocolFieldReader(const QJsonObject &object, const QString &path);

    QString id(const char *key, Presence presence = Presence::Optional);
    QString text(const char *key, int maxLength, Presence presence = Presence::Optional);
    QString url(const char *key, Presence presence = Presence::Optional);
    std::optional<bool> boolean(const char *key, Presence presence = Presence::Optional);
    std::optional<int> durationSeconds(const char *key);
    // Epoch milliseconds (number or digit string) or an ISO 8601 string; invalid when absent.
    QDateTime time(const char *key);
    // nullopt when absent (or after a failure).
    std::optional<QJsonObject> object(const char *key, Presence presence = Presence::Optional);
    std::optional<QJsonArray> array(const char *key, int maxSize,
                                    Presence presence = Presence::Optional);
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    bool ok() const { return !m_error.has_value(); }
    Protocol::Malformed error() const { return m_error.value_or(Protocol::Malformed()); }
    // Records `reason` for the field `key` (relative to this object), unless already failed.
    void fail(const QString &key, const QString &reason);
    // Takes over a failure of a nested reader, whose field path is already complete.
    void adopt(const Protocol::Malformed &error);
    QString fieldPath(const QString &key) const;

    // Value-level conversions, also used for array elements. They return an empty reason on
    // success and leave `out` untouched on failure.
    static QString toId(const QJsonValue &value, QString *out);
    static QString toText(const QJsonValue &value, int maxLength, QString *out);

    // `text` cut to at most `maxLength` code units without splitting a surrogate pair.
    static QString truncated(const QString &text, int maxLength);

private:
    bool isAbsent(const QJsonValue &value) const { return value.isNull() || value.isUndefined(); }
    bool checkPresent(const char *key, const QJsonValue &value, Presence presence);

    QJsonObject m_object;
    QString m_path;
    std::optional<Protocol::Malformed> m_error;
};

namespace ProtocolParser {

// The reader's outcome as a parse result.
template<typename T>
Parsed<T> finish(const ProtocolFieldReader &reader, T value) {
    Parsed<T> result;
    if (reader.ok()) {
        // emplace: for T = std::optional<WidgetCall> an empty `value` must still be a result.
        result.value.emplace(std::move(value));
    } else {
        result.error = reader.error();
    }
    return result;
}

template<typename T>
Parsed<T> failure(const QString &field, const QString &reason) {
    Parsed<T> result;
    result.error = Protocol::Malformed{field, reason};
    return result;
}

} // namespace ProtocolParser
