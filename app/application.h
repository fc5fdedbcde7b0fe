#pragma once

#include "commandline.h"
#include "datadirectory.h"

#include <QObject>
#include <QUrl>

#include <memory>

class AutoLogSync;
class CallLogger;
class CallStore;
class CatchUpService;
class DesktopNotifier;
class DraftStore;
class LogCallDialogs;
struct CallRecord;
class HostSchemeHandler;
class MainWindow;
class QWebEngineProfile;
class Settings;
class WidgetBridge;
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
    WidgetBridge *bridge() const { return m_bridge; }
    CallLogger *callLogger() const { return m_callLogger.get(); }
    CallStore *callStore() const { return m_store.get(); }
    // Catch-up of calls the widget did not report live (tray and history window start it).
    CatchUpService *catchUp() const { return m_catchUp; }
    LogCallDialogs *noteDialogs() const { return m_noteDialogs.get(); }
    Settings *settings() const { return m_settings.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }

signals:
    // A tel:/callto: number to dial (normalised); the bridge dials it once the dialer is ready.
    void dialRequested(const QString &number);

private:
    void openCallStore();
    void createBridge();
    void reportLoggingProblem(const QString &message);
    void createNoteDialogs();
    void openNoteDialog(const CallRecord &call, bool alreadyLogged);
    void createProfile();
    void createWindow();
    void showAbout();

    CommandLineOptions m_options;
    DataDirectory m_dataDirectory;
    QUrl m_widgetUrl;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<CallLogger> m_callLogger;
    std::unique_ptr<DesktopNotifier> m_notifier;
    // Declared before the window: pages must be deleted before their profile.
    std::unique_ptr<QWebEngineProfile> m_profile;
    HostSchemeHandler *m_schemeHandler = nullptr;
    std::unique_ptr<MainWindow> m_window;
    // The dialogs write drafts until they are destroyed: the store must outlive them.
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<LogCallDialogs> m_noteDialogs;
    WidgetPage *m_page = nullptr;
    WidgetChannel *m_channel = nullptr;
    WidgetLoader *m_loader = nullptr;
    WidgetBridge *m_bridge = nullptr;
    AutoLogSync *m_autoLogSync = nullptr;
    CatchUpService *m_catchUp = nullptr;
};
