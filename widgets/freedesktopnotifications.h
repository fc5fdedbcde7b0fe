#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

// A client of the desktop's notification service (org.freedesktop.Notifications on the session
// bus, the Desktop Notifications Specification), for notifications with action buttons, which
// a tray balloon cannot show. Everything is asynchronous: the GUI thread never waits on the bus.
// Until the service has answered GetCapabilities with "actions", supportsActions() is false and
// DesktopNotifier uses the tray message instead.
class FreedesktopNotifications final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreedesktopNotifications)

public:
    explicit FreedesktopNotifications(QObject *parent = nullptr);

    bool supportsActions() const { return m_supportsActions; }

    // `actions` are key/label pairs, flattened as the specification wants them. `context` comes
    // back with actionInvoked(); the "default" action (a click on the notification itself) is
    // reported as `defaultKey`.
    void notify(const QString &title, const QString &message, const QStringList &actions,
                const QString &defaultKey, const QString &context);

signals:
    void capabilitiesChanged(bool supportsActions);
    void actionInvoked(const QString &context, const QString &actionKey);
    // The service refused the notification (or is gone): show it another way.
    void failed(const QString &title, const QString &message, const QString &context,
                const QString &defaultKey);

private slots:
    // Signals of the service, connected by name over the bus.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    struct Shown {
        QString context;
        QString defaultKey;
    };
    void probe();

    bool m_supportsActions = false;
    QHash<uint, Shown> m_shown;
};
