#include "application.h"
#include "commandline.h"
#include "datadirectory.h"
#include "exportcommand.h"
#include "hostpage.h"
#include "logfile.h"
#include "singleinstance.h"
#include "unixsignals.h"

#include <QApplication>

#include <cstdio>

namespace {

int printAndExit(const QString &text, FILE *stream, int code) {
    std::fputs(qPrintable(text), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
    return code;
}

QStringList rawArguments(int argc, char **argv) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication::setApplicationName(QStringLiteral("CallDock"));
    QCoreApplication::setOrganizationName(QStringLiteral("CallDock"));
    QCoreApplication::setApplicationVersion(QLatin1String(CALLDOCK_VERSION));

    const QStringList arguments = rawArguments(argc, argv);
    const CommandLineResult command = CommandLine::parse(arguments);
    switch (command.action) {
    case CommandLineResult::Action::ShowHelp:
        return printAndExit(command.message, stdout, 0);
    case CommandLineResult::Action::ShowVersion:
        return printAndExit(command.message, stdout, 0);
    case CommandLineResult::Action::Error:
        return printAndExit(QStringLiteral("calldock: ") + command.message
                                + QStringLiteral("\nTry 'calldock --help' for more information."),
                            stderr, CommandLine::kUsageError);
    case CommandLineResult::Action::Export: {
        // Headless and read-only: decided before any QApplication or single-instance code, so it
        // is never handed over to a running CallDock and needs no display.
        QCoreApplication app(argc, argv);
        return ExportCommand::run(command.exportOptions, command.options.dataDir);
    }
    case CommandLineResult::Action::Run:
        break;
    }

    const DataDirectory dataDirectory(command.options.dataDir);
    QString error;
    if (!dataDirectory.ensureExists(&error)) {
        return printAndExit(QStringLiteral("calldock: ") + error, stderr, 1);
    }

    // Custom schemes must be known before the application object exists.
    HostPage::registerScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("calldock"));

    SingleInstance instance(dataDirectory.lockFile(), dataDirectory.instanceServerName());
    switch (instance.start(&error)) {
    case SingleInstance::Role::Failed:
        return printAndExit(QStringLiteral("calldock: ") + error, stderr, 1);
    case SingleInstance::Role::Secondary:
        if (!instance.handOver(arguments, 10'000, &error)) {
            return printAndExit(QStringLiteral("calldock: ") + error, stderr, 1);
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
