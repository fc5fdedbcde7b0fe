#include "notescontroller.h"

#include "calllogger.h"
#include "draftstore.h"
#include "logcalldata.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "storagethread.h"
#include "storeerrortext.h"
#include "widgetbridge.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcNotes, "calldock.app.notes")

NotesController::NotesController(const QString &draftsFolder, StorageThread &storage,
                                 CallLogger &logger, WidgetBridge &bridge, QWidget *dialogParent,
                                 QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_logger(logger)
    , m_bridge(bridge)
    , m_drafts(std::make_unique<DraftStore>(draftsFolder))
    , m_dialogs(std::make_unique<LogCallDialogs>(m_drafts.get(), dialogParent)) {
    LogCallDialogs *dialogs = m_dialogs.get();
    m_logger.setNotesInProgress([dialogs] {
        const QStringList open = dialogs->openSessionIds();
        return QSet<QString>(open.cbegin(), open.cend());
    });
    connect(&m_logger, &CallLogger::noteRequested, this, &NotesController::open);
    connect(dialogs, &LogCallDialogs::saveRequested, this, &NotesController::save);
    // Cancel (or save) ends the "note being written" state in the widget.
    connect(dialogs, &LogCallDialogs::closed, this,
            [this](const QString &sessionId) { m_bridge.triggerCallLoggerMatch({sessionId}); });
    connect(&m_logger, &CallLogger::callsChanged, this, &NotesController::refresh);
}

NotesController::~NotesController() {
    m_dialogs->saveOpenDrafts();
    m_logger.setNotesInProgress({});
}

void NotesController::restoreDrafts() {
    const int restored = m_dialogs->restoreDrafts();
    if (restored > 0) {
        qCInfo(lcNotes) << "restored" << restored << "unsaved notes";
    }
}

void NotesController::open(const CallRecord &call, bool alreadyLogged) {
    const QString sessionId = call.sessionId;
    m_storage
        .submit([sessionId](StorageSession &session) {
            return !session.store().recordingsForCall(sessionId).isEmpty();
        })
        .then(this, [this, call, alreadyLogged](bool hasRecording) {
            m_dialogs->open(LogCallData{call, hasRecording, alreadyLogged, {}, true});
        });
}

void NotesController::openAfterCall(const CallRecord &call, bool takeFocus) {
    const QString sessionId = call.sessionId;
    if (sessionId.isEmpty()) {
        return;
    }
    m_storage
        .submit([sessionId](StorageSession &session) {
            LogCallData data;
            if (const std::optional<CallRecord> stored = session.store().call(sessionId)) {
                data.call = *stored;
                data.alreadyLogged = true;
                data.hasRecording = !session.store().recordingsForCall(sessionId).isEmpty();
            }
            return data;
        })
        .then(this, [this, call, takeFocus](LogCallData data) {
            if (!data.alreadyLogged) {
                data.call = call;
            }
            data.takeFocus = takeFocus;
            m_dialogs->open(data);
            // The widget shows the call as "pending" while the note is being written.
            m_bridge.triggerCallLoggerMatch({data.call.sessionId});
        });
}

bool NotesController::isOpen(const QString &sessionId) const {
    return m_dialogs->isOpen(sessionId);
}

void NotesController::setOutcomes(const QStringList &outcomes) {
    m_dialogs->setOutcomes(outcomes);
}

void NotesController::save(const QString &sessionId, const QString &subject, const QString &note) {
    const LogCallDialog *dialog = m_dialogs->dialog(sessionId);
    // After a restart the Log request's facts are gone: log what the dialog showed.
    const CallRecord shown = dialog ? dialog->data().call : CallRecord();
    std::optional<AfterCallNote> afterCall;
    if (dialog) {
        afterCall = dialog->afterCall();
    }
    m_logger.saveNote(
        sessionId, subject, note, dialog ? &shown : nullptr,
        [this, sessionId](bool ok, const StoreError &error) {
            if (ok) {
                m_dialogs->closeAfterSave(sessionId);
            } else {
                m_dialogs->setSaveError(sessionId, StoreErrorText::userMessage(error));
            }
        },
        afterCall);
}

void NotesController::refresh(const QStringList &sessionIds) {
    // A live call keeps updating an open dialog without touching what the user types.
    QStringList open;
    for (const QString &id : sessionIds) {
        if (m_dialogs->isOpen(id)) {
            open.append(id);
        }
    }
    if (open.isEmpty()) {
        return;
    }
    m_storage
        .submit([open](StorageSession &session) {
            QList<LogCallData> calls;
            for (const QString &id : open) {
                if (const std::optional<CallRecord> call = session.store().call(id)) {
                    calls.append(LogCallData{
                        *call, !session.store().recordingsForCall(id).isEmpty(), true, {}, true});
                }
            }
            return calls;
        })
        .then(this, [this](const QList<LogCallData> &calls) {
            for (const LogCallData &data : calls) {
                if (m_dialogs->isOpen(data.call.sessionId)) {
                    m_dialogs->updateCall(data);
                }
            }
        });
}
