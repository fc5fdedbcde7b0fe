#include "hostschemehandler.h"

#include "hostpage.h"

#include <QBuffer>
#include <QLoggingCategory>
#include <QWebEngineUrlRequestJob>

Q_LOGGING_CATEGORY(lcHostScheme, "calldock.bridge.scheme")

HostSchemeHandler::HostSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent) {}

void HostSchemeHandler::setWidgetUrl(const QUrl &widgetUrl) {
    m_widgetUrl = widgetUrl;
}

void HostSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job) {
    const QUrl url = job->requestUrl();
    if (!HostPage::isHostPageUrl(url)) {
        qCWarning(lcHostScheme) << "refused request for" << url.toString(QUrl::RemoveQuery);
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    // The host page only loads itself (as the top frame); it has no sub-resources.
    const QUrl initiator = job->initiator();
    if (initiator.isValid() && !initiator.isEmpty()
        && HostPage::originOf(initiator) != HostPage::origin()) {
        qCWarning(lcHostScheme) << "refused request initiated by" << HostPage::originOf(initiator);
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    if (url.path() != QLatin1String("/") || job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    const QByteArray page = HostPage::html(m_widgetUrl);
    if (page.isEmpty()) {
        qCCritical(lcHostScheme) << "host page template missing from resources";
        job->fail(QWebEngineUrlRequestJob::RequestFailed);
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(page);
    job->reply(QByteArrayLiteral("text/html"), buffer);
}
