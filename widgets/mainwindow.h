#pragma once

#include <QMainWindow>
#include <QUrl>

#include <functional>

class LoadErrorPanel;
class QStackedWidget;
class QWebEnginePage;
class QWebEngineView;
class Settings;

// The phone window: the web view with the host page, or the load error panel when the widget
// cannot start. It remembers its size and position.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The window shows `page` (the WidgetPage); the page must be parented so that it is
    // deleted before its profile.
    void setPage(QWebEnginePage *page);
    QWebEngineView *view() const { return m_view; }

    void showWidget();
    void showLoadFailure(const QUrl &url, const QString &reason, int secondsUntilRetry);
    // Restores a minimised or hidden window and gives it the focus.
    void bringToFront();
    // Opens a popup the widget asked for (sign-in) in a window of its own.
    void openPopup(QWebEnginePage *popup);
    // The tray's click: hides a window in view, brings back a hidden or minimised one.
    void toggleShown();

    // Asked on close: true keeps CallDock running with the window hidden (close to tray). The
    // window does not own the tray, so whoever does answers; without an answer, close quits.
    void setHideOnClose(std::function<bool()> hideOnClose);

signals:
    void retryRequested();
    void aboutRequested();
    void historyRequested();
    void activityRequested();
    void settingsRequested();
    // The window was closed and nothing keeps CallDock running: quit.
    void quitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createMenus();

    Settings &m_settings;
    std::function<bool()> m_hideOnClose;
    // Set while the application processes a quit request (see eventFilter).
    bool m_quitting = false;
    QStackedWidget *m_stack = nullptr;
    QWebEngineView *m_view = nullptr;
    LoadErrorPanel *m_errorPanel = nullptr;
};
