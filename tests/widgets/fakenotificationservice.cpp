#include "fakenotificationservice.h"

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotificationService::FakeNotificationService(QStringList capabilities, QObject *parent)
    : QObject(parent)
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus,
                                          QStringLiteral("fake-notification-daemon")))
    , m_capabilities(std::move(capabilities)) {}

FakeNotificationService::~FakeNotificationService() {
    m_bus.unregisterObject(kPath);
    m_bus.unregisterService(kService);
    QDBusConnection::disconnectFromBus(QStringLiteral("fake-notification-daemon"));
}

bool FakeNotificationService::registerOnBus() {
    return m_bus.isConnected() && m_bus.registerService(kService)
           && m_bus.registerObject(
               kPath, this, QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
}

QStringList FakeNotificationService::GetCapabilities() {
    return m_capabilities;
}

uint FakeNotificationService::Notify(const QString &appName, uint, const QString &,
                                     const QString &summary, const QString &body,
                                     const QStringList &actions, const QVariantMap &hints, int) {
    Received received{m_nextId++, appName, summary, body, actions, hints};
    m_received.append(received);
    return received.id;
}

void FakeNotificationService::CloseNotification(uint id) {
    close(id);
}

void FakeNotificationService::invoke(uint id, const QString &actionKey) {
    emit ActionInvoked(id, actionKey);
}

void FakeNotificationService::close(uint id) {
    emit NotificationClosed(id, 2);
}
