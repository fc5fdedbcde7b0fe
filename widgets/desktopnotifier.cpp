#include "desktopnotifier.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWebEngineNotification>
#include <QWidget>

#ifdef CALLDOCK_HAVE_DBUS
#include "freedesktopnotifications.h"
#endif

Q_LOGGING_CATEGORY(lcNotifier, "calldock.widgets.notifier")

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {
#ifdef CALLDOCK_HAVE_DBUS
    m_freedesktop = new FreedesktopNotifications(this);
    connect(m_freedesktop, &FreedesktopNotifications::actionInvoked, this,
            &DesktopNotifier::actionInvoked);
    connect(m_freedesktop, &FreedesktopNotifications::failed, this,
            [this](const QString &title, const QString &message, const QString &context,
                   const QString &defaultKey) {
                m_clickContext = context;
                m_clickAction = defaultKey;
                showFallback(title, message, Kind::Information);
            });
#endif
}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *trayIcon) {
    if (m_trayIcon) {
        disconnect(m_trayIcon, nullptr, this, nullptr);
    }
    m_trayIcon = trayIcon;
    if (m_trayIcon) {
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (!m_clickAction.isEmpty()) {
                emit actionInvoked(m_clickContext, m_clickAction);
                return;
            }
            if (m_webNotification) {
                m_webNotification->click();
            }
            emit activated();
        });
    }
}

void DesktopNotifier::notify(const QString &title, const QString &message, Kind kind) {
    qCInfo(lcNotifier).noquote() << "notification:" << title;
    m_clickContext.clear();
    m_clickAction.clear();
    showFallback(title, message, kind);
}

bool DesktopNotifier::actionsSupported() const {
#ifdef CALLDOCK_HAVE_DBUS
    return m_freedesktop && m_freedesktop->supportsActions();
#else
    return false;
#endif
}

void DesktopNotifier::notifyWithActions(const QString &title, const QString &message,
                                        const QList<Action> &actions, const QString &context) {
    qCInfo(lcNotifier).noquote() << "notification with actions:" << title;
#ifdef CALLDOCK_HAVE_DBUS
    if (actionsSupported() && !actions.isEmpty()) {
        QStringList flattened;
        for (const Action &action : actions) {
            flattened << action.key << action.label;
        }
        // A click on the notification itself does what its first button does.
        m_freedesktop->notify(title, message, flattened, actions.first().key, context);
        emit shown(title, message);
        return;
    }
#endif
    m_clickContext = context;
    m_clickAction = actions.isEmpty() ? QString() : actions.first().key;
    showFallback(title, message, Kind::Information);
}

void DesktopNotifier::showFallback(const QString &title, const QString &message, Kind kind) {
    if (m_trayIcon && m_trayIcon->isVisible() && QSystemTrayIcon::supportsMessages()) {
        m_trayIcon->showMessage(title, message,
                                kind == Kind::Warning ? QSystemTrayIcon::Warning
                                                      : QSystemTrayIcon::Information);
    } else {
        // No tray (or no balloons): at least make the task bar entry ask for attention.
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            if (window->isVisible()) {
                QApplication::alert(window);
            }
        }
    }
    emit shown(title, message);
}

void DesktopNotifier::presentWebNotification(std::unique_ptr<QWebEngineNotification> notification) {
    if (!notification) {
        return;
    }
    notification->show();
    const QString title = notification->title();
    const QString message = notification->message();
    // Only the newest web notification can be clicked through a tray balloon; the widget
    // learns about the click from the notification object, so keep that one alive.
    m_webNotification = std::move(notification);
    notify(title, message);
}
