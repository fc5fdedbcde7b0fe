#include "phonesettingspage.h"

#include "fieldmessage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {

QUrl urlFromField(const QLineEdit *field) {
    const QString text = field->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

} // namespace

PhoneSettingsPage::PhoneSettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_channel(new QComboBox(this))
    , m_customUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_appServer(new QLineEdit(this)) {
    m_customUrlMessage = new FieldMessage(m_customUrl, this);
    m_clientIdMessage = new FieldMessage(m_clientId, this);
    m_appServerMessage = new FieldMessage(m_appServer, this);

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setAccessibleName(tr("Widget version"));
    m_channel->addItem(tr("Latest release"), int(Settings::ReleaseChannel::Latest));
    m_channel->addItem(tr("Version 3.x"), int(Settings::ReleaseChannel::Beta));
    m_channel->addItem(tr("Custom address"), int(Settings::ReleaseChannel::Custom));

    m_customUrl->setObjectName(QStringLiteral("customUrlEdit"));
    m_customUrl->setAccessibleName(tr("Custom widget address"));
    m_customUrl->setPlaceholderText(tr("https://example.com/embeddable/app.html"));

    m_clientId->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientId->setPlaceholderText(tr("Empty: the widget's own demo client"));

    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->setAccessibleName(tr("Platform"));
    m_platform->addItem(tr("Production"), int(Settings::Platform::Production));
    m_platform->addItem(tr("Sandbox (developer)"), int(Settings::Platform::Sandbox));
    m_platform->addItem(tr("Custom server"), int(Settings::Platform::Custom));

    m_appServer->setObjectName(QStringLiteral("appServerEdit"));
    m_appServer->setAccessibleName(tr("Custom platform address"));
    m_appServer->setPlaceholderText(tr("https://platform.example.com"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Widget:"), m_channel);
    form->addRow(tr("&Address:"), m_customUrl);
    form->addRow(QString(), m_customUrlMessage);
    form->addRow(tr("&Client ID:"), m_clientId);
    form->addRow(QString(), m_clientIdMessage);
    form->addRow(tr("&Platform:"), m_platform);
    form->addRow(tr("&Server:"), m_appServer);
    form->addRow(QString(), m_appServerMessage);

    auto *note = new QLabel(tr("The phone reloads to use changes made on this page; CallDock "
                               "asks before it does, because a reload ends a call in progress."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("reloadNote"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch(1);

    connect(m_channel, &QComboBox::currentIndexChanged, this, &PhoneSettingsPage::validate);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &PhoneSettingsPage::validate);
    connect(m_customUrl, &QLineEdit::textChanged, this, &PhoneSettingsPage::validate);
    connect(m_clientId, &QLineEdit::textChanged, this, &PhoneSettingsPage::validate);
    connect(m_appServer, &QLineEdit::textChanged, this, &PhoneSettingsPage::validate);
    validate();
}

void PhoneSettingsPage::load(const Settings &settings) {
    m_channel->setCurrentIndex(m_channel->findData(int(settings.releaseChannel())));
    m_customUrl->setText(settings.customWidgetUrl().toString());
    m_clientId->setText(settings.clientId());
    m_platform->setCurrentIndex(m_platform->findData(int(settings.platform())));
    m_appServer->setText(settings.customAppServer().toString());
    validate();
}

void PhoneSettingsPage::apply(Settings &settings) const {
    // A custom address is kept even while another channel is chosen (so switching back does not
    // lose it), but only when it is usable.
    const QUrl customUrl = urlFromField(m_customUrl);
    if (Settings::validateWidgetUrl(customUrl).isEmpty()) {
        settings.setCustomWidgetUrl(customUrl);
    }
    settings.setReleaseChannel(channel());
    settings.setClientId(m_clientId->text());
    const QUrl appServer = urlFromField(m_appServer);
    if (Settings::validateAppServer(appServer).isEmpty()) {
        settings.setCustomAppServer(appServer);
    }
    settings.setPlatform(platform());
}

bool PhoneSettingsPage::isValid() const {
    return m_customUrlMessage->message().isEmpty() && m_clientIdMessage->message().isEmpty()
           && m_appServerMessage->message().isEmpty();
}

bool PhoneSettingsPage::needsReload(const Settings &settings) const {
    return effectiveAppUrl() != settings.widgetAppUrl()
           || m_clientId->text().trimmed() != settings.clientId()
           || effectiveAppServer() != settings.appServer();
}

void PhoneSettingsPage::validate() {
    const bool customChannel = channel() == Settings::ReleaseChannel::Custom;
    m_customUrl->setEnabled(customChannel);
    m_customUrlMessage->setMessage(
        customChannel ? Settings::validateWidgetUrl(urlFromField(m_customUrl)) : QString());

    const QString clientId = m_clientId->text().trimmed();
    m_clientIdMessage->setMessage(clientId.isEmpty() ? QString()
                                                     : Settings::validateClientId(clientId));

    const bool customPlatform = platform() == Settings::Platform::Custom;
    m_appServer->setEnabled(customPlatform);
    m_appServerMessage->setMessage(
        customPlatform ? Settings::validateAppServer(urlFromField(m_appServer)) : QString());
    emit edited();
}

Settings::ReleaseChannel PhoneSettingsPage::channel() const {
    return Settings::ReleaseChannel(m_channel->currentData().toInt());
}

Settings::Platform PhoneSettingsPage::platform() const {
    return Settings::Platform(m_platform->currentData().toInt());
}

QUrl PhoneSettingsPage::effectiveAppUrl() const {
    // Mirrors Settings::widgetAppUrl() for the values being edited.
    return channel() == Settings::ReleaseChannel::Custom ? urlFromField(m_customUrl)
                                                         : Settings::channelUrl(channel());
}

QUrl PhoneSettingsPage::effectiveAppServer() const {
    switch (platform()) {
    case Settings::Platform::Production:
        return QUrl();
    case Settings::Platform::Sandbox:
        return Settings::sandboxAppServer();
    case Settings::Platform::Custom:
        return urlFromField(m_appServer);
    }
    return QUrl();
}
