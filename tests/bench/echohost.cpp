#include "echohost.h"

#include "hostpage.h"
#include "hostschemehandler.h"
#include "widgetchannel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

EchoHost::EchoHost(QObject *parent)
    : QObject(parent)
    , m_profile(std::make_unique<QWebEngineProfile>()) {
    m_scheme = new HostSchemeHandler(m_profile.get());
    m_profile->installUrlSchemeHandler(HostPage::kScheme, m_scheme);
    m_view = std::make_unique<QWebEngineView>();
    m_page = new QWebEnginePage(m_profile.get(), m_view.get());
    m_view->setPage(m_page);
    m_view->resize(400, 700);
    m_channel = new WidgetChannel(m_page);
    connect(m_channel, &WidgetChannel::messageReceived, this, &EchoHost::onMessage);
}

EchoHost::~EchoHost() {
    // The page before its profile.
    m_view.reset();
}

void EchoHost::preload(int count) {
    m_logged.reserve(count);
    for (int i = 0; i < count; ++i) {
        m_logged.insert(QStringLiteral("session-%1").arg(i),
                        Entry{QStringLiteral("cd-%1").arg(i), QString()});
    }
}

void EchoHost::load(const QUrl &widgetUrl) {
    m_channel->setWidgetOrigin(HostPage::originOf(widgetUrl));
    m_scheme->setWidgetUrl(widgetUrl);
    m_registered = false;
    m_page->load(HostPage::url());
    m_view->show();
}

void EchoHost::onMessage(const QJsonObject &message) {
    const QString type = message.value(QLatin1String("type")).toString();
    if (type == QLatin1String("rc-login-status-notify") && !m_registered) {
        m_registered = true;
        m_channel->post(
            {{QStringLiteral("type"), QStringLiteral("rc-adapter-register-third-party-service")},
             {QStringLiteral("service"),
              QJsonObject{
                  {QStringLiteral("name"), QStringLiteral("CallDock")},
                  {QStringLiteral("callLoggerPath"), QStringLiteral("/callLogger")},
                  {QStringLiteral("callLogEntityMatcherPath"), QStringLiteral("/callLogger/match")},
                  {QStringLiteral("showLogModal"), false}}}});
        return;
    }
    if (type != QLatin1String("rc-post-message-request")) {
        return;
    }
    const QString path = message.value(QLatin1String("path")).toString();
    const QJsonObject body = message.value(QLatin1String("body")).toObject();
    QJsonObject response;
    if (path == QLatin1String("/callLogger")) {
        const QString sessionId = body.value(QLatin1String("call"))
                                      .toObject()
                                      .value(QLatin1String("sessionId"))
                                      .toString();
        m_logged.insert(sessionId, Entry{QStringLiteral("cd-") + sessionId, QString()});
        response.insert(QStringLiteral("data"), QStringLiteral("ok"));
    } else if (path == QLatin1String("/callLogger/match")) {
        QJsonObject found;
        const QJsonArray ids = body.value(QLatin1String("sessionIds")).toArray();
        for (const QJsonValue &value : ids) {
            const QString id = value.toString();
            const auto it = m_logged.constFind(id);
            if (it != m_logged.cend()) {
                found.insert(id, QJsonArray{QJsonObject{{QStringLiteral("id"), it->entityId},
                                                        {QStringLiteral("note"), it->note}}});
            }
        }
        response.insert(QStringLiteral("data"), found);
    } else {
        response.insert(QStringLiteral("data"), QJsonValue::Null);
    }
    m_channel->post({{QStringLiteral("type"), QStringLiteral("rc-post-message-response")},
                     {QStringLiteral("responseId"), message.value(QLatin1String("requestId"))},
                     {QStringLiteral("response"), response}});
}
