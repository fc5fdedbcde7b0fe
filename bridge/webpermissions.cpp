#include "webpermissions.h"

#include <QLoggingCategory>
#include <QWebEnginePage>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

Q_LOGGING_CATEGORY(lcPermissions, "calldock.bridge.permissions")

WebPermissions::WebPermissions(QWebEnginePage *page, const NavigationPolicy &policy)
    : QObject(page)
    , m_page(page)
    , m_policy(policy) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connect(page, &QWebEnginePage::permissionRequested, this,
            [this](QWebEnginePermission permission) {
                Kind kind = Kind::Other;
                switch (permission.permissionType()) {
                case QWebEnginePermission::PermissionType::MediaAudioCapture:
                    kind = Kind::Microphone;
                    break;
                case QWebEnginePermission::PermissionType::Notifications:
                    kind = Kind::Notifications;
                    break;
                default:
                    break;
                }
                if (decide(permission.origin(), kind)) {
                    permission.grant();
                } else {
                    permission.deny();
                }
            });
#else
    connect(page, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                Kind kind = Kind::Other;
                if (feature == QWebEnginePage::MediaAudioCapture) {
                    kind = Kind::Microphone;
                } else if (feature == QWebEnginePage::Notifications) {
                    kind = Kind::Notifications;
                }
                const bool granted = decide(origin, kind);
                if (m_page) {
                    m_page->setFeaturePermission(origin, feature,
                                                 granted ? QWebEnginePage::PermissionGrantedByUser
                                                         : QWebEnginePage::PermissionDeniedByUser);
                }
            });
#endif
}

bool WebPermissions::isGranted(const NavigationPolicy &policy, const QUrl &origin, Kind kind) {
    return kind != Kind::Other && policy.isWidgetOrigin(origin);
}

bool WebPermissions::decide(const QUrl &origin, Kind kind) {
    const bool granted = isGranted(m_policy, origin, kind);
    if (granted) {
        qCDebug(lcPermissions) << "granted" << int(kind) << "to" << origin.toString();
    } else {
        qCWarning(lcPermissions) << "denied permission" << int(kind) << "to" << origin.toString();
    }
    emit decided(origin, kind, granted);
    return granted;
}
