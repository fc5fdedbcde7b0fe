#pragma once

#include "traystatus.h"

#include <QIcon>
#include <QObject>

#include <memory>

class DesktopNotifier;
class QAction;
class QMenu;
class QSystemTrayIcon;
class Settings;

// CallDock on the desktop outside its window: the tray icon (only where the desktop has a
// tray), its menu, and the hand-over of the icon to DesktopNotifier for balloons. The icon's
// picture tells the state (signed out, ready, call in progress, logging problem) and its tooltip
// the last logged call. It only emits what the user asked for; Application acts on it.
class DesktopIntegration final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopIntegration)

public:
    using State = TrayStatus::State;

    DesktopIntegration(Settings &settings, DesktopNotifier &notifier, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    // False on desktops without a tray (and offscreen, Xvfb): closing the window then quits.
    bool hasTray() const { return m_tray != nullptr; }
    // The tray's menu; it exists (and works) even without a tray, for tests and the dock.
    QMenu *menu() const { return m_menu.get(); }

    void setSignedIn(bool signedIn);
    void setCallInProgress(bool inProgress);
    // A non-empty message shows the logging-problem icon; an empty one clears it.
    void setLoggingProblem(const QString &message);
    void setLastLogged(const QString &who, const QDateTime &when);
    // See TrayStatus::setExtraLine.
    void setExtraLine(const QString &key, const QString &text);

    const TrayStatus &status() const { return m_status; }
    State state() const { return m_status.state(); }
    QString toolTip() const { return m_status.toolTip(); }

    // The tray picture for `state`: CallDock's icon, greyed when signed out, with a green dot
    // during a call and a red "!" badge while calls cannot be saved.
    static QIcon iconFor(State state);

signals:
    void showHideRequested();
    void autoLogToggled(bool enabled);
    void historyRequested();
    void activityRequested();
    void settingsRequested();
    void catchUpRequested();
    void quitRequested();

private:
    void createMenu();
    void refresh();

    Settings &m_settings;
    TrayStatus m_status;
    std::unique_ptr<QMenu> m_menu;
    QAction *m_autoLogAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    State m_iconState = State::SignedOut;
};
