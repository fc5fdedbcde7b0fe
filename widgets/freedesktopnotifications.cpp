#include "freedesktopnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFreedesktop, "calldock.widgets.notifications")

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

} // namespace

FreedesktopNotifications::FreedesktopNotifications(QObject *parent)
    : QObject(parent) {
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcFreedesktop) << "no session bus: notifications without actions";
        return;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
    // A notification daemon that starts (or restarts) later is asked again.
    if (QDBusConnectionInterface *names = bus.interface()) {
        connect(names, &QDBusConnectionInterface::serviceOwnerChanged, this,
                [this](const QString &name, const QString &, const QString &newOwner) {
                    if (name == kService) {
                        if (newOwner.isEmpty()) {
                            m_supportsActions = false;
                            emit capabilitiesChanged(false);
                        } else {
                            probe();
                        }
                    }
                });
    }
    probe();
}

void FreedesktopNotifications::probe() {
    const QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                             QStringLiteral("GetCapabilities"));
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<QStringList> reply = *finished;
                const bool actions =
                    !reply.isError() && reply.value().contains(QStringLiteral("actions"));
                if (reply.isError()) {
                    qCInfo(lcFreedesktop).noquote()
                        << "no notification service:" << reply.error().name();
                }
                if (actions != m_supportsActions) {
                    m_supportsActions = actions;
                    emit capabilitiesChanged(actions);
                }
            });
}

void FreedesktopNotifications::notify(const QString &title, const QString &message,
                                      const QStringList &actions, const QString &defaultKey,
                                      const QString &context) {
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    QStringList flattened = actions;
    if (!defaultKey.isEmpty()) {
        // "default" is the click on the notification itself; its label is not shown.
        flattened << QStringLiteral("default") << QString();
    }
    QVariantMap hints;
    // Lets the desktop show CallDock's name and icon and group its notifications.
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("calldock"));
    call << QStringLiteral("CallDock") << uint(0) << QStringLiteral("calldock") << title << message
         << flattened << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, title, message, context, defaultKey](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCWarning(lcFreedesktop).noquote()
                        << "notification refused:" << reply.error().name();
                    emit failed(title, message, context, defaultKey);
                    return;
                }
                m_shown.insert(reply.value(), Shown{context, defaultKey});
            });
}

void FreedesktopNotifications::onActionInvoked(uint id, const QString &actionKey) {
    // Only ours: the signal is broadcast to every client of the service.
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend()) {
        return;
    }
    const QString key = actionKey == QLatin1String("default") ? it->defaultKey : actionKey;
    if (!key.isEmpty()) {
        emit actionInvoked(it->context, key);
    }
}

void FreedesktopNotifications::onNotificationClosed(uint id, uint) {
    m_shown.remove(id);
}
