#include "calldirection.h"

namespace CallDirections {

QString wireName(CallDirection direction) {
    switch (direction) {
    case CallDirection::Inbound:
        return QStringLiteral("Inbound");
    case CallDirection::Outbound:
        return QStringLiteral("Outbound");
    case CallDirection::Unknown:
        break;
    }
    return QString();
}

CallDirection fromWireName(const QString &text) {
    if (text.compare(QLatin1String("Inbound"), Qt::CaseInsensitive) == 0) {
        return CallDirection::Inbound;
    }
    if (text.compare(QLatin1String("Outbound"), Qt::CaseInsensitive) == 0) {
        return CallDirection::Outbound;
    }
    return CallDirection::Unknown;
}

} // namespace CallDirections
