#include "loggingsettingspage.h"

#include "aftercallsettingsbox.h"
#include "fieldmessage.h"
#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LoggingSettingsPage::LoggingSettingsPage(const QString &defaultRecordingsFolder, QWidget *parent)
    : QWidget(parent)
    , m_autoLog(new QCheckBox(tr("&Log every call automatically"), this))
    , m_autoLogMessages(
          new QCheckBox(tr("Log &messages automatically (SMS, voicemail, fax)"), this))
    , m_notesMode(new QComboBox(this))
    , m_recordings(new QCheckBox(tr("&Download call recordings"), this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this)) {
    m_folderMessage = new FieldMessage(m_folder, this);

    m_autoLog->setObjectName(QStringLiteral("autoLogCheck"));
    m_autoLogMessages->setObjectName(QStringLiteral("autoLogMessagesCheck"));
    m_notesMode->setObjectName(QStringLiteral("notesModeCombo"));
    m_notesMode->setAccessibleName(tr("Where call notes are taken"));
    m_notesMode->addItem(tr("In CallDock's Log call window"), int(Settings::NotesMode::Dialog));
    m_notesMode->addItem(tr("On the phone's own log page"), int(Settings::NotesMode::Widget));
    m_notesMode->addItem(tr("Don't ask for notes"), int(Settings::NotesMode::None));

    m_recordings->setObjectName(QStringLiteral("recordingsCheck"));
    m_folder->setObjectName(QStringLiteral("recordingsFolderEdit"));
    m_folder->setAccessibleName(tr("Recordings folder"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(defaultRecordingsFolder));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAccessibleName(tr("Choose the recordings folder"));

    auto *autoLogNote = new QLabel(tr("The same switch appears in the phone's settings; both "
                                      "always show the same choice."),
                                   this);
    autoLogNote->setWordWrap(true);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(m_autoLog);
    form->addRow(m_autoLogMessages);
    form->addRow(autoLogNote);
    form->addRow(tr("&Notes:"), m_notesMode);
    form->addRow(m_recordings);
    // A row holding a layout gets no buddy by itself: set it so Alt+F reaches the field.
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(QString(), m_folderMessage);
    auto *folderNote = new QLabel(
        tr("Leave the folder empty to keep recordings in CallDock's data folder."), this);
    folderNote->setWordWrap(true);
    form->addRow(QString(), folderNote);

    m_afterCall = new AfterCallSettingsBox(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_afterCall);
    layout->addStretch(1);

    connect(m_autoLog, &QCheckBox::toggled, this, &LoggingSettingsPage::edited);
    connect(m_autoLogMessages, &QCheckBox::toggled, this, &LoggingSettingsPage::edited);
    connect(m_afterCall, &AfterCallSettingsBox::edited, this, &LoggingSettingsPage::edited);
    connect(m_notesMode, &QComboBox::currentIndexChanged, this, &LoggingSettingsPage::edited);
    connect(m_recordings, &QCheckBox::toggled, this, &LoggingSettingsPage::validate);
    connect(m_folder, &QLineEdit::textChanged, this, &LoggingSettingsPage::validate);
    connect(m_browse, &QPushButton::clicked, this, &LoggingSettingsPage::chooseFolder);
    validate();
}

void LoggingSettingsPage::load(const Settings &settings) {
    m_autoLog->setChecked(settings.autoLogCalls());
    m_autoLogMessages->setChecked(settings.autoLogMessages());
    m_notesMode->setCurrentIndex(m_notesMode->findData(int(settings.notesMode())));
    m_recordings->setChecked(settings.recordingsEnabled());
    m_folder->setText(QDir::toNativeSeparators(settings.recordingsFolder()));
    m_afterCall->load(settings);
    validate();
}

void LoggingSettingsPage::apply(Settings &settings) const {
    settings.setAutoLogCalls(m_autoLog->isChecked());
    settings.setAutoLogMessages(m_autoLogMessages->isChecked());
    settings.setNotesMode(Settings::NotesMode(m_notesMode->currentData().toInt()));
    settings.setRecordingsEnabled(m_recordings->isChecked());
    m_afterCall->apply(settings);
    // While recordings are off the field is not checked; an unusable folder is not kept.
    const QString folder = m_folder->text().trimmed();
    if (validateRecordingsFolder(folder).isEmpty()) {
        settings.setRecordingsFolder(folder.isEmpty() ? QString() : QDir::cleanPath(folder));
    }
}

bool LoggingSettingsPage::isValid() const {
    return m_folderMessage->message().isEmpty();
}

void LoggingSettingsPage::showAutoLog(bool enabled) {
    m_autoLog->setChecked(enabled);
}

void LoggingSettingsPage::showAutoLogMessages(bool enabled) {
    m_autoLogMessages->setChecked(enabled);
}

bool LoggingSettingsPage::needsReload(const Settings &settings) const {
    const bool widgetNotes =
        Settings::NotesMode(m_notesMode->currentData().toInt()) == Settings::NotesMode::Widget;
    return widgetNotes != (settings.notesMode() == Settings::NotesMode::Widget);
}

QString LoggingSettingsPage::validateRecordingsFolder(const QString &folder) {
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty()) {
        return QString();
    }
    if (QDir::isRelativePath(trimmed)) {
        return tr("Enter a complete folder path, such as %1.")
            .arg(QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/Recordings")));
    }
    const QFileInfo info(trimmed);
    if (info.exists() && !info.isDir()) {
        return tr("This is a file, not a folder.");
    }
    if (info.isDir() && !info.isWritable()) {
        return tr("CallDock cannot write to this folder.");
    }
    return QString();
}

void LoggingSettingsPage::validate() {
    const bool enabled = m_recordings->isChecked();
    m_folder->setEnabled(enabled);
    m_browse->setEnabled(enabled);
    m_folderMessage->setMessage(enabled ? validateRecordingsFolder(m_folder->text()) : QString());
    emit edited();
}

void LoggingSettingsPage::chooseFolder() {
    const QString start =
        m_folder->text().trimmed().isEmpty() ? m_folder->placeholderText() : m_folder->text();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for call recordings"), start);
    if (!folder.isEmpty()) {
        m_folder->setText(QDir::toNativeSeparators(folder));
    }
}
