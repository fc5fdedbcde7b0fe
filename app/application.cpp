#include "application.h"

#include "activitycontroller.h"
#include "aftercallprompter.h"
#include "autologsync.h"
#include "autostart.h"
#include "callcompleter.h"
#include "calllogger.h"
#include "callstore.h"
#include "catchupservice.h"
#include "desktopcontroller.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "followupscheduler.h"
#include "historycontroller.h"
#include "hostpage.h"
#include "hostschemehandler.h"
#include "mainwindow.h"
#include "messageautologsync.h"
#include "messagelogger.h"
#include "navigationpolicy.h"
#include "notescontroller.h"
#include "phonenumber.h"
#include "privatefiles.h"
#include "recordingfetcher.h"
#include "recordingscontroller.h"
#include "redaction.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storagethread.h"
#include "storeerrortext.h"
#include "widgetbridge.h"
#include "widgetchannel.h"
#include "widgetloader.h"
#include "widgetpage.h"
#include "widgeturl.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileOpenEvent>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QShortcut>
#include <QWebEngineNotification>
#include <QWebEngineProfile>

Q_LOGGING_CATEGORY(lcApp, "calldock.app")

Application::Application(const CommandLineOptions &options, const DataDirectory &dataDirectory,
                         QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDirectory(dataDirectory)
    , m_settings(std::make_unique<Settings>(dataDirectory.settingsFile()))
    , m_storage(std::make_unique<StorageThread>())
    , m_notifier(std::make_unique<DesktopNotifier>()) {}

Application::~Application() {
    // Unsaved notes first; then everything that uses the pages, the store or the bridge; then
    // the pages (they live under the window) before their profile; the store last.
    delete m_desktopController; // it watches the store, the logger and the tray
    m_desktopController = nullptr;
    m_activity.reset(); // opens the history
    m_history.reset();
    m_notes.reset(); // writes the drafts of open dialogs
    m_recordings.reset();
    m_window.reset();
    m_profile.reset();
    m_callLogger.reset();
    m_messageLogger.reset();
    m_storage.reset();
    m_settings->sync();
}

bool Application::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::FileOpen) {
        const QString url = static_cast<QFileOpenEvent *>(event)->url().toString();
        if (PhoneNumber::isDialUrl(url)) {
            const QString number = PhoneNumber::normalize(url);
            if (!number.isEmpty()) {
                if (m_window) {
                    m_window->bringToFront();
                }
                emit dialRequested(number);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

WidgetUrlOptions Application::widgetUrlOptions() const {
    // The command line wins over the settings, at start and on every reload.
    WidgetUrlOptions urlOptions;
    urlOptions.appUrl =
        m_options.widgetUrl.isEmpty() ? m_settings->widgetAppUrl() : m_options.widgetUrl;
    urlOptions.clientId =
        m_options.clientId.isEmpty() ? m_settings->clientId() : m_options.clientId;
    urlOptions.appServer =
        m_options.appServer.isEmpty() ? m_settings->appServer() : m_options.appServer;
    urlOptions.autoLogCalls = m_settings->autoLogCalls();
    urlOptions.autoLogMessages = m_settings->autoLogMessages();
    urlOptions.version = QLatin1String(CALLDOCK_VERSION);
    return urlOptions;
}

void Application::start() {
    qApp->installEventFilter(this);
    const WidgetUrlOptions urlOptions = widgetUrlOptions();
    m_widgetUrl = WidgetUrl::compose(urlOptions);

    openCallStore();
    createProfile();
    createDesktop();
    createWindow();

    const NavigationPolicy policy(m_widgetUrl);
    m_page = new WidgetPage(m_profile.get(), policy, m_window.get());
    m_window->setPage(m_page);
    m_channel = new WidgetChannel(m_page);
    m_channel->setWidgetOrigin(policy.widgetOrigin());
    m_loader = new WidgetLoader(m_page, m_channel, this);
    createBridge();
    createNoteDialogs();
    createRecordingFetcher();
    createHistory();
    createAfterCall();
    m_desktopController->connectBridge(m_bridge);

    connect(m_page, &WidgetPage::externalUrlRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_page, &WidgetPage::popupOpened, m_window.get(), &MainWindow::openPopup);
    connect(m_window.get(), &MainWindow::retryRequested, m_loader, &WidgetLoader::retryNow);
    connect(m_loader, &WidgetLoader::stateChanged, this, [this](WidgetLoader::State state) {
        if (state == WidgetLoader::State::Failed) {
            m_window->showLoadFailure(m_loader->widgetUrl(), m_loader->failureReason(),
                                      m_loader->secondsUntilRetry());
        } else {
            m_window->showWidget();
        }
    });

    m_schemeHandler->setWidgetUrl(m_widgetUrl);
    m_loader->load(m_widgetUrl);

    showInitialWindow();
    if (!m_options.dialNumber.isEmpty()) {
        emit dialRequested(m_options.dialNumber);
    }
}

void Application::openCallStore() {
    m_storage->open(m_dataDirectory.databaseFile())
        .then(this, [this](const CallStore::OpenResult &opened) { reportOpened(opened); });
    m_callLogger = std::make_unique<CallLogger>(*m_storage, *m_settings);
    m_messageLogger = std::make_unique<MessageLogger>(*m_storage, *m_settings);
}

void Application::reportOpened(const CallStore::OpenResult &opened) {
    if (!opened.ok) {
        // CallDock still runs (the phone works); every log goes to the retry queue and the user
        // is told why, instead of calls silently going nowhere.
        qCCritical(lcApp).noquote() << "cannot open the call log:" << opened.error;
        reportLoggingProblem(opened.error);
    } else if (!opened.movedAsidePath.isEmpty()) {
        const QString message =
            tr("The call log was damaged and has been set aside as %1. CallDock started a new "
               "one.")
                .arg(QDir::toNativeSeparators(opened.movedAsidePath));
        qCWarning(lcApp).noquote() << message;
        m_notifier->notify(tr("Call log replaced"), message, DesktopNotifier::Kind::Warning);
    }
}

void Application::createBridge() {
    m_bridge = new WidgetBridge(m_channel, m_callLogger.get(), this);
    Protocol::ServiceRegistration registration = m_bridge->registration();
    registration.callLoggerTitle = tr("Log to CallDock");
    registration.callLoggerAutoSettingLabel = tr("Log calls automatically in CallDock");
    registration.messageLoggerTitle = tr("Log to CallDock");
    registration.messageLoggerAutoSettingLabel = tr("Log messages automatically in CallDock");
    m_bridge->setRegistration(registration);
    m_bridge->setMessageHandler(m_messageLogger.get());
    connect(m_messageLogger.get(), &MessageLogger::writeFailed, this,
            [this](const StoreError &error) {
                reportLoggingProblem(StoreErrorText::userMessage(error));
            });
    new MessageAutoLogSync(*m_settings, *m_bridge, this);
    updateRegistration();

    CallLogger *logger = m_callLogger.get();
    connect(logger, &CallLogger::matchNeeded, m_bridge, &WidgetBridge::triggerCallLoggerMatch);
    connect(logger, &CallLogger::writeFailed, this, [this](const StoreError &error) {
        reportLoggingProblem(StoreErrorText::userMessage(error));
    });
    connect(this, &Application::dialRequested, m_bridge,
            [this](const QString &number) { m_bridge->newCall(number, true); });
    m_autoLogSync = new AutoLogSync(*m_settings, *m_bridge, this);
    m_catchUp = new CatchUpService(*m_bridge, *logger, *m_settings, this);
    // Calls live when CallDock last quit get their final record from the widget.
    new CallCompleter(*m_storage, *m_bridge, *logger, this);
    // Tray: "Catch up un-logged calls now", progress and, with auto-log off, how many wait.
    connect(this, &Application::catchUpRequested, m_catchUp, [this] {
        // With auto-log off, the explicit request means "log them all".
        if (m_settings->autoLogCalls()) {
            m_catchUp->runNow();
        } else {
            m_catchUp->logAllNow();
        }
    });
    connect(m_catchUp, &CatchUpService::progress, this, [this](int pages, int calls) {
        if (m_desktop) {
            m_desktop->setExtraLine(QStringLiteral("catchup"),
                                    tr("Catching up: %n call(s) logged", nullptr, calls)
                                        + QStringLiteral(" (") + QString::number(pages)
                                        + QStringLiteral(")"));
        }
    });
    connect(m_catchUp, &CatchUpService::finished, this,
            [this](bool ok, int calls, const QString &error) {
                if (!m_desktop) {
                    return;
                }
                m_desktop->setExtraLine(
                    QStringLiteral("catchup"),
                    ok ? (calls > 0 ? tr("Caught up %n call(s)", nullptr, calls) : QString())
                       : tr("Catch-up stopped: %1").arg(error));
            });
    connect(m_catchUp, &CatchUpService::unloggedCountChanged, this, [this](int count) {
        if (m_desktop) {
            //: "Catch up" is the tray menu entry "Catch up un-logged calls now".
            const QString waiting =
                tr("%n call(s) not logged — \"Catch up\" logs them", nullptr, count);
            m_desktop->setExtraLine(QStringLiteral("unlogged"), count > 0 ? waiting : QString());
        }
    });
}

void Application::updateRegistration() {
    // The widget reads this when CallDock registers, i.e. on each (re)load.
    Protocol::ServiceRegistration registration = m_bridge->registration();
    registration.showLogModal = m_settings->notesMode() == Settings::NotesMode::Widget;
    m_bridge->setRegistration(registration);
}

void Application::reloadWidget() {
    const WidgetUrlOptions urlOptions = widgetUrlOptions();
    m_widgetUrl = WidgetUrl::compose(urlOptions);
    const NavigationPolicy policy(m_widgetUrl);
    m_page->setPolicy(policy);
    m_channel->setWidgetOrigin(policy.widgetOrigin());
    m_schemeHandler->setWidgetUrl(m_widgetUrl);
    updateRegistration();
    qCInfo(lcApp) << "reloading the widget with new settings";
    m_loader->load(m_widgetUrl);
}

void Application::createNoteDialogs() {
    m_notes = std::make_unique<NotesController>(m_dataDirectory.draftsDirectory(), *m_storage,
                                                *m_callLogger, *m_bridge, m_window.get());
    // Notes typed before a crash or quit come back.
    m_notes->restoreDrafts();
}

RecordingFetcher *Application::recordings() const {
    return m_recordings ? m_recordings->fetcher() : nullptr;
}

void Application::createRecordingFetcher() {
    m_recordings = std::make_unique<RecordingsController>(
        *m_storage, *m_settings, *m_bridge, *m_notifier,
        m_dataDirectory.defaultRecordingsDirectory(), [this](const QString &summary) {
            if (m_desktop) {
                m_desktop->setExtraLine(QStringLiteral("recordings"), summary);
            }
        });
    connect(m_callLogger.get(), &CallLogger::recordingAvailable, m_recordings.get(),
            [this](const QString &, const QString &recordingId, const QUrl &contentUri) {
                m_recordings->recordingAvailable(recordingId, contentUri);
            });
}

void Application::createHistory() {
    m_history = std::make_unique<HistoryController>(*m_storage, *m_callLogger, *m_bridge,
                                                    *m_notes->dialogs());
    connect(m_callLogger.get(), &CallLogger::viewLogRequested, this,
            [this](const QString &sessionId) { m_history->show(sessionId); });
    connect(m_window.get(), &MainWindow::historyRequested, this, [this] { m_history->show(); });
    connect(this, &Application::historyRequested, this, [this] { m_history->show(); });
    // Download states show in the history: refresh when one finishes.
    connect(m_recordings->fetcher(), &RecordingFetcher::finished, m_history.get(),
            &HistoryController::refresh);

    m_activity = std::make_unique<ActivityController>(*m_storage, *m_history);
    connect(m_callLogger.get(), &CallLogger::callsChanged, m_activity.get(),
            &ActivityController::refresh);
    connect(m_window.get(), &MainWindow::activityRequested, this, [this] { m_activity->show(); });
    connect(this, &Application::activityRequested, this, [this] { m_activity->show(); });
}

void Application::createAfterCall() {
    m_notes->setOutcomes(m_settings->callOutcomes());
    connect(m_settings.get(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::CallOutcomes) {
            m_notes->setOutcomes(m_settings->callOutcomes());
        }
    });
    m_afterCall = new AfterCallPrompter(*m_settings, *m_storage, *m_notifier, *m_notes, this);
    m_afterCall->connectBridge(m_bridge);
    m_afterCall->connectCallLogger(m_callLogger.get());
    // Anywhere in CallDock: the note of the call that ended last.
    auto *lastNote = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), m_window.get());
    lastNote->setContext(Qt::ApplicationShortcut);
    connect(lastNote, &QShortcut::activated, m_afterCall, &AfterCallPrompter::openLastCallNote);

    m_followUps = new FollowUpScheduler(*m_storage, *m_notifier, this);
    connect(m_followUps, &FollowUpScheduler::callBackRequested, this,
            [this](const QString &number) {
                m_window->bringToFront();
                emit dialRequested(number);
            });
    connect(m_callLogger.get(), &CallLogger::followUpsChanged, m_followUps,
            &FollowUpScheduler::reschedule);
    connect(m_followUps, &FollowUpScheduler::followUpChanged, m_history.get(),
            [this] { m_history->refresh(); });
    connect(m_history.get(), &HistoryController::followUpsChanged, m_followUps,
            &FollowUpScheduler::reschedule);
    // Queued after the store's open: reminders missed while CallDock was closed show now.
    m_followUps->start();
}

