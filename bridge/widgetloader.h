#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QWebEnginePage;
class WidgetChannel;

// Loads the host page (and with it the widget) and tells whether the widget really started.
// An error page inside the iframe looks like a successful load to the host page, so "started"
// means: the widget sent its first message. A parallel request for app.html gives a precise
// reason (DNS failure, refused, HTTP 404) when it cannot load. Failed loads are retried with
// backoff.
class WidgetLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetLoader)

public:
    enum class State { Idle, Loading, Running, Failed };
    Q_ENUM(State)

    WidgetLoader(QWebEnginePage *page, WidgetChannel *channel, QObject *parent = nullptr);

    // How long the widget may take to send its first message.
    void setStartTimeout(int milliseconds);

    void load(const QUrl &widgetUrl);
    void retryNow();

    State state() const { return m_state; }
    QUrl widgetUrl() const { return m_widgetUrl; }
    QString failureReason() const { return m_failureReason; }
    // Seconds until the next automatic retry (0 when none is scheduled).
    int secondsUntilRetry() const;

signals:
    void stateChanged(WidgetLoader::State state);
    // The widget is up; it sent its first message on this page load.
    void widgetStarted();

private:
    void startLoading();
    void probe();
    void fail(const QString &reason);
    void markRunning();
    void setState(State state);

    QPointer<QWebEnginePage> m_page;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_probe;
    QTimer m_startWatchdog;
    QTimer m_retryTimer;
    QElapsedTimer m_retryClock;
    QUrl m_widgetUrl;
    QString m_failureReason;
    State m_state = State::Idle;
    int m_failures = 0;
};
