#include "hostpage.h"

#include <QFile>
#include <QWebEngineUrlScheme>

namespace HostPage {

void registerScheme() {
    QWebEngineUrlScheme scheme(kScheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // Secure: the widget needs a secure context for getUserMedia and its IndexedDB login.
    // CorsEnabled is not set: nothing outside may fetch from the host page.
    // Not LocalScheme: Chromium then refuses to show the host page in the main frame at all.
    // Other pages are kept out by NavigationPolicy (no frame or popup may navigate here) and
    // by HostSchemeHandler (requests initiated by any other origin are refused).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl url() {
    QUrl result;
    result.setScheme(QLatin1String(kScheme));
    result.setHost(QLatin1String(kHost));
    result.setPath(QStringLiteral("/"));
    return result;
}

QString origin() {
    return QLatin1String(kScheme) + QStringLiteral("://") + QLatin1String(kHost);
}

bool isHostPageUrl(const QUrl &candidate) {
    return candidate.scheme() == QLatin1String(kScheme) && candidate.host() == QLatin1String(kHost)
           && candidate.userInfo().isEmpty() && candidate.port() == -1;
}

QString originOf(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    QString result = scheme + QStringLiteral("://") + url.host().toLower();
    const int port = url.port();
    const bool defaultPort = (scheme == QLatin1String("https") && port == 443)
                             || (scheme == QLatin1String("http") && port == 80);
    if (port != -1 && !defaultPort) {
        result += QLatin1Char(':') + QString::number(port);
    }
    return result;
}

QByteArray html(const QUrl &widgetUrl) {
    QFile templateFile(QStringLiteral(":/calldock/host.html"));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        return QByteArray();
    }
    QByteArray page = templateFile.readAll();
    const QByteArray src = widgetUrl.toString(QUrl::FullyEncoded).toHtmlEscaped().toUtf8();
    const QByteArray frameOrigin = originOf(widgetUrl).toHtmlEscaped().toUtf8();
    page.replace("{{WIDGET_SRC}}", src);
    page.replace("{{WIDGET_ORIGIN}}", frameOrigin);
    return page;
}

} // namespace HostPage
