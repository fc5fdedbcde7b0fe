#pragma once

#include "callfacts.h"
#include "callrecord.h"
#include "protocol.h"
#include "responder.h"
#include "widgetrequesthandler.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>

class CallStore;
class Settings;

// The logging policy: what each /callLogger and /callLogger/match request does to the store.
//   - Automatic updates (presenceUpdate, callLogSync, contactUpdated) upsert by sessionId; the
//     store's rules keep final facts and never touch what the user wrote.
//   - A request is acknowledged only after its transaction committed. Requests that arrive
//     together are committed together (one transaction per event-loop turn).
//   - A failed write is answered with an error, kept in a retry queue until it is written, and
//     reported (writeFailed) and shown as a `failed` status entry in match answers.
//   - Log / Edit log follow the notes setting: CallDock's dialog, the widget's page, or none.
class CallLogger final
    : public QObject
    , public WidgetRequestHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogger)

public:
    CallLogger(CallStore &store, Settings &settings, QObject *parent = nullptr);

    void handleCallLogger(const Protocol::CallLoggerRequest &request,
                          const Responder &responder) override;
    void handleMatch(const Protocol::MatchRequest &request, const Responder &responder) override;

    // Sessions whose note is being written in CallDock (open dialogs): `pending` in matches.
    void setNotesInProgress(std::function<QSet<QString>()> provider);

    // The user saved a note (dialog or history window). Creates the log if needed, from the
    // facts of the Log request or, after a restart, from `shown` (what the dialog displayed).
    bool saveNote(const QString &sessionId, const QString &subject, const QString &note,
                  QString *error = nullptr, const CallRecord *shown = nullptr);
    // The user deleted a log: the widget shows the call as not logged again.
    bool deleteLog(const QString &sessionId, QString *error = nullptr);
    // Calls found by catch-up (final records), stored as logged by `catch-up`.
    bool logCaughtUp(const QList<CallFacts> &calls, QString *error = nullptr);

    // A translated sentence for a store error (SQLite's own text stays in the log).
    static QString userMessage(const QString &storeError);

    int pendingWrites() const { return int(m_retryQueue.size()); }
    QString lastWriteError() const { return m_lastWriteError; }

signals:
    // CallDock changed these logs itself: tell the widget (rc-adapter-trigger-call-logger-match).
    void matchNeeded(const QStringList &sessionIds);
    // Stored calls changed (history window, tray tooltip).
    void callsChanged(const QStringList &sessionIds);
    // Log / Edit log with notes taken in CallDock's dialog.
    void noteRequested(const CallRecord &call, bool alreadyLogged);
    void viewLogRequested(const QString &sessionId);
    // A recording URL (with its short-lived token) arrived for a stored call.
    void recordingAvailable(const QString &sessionId, const QString &recordingId,
                            const QUrl &contentUri);
    void writeFailed(const QString &message);
    void writesRecovered();

private:
    struct PendingUpdate {
        CallFacts facts;
        Responder responder;
    };
    struct RetryItem {
        CallFacts facts;
        bool withNote = false;
        QString subject;
        QString note;
    };

    void queueAutomaticUpdate(const CallFacts &facts, const Responder &responder);
    void flushBatch();
    void requestNote(const CallFacts &facts, const Responder &responder);
    void logWithNote(const CallFacts &facts, const QString &subject, const QString &note,
                     const Responder &responder);
    void announceRecording(const CallFacts &facts);
    void addToRetry(const RetryItem &item, const QString &error);
    void retryFailedWrites();

    CallStore &m_store;
    Settings &m_settings;
    std::function<QSet<QString>()> m_notesInProgress;
    QList<PendingUpdate> m_batch;
    QTimer m_batchTimer;
    QHash<QString, CallFacts> m_noteFacts; // calls with an open note dialog, not stored yet
    QList<RetryItem> m_retryQueue;
    QSet<QString> m_failedSessions;
    QTimer m_retryTimer;
    int m_retryRound = 0;
    // The last write waited out the busy timeout: another program holds the database. New
    // updates then go straight to the retry queue, whose timer probes the database, instead of
    // blocking the event loop for 5 s each.
    bool m_databaseLocked = false;
    QString m_lastWriteError;
};
