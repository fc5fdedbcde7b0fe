#include "generalsettingspage.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {

// The language's own name, so that someone who cannot read the current language still finds
// theirs: "Deutsch", "日本語", "中文（中国）".
QString nativeName(const QString &localeName) {
    const QLocale locale(localeName);
    QString name = locale.nativeLanguageName();
    if (localeName.contains(QLatin1Char('_'))) {
        name = QStringLiteral("%1 (%2)").arg(name, locale.nativeTerritoryName());
    }
    if (!name.isEmpty()) {
        name[0] = name.at(0).toUpper();
    }
    return name.isEmpty() ? localeName : name;
}

QCheckBox *checkBox(const QString &text, const QString &objectName, QWidget *parent) {
    auto *box = new QCheckBox(text, parent);
    box->setObjectName(objectName);
    return box;
}

} // namespace

GeneralSettingsPage::GeneralSettingsPage(bool trayAvailable, QWidget *parent)
    : QWidget(parent)
    , m_trayAvailable(trayAvailable) {
    auto *startup = new QGroupBox(tr("Start-up and window"), this);
    m_startAtLogin =
        checkBox(tr("Start CallDock when I &log in"), QStringLiteral("startAtLoginCheck"), startup);
    m_startMinimized =
        checkBox(tr("Start &minimized"), QStringLiteral("startMinimizedCheck"), startup);
    m_closeToTray = checkBox(tr("&Closing the window keeps CallDock running in the tray"),
                             QStringLiteral("closeToTrayCheck"), startup);
    auto *startupLayout = new QVBoxLayout(startup);
    startupLayout->addWidget(m_startAtLogin);
    startupLayout->addWidget(m_startMinimized);
    startupLayout->addWidget(m_closeToTray);
    if (!m_trayAvailable) {
        m_closeToTray->setEnabled(false);
        auto *noTray = new QLabel(
            tr("This desktop has no system tray, so closing the window quits CallDock."), startup);
        noTray->setWordWrap(true);
        noTray->setObjectName(QStringLiteral("noTrayNote"));
        startupLayout->addWidget(noTray);
    }

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    m_notifyIncoming = checkBox(tr("Show a notification for &incoming calls"),
                                QStringLiteral("notifyIncomingCheck"), notifications);
    m_notifyProblems = checkBox(tr("Show a notification when calls cannot be &saved"),
                                QStringLiteral("notifyProblemsCheck"), notifications);
    auto *notificationsLayout = new QVBoxLayout(notifications);
    notificationsLayout->addWidget(m_notifyIncoming);
    notificationsLayout->addWidget(m_notifyProblems);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    const QStringList names = languages();
    for (const QString &name : names) {
        m_language->addItem(nativeName(name), name);
    }
    auto *restartNote =
        new QLabel(tr("A new language takes effect after CallDock restarts."), this);
    restartNote->setWordWrap(true);
    auto *languageForm = new QFormLayout;
    languageForm->addRow(tr("Lan&guage:"), m_language);
    languageForm->addRow(QString(), restartNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(startup);
    layout->addWidget(notifications);
    layout->addLayout(languageForm);
    layout->addStretch(1);

    for (QCheckBox *box :
         {m_startAtLogin, m_startMinimized, m_closeToTray, m_notifyIncoming, m_notifyProblems}) {
        connect(box, &QCheckBox::toggled, this, &GeneralSettingsPage::edited);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, &GeneralSettingsPage::edited);
}

QStringList GeneralSettingsPage::languages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es"), QStringLiteral("ja"), QStringLiteral("zh_CN")};
}

void GeneralSettingsPage::load(const Settings &settings) {
    m_startAtLogin->setChecked(settings.startAtLogin());
    m_startMinimized->setChecked(settings.startMinimized());
    m_closeToTray->setChecked(m_trayAvailable && settings.closeToTray());
    m_notifyIncoming->setChecked(settings.notifyIncomingCalls());
    m_notifyProblems->setChecked(settings.notifyLoggingProblems());
    const int language = m_language->findData(settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
}

void GeneralSettingsPage::apply(Settings &settings) const {
    settings.setStartAtLogin(m_startAtLogin->isChecked());
    settings.setStartMinimized(m_startMinimized->isChecked());
    // Without a tray the box is disabled and unchecked: keep the stored choice for the day a
    // tray appears (another desktop session) instead of silently turning it off.
    if (m_trayAvailable) {
        settings.setCloseToTray(m_closeToTray->isChecked());
    }
    settings.setNotifyIncomingCalls(m_notifyIncoming->isChecked());
    settings.setNotifyLoggingProblems(m_notifyProblems->isChecked());
    settings.setLanguage(m_language->currentData().toString());
}
