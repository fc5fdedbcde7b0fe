#include "widgetloader.h"

#include "hostpage.h"
#include "redaction.h"
#include "widgetchannel.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QWebEnginePage>

#include <array>

Q_LOGGING_CATEGORY(lcLoader, "calldock.bridge.loader")

namespace {

constexpr int kDefaultStartTimeoutMs = 45'000;
constexpr int kProbeTimeoutMs = 20'000;
constexpr std::array kRetryDelaysSeconds = {5, 10, 30, 60, 120, 300};

} // namespace

WidgetLoader::WidgetLoader(QWebEnginePage *page, WidgetChannel *channel, QObject *parent)
    : QObject(parent)
    , m_page(page)
    , m_network(new QNetworkAccessManager(this)) {
    m_startWatchdog.setSingleShot(true);
    m_startWatchdog.setInterval(kDefaultStartTimeoutMs);
    connect(&m_startWatchdog, &QTimer::timeout, this, [this] {
        fail(tr("The phone did not start within %n seconds.", nullptr,
                m_startWatchdog.interval() / 1000));
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &WidgetLoader::startLoading);

    // Any message from the widget proves it runs, including after it reloads itself.
    connect(channel, &WidgetChannel::messageReceived, this, &WidgetLoader::markRunning);
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok && m_state == State::Loading) {
            fail(tr("CallDock could not open its own page."));
        }
    });
}

void WidgetLoader::setStartTimeout(int milliseconds) {
    m_startWatchdog.setInterval(milliseconds);
}

void WidgetLoader::load(const QUrl &widgetUrl) {
    m_widgetUrl = widgetUrl;
    m_failures = 0;
    startLoading();
}

void WidgetLoader::retryNow() {
    m_retryTimer.stop();
    startLoading();
}

int WidgetLoader::secondsUntilRetry() const {
    if (!m_retryTimer.isActive()) {
        return 0;
    }
    return qMax(0, (m_retryTimer.interval() - int(m_retryClock.elapsed()) + 999) / 1000);
}

void WidgetLoader::startLoading() {
    if (!m_page) {
        return;
    }
    m_failureReason.clear();
    setState(State::Loading);
    qCInfo(lcLoader) << "loading widget" << Redaction::url(m_widgetUrl);
    m_startWatchdog.start();
    probe();
    m_page->setUrl(HostPage::url());
}

void WidgetLoader::probe() {
    if (m_probe) {
        m_probe->abort();
    }
    QNetworkRequest request(m_widgetUrl);
    request.setTransferTimeout(kProbeTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_probe = reply;
    // Only the status matters: stop reading as soon as the headers are in.
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            reply->setProperty("calldockReachable", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_probe || m_state != State::Loading) {
            return;
        }
        if (reply->property("calldockReachable").toBool()) {
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 400) {
            fail(tr("The server answered HTTP %1 (%2).")
                     .arg(status)
                     .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        } else if (reply->error() != QNetworkReply::NoError
                   && reply->error() != QNetworkReply::OperationCanceledError) {
            fail(reply->errorString());
        }
    });
}

void WidgetLoader::markRunning() {
    if (m_state == State::Running) {
        return;
    }
    m_startWatchdog.stop();
    m_retryTimer.stop();
    m_failures = 0;
    m_failureReason.clear();
    qCInfo(lcLoader) << "widget started";
    setState(State::Running);
    emit widgetStarted();
}

void WidgetLoader::fail(const QString &reason) {
    if (m_state != State::Loading) {
        return;
    }
    m_startWatchdog.stop();
    m_failureReason = reason;
    const int delay =
        kRetryDelaysSeconds[std::min<size_t>(m_failures, kRetryDelaysSeconds.size() - 1)];
    ++m_failures;
    qCWarning(lcLoader).noquote() << "widget did not load:" << reason << "- retrying in" << delay
                                  << "s";
    m_retryTimer.start(delay * 1000);
    m_retryClock.start();
    setState(State::Failed);
}

void WidgetLoader::setState(State state) {
    if (m_state != state) {
        m_state = state;
        emit stateChanged(state);
    }
}
