#include "messageautologsync.h"

#include "settings.h"
#include "widgetbridge.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMessageAutoLog, "calldock.app.messageautolog")

MessageAutoLogSync::MessageAutoLogSync(Settings &settings, WidgetBridge &bridge, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_bridge(bridge) {
    connect(&bridge, &WidgetBridge::messageAutoLogNotified, this,
            &MessageAutoLogSync::onWidgetNotified);
    connect(&settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLogMessages) {
            onSettingChanged();
        }
    });
}

void MessageAutoLogSync::onWidgetNotified(bool enabled, bool firstSinceRegistration) {
    const bool wanted = m_settings.autoLogMessages();
    if (enabled == wanted) {
        return;
    }
    if (firstSinceRegistration) {
        qCInfo(lcMessageAutoLog)
            << "widget message auto-log differs from CallDock's setting; setting it to" << wanted;
        m_bridge.setMessageAutoLog(wanted);
    } else {
        qCInfo(lcMessageAutoLog) << "message auto-log switched in the widget:" << enabled;
        m_settings.setAutoLogMessages(enabled);
    }
}

void MessageAutoLogSync::onSettingChanged() {
    const bool wanted = m_settings.autoLogMessages();
    const std::optional<bool> widget = m_bridge.widgetMessageAutoLog();
    if (!widget || *widget != wanted) {
        m_bridge.setMessageAutoLog(wanted);
    }
}
