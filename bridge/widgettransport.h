#pragma once

#include <QJsonObject>
#include <QObject>

// What WidgetBridge needs from the page: post a message to the widget frame, hear its messages
// and the start of each new widget document. WidgetChannel is the real one (QWebChannel in the
// host page); tests of the bridge's policy use an in-memory one, without WebEngine.
class WidgetTransport : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetTransport)

public:
    using QObject::QObject;

    // Posts `message` to the widget frame (and only to the widget origin).
    virtual void post(const QJsonObject &message) = 0;

signals:
    void messageReceived(const QJsonObject &message);
    // A new document started in the widget frame; its messages follow, none came before.
    void widgetDocumentStarted();
};
