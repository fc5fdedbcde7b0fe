#include "autologsync.h"

#include "settings.h"
#include "widgetbridge.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcAutoLog, "calldock.app.autolog")

AutoLogSync::AutoLogSync(Settings &settings, WidgetBridge &bridge, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_bridge(bridge) {
    connect(&bridge, &WidgetBridge::autoLogNotified, this, &AutoLogSync::onWidgetNotified);
    connect(&settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLogCalls) {
            onSettingChanged();
        }
    });
}

void AutoLogSync::onWidgetNotified(bool enabled, bool firstSinceRegistration) {
    const bool wanted = m_settings.autoLogCalls();
    if (enabled == wanted) {
        return;
    }
    if (firstSinceRegistration) {
        // The widget remembers its own value per user; CallDock's setting wins at start.
        qCInfo(lcAutoLog) << "widget auto-log differs from CallDock's setting; setting it to"
                          << wanted;
        m_bridge.setAutoLog(wanted);
    } else {
        qCInfo(lcAutoLog) << "auto-log switched in the widget:" << enabled;
        m_settings.setAutoLogCalls(enabled);
    }
}

void AutoLogSync::onSettingChanged() {
    const bool wanted = m_settings.autoLogCalls();
    const std::optional<bool> widget = m_bridge.widgetAutoLog();
    if (!widget || *widget != wanted) {
        m_bridge.setAutoLog(wanted);
    }
}
