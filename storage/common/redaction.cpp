#include "redaction.h"

#include <QRegularExpression>

namespace Redaction {

QString url(const QUrl &url) {
    QString result =
        url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
    if (url.hasQuery()) {
        result += QStringLiteral("?…");
    }
    return result;
}

QString text(const QString &text) {
    static const QRegularExpression secretParameter(
        QStringLiteral("((?:access_token|refresh_token|id_token|token|code|password|"
                       "client_secret)=)[^&\\s\"'<>]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString result = text;
    result.replace(secretParameter, QStringLiteral("\\1<redacted>"));
    result.replace(bearer, QStringLiteral("\\1<redacted>"));
    return result;
}

} // namespace Redaction
