#pragma once

#include "commandline.h"
#include "datadirectory.h"

#include <QObject>
#include <QUrl>

#include <memory>

class DesktopNotifier;
class HostSchemeHandler;
class MainWindow;
class QWebEngineProfile;
class Settings;
class WidgetChannel;
class WidgetLoader;
class WidgetPage;

// Wires CallDock together: settings, the web profile and pages, the bridge and the windows.
// The only place that knows every layer; each piece it creates has one job.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(const CommandLineOptions &options, const DataDirectory &dataDirectory,
                QObject *parent = nullptr);
    ~Application() override;

    // Creates the window and starts loading the widget.
    void start();

    // Arguments handed over by a second launch (program name first).
    void handleHandOver(const QStringList &arguments);

    // The widget URL as loaded, with CallDock's parameters.
    QUrl widgetUrl() const { return m_widgetUrl; }

    MainWindow *mainWindow() const { return m_window.get(); }
    WidgetChannel *channel() const { return m_channel; }
    WidgetLoader *loader() const { return m_loader; }
    Settings *settings() const { return m_settings.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }

signals:
    // A tel:/callto: number to dial (normalised); the bridge dials it once the dialer is ready.
    void dialRequested(const QString &number);

private:
    void createProfile();
    void createWindow();
    void showAbout();

    CommandLineOptions m_options;
    DataDirectory m_dataDirectory;
    QUrl m_widgetUrl;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DesktopNotifier> m_notifier;
    // Declared before the window: pages must be deleted before their profile.
    std::unique_ptr<QWebEngineProfile> m_profile;
    HostSchemeHandler *m_schemeHandler = nullptr;
    std::unique_ptr<MainWindow> m_window;
    WidgetPage *m_page = nullptr;
    WidgetChannel *m_channel = nullptr;
    WidgetLoader *m_loader = nullptr;
};
