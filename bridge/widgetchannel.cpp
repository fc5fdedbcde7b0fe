#include "widgetchannel.h"

#include "hostpage.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>

Q_LOGGING_CATEGORY(lcChannel, "calldock.bridge.channel")

namespace {

const QString kScriptName = QStringLiteral("calldock-bridge");
const QString kDocumentScriptName = QStringLiteral("calldock-document");
// The type of the document script's mark; never a type the widget uses.
const QString kDocumentMarker = QStringLiteral("calldock-widget-document-started");
const QString kChannelObjectName = QStringLiteral("calldockBridge");

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcChannel) << "missing resource" << path;
        return QString();
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace

WidgetChannel::WidgetChannel(QWebEnginePage *page)
    : WidgetTransport(page)
    , m_page(page)
    , m_channel(new QWebChannel(this)) {
    m_channel->registerObject(kChannelObjectName, this);
    // ApplicationWorld: neither the widget nor anything else in the main world can see the
    // channel. QWebChannel only reaches the main frame in Qt 6.4, which is the host page.
    page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
}

WidgetChannel::~WidgetChannel() {
    if (m_page) {
        m_page->setWebChannel(nullptr, QWebEngineScript::ApplicationWorld);
    }
}

void WidgetChannel::setWidgetOrigin(const QString &widgetOrigin) {
    m_widgetOrigin = widgetOrigin;
    installScript();
}

void WidgetChannel::installScript() {
    if (!m_page) {
        return;
    }
    QWebEngineScriptCollection &scripts = m_page->scripts();
    for (const QString &name : {kScriptName, kDocumentScriptName}) {
        for (const QWebEngineScript &old : scripts.find(name)) {
            scripts.remove(old);
        }
    }
    const QJsonObject config{
        {QStringLiteral("hostOrigin"), HostPage::origin()},
        {QStringLiteral("widgetOrigin"), m_widgetOrigin},
        {QStringLiteral("frameId"), QLatin1String(HostPage::kFrameId)},
        {QStringLiteral("maxMessageBytes"), kMaxMessageBytes},
        {QStringLiteral("channelObject"), kChannelObjectName},
        {QStringLiteral("documentMarker"), kDocumentMarker},
    };
    const QString configJson =
        QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact));
    // One closure: nothing the scripts declare leaks into the world's global scope.
    const auto wrap = [&configJson](const QString &body) {
        return QStringLiteral("(function (CALLDOCK_CONFIG) {\n") + body + QStringLiteral("\n})(")
               + configJson + QStringLiteral(");");
    };

    QWebEngineScript script;
    script.setName(kScriptName);
    script.setSourceCode(wrap(readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js"))
                              + readResource(QStringLiteral(":/calldock/bridge.js"))));
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    // DocumentCreation: the listener must exist before the widget's first message.
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(false);
    scripts.insert(script);

    // Marks each new widget document before the widget's own scripts run (see document.js).
    QWebEngineScript document;
    document.setName(kDocumentScriptName);
    document.setSourceCode(wrap(readResource(QStringLiteral(":/calldock/document.js"))));
    document.setWorldId(QWebEngineScript::ApplicationWorld);
    document.setInjectionPoint(QWebEngineScript::DocumentCreation);
    document.setRunsOnSubFrames(true);
    scripts.insert(document);
}

bool WidgetChannel::hostPageIsCurrent() const {
    // The channel object survives navigations; only the host page may talk to it.
    return m_page && HostPage::isHostPageUrl(m_page->url());
}

void WidgetChannel::post(const QJsonObject &message) {
    if (!hostPageIsCurrent()) {
        qCWarning(lcChannel) << "not posting" << message.value(QLatin1String("type")).toString()
                             << ": host page is not loaded";
        return;
    }
    emit postToWidget(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void WidgetChannel::receive(const QString &json) {
    if (!hostPageIsCurrent()) {
        qCWarning(lcChannel) << "dropped a message: the page is not the host page";
        return;
    }
    if (json.size() > kMaxMessageBytes) {
        qCWarning(lcChannel) << "dropped a message of" << json.size() << "characters";
        return;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qCWarning(lcChannel) << "dropped a message that is not a JSON object:"
                             << error.errorString();
        return;
    }
    emit messageReceived(document.object());
}

void WidgetChannel::documentStarted() {
    if (hostPageIsCurrent()) {
        emit widgetDocumentStarted();
    }
}

void WidgetChannel::rejected(const QString &reason) {
    if (hostPageIsCurrent()) {
        qCWarning(lcChannel).noquote() << "host page dropped a message:" << reason.left(200);
    }
}
