#include "logcalldialog.h"

#include "aftercalleditor.h"
#include "calltext.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcLogDialog, "calldock.widgets.logdialog")

LogCallDialog::LogCallDialog(const LogCallData &data, QWidget *parent)
    : QDialog(parent)
    , m_data(data) {
    setWindowModality(Qt::NonModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("logCallDialog"));

    auto *factsBox = new QGroupBox(tr("Call", "title of the box with the facts of the call"), this);
    auto *facts = new QFormLayout(factsBox);
    // Long translations: a label that no longer fits beside its value moves above it instead of
    // squeezing the value.
    facts->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_directionValue = addFact(facts, tr("Direction:"), QStringLiteral("directionValue"));
    m_nameValue = addFact(facts, tr("Name:"), QStringLiteral("nameValue"));
    m_numberValue = addFact(facts, tr("Number:", "phone number"), QStringLiteral("numberValue"));
    m_startValue = addFact(facts, tr("Started:"), QStringLiteral("startValue"));
    m_durationValue = addFact(facts, tr("Duration:"), QStringLiteral("durationValue"));
    m_resultValue = addFact(facts, tr("Result:"), QStringLiteral("resultValue"));
    m_recordingValue = addFact(facts, tr("Recording:"), QStringLiteral("recordingValue"));

    m_subjectEdit = new QLineEdit(this);
    m_subjectEdit->setObjectName(QStringLiteral("subjectEdit"));
    m_subjectEdit->setAccessibleName(tr("Subject"));
    auto *subjectLabel = new QLabel(tr("&Subject:"), this);
    subjectLabel->setBuddy(m_subjectEdit);
    auto *subjectForm = new QFormLayout;
    subjectForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    subjectForm->addRow(subjectLabel, m_subjectEdit);

    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setAccessibleDescription(tr("Ctrl+Enter saves the note, Esc cancels."));
    m_noteEdit->setPlaceholderText(tr("What was the call about?"));
    // Keyboard-only use: Tab must leave the note for the buttons instead of typing a tab.
    m_noteEdit->setTabChangesFocus(true);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_noteEdit);

    m_afterCall = new AfterCallEditor(this);
    m_afterCall->setOutcomes(m_data.outcomes);

    m_infoLabel = new QLabel(this);
    m_infoLabel->setObjectName(QStringLiteral("infoLabel"));
    m_infoLabel->setWordWrap(true);
    m_infoLabel->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Save error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = m_buttons->button(QDialogButtonBox::Save);
    save->setDefault(true);
    save->setToolTip(tr("Save the note (Ctrl+Enter)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogCallDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LogCallDialog::reject);

    // Return alone is a new line in the note, so saving from the note needs a modifier. The
    // editor does not claim Ctrl+Return in its ShortcutOverride, so the window shortcut wins.
    for (const QKeyCombination key : {Qt::CTRL | Qt::Key_Return, Qt::CTRL | Qt::Key_Enter}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, &LogCallDialog::accept);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(factsBox);
    layout->addLayout(subjectForm);
    layout->addWidget(noteLabel);
    layout->addWidget(m_noteEdit, 1);
    layout->addWidget(m_afterCall);
    layout->addWidget(m_infoLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    m_loading = true;
    const bool hasStoredSubject = m_data.alreadyLogged && !m_data.call.subject.isEmpty();
    m_subjectIsDefault = !hasStoredSubject;
    m_subjectEdit->setText(hasStoredSubject ? m_data.call.subject
                                            : CallText::defaultSubject(m_data.call));
    m_noteEdit->setPlainText(m_data.alreadyLogged ? m_data.call.note : QString());
    m_noteEdit->moveCursor(QTextCursor::End);
    if (m_data.alreadyLogged) {
        m_afterCall->setValue(m_data.call.outcome, m_data.call.followUp);
    }
    m_loading = false;
    showFacts();

    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDefaultDraftIntervalMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &LogCallDialog::flushDraft);
    connect(m_subjectEdit, &QLineEdit::textEdited, this, [this] {
        m_subjectIsDefault = false;
        onUserEdit();
    });
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &LogCallDialog::onUserEdit);
    connect(m_afterCall, &AfterCallEditor::edited, this, &LogCallDialog::onUserEdit);
    // WA_DeleteOnClose alone misses done() paths that never send a close event.
    connect(this, &QDialog::finished, this, &QObject::deleteLater);

    resize(sizeHint().expandedTo(QSize(480, 560)));
}

QLabel *LogCallDialog::addFact(QFormLayout *form, const QString &title, const QString &objectName) {
    auto *value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText); // names and numbers come from the web
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QString name = title;
    name.remove(QLatin1Char(':'));
    value->setAccessibleName(name.trimmed());
    form->addRow(title, value);
    return value;
}

