#pragma once

#include <QObject>

class Settings;
class WidgetBridge;

// Keeps CallDock's "auto log calls" setting and the widget's own toggle in step, both ways.
// CallDock's setting is the source of truth at start: when the widget's first notify after
// registration disagrees, CallDock sets the widget. Afterwards a flip in the widget changes the
// setting, and a flip of the setting (dialog, tray) changes the widget. Each side is only told
// when it differs from what it last reported, so there are no loops and no flapping.
class AutoLogSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoLogSync)

public:
    AutoLogSync(Settings &settings, WidgetBridge &bridge, QObject *parent = nullptr);

private:
    void onWidgetNotified(bool enabled, bool firstSinceRegistration);
    void onSettingChanged();

    Settings &m_settings;
    WidgetBridge &m_bridge;
};
