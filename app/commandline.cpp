#include "commandline.h"

#include "phonenumber.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace CommandLine {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("CommandLine", text);
}

} // namespace

CommandLineResult parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CallDock hosts the RingCentral Embeddable phone and logs every call to a local "
           "database."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption widgetUrl(
        QStringLiteral("widget-url"),
        tr("Load the widget from URL (its app.html) instead of the configured channel."),
        QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      tr("Use the RingCentral app client ID."),
                                      QStringLiteral("ID"));
    const QCommandLineOption appServer(
        QStringLiteral("app-server"),
        tr("Use the RingCentral platform at URL (https), e.g. the sandbox "
           "https://platform.devtest.ringcentral.com."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("Keep everything CallDock writes (settings, web profile, database, recordings, "
           "logs) in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       tr("Start without showing the window."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     tr("Log debug messages to the terminal and the log file."));
    parser.addOptions({help, version, widgetUrl, clientId, appServer, dataDir, minimized, verbose});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 tr("A tel: or callto: URL to dial, e.g. tel:+15551234567."),
                                 QStringLiteral("[url]"));

    CommandLineResult result;
    const auto fail = [&result](const QString &message) {
        result.action = CommandLineResult::Action::Error;
        result.message = message;
        return result;
    };

    if (!parser.parse(arguments)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(help)) {
        result.action = CommandLineResult::Action::ShowHelp;
        const QString program = arguments.isEmpty() ? QStringLiteral("calldock")
                                                    : QFileInfo(arguments.first()).fileName();
        result.message =
            parser.helpText().replace(QRegularExpression(QStringLiteral("^Usage: [^ ]*")),
                                      QStringLiteral("Usage: ") + program);
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CommandLineResult::Action::ShowVersion;
        result.message = QStringLiteral("CallDock ") + QLatin1String(CALLDOCK_VERSION);
        return result;
    }

    CommandLineOptions &options = result.options;
    if (parser.isSet(widgetUrl)) {
        options.widgetUrl = QUrl(parser.value(widgetUrl), QUrl::StrictMode);
        const QString problem = Settings::validateWidgetUrl(options.widgetUrl);
        if (!problem.isEmpty()) {
            return fail(QStringLiteral("--widget-url: ") + problem);
        }
    }
    if (parser.isSet(clientId)) {
        options.clientId = parser.value(clientId).trimmed();
        const QString problem = Settings::validateClientId(options.clientId);
        if (!problem.isEmpty()) {
            return fail(QStringLiteral("--client-id: ") + problem);
        }
    }
    if (parser.isSet(appServer)) {
        options.appServer = QUrl(parser.value(appServer), QUrl::StrictMode);
        const QString problem = Settings::validateAppServer(options.appServer);
        if (!problem.isEmpty()) {
            return fail(QStringLiteral("--app-server: ") + problem);
        }
    }
    if (parser.isSet(dataDir)) {
        options.dataDir = parser.value(dataDir);
        if (options.dataDir.trimmed().isEmpty()) {
            return fail(tr("--data-dir: the folder name is empty."));
        }
        const QFileInfo info(options.dataDir);
        if (info.exists() && !info.isDir()) {
            return fail(tr("--data-dir: %1 exists and is not a folder.").arg(options.dataDir));
        }
    }
    options.minimized = parser.isSet(minimized);
    options.verbose = parser.isSet(verbose);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        return fail(tr("Only one tel: or callto: URL can be given."));
    }
    if (!positional.isEmpty()) {
        const QString url = positional.first();
        options.dialNumber = PhoneNumber::isDialUrl(url) ? PhoneNumber::normalize(url) : QString();
        if (options.dialNumber.isEmpty()) {
            return fail(tr("%1 is not a tel: or callto: URL with a phone number.").arg(url));
        }
    }
    return result;
}

} // namespace CommandLine
