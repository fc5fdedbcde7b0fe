#include "widgeturl.h"

#include <QUrlQuery>

namespace WidgetUrl {

namespace {

void setParameter(QUrlQuery &query, const QString &key, const QString &value) {
    query.removeAllQueryItems(key);
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

} // namespace

QUrl compose(const WidgetUrlOptions &options) {
    QUrl url = options.appUrl;
    QUrlQuery query(url);

    if (!options.clientId.isEmpty()) {
        setParameter(query, QStringLiteral("clientId"), options.clientId);
    }
    if (!options.appServer.isEmpty()) {
        setParameter(query, QStringLiteral("appServer"),
                     options.appServer.toString(QUrl::StripTrailingSlash));
    }
    // Boolean trap: defaultAutoLogCallEnabled=0 would turn auto-log ON.
    query.removeAllQueryItems(QStringLiteral("defaultAutoLogCallEnabled"));
    if (options.autoLogCalls) {
        setParameter(query, QStringLiteral("defaultAutoLogCallEnabled"), QStringLiteral("1"));
    }
    // The same trap for messages (protocol.md 9.5): any value, even 0, turns it on.
    query.removeAllQueryItems(QStringLiteral("defaultAutoLogMessageEnabled"));
    if (options.autoLogMessages) {
        setParameter(query, QStringLiteral("defaultAutoLogMessageEnabled"), QStringLiteral("1"));
    }
    setParameter(query, QStringLiteral("fromAdapter"), QStringLiteral("1"));
    setParameter(query, QStringLiteral("userAgent"), QStringLiteral("CallDock/") + options.version);

    url.setQuery(query);
    return url;
}

QUrl effectiveAppServer(const QUrl &widgetUrl) {
    const QUrlQuery query(widgetUrl);
    const QString key = QStringLiteral("appServer");
    if (!query.hasQueryItem(key)) {
        return QUrl();
    }
    // The first value, as the widget's URLSearchParams.get reads it.
    return QUrl(query.queryItemValue(key, QUrl::FullyDecoded), QUrl::StrictMode);
}

} // namespace WidgetUrl
