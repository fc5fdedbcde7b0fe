#pragma once

#include "callstore.h"
#include "commandline.h"
#include "datadirectory.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class AfterCallPrompter;
class AutoLogSync;
class FollowUpScheduler;
class CallLogger;
class MessageLogger;
class CallStore;
class StorageThread;
class DesktopController;
class DesktopIntegration;
class CatchUpService;
class DesktopNotifier;
class ActivityController;
class HistoryController;
class LogCallDialogs;
class NotesController;
class RecordingFetcher;
class RecordingsController;
struct WidgetUrlOptions;
class HostSchemeHandler;
class MainWindow;
class QWebEngineProfile;
class Settings;
class SettingsDialog;
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

    // Opens (or raises) the settings dialog.
    void showSettings();
    // Loads the widget again with the URL, client ID and platform the settings now give.
    void reloadWidget();

    // The widget URL as loaded, with CallDock's parameters.
    QUrl widgetUrl() const { return m_widgetUrl; }

    MainWindow *mainWindow() const { return m_window.get(); }
    WidgetChannel *channel() const { return m_channel; }
    WidgetLoader *loader() const { return m_loader; }
    WidgetBridge *bridge() const { return m_bridge; }
    CallLogger *callLogger() const { return m_callLogger.get(); }
    MessageLogger *messageLogger() const { return m_messageLogger.get(); }
    StorageThread *storage() const { return m_storage.get(); }
    // Catch-up of calls the widget did not report live (tray and history window start it).
    CatchUpService *catchUp() const { return m_catchUp; }
    LogCallDialogs *noteDialogs() const;
    RecordingFetcher *recordings() const;
    HistoryController *history() const { return m_history.get(); }
    ActivityController *activity() const { return m_activity.get(); }
    Settings *settings() const { return m_settings.get(); }
    DesktopNotifier *notifier() const { return m_notifier.get(); }
    DesktopIntegration *desktop() const { return m_desktop.get(); }
    DesktopController *desktopController() const { return m_desktopController; }
    SettingsDialog *settingsDialog() const;
    AfterCallPrompter *afterCall() const { return m_afterCall; }
    FollowUpScheduler *followUps() const { return m_followUps; }

protected:
    // macOS hands tel:/callto: links to the running app as QFileOpenEvent, not as arguments.
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A tel:/callto: number to dial (normalised); the bridge dials it once the dialer is ready.
    void dialRequested(const QString &number);
    // The tray's "Catch up un-logged calls now".
    void catchUpRequested();
    // The tray's "Call history…".
    void historyRequested();
    // The tray's "Activity…".
    void activityRequested();

private:
    void openCallStore();
    void reportOpened(const CallStore::OpenResult &opened);
    void createBridge();
    void reportLoggingProblem(const QString &message);
    void createNoteDialogs();
    void createRecordingFetcher();
    void createHistory();
    void createAfterCall();
    void createProfile();
    void createWindow();
    void createDesktop();
    void showInitialWindow();
    WidgetUrlOptions widgetUrlOptions() const;
    void updateRegistration();
    void showAbout();

    CommandLineOptions m_options;
    DataDirectory m_dataDirectory;
    QUrl m_widgetUrl;
    std::unique_ptr<Settings> m_settings;
    // Owns the database connections; declared first of the storage users, so destroyed last:
    // its destructor runs every write still queued.
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<CallLogger> m_callLogger;
    std::unique_ptr<MessageLogger> m_messageLogger;
    // Declared after the store: it is destroyed (and stops its transfers) first.
    std::unique_ptr<RecordingsController> m_recordings;
    std::unique_ptr<DesktopNotifier> m_notifier;
    // Hands its tray icon to the notifier: declared after it, so destroyed first.
    std::unique_ptr<DesktopIntegration> m_desktop;
    DesktopController *m_desktopController = nullptr;
    QPointer<SettingsDialog> m_settingsDialog;
    // Declared before the window: pages must be deleted before their profile.
    std::unique_ptr<QWebEngineProfile> m_profile;
    HostSchemeHandler *m_schemeHandler = nullptr;
    std::unique_ptr<MainWindow> m_window;
    // The dialogs write drafts until they are destroyed: the store must outlive them.
    std::unique_ptr<NotesController> m_notes;
    std::unique_ptr<HistoryController> m_history;
    // Opens the history: declared after it, destroyed first.
    std::unique_ptr<ActivityController> m_activity;
    WidgetPage *m_page = nullptr;
    WidgetChannel *m_channel = nullptr;
    WidgetLoader *m_loader = nullptr;
    WidgetBridge *m_bridge = nullptr;
    AutoLogSync *m_autoLogSync = nullptr;
    CatchUpService *m_catchUp = nullptr;
    AfterCallPrompter *m_afterCall = nullptr;
    FollowUpScheduler *m_followUps = nullptr;
};
