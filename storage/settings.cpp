#include "settings.h"

#include "privatefiles.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>

namespace {

const QString kReleaseChannel = QStringLiteral("phone/channel");
const QString kCustomWidgetUrl = QStringLiteral("phone/customWidgetUrl");
const QString kClientId = QStringLiteral("phone/clientId");
const QString kPlatform = QStringLiteral("phone/platform");
const QString kCustomAppServer = QStringLiteral("phone/customAppServer");
const QString kAutoLog = QStringLiteral("logging/autoLogCalls");
const QString kAutoLogMessages = QStringLiteral("logging/autoLogMessages");
const QString kNotesMode = QStringLiteral("logging/notesMode");
const QString kRecordingsEnabled = QStringLiteral("recordings/enabled");
const QString kRecordingsFolder = QStringLiteral("recordings/folder");
const QString kStartMinimized = QStringLiteral("general/startMinimized");
const QString kCloseToTray = QStringLiteral("general/closeToTray");
const QString kStartAtLogin = QStringLiteral("general/startAtLogin");
const QString kNotifyIncoming = QStringLiteral("general/notifyIncomingCalls");
const QString kNotifyProblems = QStringLiteral("general/notifyLoggingProblems");
const QString kLanguage = QStringLiteral("general/language");
const QString kWindowGeometry = QStringLiteral("window/geometry");

const QString kWidgetBase =
    QStringLiteral("https://apps.ringcentral.com/integration/ringcentral-embeddable/");

bool isLoopbackHost(const QString &host) {
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    // QUrl::host() gives IPv6 addresses without brackets and in a canonical form, so "::1" is
    // the one IPv6 loopback spelling. IPv4 loopback is all of 127.0.0.0/8. (Written here rather
    // than with QHostAddress: storage does not link Qt Network.)
    if (host == QLatin1String("::1")) {
        return true;
    }
    const QStringList octets = host.split(QLatin1Char('.'));
    if (octets.size() != 4) {
        return false;
    }
    for (const QString &octet : octets) {
        bool ok = false;
        const int value = octet.toInt(&ok);
        if (!ok || value < 0 || value > 255 || octet.size() > 3) {
            return false;
        }
    }
    return octets.first() == QLatin1String("127");
}

template<typename Enum>
Enum enumFrom(const QString &text, std::initializer_list<std::pair<const char *, Enum>> names,
              Enum fallback) {
    for (const auto &[name, value] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return fallback;
}

template<typename Enum>
QString enumName(Enum value, std::initializer_list<std::pair<const char *, Enum>> names) {
    for (const auto &[name, candidate] : names) {
        if (candidate == value) {
            return QLatin1String(name);
        }
    }
    return QString();
}

const std::initializer_list<std::pair<const char *, Settings::ReleaseChannel>> kChannelNames = {
    {"latest", Settings::ReleaseChannel::Latest},
    {"3.x", Settings::ReleaseChannel::Beta},
    {"custom", Settings::ReleaseChannel::Custom}};
const std::initializer_list<std::pair<const char *, Settings::Platform>> kPlatformNames = {
    {"production", Settings::Platform::Production},
    {"sandbox", Settings::Platform::Sandbox},
    {"custom", Settings::Platform::Custom}};
const std::initializer_list<std::pair<const char *, Settings::NotesMode>> kNotesModeNames = {
    {"dialog", Settings::NotesMode::Dialog},
    {"widget", Settings::NotesMode::Widget},
    {"none", Settings::NotesMode::None}};

} // namespace

Settings::Settings(const QString &fileName, QObject *parent)
    : QObject(parent)
    , m_settings(fileName, QSettings::IniFormat) {}

QString Settings::fileName() const {
    return m_settings.fileName();
}

bool Settings::sync() {
    m_settings.sync();
    if (QFileInfo::exists(m_settings.fileName())) {
        PrivateFiles::makeFilePrivate(m_settings.fileName());
    }
    return m_settings.status() == QSettings::NoError;
}

void Settings::store(Key key, const QString &name, const QVariant &value) {
    if (m_settings.contains(name) && m_settings.value(name) == value) {
        return;
    }
    m_settings.setValue(name, value);
    sync();
    emit changed(key);
}

Settings::ReleaseChannel Settings::releaseChannel() const {
    return enumFrom(m_settings.value(kReleaseChannel).toString(), kChannelNames,
                    ReleaseChannel::Latest);
}

void Settings::setReleaseChannel(ReleaseChannel channel) {
    store(Key::ReleaseChannel, kReleaseChannel, enumName(channel, kChannelNames));
}

QUrl Settings::customWidgetUrl() const {
    return QUrl(m_settings.value(kCustomWidgetUrl).toString());
}

bool Settings::setCustomWidgetUrl(const QUrl &url, QString *error) {
    const QString problem = validateWidgetUrl(url);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    store(Key::CustomWidgetUrl, kCustomWidgetUrl, url.toString());
    return true;
}

QUrl Settings::widgetAppUrl() const {
    const ReleaseChannel channel = releaseChannel();
    if (channel == ReleaseChannel::Custom) {
        const QUrl custom = customWidgetUrl();
        if (validateWidgetUrl(custom).isEmpty()) {
            return custom;
        }
        return channelUrl(ReleaseChannel::Latest);
    }
    return channelUrl(channel);
}

QString Settings::clientId() const {
    return m_settings.value(kClientId).toString();
}

bool Settings::setClientId(const QString &clientId, QString *error) {
    const QString trimmed = clientId.trimmed();
    const QString problem = trimmed.isEmpty() ? QString() : validateClientId(trimmed);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    store(Key::ClientId, kClientId, trimmed);
    return true;
}

Settings::Platform Settings::platform() const {
    return enumFrom(m_settings.value(kPlatform).toString(), kPlatformNames, Platform::Production);
}

void Settings::setPlatform(Platform platform) {
    store(Key::Platform, kPlatform, enumName(platform, kPlatformNames));
}

QUrl Settings::customAppServer() const {
    return QUrl(m_settings.value(kCustomAppServer).toString());
}

bool Settings::setCustomAppServer(const QUrl &url, QString *error) {
    const QString problem = validateAppServer(url);
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return false;
    }
    store(Key::CustomAppServer, kCustomAppServer, url.toString());
    return true;
}

