#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class Settings;

// Settings ▸ General: start-up, window and notification behaviour, and the language.
class GeneralSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeneralSettingsPage)

public:
    // Without a system tray, "close to tray" cannot work and is shown disabled with the reason.
    explicit GeneralSettingsPage(bool trayAvailable, QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

    // The languages offered besides the system default, as locale names ("de", "zh_CN").
    static QStringList languages();

signals:
    void edited();

private:
    bool m_trayAvailable = false;
    QCheckBox *m_startAtLogin = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_notifyIncoming = nullptr;
    QCheckBox *m_notifyProblems = nullptr;
    QComboBox *m_language = nullptr;
};
