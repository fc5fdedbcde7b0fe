#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

// A stand-in for the desktop's notification daemon (org.freedesktop.Notifications), registered
// on its own connection to the test's private session bus (the test runs under
// dbus-run-session), so calls and signals really travel through the bus daemon.
class FakeNotificationService final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
    Q_DISABLE_COPY_MOVE(FakeNotificationService)

public:
    struct Received {
        uint id = 0;
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };

    explicit FakeNotificationService(QStringList capabilities, QObject *parent = nullptr);
    ~FakeNotificationService() override;

    bool registerOnBus();
    const QList<Received> &received() const { return m_received; }
    // What the daemon does when the user clicks a button (or the body: "default").
    void invoke(uint id, const QString &actionKey);
    void close(uint id);

public slots:
    QStringList GetCapabilities();
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap &hints, int expireTimeout);
    void CloseNotification(uint id);

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QStringList m_capabilities;
    QList<Received> m_received;
    uint m_nextId = 100;
};