void Application::reportLoggingProblem(const QString &message) {
    const QString text =
        tr("Calls are not being saved: %1 CallDock keeps them and tries again.").arg(message);
    if (m_settings->notifyLoggingProblems()) {
        m_notifier->notify(tr("Call logging problem"), text, DesktopNotifier::Kind::Warning);
    }
    if (m_bridge) {
        m_bridge->showAlert(text, Protocol::AlertLevel::Danger, 30'000);
    }
}

void Application::createProfile() {
    const QString profileDirectory = m_dataDirectory.webProfileDirectory();
    const QString cacheDirectory = m_dataDirectory.webCacheDirectory();
    PrivateFiles::ensurePrivateDirectory(profileDirectory);
    PrivateFiles::ensurePrivateDirectory(cacheDirectory);

    // A named profile is persistent: the widget's login (IndexedDB, cookies) survives restarts.
    m_profile = std::make_unique<QWebEngineProfile>(QStringLiteral("CallDock"));
    m_profile->setPersistentStoragePath(profileDirectory);
    m_profile->setCachePath(cacheDirectory);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::AllowPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);

    m_schemeHandler = new HostSchemeHandler(m_profile.get());
    m_profile->installUrlSchemeHandler(HostPage::kScheme, m_schemeHandler);

    DesktopNotifier *notifier = m_notifier.get();
    m_profile->setNotificationPresenter(
        [notifier](std::unique_ptr<QWebEngineNotification> notification) {
            notifier->presentWebNotification(std::move(notification));
        });
}

