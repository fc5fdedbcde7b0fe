#pragma once

#include "widgettransport.h"

#include <QJsonObject>
#include <QPointer>
#include <QString>

class QWebChannel;
class QWebEnginePage;

// The raw transport between the host page and C++: a QWebChannel object that only the bridge
// script (in the host page's ApplicationWorld) can reach. It carries JSON text both ways and
// knows nothing about message types; WidgetBridge does the typing.
class WidgetChannel final : public WidgetTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetChannel)

public:
    // Messages larger than this are dropped in the page (and logged here).
    static constexpr int kMaxMessageBytes = 4 * 1024 * 1024;

    explicit WidgetChannel(QWebEnginePage *page);
    ~WidgetChannel() override;

    // Re-installs the bridge script for a widget at `widgetOrigin`; takes effect on the next
    // load of the host page.
    void setWidgetOrigin(const QString &widgetOrigin);
    QString widgetOrigin() const { return m_widgetOrigin; }

    // Posts `message` to the widget frame, with the widget origin as target.
    void post(const QJsonObject &message) override;

    // Called by the bridge script only.
    Q_INVOKABLE void receive(const QString &json);
    Q_INVOKABLE void documentStarted();
    Q_INVOKABLE void rejected(const QString &reason);

signals:
    // Consumed by the bridge script, which posts the JSON to the widget frame.
    void postToWidget(const QString &json);

private:
    bool hostPageIsCurrent() const;
    void installScript();

    QPointer<QWebEnginePage> m_page;
    QWebChannel *m_channel = nullptr;
    QString m_widgetOrigin;
};
