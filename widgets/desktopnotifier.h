#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class QSystemTrayIcon;
class QWebEngineNotification;

// The one way CallDock shows desktop notifications: web notifications from the widget, incoming
// calls and logging problems. It uses the tray icon's balloon when a tray exists and otherwise
// asks the window manager for attention, so a message is never lost silently.
class DesktopNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Kind { Information, Warning };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The tray integration hands its icon over once it exists.
    void setTrayIcon(QSystemTrayIcon *trayIcon);

    void notify(const QString &title, const QString &message, Kind kind = Kind::Information);
    void presentWebNotification(std::unique_ptr<QWebEngineNotification> notification);

signals:
    // The user clicked a notification: bring CallDock to the front.
    void activated();
    // For tests and the tray tooltip.
    void shown(const QString &title, const QString &message);

private:
    QPointer<QSystemTrayIcon> m_trayIcon;
    std::unique_ptr<QWebEngineNotification> m_webNotification;
};
