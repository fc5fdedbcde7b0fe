#include "application.h"
#include "commandline.h"
#include "datadirectory.h"
#include "exportcommand.h"
#include "hostpage.h"
#include "languageloader.h"
#include "logfile.h"
#include "settings.h"
#include "singleinstance.h"
#include "unixsignals.h"

#include <QApplication>
#include <QCoreApplication>
#include <QMessageBox>

#include <cstdio>

namespace {

int printAndExit(const QString &text, FILE *stream, int code) {
    std::fputs(qPrintable(text), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    return code;
}

// Gives main()'s own messages the translation context of the command line.
class Text final {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The language chosen in the settings of the data folder (empty: follow the system). Read-only:
// a missing settings file or folder is not created.
QString configuredLanguage(const QString &dataDir) {
    const Settings settings(DataDirectory(dataDir).settingsFile());
    return settings.language();
}

void discardMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

// A command (help, version, export, a usage error) prints its result or its error and nothing
// else: scripts read its stderr. Diagnostics (which translation was loaded, what the export
// did, Qt's own warnings) would land there, as no log file is set up for commands; --verbose
// lets them through.
void quietUnlessVerbose(bool verbose) {
    qInstallMessageHandler(verbose ? nullptr : discardMessage);
}

QStringList rawArguments(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

// A launch from the desktop has no terminal: a problem that stops CallDock before its window
// exists is also shown in a message box, when there is a screen to show it on.
bool headless() {
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    return platform == "offscreen" || platform == "minimal";
}

void showStartupError(int &argc, char **argv, const QString &message) {
    if (headless()) {
        return;
    }
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return;
    }
#endif
    QApplication app(argc, argv);
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CallDock cannot start"),
                          message);
}

// The same once the application object exists.
int failStartup(const QString &message) {
    printAndExit(QStringLiteral("calldock: ") + message, stderr, 1);
    if (!headless()) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CallDock cannot start"),
                              message);
    }
    return 1;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication::setApplicationName(QStringLiteral("CallDock"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallDock"));
    QCoreApplication::setApplicationVersion(QLatin1String(CALLDOCK_VERSION));

    const QStringList arguments = rawArguments(argc, argv);
    // Quiet from the start: parsing may already complain about what it reads.
    quietUnlessVerbose(false);
    const CommandLineResult command = CommandLine::parse(arguments);
    if (command.action == CommandLineResult::Action::Run) {
        // Until the log file takes over, a launch from a terminal shows what happens.
        qInstallMessageHandler(nullptr);
    } else {
        quietUnlessVerbose(command.options.verbose);
    }
    switch (command.action) {
    case CommandLineResult::Action::ShowHelp:
    case CommandLineResult::Action::Error: {
        // Translators need an application object; a QCoreApplication needs no display. The
        // arguments are parsed again so the help and the error come out in the user's language.
        QCoreApplication app(argc, argv);
        LanguageLoader language;
        language.install(LanguageLoader::resolve(configuredLanguage(command.options.dataDir)));
        const CommandLineResult translated = CommandLine::parse(arguments);
        if (translated.action == CommandLineResult::Action::ShowHelp) {
            return printAndExit(translated.message, stdout, 0);
        }
        return printAndExit(QStringLiteral("calldock: ") + translated.message + QLatin1Char('\n')
                                + Text::tr("Try 'calldock --help' for more information."),
                            stderr, CommandLine::kUsageError);
    }
    case CommandLineResult::Action::ShowVersion:
        return printAndExit(command.message, stdout, 0);
    case CommandLineResult::Action::Export: {
        // Headless and read-only: decided before any QApplication or single-instance code, so it
        // is never handed over to a running CallDock and needs no display.
        QCoreApplication app(argc, argv);
        LanguageLoader language;
        language.install(LanguageLoader::resolve(configuredLanguage(command.options.dataDir)));
        return ExportCommand::run(command.exportOptions, command.options.dataDir);
    }
    case CommandLineResult::Action::Run:
        break;
    }

    const DataDirectory dataDirectory(command.options.dataDir);
    QString error;
    if (!dataDirectory.ensureExists(&error)) {
        printAndExit(QStringLiteral("calldock: ") + error, stderr, 1);
        showStartupError(argc, argv, error);
        return 1;
    }

    // Custom schemes must be known before the application object exists.
    HostPage::registerScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("calldock"));
    // Before any window or message exists: text is translated when it is built (this includes
    // the labels Application registers with the widget), so a new language needs a restart.
    LanguageLoader language;
    language.install(LanguageLoader::resolve(configuredLanguage(command.options.dataDir)));

    SingleInstance instance(dataDirectory.lockFile(), dataDirectory.instanceServerName());
    switch (instance.start(&error)) {
    case SingleInstance::Role::Failed:
        return failStartup(error);
    case SingleInstance::Role::Secondary:
        if (!instance.handOver(arguments, 10'000, &error)) {
            return failStartup(error);
        }
        return 0;
    case SingleInstance::Role::Primary:
        break;
    }

    LogFile::install(dataDirectory.logDirectory(), command.options.verbose);
    int result = 0;
    {
        UnixSignals signals_;
        QObject::connect(&signals_, &UnixSignals::quitRequested, &app, &QApplication::quit);
        Application calldock(command.options, dataDirectory);
        QObject::connect(&instance, &SingleInstance::argumentsReceived, &calldock,
                         &Application::handleHandOver);
        calldock.start();
        result = QApplication::exec();
    }
    LogFile::uninstall();
    return result;
}
