#pragma once

#include "followup.h"
#include "logcalldata.h"

#include <QDialog>
#include <QTimer>

class AfterCallEditor;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// The native "Log call" window: shows one call and edits its subject and note. It never blocks
// the main window (a live call goes on while the user types) and never writes anything itself:
// it asks with saveRequested() and app/ answers with finishSaved() or setSaveError().
//
// Live updates (updateCall) refresh the facts only; what the user typed is never replaced. The
// subject follows the call's name only while it is still the untouched default.
class LogCallDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogCallDialog)

public:
    static constexpr int kDefaultDraftIntervalMs = 3000;

    // Pre-filled with the stored subject/note when data.alreadyLogged, else a default subject.
    explicit LogCallDialog(const LogCallData &data, QWidget *parent = nullptr);

    QString sessionId() const { return m_data.sessionId(); }
    const LogCallData &data() const { return m_data; }
    QString subject() const;
    QString note() const;
    // Outcome and follow-up as chosen in the window.
    AfterCallNote afterCall() const;
    AfterCallEditor *afterCallEditor() const { return m_afterCall; }

    // Puts back text typed before a crash or quit and says so in the window.
    void restoreDraft(const QString &subject, const QString &note, qint64 savedAtMs);
    // New facts about the same call (ignored for another sessionId).
    void updateCall(const LogCallData &data);
    // The save failed: the window stays open with the text and shows `message`.
    void setSaveError(const QString &message);
    // How long typed text may stay unsaved as a draft (tests use a few milliseconds).
    void setDraftInterval(int milliseconds);
    // Emits draftChanged() now if there are edits not yet reported (e.g. before quitting).
    void flushDraft();
    // The save succeeded: closes without emitting cancelled().
    void finishSaved();
    // Shows the window, raised and focused on the note (also for an already open window).
    void present();
    // Shows the window raised but without taking the focus from the window the user types in
    // (Qt::WA_ShowWithoutActivating); a click on it activates it as usual.
    void presentWithoutFocus();

    // Save: asks app/ to save; the window stays open until finishSaved().
    void accept() override;
    // Cancel / Esc / window close: nothing is saved.
    void reject() override;

signals:
    void saveRequested(const QString &sessionId, const QString &subject, const QString &note);
    void cancelled(const QString &sessionId);
    // Debounced: at most one per draft interval while typing, and on flushDraft().
    void draftChanged(const QString &sessionId, const QString &subject, const QString &note);

private:
    QLabel *addFact(QFormLayout *form, const QString &title, const QString &objectName);
    void showFacts();
    void onUserEdit();

    LogCallData m_data;
    QLabel *m_directionValue = nullptr;
    QLabel *m_nameValue = nullptr;
    QLabel *m_numberValue = nullptr;
    QLabel *m_startValue = nullptr;
    QLabel *m_durationValue = nullptr;
    QLabel *m_resultValue = nullptr;
    QLabel *m_recordingValue = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    AfterCallEditor *m_afterCall = nullptr;
    QLabel *m_infoLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer m_draftTimer;
    bool m_subjectIsDefault = false; // subject still the computed default, never edited
    bool m_draftDirty = false;       // edits not yet reported through draftChanged()
    bool m_loading = false;          // programmatic text changes are not user edits
    bool m_finished = false;         // saved or cancelled: no more signals
};