void Application::createDesktop() {
    m_desktop = std::make_unique<DesktopIntegration>(*m_settings, *m_notifier);
    // Without a tray nothing could bring a hidden window back: the last window closing quits.
    QApplication::setQuitOnLastWindowClosed(!m_desktop->hasTray());
    m_desktopController =
        new DesktopController(*m_settings, *m_storage, *m_notifier, *m_desktop, this);
    m_desktopController->connectCallLogger(m_callLogger.get());

    QStringList arguments{QStringLiteral("--minimized")};
    if (!m_options.dataDir.isEmpty()) {
        arguments << QStringLiteral("--data-dir") << QDir(m_options.dataDir).absolutePath();
    }
    m_desktopController->manageAutoStart(
        AutoStart(QCoreApplication::applicationFilePath(), arguments));

    DesktopIntegration *desktop = m_desktop.get();
    connect(desktop, &DesktopIntegration::autoLogToggled, m_settings.get(),
            &Settings::setAutoLogCalls);
    connect(desktop, &DesktopIntegration::settingsRequested, this, &Application::showSettings);
    connect(desktop, &DesktopIntegration::historyRequested, this, &Application::historyRequested);
    connect(desktop, &DesktopIntegration::activityRequested, this, &Application::activityRequested);
    connect(desktop, &DesktopIntegration::catchUpRequested, this, &Application::catchUpRequested);
    connect(desktop, &DesktopIntegration::quitRequested, qApp, &QApplication::quit,
            Qt::QueuedConnection);
}

