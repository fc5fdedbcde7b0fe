#pragma once

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// Serves the host page for calldock://host/. Any other path on the scheme answers 404, and
// requests that do not come from the host page itself are denied.
class HostSchemeHandler final : public QWebEngineUrlSchemeHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostSchemeHandler)

public:
    explicit HostSchemeHandler(QObject *parent = nullptr);

    void setWidgetUrl(const QUrl &widgetUrl);
    QUrl widgetUrl() const { return m_widgetUrl; }

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QUrl m_widgetUrl;
};