QUrl Settings::appServer() const {
    switch (platform()) {
    case Platform::Production:
        return QUrl();
    case Platform::Sandbox:
        return sandboxAppServer();
    case Platform::Custom: {
        const QUrl custom = customAppServer();
        return validateAppServer(custom).isEmpty() ? custom : QUrl();
    }
    }
    return QUrl();
}

bool Settings::autoLogCalls() const {
    // On by default: people install CallDock to log their calls.
    return m_settings.value(kAutoLog, true).toBool();
}

void Settings::setAutoLogCalls(bool enabled) {
    store(Key::AutoLogCalls, kAutoLog, enabled);
}

bool Settings::autoLogMessages() const {
    // On by default: support and sales answer texts and voicemail as much as calls.
    return m_settings.value(kAutoLogMessages, true).toBool();
}

void Settings::setAutoLogMessages(bool enabled) {
    store(Key::AutoLogMessages, kAutoLogMessages, enabled);
}

Settings::NotesMode Settings::notesMode() const {
    return enumFrom(m_settings.value(kNotesMode).toString(), kNotesModeNames, NotesMode::Dialog);
}

void Settings::setNotesMode(NotesMode mode) {
    store(Key::NotesMode, kNotesMode, enumName(mode, kNotesModeNames));
}

bool Settings::recordingsEnabled() const {
    return m_settings.value(kRecordingsEnabled, true).toBool();
}

void Settings::setRecordingsEnabled(bool enabled) {
    store(Key::RecordingsEnabled, kRecordingsEnabled, enabled);
}

QString Settings::recordingsFolder() const {
    return m_settings.value(kRecordingsFolder).toString();
}

void Settings::setRecordingsFolder(const QString &folder) {
    store(Key::RecordingsFolder, kRecordingsFolder, folder);
}

bool Settings::startMinimized() const {
    return m_settings.value(kStartMinimized, false).toBool();
}

void Settings::setStartMinimized(bool enabled) {
    store(Key::StartMinimized, kStartMinimized, enabled);
}

bool Settings::closeToTray() const {
    return m_settings.value(kCloseToTray, true).toBool();
}

void Settings::setCloseToTray(bool enabled) {
    store(Key::CloseToTray, kCloseToTray, enabled);
}

bool Settings::startAtLogin() const {
    return m_settings.value(kStartAtLogin, false).toBool();
}

void Settings::setStartAtLogin(bool enabled) {
    store(Key::StartAtLogin, kStartAtLogin, enabled);
}

bool Settings::notifyIncomingCalls() const {
    return m_settings.value(kNotifyIncoming, true).toBool();
}

void Settings::setNotifyIncomingCalls(bool enabled) {
    store(Key::NotifyIncomingCalls, kNotifyIncoming, enabled);
}

bool Settings::notifyLoggingProblems() const {
    return m_settings.value(kNotifyProblems, true).toBool();
}

void Settings::setNotifyLoggingProblems(bool enabled) {
    store(Key::NotifyLoggingProblems, kNotifyProblems, enabled);
}

QString Settings::language() const {
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString &language) {
    store(Key::Language, kLanguage, language);
}

QByteArray Settings::windowGeometry() const {
    return m_settings.value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry) {
    store(Key::WindowGeometry, kWindowGeometry, geometry);
}

QString Settings::validateWidgetUrl(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The widget address must be a complete URL such as "
                  "https://example.com/embeddable/app.html.");
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return QString();
    }
    // Plain http would hand the widget's login token to anyone on the network; it is accepted
    // only for a widget served from this computer (development and tests).
    if (scheme == QLatin1String("http") && isLoopbackHost(url.host())) {
        return QString();
    }
    return tr("The widget address must start with https:// (http:// is allowed only for "
              "localhost).");
}

QString Settings::validateAppServer(const QUrl &url) {
    if (!url.isValid() || url.host().isEmpty()
        || url.scheme().toLower() != QLatin1String("https")) {
        return tr("The platform address must be a complete URL starting with https://, such as "
                  "https://platform.devtest.ringcentral.com.");
    }
    return QString();
}

QString Settings::validateClientId(const QString &clientId) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,128}$"));
    if (!pattern.match(clientId).hasMatch()) {
        return tr("A client ID contains only letters, digits, '-' and '_' (up to 128 "
                  "characters).");
    }
    return QString();
}

QUrl Settings::channelUrl(ReleaseChannel channel) {
    const QString folder =
        channel == ReleaseChannel::Beta ? QStringLiteral("3.x/") : QStringLiteral("latest/");
    return QUrl(kWidgetBase + folder + QStringLiteral("app.html"));
}

QUrl Settings::sandboxAppServer() {
    return QUrl(QStringLiteral("https://platform.devtest.ringcentral.com"));
}
