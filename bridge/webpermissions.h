#pragma once

#include "navigationpolicy.h"

#include <QObject>
#include <QPointer>

class QWebEnginePage;

// Answers the web permission requests of one page. This is the only class that touches
// WebEngine's permission API, which changed in Qt 6.8 (featurePermissionRequested was replaced
// by permissionRequested/QWebEnginePermission); both are handled here behind one interface.
class WebPermissions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPermissions)

public:
    enum class Kind { Microphone, Notifications, Other };

    WebPermissions(QWebEnginePage *page, const NavigationPolicy &policy);

    // The widget may use the microphone (WebRTC phone) and web notifications (ringing calls);
    // every other origin and every other feature is denied.
    static bool isGranted(const NavigationPolicy &policy, const QUrl &origin, Kind kind);

signals:
    void decided(const QUrl &origin, WebPermissions::Kind kind, bool granted);

private:
    bool decide(const QUrl &origin, Kind kind);

    QPointer<QWebEnginePage> m_page;
    NavigationPolicy m_policy;
};
