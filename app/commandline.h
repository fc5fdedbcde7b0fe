#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// What the user asked for on the command line, validated.
struct CommandLineOptions {
    QUrl widgetUrl;   // --widget-url: the widget's app.html (overrides the settings)
    QString clientId; // --client-id
    QUrl appServer;   // --app-server
    QString dataDir;  // --data-dir: empty for the platform's standard location
    bool minimized = false;
    bool verbose = false;
    QString dialNumber; // from a tel:/callto: positional argument, normalised
};

struct CommandLineResult {
    enum class Action { Run, ShowHelp, ShowVersion, Error };
    Action action = Action::Run;
    CommandLineOptions options;
    QString message; // the help text, the version line, or the error for stderr
};

namespace CommandLine {

// Parses `arguments` (including the program name first). Works without a QCoreApplication, so
// --help, --version and bad arguments never need a display.
CommandLineResult parse(const QStringList &arguments);

// Exit code for invalid arguments.
inline constexpr int kUsageError = 2;

} // namespace CommandLine
