#pragma once

#include "callrecord.h"

#include <QObject>

#include <memory>

class CallLogger;
class DraftStore;
class LogCallDialogs;
class StorageThread;
class QWidget;
class WidgetBridge;

// CallDock's note taking: the Log call dialogs (one per call), their drafts, and the link to
// the call logger (open on Log / Edit log, pending state in matches, save, live refresh).
class NotesController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesController)

public:
    NotesController(const QString &draftsFolder, StorageThread &storage, CallLogger &logger,
                    WidgetBridge &bridge, QWidget *dialogParent, QObject *parent = nullptr);
    // Writes the drafts of open dialogs before they go.
    ~NotesController() override;

    // Offers the notes that were being typed when CallDock last stopped.
    void restoreDrafts();
    void open(const CallRecord &call, bool alreadyLogged);
    // The note of a call that just ended (after-call prompt, "note of the last call"): the
    // stored call when it is logged, else `call` as the phone reported it. Without
    // `takeFocus` the window comes up raised but leaves the keyboard where it is.
    void openAfterCall(const CallRecord &call, bool takeFocus);
    bool isOpen(const QString &sessionId) const;
    // The outcomes the dialogs offer (Settings::callOutcomes).
    void setOutcomes(const QStringList &outcomes);

    LogCallDialogs *dialogs() const { return m_dialogs.get(); }

private:
    void save(const QString &sessionId, const QString &subject, const QString &note);
    void refresh(const QStringList &sessionIds);

    StorageThread &m_storage;
    CallLogger &m_logger;
    WidgetBridge &m_bridge;
    // The dialogs write drafts until they are destroyed: the store outlives them.
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<LogCallDialogs> m_dialogs;
};
