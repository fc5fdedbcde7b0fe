#pragma once

#include "callfacts.h"
#include "callrecord.h"
#include "protocol.h"
#include "responder.h"
#include "storeerror.h"
#include "widgetrequesthandler.h"
#include "writequeue.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>

class Settings;
class StorageThread;

// The logging policy: what each /callLogger and /callLogger/match request does to the store.
//   - Automatic updates (presenceUpdate, callLogSync, contactUpdated) upsert by sessionId; the
//     store's rules keep final facts and never touch what the user wrote.
//   - A request is acknowledged only after its transaction is durably committed (WriteQueue
//     reports it from the storage thread); failed writes are retried there and shown as a
//     `failed` status entry in match answers.
//   - Log / Edit log follow the notes setting: CallDock's dialog, the widget's page, or none.
//   - Matches are answered from the storage thread; nothing here waits for the disk.
class CallLogger final
    : public QObject
    , public WidgetRequestHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogger)

public:
    // Reports whether a user action reached the store; `error` is set when it did not.
    using Done = std::function<void(bool ok, const StoreError &error)>;

    CallLogger(StorageThread &storage, Settings &settings, QObject *parent = nullptr);

    void handleCallLogger(const Protocol::CallLoggerRequest &request,
                          const Responder &responder) override;
    void handleMatch(const Protocol::MatchRequest &request, const Responder &responder) override;

    // Sessions whose note is being written in CallDock (open dialogs): `pending` in matches.
    void setNotesInProgress(std::function<QSet<QString>()> provider);

    // The user saved a note (dialog or history window). Creates the log if needed, from the
    // facts of the Log request or, after a restart, from `shown` (what the dialog displayed).
    void saveNote(const QString &sessionId, const QString &subject, const QString &note,
                  const CallRecord *shown, Done done,
                  const std::optional<AfterCallNote> &afterCall = std::nullopt);
    // The user deleted a log: the widget shows the call as not logged again.
    void deleteLog(const QString &sessionId, Done done);
    // Calls found by catch-up (final records), stored as logged by `catch-up`.
    void logCaughtUp(const QList<CallFacts> &calls, Done done);
    // Updates (never creates) calls that are logged, e.g. the final record of a call that was
    // live when CallDock quit.
    void completeCalls(const QList<CallFacts> &calls);

    int pendingWrites() const { return m_writes.pendingWrites(); }
    StoreError lastWriteError() const { return m_writes.lastError(); }

signals:
    // CallDock changed these logs itself: tell the widget (rc-adapter-trigger-call-logger-match).
    void matchNeeded(const QStringList &sessionIds);
    // Stored calls changed (history window, tray tooltip, open note dialogs).
    void callsChanged(const QStringList &sessionIds);
    // Log / Edit log with notes taken in CallDock's dialog.
    void noteRequested(const CallRecord &call, bool alreadyLogged);
    void viewLogRequested(const QString &sessionId);
    // A recording URL (with its short-lived token) arrived for a stored call.
    void recordingAvailable(const QString &sessionId, const QString &recordingId,
                            const QUrl &contentUri);
    // An automatic update stored (or changed) the final call-log record of a call: the call is
    // over (the after-call prompt for calls not seen ending in the browser phone).
    void finalRecordStored(const QString &sessionId);
    // The user set or changed a follow-up (the reminder schedule is read again).
    void followUpsChanged();
    void writeFailed(const StoreError &error);
    void writesRecovered();

private:
    void queueAutomaticUpdate(const CallFacts &facts, const Responder &responder);
    void requestNote(const CallFacts &facts, const Responder &responder);
    void logWithNote(const CallFacts &facts, const QString &subject, const QString &note,
                     const Responder &responder);
    void logKeepingNote(const CallFacts &facts, const Responder &responder);
    void onCommitted(const QList<CallFacts> &written, const QStringList &changed);
    void announceRecording(const CallFacts &facts);

    StorageThread &m_storage;
    Settings &m_settings;
    WriteQueue m_writes;
    std::function<QSet<QString>()> m_notesInProgress;
    QHash<QString, CallFacts> m_noteFacts; // calls with an open note dialog, not stored yet
};
