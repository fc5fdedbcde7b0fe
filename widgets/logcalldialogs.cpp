#include "logcalldialogs.h"

#include "draftstore.h"
#include "logcalldialog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLogDialogs, "calldock.widgets.logdialogs")

LogCallDialogs::LogCallDialogs(DraftStore *drafts, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_dialogParent(dialogParent)
    , m_draftIntervalMs(LogCallDialog::kDefaultDraftIntervalMs) {
    // A quit with a window open keeps its text for the next start; the periodic drafts cover
    // crashes.
    if (QCoreApplication::instance()) {
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
                &LogCallDialogs::saveOpenDrafts);
    }
}

LogCallDialogs::~LogCallDialogs() {
    saveOpenDrafts();
    const auto dialogs = m_dialogs;
    m_dialogs.clear();
    for (const QPointer<LogCallDialog> &dialog : dialogs) {
        if (dialog) {
            // Not a cancel: the draft must survive for the next start.
            dialog->disconnect(this);
            delete dialog.data();
        }
    }
}

LogCallDialog *LogCallDialogs::open(const LogCallData &data, const std::optional<Draft> &draft) {
    const QString sessionId = data.sessionId();
    if (sessionId.isEmpty()) {
        qCWarning(lcLogDialogs) << "not opening a log window for a call without session id";
        return nullptr;
    }
    if (LogCallDialog *existing = dialog(sessionId)) {
        existing->updateCall(data);
        if (data.takeFocus) {
            existing->present();
        } else {
            existing->presentWithoutFocus();
        }
        return existing;
    }

    LogCallData shown = data;
    if (shown.outcomes.isEmpty()) {
        shown.outcomes = m_outcomes;
    }
    auto *window = new LogCallDialog(shown, m_dialogParent);
    window->setDraftInterval(m_draftIntervalMs);
    if (draft && draft->sessionId == sessionId) {
        window->restoreDraft(draft->subject, draft->note, draft->savedAtMs);
    }
    connect(window, &LogCallDialog::saveRequested, this, &LogCallDialogs::saveRequested);
    connect(window, &LogCallDialog::draftChanged, this,
            [this, window](const QString &, const QString &subject, const QString &note) {
                storeDraft(window, subject, note);
            });
    connect(window, &QDialog::finished, this, [this, sessionId] { onFinished(sessionId); });
    m_dialogs.insert(sessionId, window);
    if (data.takeFocus) {
        window->present();
    } else {
        window->presentWithoutFocus();
    }
    emit opened(sessionId);
    return window;
}

int LogCallDialogs::restoreDrafts() {
    if (!m_drafts) {
        return 0;
    }
    int count = 0;
    const QList<Draft> drafts = m_drafts->all();
    for (const Draft &draft : drafts) {
        if (!isOpen(draft.sessionId) && open(LogCallData::fromDraft(draft), draft)) {
            ++count;
        }
    }
    return count;
}

bool LogCallDialogs::isOpen(const QString &sessionId) const {
    return dialog(sessionId) != nullptr;
}

QStringList LogCallDialogs::openSessionIds() const {
    QStringList ids;
    for (auto it = m_dialogs.cbegin(); it != m_dialogs.cend(); ++it) {
        if (it.value()) {
            ids.append(it.key());
        }
    }
    ids.sort();
    return ids;
}

LogCallDialog *LogCallDialogs::dialog(const QString &sessionId) const {
    return m_dialogs.value(sessionId).data();
}

void LogCallDialogs::updateCall(const LogCallData &data) {
    if (LogCallDialog *window = dialog(data.sessionId())) {
        window->updateCall(data);
    }
}

void LogCallDialogs::closeAfterSave(const QString &sessionId) {
    if (LogCallDialog *window = dialog(sessionId)) {
        window->finishSaved();
    }
}

void LogCallDialogs::setSaveError(const QString &sessionId, const QString &message) {
    if (LogCallDialog *window = dialog(sessionId)) {
        window->setSaveError(message);
    }
}

void LogCallDialogs::saveOpenDrafts() {
    for (const QPointer<LogCallDialog> &window : qAsConst(m_dialogs)) {
        if (window) {
            window->flushDraft();
        }
    }
}

void LogCallDialogs::setDraftInterval(int milliseconds) {
    m_draftIntervalMs = milliseconds;
    for (const QPointer<LogCallDialog> &window : qAsConst(m_dialogs)) {
        if (window) {
            window->setDraftInterval(milliseconds);
        }
    }
}

void LogCallDialogs::storeDraft(const LogCallDialog *window, const QString &subject,
                                const QString &note) {
    if (!m_drafts) {
        return;
    }
    Draft draft;
    draft.sessionId = window->sessionId();
    draft.subject = subject;
    draft.note = note;
    draft.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    draft.call = window->data().call;
    draft.hasRecording = window->data().hasRecording;
    draft.alreadyLogged = window->data().alreadyLogged;
    QString error;
    if (!m_drafts->save(draft, &error)) {
        // The window keeps the text; only the crash safety net is missing.
        qCWarning(lcLogDialogs) << "draft not saved:" << error;
    }
}

void LogCallDialogs::onFinished(const QString &sessionId) {
    m_dialogs.remove(sessionId);
    // Saved or cancelled: either way the draft is obsolete.
    if (m_drafts) {
        m_drafts->remove(sessionId);
    }
    emit closed(sessionId);
}
