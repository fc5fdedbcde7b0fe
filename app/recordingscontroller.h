#pragma once

#include "calltypes.h"
#include "settings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class DesktopNotifier;
class RecordingFetcher;
class StorageThread;
class WidgetBridge;

// The policy around recording downloads: owns the RecordingFetcher and feeds it what the rest
// of CallDock knows — fresh tokenized URLs from the widget's /get-call-log, the settings
// (enabled, folder), the moment to resume leftovers (once the widget is signed in, since their
// URLs need a fresh token), a notification when a download fails for good, and a line for the
// tray. Application only creates it and connects the call logger to recordingAvailable().
class RecordingsController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingsController)

public:
    // Receives the tray's "recordings" line (empty when nothing is pending).
    using SummarySink = std::function<void(const QString &summary)>;

    // `defaultFolder` is used while the settings name no folder. The storage thread, settings,
    // bridge and notifier must outlive the controller.
    RecordingsController(StorageThread &storage, Settings &settings, WidgetBridge &bridge,
                         DesktopNotifier &notifier, const QString &defaultFolder,
                         SummarySink showSummary, QObject *parent = nullptr);
    ~RecordingsController() override;

    RecordingFetcher *fetcher() const { return m_fetcher.get(); }
    // The folder downloads go to: the chosen one, or the default.
    QString folder() const;

    // The call logger saw a recording with its tokenized contentUri (already in the store).
    void recordingAvailable(const QString &recordingId, const QUrl &contentUri);

private:
    void settingChanged(Settings::Key key);
    void loginChanged(bool loggedIn);
    void downloadFinished(RecordingState state, const QString &error);
    void showSummary();

    Settings &m_settings;
    QPointer<WidgetBridge> m_bridge;
    DesktopNotifier &m_notifier;
    QString m_defaultFolder;
    SummarySink m_showSummary;
    std::unique_ptr<RecordingFetcher> m_fetcher;
    bool m_resumed = false; // leftovers of the last run are resumed once per run
};