void Application::showInitialWindow() {
    if (!m_options.minimized && !m_settings->startMinimized()) {
        m_window->show();
    } else if (!m_desktop->hasTray()) {
        m_window->showMinimized();
    }
    // With a tray, a minimised start stays in the tray until the icon is clicked.
}

SettingsDialog *Application::settingsDialog() const {
    return m_settingsDialog;
}

void Application::showSettings() {
    if (!m_settingsDialog) {
        SettingsDialogContext context;
        context.dataFolder = m_dataDirectory.root();
        context.databaseFile = m_dataDirectory.databaseFile();
        context.defaultRecordingsFolder = m_dataDirectory.defaultRecordingsDirectory();
        context.trayAvailable = m_desktop->hasTray();
        m_settingsDialog = new SettingsDialog(*m_settings, context, m_window.get());
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::reloadRequested, this,
                &Application::reloadWidget);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void Application::createWindow() {
    m_window = std::make_unique<MainWindow>(*m_settings);
    DesktopIntegration *desktop = m_desktop.get();
    Settings *settings = m_settings.get();
    m_window->setHideOnClose(
        [desktop, settings] { return desktop->hasTray() && settings->closeToTray(); });
    connect(m_window.get(), &MainWindow::aboutRequested, this, &Application::showAbout);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &Application::showSettings);
    connect(m_window.get(), &MainWindow::quitRequested, qApp, &QApplication::quit,
            Qt::QueuedConnection);
    connect(desktop, &DesktopIntegration::showHideRequested, m_window.get(),
            &MainWindow::toggleShown);
    connect(m_notifier.get(), &DesktopNotifier::activated, m_window.get(),
            &MainWindow::bringToFront);
}

void Application::handleHandOver(const QStringList &arguments) {
    const CommandLineResult parsed = CommandLine::parse(arguments);
    if (parsed.action != CommandLineResult::Action::Run) {
        qCWarning(lcApp) << "ignored arguments from another launch:" << parsed.message;
        m_window->bringToFront();
        return;
    }
    m_window->bringToFront();
    if (!parsed.options.dialNumber.isEmpty()) {
        qCInfo(lcApp) << "dial request handed over by another launch";
        emit dialRequested(parsed.options.dialNumber);
    }
}

void Application::showAbout() {
    QMessageBox::about(
        m_window.get(), tr("About CallDock"),
        tr("<h3>CallDock %1</h3><p>Hosts the RingCentral Embeddable phone and logs every call "
           "to a local database.</p><p>Data folder: %2</p>")
            .arg(QLatin1String(CALLDOCK_VERSION), m_dataDirectory.root().toHtmlEscaped()));
}

LogCallDialogs *Application::noteDialogs() const {
    return m_notes ? m_notes->dialogs() : nullptr;
}
