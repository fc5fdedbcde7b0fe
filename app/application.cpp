#include "application.h"

#include "autologsync.h"
#include "calllogger.h"
#include "callstore.h"
#include "catchupservice.h"
#include "desktopnotifier.h"
#include "draftstore.h"
#include "hostpage.h"
#include "hostschemehandler.h"
#include "logcalldata.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "mainwindow.h"
#include "navigationpolicy.h"
#include "privatefiles.h"
#include "redaction.h"
#include "settings.h"
#include "widgetbridge.h"
#include "widgetchannel.h"
#include "widgetloader.h"
#include "widgetpage.h"
#include "widgeturl.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QWebEngineNotification>
#include <QWebEngineProfile>

Q_LOGGING_CATEGORY(lcApp, "calldock.app")

Application::Application(const CommandLineOptions &options, const DataDirectory &dataDirectory,
                         QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dataDirectory(dataDirectory)
    , m_settings(std::make_unique<Settings>(dataDirectory.settingsFile()))
    , m_store(std::make_unique<CallStore>())
    , m_notifier(std::make_unique<DesktopNotifier>()) {}

Application::~Application() {
    // Pages first (they live under the window), then the profile.
    m_window.reset();
    m_profile.reset();
    m_callLogger.reset();
    m_store.reset();
    m_settings->sync();
}

void Application::start() {
    WidgetUrlOptions urlOptions;
    urlOptions.appUrl =
        m_options.widgetUrl.isEmpty() ? m_settings->widgetAppUrl() : m_options.widgetUrl;
    urlOptions.clientId =
        m_options.clientId.isEmpty() ? m_settings->clientId() : m_options.clientId;
    urlOptions.appServer =
        m_options.appServer.isEmpty() ? m_settings->appServer() : m_options.appServer;
    urlOptions.autoLogCalls = m_settings->autoLogCalls();
    urlOptions.version = QLatin1String(CALLDOCK_VERSION);
    m_widgetUrl = WidgetUrl::compose(urlOptions);

    openCallStore();
    createProfile();
    createWindow();

    const NavigationPolicy policy(m_widgetUrl, urlOptions.appServer);
    m_page = new WidgetPage(m_profile.get(), policy, m_window.get());
    m_window->setPage(m_page);
    m_channel = new WidgetChannel(m_page);
    m_channel->setWidgetOrigin(policy.widgetOrigin());
    m_loader = new WidgetLoader(m_page, m_channel, this);
    createBridge();
    createNoteDialogs();

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

    if (m_options.minimized || m_settings->startMinimized()) {
        m_window->showMinimized();
    } else {
        m_window->show();
    }
    if (!m_options.dialNumber.isEmpty()) {
        emit dialRequested(m_options.dialNumber);
    }
}

void Application::openCallStore() {
    const CallStore::OpenResult opened = m_store->open(m_dataDirectory.databaseFile());
    if (!opened.ok) {
        // CallDock still runs (the phone works); every log goes to the retry queue and the user
        // is told why, instead of calls silently going nowhere.
        qCCritical(lcApp).noquote() << "cannot open the call log:" << opened.error;
        QMetaObject::invokeMethod(
            this, [this, error = opened.error] { reportLoggingProblem(error); },
            Qt::QueuedConnection);
    } else if (!opened.movedAsidePath.isEmpty()) {
        const QString message =
            tr("The call log was damaged and has been set aside as %1. CallDock started a new "
               "one.")
                .arg(QDir::toNativeSeparators(opened.movedAsidePath));
        qCWarning(lcApp).noquote() << message;
        QMetaObject::invokeMethod(
            this,
            [this, message] {
                m_notifier->notify(tr("Call log replaced"), message,
                                   DesktopNotifier::Kind::Warning);
            },
            Qt::QueuedConnection);
    }
    m_callLogger = std::make_unique<CallLogger>(*m_store, *m_settings);
}

void Application::createBridge() {
    m_bridge = new WidgetBridge(m_channel, this);
    Protocol::ServiceRegistration registration = m_bridge->registration();
    registration.callLoggerTitle = tr("Log to CallDock");
    registration.callLoggerAutoSettingLabel = tr("Log calls automatically in CallDock");
    registration.showLogModal = m_settings->notesMode() == Settings::NotesMode::Widget;
    m_bridge->setRegistration(registration);

    CallLogger *logger = m_callLogger.get();
    m_bridge->setCallLoggerHandler(
        [logger](const Protocol::CallLoggerRequest &request, const Responder &responder) {
            logger->handleCallLogger(request, responder);
        });
    m_bridge->setMatchHandler(
        [logger](const Protocol::MatchRequest &request, const Responder &responder) {
            logger->handleMatch(request, responder);
        });
    connect(logger, &CallLogger::matchNeeded, m_bridge, &WidgetBridge::triggerCallLoggerMatch);
    connect(logger, &CallLogger::writeFailed, this, &Application::reportLoggingProblem);
    connect(this, &Application::dialRequested, m_bridge,
            [this](const QString &number) { m_bridge->newCall(number, true); });
    m_autoLogSync = new AutoLogSync(*m_settings, *m_bridge, this);
    m_catchUp = new CatchUpService(*m_bridge, *logger, *m_settings, this);
}

void Application::createNoteDialogs() {
    m_drafts = std::make_unique<DraftStore>(m_dataDirectory.draftsDirectory());
    m_noteDialogs = std::make_unique<LogCallDialogs>(m_drafts.get(), m_window.get());
    LogCallDialogs *dialogs = m_noteDialogs.get();
    CallLogger *logger = m_callLogger.get();

    logger->setNotesInProgress([dialogs] {
        const QStringList open = dialogs->openSessionIds();
        return QSet<QString>(open.cbegin(), open.cend());
    });
    connect(logger, &CallLogger::noteRequested, this, &Application::openNoteDialog);
    connect(dialogs, &LogCallDialogs::saveRequested, this,
            [this, dialogs, logger](const QString &sessionId, const QString &subject,
                                    const QString &note) {
                QString error;
                const LogCallDialog *dialog = dialogs->dialog(sessionId);
                const CallRecord shown = dialog ? dialog->data().call : CallRecord();
                if (logger->saveNote(sessionId, subject, note, &error, dialog ? &shown : nullptr)) {
                    dialogs->closeAfterSave(sessionId);
                } else {
                    dialogs->setSaveError(sessionId, error);
                }
            });
    // Cancel (or save) ends the "note being written" state in the widget.
    connect(dialogs, &LogCallDialogs::closed, this,
            [this](const QString &sessionId) { m_bridge->triggerCallLoggerMatch({sessionId}); });
    // A live call keeps updating an open dialog without touching what the user types.
    connect(logger, &CallLogger::callsChanged, this, [this, dialogs](const QStringList &ids) {
        for (const QString &id : ids) {
            if (!dialogs->isOpen(id)) {
                continue;
            }
            if (const std::optional<CallRecord> call = m_store->call(id)) {
                dialogs->updateCall(
                    LogCallData{*call, !m_store->recordingsForCall(id).isEmpty(), true});
            }
        }
    });
    // Notes typed before a crash or quit come back.
    const int restored = dialogs->restoreDrafts();
    if (restored > 0) {
        qCInfo(lcApp) << "restored" << restored << "unsaved notes";
    }
}

void Application::openNoteDialog(const CallRecord &call, bool alreadyLogged) {
    const bool hasRecording = !m_store->recordingsForCall(call.sessionId).isEmpty();
    m_noteDialogs->open(LogCallData{call, hasRecording, alreadyLogged});
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

void Application::createWindow() {
    m_window = std::make_unique<MainWindow>(*m_settings);
    connect(m_window.get(), &MainWindow::aboutRequested, this, &Application::showAbout);
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
