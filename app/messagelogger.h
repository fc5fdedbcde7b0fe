#pragma once

#include "messagefacts.h"
#include "messagerequesthandler.h"
#include "storeerror.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>

class Settings;
class StorageThread;

// The message logging policy (protocol.md section 9): what each /messageLogger and
// /messageLogger/match request does to the message log.
//   - `auto` upserts the conversation-day by conversationLogId. With message auto-log off it only
//     updates days that are logged (the widget re-sends a matched day on every new message).
//     Requests that arrive together (the widget sends up to 10 at once) are written in one
//     transaction; each is acknowledged once that commit is durable.
//   - `manual` (the Log button) follows the notes setting: CallDock's note dialog for that
//     conversation-day (noteRequested; acknowledged at once, `pending` in matches while open),
//     or a log without a note. `logForm` stores the note typed on the widget's own page.
//   - 3.x `selectedLog` logs the selected messages and answers the day's log id; `openLog`
//     shows the day in CallDock.
//   - Matches are answered from the storage thread, never from a cache alone; days known to be
//     logged are kept as the fallback answer, so even a storage thread stuck behind a long job
//     never lets the widget's 30 s deadline wipe its logged marks (9.4).
class MessageLogger final
    : public QObject
    , public MessageRequestHandler {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLogger)

public:
    using Done = std::function<void(bool ok, const StoreError &error)>;

    MessageLogger(StorageThread &storage, Settings &settings, QObject *parent = nullptr);

    void handleMessageLogger(const Protocol::MessageLoggerRequest &request,
                             const Responder &responder) override;
    void handleMessageMatch(const Protocol::MessageMatchRequest &request,
                            const Responder &responder) override;

    // Conversation-days whose note is being written in CallDock (open dialogs): `pending`.
    void setNotesInProgress(std::function<QSet<QString>()> provider);
    // Whether a note dialog takes `manual` requests (else they log without a note).
    void setNoteDialogAvailable(bool available) { m_noteDialogAvailable = available; }

    // The user saved a note for a day (dialog, history window); logs the day if needed, from
    // the facts of its Log request.
    void saveNote(const QString &conversationLogId, const QString &subject, const QString &note,
                  Done done);
    // The user deleted a day's log.
    void deleteLog(const QString &conversationLogId, Done done);

signals:
    // Stored conversation-days changed (history window, open note dialogs).
    void daysChanged(const QStringList &conversationLogIds);
    // Log on a conversation with notes taken in CallDock's dialog.
    void noteRequested(const ConversationDayRecord &day, bool alreadyLogged);
    void viewLogRequested(const QString &conversationLogId);
    void writeFailed(const StoreError &error);

private:
    struct PendingWrite {
        ConversationDayFacts day;
        Responder responder;
    };

    void queueAutomatic(const ConversationDayFacts &day, const Responder &responder);
    void flushAutomatic();
    void requestNote(const ConversationDayFacts &day, const Responder &responder);
    void
    logWithNote(const ConversationDayFacts &day, const QString &subject, const QString &note,
                std::function<void(bool ok, const StoreError &, const QString &entityId)> done);
    void remember(const QHash<QString, QString> &entityIds);

    StorageThread &m_storage;
    Settings &m_settings;
    std::function<QSet<QString>()> m_notesInProgress;
    bool m_noteDialogAvailable = false;
    QList<PendingWrite> m_pending;
    bool m_flushScheduled = false;
    QHash<QString, QString> m_knownLogged;           // conversationLogId -> entity id
    QSet<QString> m_failed;                          // days whose last write failed
    QHash<QString, ConversationDayFacts> m_noteDays; // open dialogs on days not stored yet
};
