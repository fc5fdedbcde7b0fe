#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class FreedesktopNotifications;
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
    struct Action {
        QString key;   // reported back by actionInvoked()
        QString label; // the button text (translated)
    };

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // The tray integration hands its icon over once it exists.
    void setTrayIcon(QSystemTrayIcon *trayIcon);

    void notify(const QString &title, const QString &message, Kind kind = Kind::Information);
    void presentWebNotification(std::unique_ptr<QWebEngineNotification> notification);

    // A notification with buttons (the after-call "Add note", a follow-up's "Call back" and
    // "Snooze"). Where the desktop's notification service shows actions (Linux: the freedesktop
    // service over D-Bus) each is a button; otherwise the tray message is shown and clicking it
    // picks the first action. `context` comes back with actionInvoked().
    void notifyWithActions(const QString &title, const QString &message,
                           const QList<Action> &actions, const QString &context);
    // True once the desktop's notification service has said it shows action buttons.
    bool actionsSupported() const;

signals:
    // The user clicked a notification: bring CallDock to the front.
    void activated();
    // For tests and the tray tooltip.
    void shown(const QString &title, const QString &message);
    // The user picked `actionKey` of the notification shown with `context`.
    void actionInvoked(const QString &context, const QString &actionKey);

private:
    void showFallback(const QString &title, const QString &message, Kind kind);

    QPointer<QSystemTrayIcon> m_trayIcon;
    std::unique_ptr<QWebEngineNotification> m_webNotification;
    FreedesktopNotifications *m_freedesktop = nullptr; // null where there is no D-Bus
    // What a click on the newest tray message means: its first action, if it had any.
    QString m_clickContext;
    QString m_clickAction;
};
