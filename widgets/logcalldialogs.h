#pragma once

#include "logcalldata.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class DraftStore;
class LogCallDialog;
class QWidget;

// The open "Log call" windows, one per call (sessionId). app/ opens them on createLog/editLog,
// feeds them live call updates, answers their save requests, and lists openSessionIds() as
// `pending` status entries in match answers so the widget disables its Log button meanwhile.
//
// With a DraftStore, typed text is kept on disk while a window is open (every draft interval and
// at quit) and removed when the window is saved or cancelled; restoreDrafts() reopens the windows
// of a previous run that ended with text unsaved.
class LogCallDialogs final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogCallDialogs)

public:
    // `drafts` may be null (no drafts) and must outlive this object. Windows are top-level windows
    // of their own unless `dialogParent` is given.
    explicit LogCallDialogs(DraftStore *drafts, QWidget *dialogParent = nullptr,
                            QObject *parent = nullptr);
    // Saves the drafts of the windows still open, then closes them without cancelling.
    ~LogCallDialogs() override;

    // Opens the window for data.sessionId(), or raises the one already open (updating its facts;
    // `draft` is then ignored). A `draft` replaces the pre-filled subject and note.
    LogCallDialog *open(const LogCallData &data, const std::optional<Draft> &draft = std::nullopt);
    // Opens a window for every draft left on disk. Returns how many were opened.
    int restoreDrafts();

    bool isOpen(const QString &sessionId) const;
    QStringList openSessionIds() const;
    LogCallDialog *dialog(const QString &sessionId) const;

    // New facts about a call (live duration/result, recording): refreshes its window if open.
    void updateCall(const LogCallData &data);
    // The save asked for by saveRequested() is committed: close the window and drop its draft.
    void closeAfterSave(const QString &sessionId);
    // The save failed: the window stays open with the text and shows `message`.
    void setSaveError(const QString &sessionId, const QString &message);
    // Writes the drafts of every open window with unsaved edits now (connected to aboutToQuit).
    void saveOpenDrafts();
    void setDraftInterval(int milliseconds);
    // The outcomes offered by windows opened from now on whose data names none (drafts).
    void setOutcomes(const QStringList &outcomes) { m_outcomes = outcomes; }

signals:
    void opened(const QString &sessionId);
    void saveRequested(const QString &sessionId, const QString &subject, const QString &note);
    // Saved or cancelled: the call is no longer pending.
    void closed(const QString &sessionId);

private:
    void storeDraft(const LogCallDialog *dialog, const QString &subject, const QString &note);
    void onFinished(const QString &sessionId);

    DraftStore *m_drafts = nullptr;
    QPointer<QWidget> m_dialogParent;
    QHash<QString, QPointer<LogCallDialog>> m_dialogs;
    int m_draftIntervalMs;
    QStringList m_outcomes;
};
