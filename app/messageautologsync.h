#pragma once

#include <QObject>

class Settings;
class WidgetBridge;

// Keeps CallDock's "log messages automatically" setting and the widget's message auto-log toggle
// in step, both ways, like AutoLogSync for calls: CallDock's setting wins when the widget's first
// notify after registration disagrees; afterwards a flip on either side is copied to the other.
// (The widget seeds its toggle from defaultAutoLogMessageEnabled, which any value turns on, and
// then keeps its own value per user; so the first notify decides, not the URL.)
class MessageAutoLogSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageAutoLogSync)

public:
    MessageAutoLogSync(Settings &settings, WidgetBridge &bridge, QObject *parent = nullptr);

private:
    void onWidgetNotified(bool enabled, bool firstSinceRegistration);
    void onSettingChanged();

    Settings &m_settings;
    WidgetBridge &m_bridge;
};
