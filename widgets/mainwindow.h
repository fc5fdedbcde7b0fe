#pragma once

#include <QMainWindow>
#include <QUrl>

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

signals:
    void retryRequested();
    void aboutRequested();
    void historyRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();

    Settings &m_settings;
    QStackedWidget *m_stack = nullptr;
    QWebEngineView *m_view = nullptr;
    LoadErrorPanel *m_errorPanel = nullptr;
};
