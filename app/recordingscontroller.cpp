#include "recordingscontroller.h"

#include "desktopnotifier.h"
#include "recordingfetcher.h"
#include "storagethread.h"
#include "widgetbridge.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRecordingsController, "calldock.app.recordings")

namespace {

// How long the widget may take to answer /get-call-log for a fresh recording URL.
constexpr int kCallLogTimeoutMs = 15'000;

} // namespace

RecordingsController::RecordingsController(StorageThread &storage, Settings &settings,
                                           WidgetBridge &bridge, DesktopNotifier &notifier,
                                           const QString &defaultFolder, SummarySink showSummary,
                                           QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_bridge(&bridge)
    , m_notifier(notifier)
    , m_defaultFolder(defaultFolder)
    , m_showSummary(std::move(showSummary))
    , m_fetcher(std::make_unique<RecordingFetcher>(storage)) {
    m_fetcher->setDownloadFolder(folder());
    m_fetcher->setEnabled(m_settings.recordingsEnabled());
    // Tokens expire within minutes: a fresh contentUri comes from the widget's /get-call-log.
    QPointer<WidgetBridge> bridgePointer(&bridge);
    m_fetcher->setFreshUrlProvider([bridgePointer](const QString &sessionId,
                                                   const QString &recordingId,
                                                   std::function<void(std::optional<QUrl>)> done) {
        if (!bridgePointer || !bridgePointer->isLoggedIn()) {
            done(std::nullopt);
            return;
        }
        bridgePointer->requestCallLog(
            sessionId, kCallLogTimeoutMs,
            [recordingId, done](std::optional<std::optional<Protocol::WidgetCall>> result,
                                const QString &) {
                if (result && *result && (*result)->recording
                    && (*result)->recording->id == recordingId
                    && !(*result)->recording->contentUri.isEmpty()) {
                    done(QUrl((*result)->recording->contentUri));
                } else {
                    done(std::nullopt);
                }
            });
    });
    connect(&m_settings, &Settings::changed, this, &RecordingsController::settingChanged);
    connect(m_fetcher.get(), &RecordingFetcher::finished, this,
            [this](const QString &, RecordingState state, const QString &error) {
                downloadFinished(state, error);
            });
    connect(m_fetcher.get(), &RecordingFetcher::progressChanged, this,
            &RecordingsController::showSummary);
    connect(m_fetcher.get(), &RecordingFetcher::activeCountChanged, this,
            &RecordingsController::showSummary);
    connect(&bridge, &WidgetBridge::loginStatusChanged, this,
            [this](bool loggedIn) { loginChanged(loggedIn); });
    if (bridge.isLoggedIn()) {
        loginChanged(true);
    }
}

RecordingsController::~RecordingsController() = default;

QString RecordingsController::folder() const {
    const QString chosen = m_settings.recordingsFolder();
    return chosen.isEmpty() ? m_defaultFolder : chosen;
}

void RecordingsController::recordingAvailable(const QString &recordingId, const QUrl &contentUri) {
    m_fetcher->enqueue(recordingId, contentUri);
}

void RecordingsController::settingChanged(Settings::Key key) {
    if (key == Settings::Key::RecordingsEnabled) {
        m_fetcher->setEnabled(m_settings.recordingsEnabled());
        if (m_settings.recordingsEnabled() && m_bridge && m_bridge->isLoggedIn()) {
            m_fetcher->resumePending();
        }
    } else if (key == Settings::Key::RecordingsFolder) {
        m_fetcher->setDownloadFolder(folder());
    }
}

void RecordingsController::loginChanged(bool loggedIn) {
    // Downloads left over from the last run (and failed ones with attempts left) need fresh
    // URLs: resume them once the widget is signed in, once per run.
    if (loggedIn && !m_resumed) {
        m_resumed = true;
        qCInfo(lcRecordingsController) << "Signed in: resuming recording downloads";
        m_fetcher->resumePending();
    }
}

void RecordingsController::downloadFinished(RecordingState state, const QString &error) {
    if ((state == RecordingState::Failed || state == RecordingState::Expired) && !error.isEmpty()
        && m_settings.notifyLoggingProblems()) {
        m_notifier.notify(tr("Recording not downloaded"), error, DesktopNotifier::Kind::Warning);
    }
}

void RecordingsController::showSummary() {
    if (m_showSummary) {
        m_showSummary(m_fetcher->summary());
    }
}
