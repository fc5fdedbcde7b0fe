#pragma once

#include "autostart.h"
#include "storeerror.h"

#include <QObject>
#include <QSet>

#include <optional>

class CallLogger;
class StorageThread;
class DesktopIntegration;
class DesktopNotifier;
class Settings;
class WidgetBridge;
struct CallRecord;

namespace Protocol {
struct BrowserCall;
struct WidgetCall;
} // namespace Protocol

// Keeps the desktop in step with the phone: the tray's state (signed out, ready, call in
// progress, logging problem) and its "last logged" line, a notification for each ringing call,
// and the start-at-login entry following its setting. The slots are public so tests drive them
// with typed values instead of a running widget.
class DesktopController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopController)

public:
    DesktopController(Settings &settings, StorageThread &storage, DesktopNotifier &notifier,
                      DesktopIntegration &desktop, QObject *parent = nullptr);

    void connectBridge(WidgetBridge *bridge);
    void connectCallLogger(CallLogger *logger);

    // Follows Settings::StartAtLogin from now on and makes the entry match it.
    void manageAutoStart(const AutoStart &autoStart);

    void onLoginStatusChanged(bool loggedIn);
    void onCallRinging(const Protocol::BrowserCall &call);
    void onCallStarted(const Protocol::BrowserCall &call);
    void onCallEnded(const Protocol::BrowserCall &call);
    void onActiveCallChanged(const Protocol::WidgetCall &call);
    void onWidgetReloaded();
    void onCallsChanged(const QStringList &sessionIds);
    void onWriteFailed(const StoreError &error);
    void onWritesRecovered();

    int activeCallCount() const { return int(m_activeCalls.size()); }

private:
    void setCallActive(const QString &key, bool active);
    void applyAutoStart();

    Settings &m_settings;
    StorageThread &m_storage;
    DesktopNotifier &m_notifier;
    DesktopIntegration &m_desktop;
    // Browser-phone sessions ("web:" + id) and calls on any device ("tel:" + sessionId).
    QSet<QString> m_activeCalls;
    std::optional<AutoStart> m_autoStart;
    qint64 m_lastLoggedStartMs = -1;
};