QString LogCallDialog::subject() const {
    return m_subjectEdit->text();
}

QString LogCallDialog::note() const {
    return m_noteEdit->toPlainText();
}

AfterCallNote LogCallDialog::afterCall() const {
    return m_afterCall->value();
}

void LogCallDialog::showFacts() {
    const CallRecord &call = m_data.call;
    const QString name = call.otherName().trimmed();
    const QString number = call.otherNumber().trimmed();
    m_directionValue->setText(CallText::direction(call.direction));
    //: Shown instead of the other party's name or phone number when the phone did not send it.
    m_nameValue->setText(name.isEmpty() ? tr("Unknown") : name);
    m_numberValue->setText(number.isEmpty() ? tr("Unknown") : number);
    // QLocale(), not the system's: a language chosen in the settings brings its date format.
    m_startValue->setText(CallText::startTime(call.startTimeMs, QLocale()));
    m_durationValue->setText(CallText::duration(call));
    m_resultValue->setText(CallText::result(call.result));
    m_recordingValue->setText(CallText::recording(m_data.hasRecording));
    const QString party = CallText::otherParty(call);
    setWindowTitle(m_data.alreadyLogged ? tr("Edit call log — %1").arg(party)
                                        : tr("Log call — %1").arg(party));
}

void LogCallDialog::updateCall(const LogCallData &data) {
    if (data.sessionId() != sessionId()) {
        qCWarning(lcLogDialog) << "ignoring an update for another call";
        return;
    }
    // Only the facts change: the stored subject/note in `data` are older than what is typed here.
    m_data.call = data.call;
    m_data.hasRecording = data.hasRecording;
    m_data.alreadyLogged = m_data.alreadyLogged || data.alreadyLogged;
    showFacts();
    if (m_subjectIsDefault) {
        const QString subject = CallText::defaultSubject(m_data.call);
        if (subject != m_subjectEdit->text()) {
            m_loading = true;
            m_subjectEdit->setText(subject);
            m_loading = false;
        }
    }
}

void LogCallDialog::restoreDraft(const QString &subject, const QString &note, qint64 savedAtMs) {
    m_loading = true;
    m_subjectEdit->setText(subject);
    m_noteEdit->setPlainText(note);
    m_noteEdit->moveCursor(QTextCursor::End);
    m_loading = false;
    m_subjectIsDefault = false;
    const QDateTime savedAt = QDateTime::fromMSecsSinceEpoch(savedAtMs, Qt::UTC).toLocalTime();
    m_infoLabel->setText(tr("Restored the text you had not saved (%1).")
                             .arg(QLocale().toString(savedAt, QLocale::ShortFormat)));
    m_infoLabel->show();
}

void LogCallDialog::onUserEdit() {
    if (m_loading || m_finished) {
        return;
    }
    m_draftDirty = true;
    // Not restarted on each key: someone typing without pause still gets a draft every interval.
    if (!m_draftTimer.isActive()) {
        m_draftTimer.start();
    }
}

void LogCallDialog::setDraftInterval(int milliseconds) {
    m_draftTimer.setInterval(qMax(0, milliseconds));
}

void LogCallDialog::flushDraft() {
    m_draftTimer.stop();
    if (!m_draftDirty || m_finished) {
        return;
    }
    m_draftDirty = false;
    emit draftChanged(sessionId(), subject(), note());
}

void LogCallDialog::setSaveError(const QString &message) {
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

void LogCallDialog::present() {
    show();
    if (isMinimized()) {
        setWindowState(windowState() & ~Qt::WindowMinimized);
    }
    raise();
    activateWindow();
    m_noteEdit->setFocus(Qt::ActiveWindowFocusReason);
}

void LogCallDialog::presentWithoutFocus() {
    // Only the first show can be without activation; an open window is just raised.
    if (!isVisible()) {
        setAttribute(Qt::WA_ShowWithoutActivating, true);
        show();
        // Later activations (a click, present()) behave normally again.
        setAttribute(Qt::WA_ShowWithoutActivating, false);
    }
    if (isMinimized()) {
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowNoState);
    }
    raise();
    // The note gets the focus inside the window, so a click anywhere in it lets the user type.
    m_noteEdit->setFocus(Qt::OtherFocusReason);
}

void LogCallDialog::accept() {
    if (m_finished) {
        return;
    }
    setSaveError(QString());
    emit saveRequested(sessionId(), subject(), note());
}

void LogCallDialog::finishSaved() {
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_draftTimer.stop();
    QDialog::accept();
}

void LogCallDialog::reject() {
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_draftTimer.stop();
    emit cancelled(sessionId());
    QDialog::reject();
}
