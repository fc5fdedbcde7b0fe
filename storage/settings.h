#pragma once

#include <QByteArray>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>

// Typed, validated access to CallDock's settings file (an INI file in the data directory).
// Nothing else in CallDock touches QSettings directly. Every setter validates, writes through,
// and emits changed() only when the stored value really changed, so listeners never loop.
class Settings final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key {
        ReleaseChannel,
        CustomWidgetUrl,
        ClientId,
        Platform,
        CustomAppServer,
        AutoLogCalls,
        NotesMode,
        RecordingsEnabled,
        RecordingsFolder,
        StartMinimized,
        CloseToTray,
        StartAtLogin,
        NotifyIncomingCalls,
        NotifyLoggingProblems,
        Language,
        WindowGeometry,
        AutoLogMessages,
        AfterCallPromptInbound,
        AfterCallPromptOutbound,
        AfterCallSkipMissed,
        CallOutcomes,
        OutcomeInWidgetNote,
    };
    Q_ENUM(Key)

    enum class ReleaseChannel { Latest, Beta, Custom };
    enum class Platform { Production, Sandbox, Custom };
    // Where the user types call notes: CallDock's own dialog, the widget's log page, or nowhere.
    enum class NotesMode { Dialog, Widget, None };
    // What CallDock does when a call ends (per direction): nothing, a notification with an
    // "Add note" action, or the note dialog (raised without taking the focus).
    enum class AfterCallPrompt { Nothing, Notify, OpenDialog };
    Q_ENUM(AfterCallPrompt)

    explicit Settings(const QString &fileName, QObject *parent = nullptr);

    QString fileName() const;
    // Writes pending changes to disk; returns false when the file cannot be written.
    bool sync();

    ReleaseChannel releaseChannel() const;
    void setReleaseChannel(ReleaseChannel channel);
    QUrl customWidgetUrl() const;
    bool setCustomWidgetUrl(const QUrl &url, QString *error = nullptr);
    // The app.html URL selected by channel (and custom URL).
    QUrl widgetAppUrl() const;

    QString clientId() const;
    bool setClientId(const QString &clientId, QString *error = nullptr);

    Platform platform() const;
    void setPlatform(Platform platform);
    QUrl customAppServer() const;
    bool setCustomAppServer(const QUrl &url, QString *error = nullptr);
    // The appServer to pass to the widget; empty means the widget's default (production).
    QUrl appServer() const;

    bool autoLogCalls() const;
    void setAutoLogCalls(bool enabled);
    // Message auto-log (SMS, voicemail, fax; protocol.md 9.5). On by default, like calls.
    bool autoLogMessages() const;
    void setAutoLogMessages(bool enabled);
    NotesMode notesMode() const;
    void setNotesMode(NotesMode mode);

    bool recordingsEnabled() const;
    void setRecordingsEnabled(bool enabled);
    // Empty means the default folder under the data directory.
    QString recordingsFolder() const;
    void setRecordingsFolder(const QString &folder);

    bool startMinimized() const;
    void setStartMinimized(bool enabled);
    bool closeToTray() const;
    void setCloseToTray(bool enabled);
    bool startAtLogin() const;
    void setStartAtLogin(bool enabled);
    bool notifyIncomingCalls() const;
    void setNotifyIncomingCalls(bool enabled);
    bool notifyLoggingProblems() const;
    void setNotifyLoggingProblems(bool enabled);
    // BCP 47 name such as "de" or "zh_CN"; empty follows the system locale.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    // After the call (settingsaftercall.cpp). Default: notify, both directions.
    AfterCallPrompt afterCallPrompt(bool inbound) const;
    void setAfterCallPrompt(bool inbound, AfterCallPrompt prompt);
    // No prompt after missed calls (default on).
    bool afterCallSkipMissed() const;
    void setAfterCallSkipMissed(bool skip);
    // The outcomes offered in the note dialog, in order; the defaults until the user edits them.
    QStringList callOutcomes() const;
    // Trims, drops empty and repeated entries; an empty list brings the defaults back.
    void setCallOutcomes(const QStringList &outcomes);
    static QStringList defaultCallOutcomes();
    // The outcome is put in front of the note the widget shows for a logged call (default off).
    bool outcomeInWidgetNote() const;
    void setOutcomeInWidgetNote(bool enabled);

    // Validation shared with the command line and the settings dialog. Each returns an empty
    // string when the value is acceptable, otherwise a sentence for the user.
    static QString validateWidgetUrl(const QUrl &url);
    static QString validateAppServer(const QUrl &url);
    static QString validateClientId(const QString &clientId);

    static QUrl channelUrl(ReleaseChannel channel);
    static QUrl sandboxAppServer();

signals:
    void changed(Settings::Key key);

private:
    void store(Key key, const QString &name, const QVariant &value);

    mutable QSettings m_settings;
};
