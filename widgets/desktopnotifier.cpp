#include "desktopnotifier.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QSystemTrayIcon>
#include <QWebEngineNotification>
#include <QWidget>

Q_LOGGING_CATEGORY(lcNotifier, "calldock.widgets.notifier")

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent) {}

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setTrayIcon(QSystemTrayIcon *trayIcon) {
    if (m_trayIcon) {
        disconnect(m_trayIcon, nullptr, this, nullptr);
    }
    m_trayIcon = trayIcon;
    if (m_trayIcon) {
        connect(m_trayIcon, &QSystemTrayIcon::messageClicked, this, [this] {
            if (m_webNotification) {
                m_webNotification->click();
            }
            emit activated();
        });
    }
}

void DesktopNotifier::notify(const QString &title, const QString &message, Kind kind) {
    qCInfo(lcNotifier).noquote() << "notification:" << title;
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
