#include "commandline.h"

#include "phonenumber.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace CommandLine {

namespace {

// Gives the messages below the translation context "CommandLine" (a namespace has no tr()).
class Text final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Validates the --export group; false (with `message` set) on a usage error.
bool parseExport(const QCommandLineParser &parser, const QCommandLineOption &exportFile,
                 const QCommandLineOption &format, const QCommandLineOption &since,
                 const QCommandLineOption &until, ExportOptions *options, QString *message) {
    if (!parser.isSet(exportFile)) {
        for (const QCommandLineOption *option : {&format, &since, &until}) {
            if (parser.isSet(*option)) {
                *message =
                    Text::tr("--%1 can only be used with --export.").arg(option->names().first());
                return false;
            }
        }
        return true;
    }
    options->file = parser.value(exportFile);
    if (options->file.isEmpty()) {
        *message = Text::tr("--export: the file name is empty (use - for the standard output).");
        return false;
    }
    if (parser.isSet(format)) {
        const QString name = parser.value(format).toLower();
        if (name != QLatin1String("csv") && name != QLatin1String("json")) {
            *message = Text::tr("--format: \"%1\" is not a format; use csv or json.")
                           .arg(parser.value(format));
            return false;
        }
        options->format = name == QLatin1String("json") ? ExportOptions::Format::Json
                                                        : ExportOptions::Format::Csv;
    } else {
        options->format =
            QFileInfo(options->file).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive)
                    == 0
                ? ExportOptions::Format::Json
                : ExportOptions::Format::Csv;
    }
    const std::pair<const QCommandLineOption *, std::optional<qint64> *> times[] = {
        {&since, &options->sinceMs}, {&until, &options->untilMs}};
    for (const auto &[option, value] : times) {
        if (!parser.isSet(*option)) {
            continue;
        }
        *value = parseExportTime(parser.value(*option), option == &until);
        if (!*value) {
            *message =
                Text::tr("--%1: \"%2\" is not a date; use YYYY-MM-DD or an ISO 8601 date and "
                         "time such as 2024-03-01T14:30:00Z.")
                    .arg(option->names().first(), parser.value(*option));
            return false;
        }
    }
    if (options->sinceMs && options->untilMs && *options->sinceMs >= *options->untilMs) {
        *message = Text::tr("--since must be before --until.");
        return false;
    }
    return true;
}

} // namespace

std::optional<qint64> parseExportTime(const QString &text, bool endOfDay) {
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid()) {
            return std::nullopt;
        }
        const QDateTime start(endOfDay ? date.addDays(1) : date, QTime(0, 0), Qt::LocalTime);
        return start.isValid() ? std::optional<qint64>(start.toMSecsSinceEpoch()) : std::nullopt;
    }
    // Qt reads "T" forms with or without seconds, milliseconds and an offset ("Z", "+02:00");
    // without an offset the time is local.
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid() || !trimmed.contains(QLatin1Char('T'))) {
        return std::nullopt;
    }
    return time.toMSecsSinceEpoch() + (endOfDay ? 1 : 0);
}

CommandLineResult parse(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("CallDock hosts the RingCentral Embeddable phone and logs every call to a local "
                 "database."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  Text::tr("Show this help and exit."));
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")},
                                     Text::tr("Show the version and exit."));
    const QCommandLineOption widgetUrl(
        QStringLiteral("widget-url"),
        Text::tr("Load the widget from URL (its app.html) instead of the configured channel."),
        QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
                                      Text::tr("Use the RingCentral app client ID."),
                                      QStringLiteral("ID"));
    const QCommandLineOption appServer(
        QStringLiteral("app-server"),
        Text::tr("Use the RingCentral platform at URL (https), e.g. the sandbox "
                 "https://platform.devtest.ringcentral.com."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        Text::tr("Keep everything CallDock writes (settings, web profile, database, recordings, "
                 "logs) in DIR."),
        QStringLiteral("DIR"));
    const QCommandLineOption minimized(QStringLiteral("minimized"),
                                       Text::tr("Start without showing the window."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        Text::tr("Log debug messages to the terminal and the log file."));
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        Text::tr("Write the call log to FILE (- for the standard output) and exit. Works while "
                 "CallDock runs."),
        QStringLiteral("FILE"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        Text::tr("Export format: csv or json (default: from the file name, else csv)."),
        QStringLiteral("csv|json"));
    const QCommandLineOption since(
        QStringLiteral("since"),
        Text::tr("Export only calls that started on or after DATE (YYYY-MM-DD in local time, or an "
                 "ISO 8601 date and time)."),
        QStringLiteral("DATE"));
    const QCommandLineOption until(
        QStringLiteral("until"),
        Text::tr("Export only calls that started on or before DATE (a YYYY-MM-DD date includes the "
                 "whole day, in local time)."),
        QStringLiteral("DATE"));
    parser.addOptions({help, version, widgetUrl, clientId, appServer, dataDir, minimized, verbose,
                       exportFile, format, since, until});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 Text::tr("A tel: or callto: URL to dial, e.g. tel:+15551234567."),
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
        // The first line is Qt's (translated) "Usage: %1" with the path the program was started
        // as, or a placeholder without an application object; show just the program's name.
        result.message = parser.helpText();
        const QString executable = QCoreApplication::instance()
                                       ? QCoreApplication::arguments().constFirst()
                                       : QStringLiteral("<executable_name>");
        const qsizetype at =
            result.message.left(result.message.indexOf(QLatin1Char('\n'))).indexOf(executable);
        if (at >= 0 && !executable.isEmpty()) {
            result.message.replace(at, executable.size(), program);
        }
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
            return fail(Text::tr("--data-dir: the folder name is empty."));
        }
        const QFileInfo info(options.dataDir);
        if (info.exists() && !info.isDir()) {
            return fail(
                Text::tr("--data-dir: %1 exists and is not a folder.").arg(options.dataDir));
        }
    }
    options.minimized = parser.isSet(minimized);
    options.verbose = parser.isSet(verbose);

    QString exportProblem;
    if (!parseExport(parser, exportFile, format, since, until, &result.exportOptions,
                     &exportProblem)) {
        return fail(exportProblem);
    }

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(exportFile)) {
        if (!positional.isEmpty()) {
            return fail(Text::tr("--export cannot be combined with a URL to dial."));
        }
        result.action = CommandLineResult::Action::Export;
        return result;
    }
    if (positional.size() > 1) {
        return fail(Text::tr("Only one tel: or callto: URL can be given."));
    }
    if (!positional.isEmpty()) {
        const QString url = positional.first();
        options.dialNumber = PhoneNumber::isDialUrl(url) ? PhoneNumber::normalize(url) : QString();
        if (options.dialNumber.isEmpty()) {
            return fail(Text::tr("%1 is not a tel: or callto: URL with a phone number.").arg(url));
        }
    }
    return result;
}

} // namespace CommandLine
