#include "settingsdialog.h"

#include "datasettingspage.h"
#include "generalsettingspage.h"
#include "loggingsettingspage.h"
#include "phonesettingspage.h"
#include "settings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcSettingsDialog, "calldock.widgets.settings")

SettingsDialog::SettingsDialog(Settings &settings, const SettingsDialogContext &context,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_reloadQuestion(&SettingsDialog::askAboutReload)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this)) {
    setWindowTitle(tr("CallDock Settings"));
    setObjectName(QStringLiteral("settingsDialog"));

    m_general = new GeneralSettingsPage(context.trayAvailable, m_stack);
    m_phone = new PhoneSettingsPage(m_stack);
    m_logging = new LoggingSettingsPage(context.defaultRecordingsFolder, m_stack);
    m_data = new DataSettingsPage(context.dataFolder, context.databaseFile, m_stack);
    addPage(m_general, tr("General"));
    addPage(m_phone, tr("Phone"));
    addPage(m_logging, tr("Call logging"));
    addPage(m_data, tr("Data"));

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_pageList->setIconSize(QSize(iconSize, iconSize));
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 3 * m_pageList->frameWidth() + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pageList);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);
    connect(m_phone, &PhoneSettingsPage::edited, this, &SettingsDialog::updateButtons);
    connect(m_logging, &LoggingSettingsPage::edited, this, &SettingsDialog::updateButtons);
    connect(m_data, &DataSettingsPage::openFolderRequested, this, [](const QString &folder) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
            qCWarning(lcSettingsDialog) << "no file manager opened the data folder";
        }
    });
    // The auto-log switch also lives in the tray and in the widget: show a change made there
    // instead of writing the old value back on Apply.
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLogMessages) {
            m_logging->showAutoLogMessages(m_settings.autoLogMessages());
        }
        if (key == Settings::Key::AutoLogCalls) {
            m_logging->showAutoLog(m_settings.autoLogCalls());
        }
    });

    loadFromSettings();
    resize(640, 440);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(QWidget *page, const QString &title) {
    m_stack->addWidget(page);
    m_pageList->addItem(title);
}

void SettingsDialog::loadFromSettings() {
    m_general->load(m_settings);
    m_phone->load(m_settings);
    m_logging->load(m_settings);
    updateButtons();
}

void SettingsDialog::showPage(Page page) {
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const {
    return Page(m_stack->currentIndex());
}

bool SettingsDialog::isInputValid() const {
    return m_phone->isValid() && m_logging->isValid();
}

bool SettingsDialog::needsReload() const {
    return m_phone->needsReload(m_settings) || m_logging->needsReload(m_settings);
}

void SettingsDialog::setReloadQuestion(ReloadQuestion question) {
    m_reloadQuestion = std::move(question);
}

bool SettingsDialog::apply() {
    if (!isInputValid()) {
        return false;
    }
    const bool reload = needsReload();
    ReloadAnswer answer = ReloadAnswer::Later;
    if (reload) {
        answer = m_reloadQuestion ? m_reloadQuestion(this) : ReloadAnswer::ReloadNow;
        if (answer == ReloadAnswer::Cancel) {
            return false;
        }
    }
    m_general->apply(m_settings);
    m_phone->apply(m_settings);
    m_logging->apply(m_settings);
    if (!m_settings.sync()) {
        QMessageBox::warning(this, tr("Settings not saved"),
                             tr("CallDock could not write its settings file %1. The changes "
                                "last until CallDock quits.")
                                 .arg(m_settings.fileName()));
    }
    // Shows values as Settings stored them (trimmed client ID, cleaned folder path).
    loadFromSettings();
    emit applied();
    if (reload && answer == ReloadAnswer::ReloadNow) {
        emit reloadRequested();
    }
    return true;
}

void SettingsDialog::accept() {
    if (apply()) {
        QDialog::accept();
    }
}

SettingsDialog::ReloadAnswer SettingsDialog::askAboutReload(QWidget *parent) {
    QMessageBox box(QMessageBox::Question, tr("Reload the phone?"),
                    tr("The phone must reload to use the new settings. Reload now?"),
                    QMessageBox::NoButton, parent);
    box.setInformativeText(tr("A reload ends a call in progress. With Later, the new settings "
                              "are used the next time CallDock starts."));
    QPushButton *now = box.addButton(tr("&Reload now"), QMessageBox::AcceptRole);
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(now);
    box.exec();
    if (box.clickedButton() == now) {
        return ReloadAnswer::ReloadNow;
    }
    if (box.clickedButton() == later) {
        return ReloadAnswer::Later;
    }
    return ReloadAnswer::Cancel;
}

void SettingsDialog::updateButtons() {
    // A warning sign on the page that holds the problem: OK may be disabled because of a field
    // on a page the user is not looking at.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_pageList->item(int(Page::Phone))->setIcon(m_phone->isValid() ? QIcon() : warning);
    m_pageList->item(int(Page::Logging))->setIcon(m_logging->isValid() ? QIcon() : warning);
    const bool valid = isInputValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid);
}
