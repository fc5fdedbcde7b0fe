#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

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

// --export: write the call log to a file and exit, without starting the GUI.
struct ExportOptions {
    enum class Format { Csv, Json };
    QString file;                // "-" for stdout
    Format format = Format::Csv; // --format, else from the file name (.json), else CSV
    // Start time range, half open (sinceMs <= start < untilMs), UTC ms. A plain date is a day in
    // local time: --since 2024-03-01 starts at its local midnight, --until 2024-03-01 includes
    // the whole day. A date and time without an offset is local time too.
    std::optional<qint64> sinceMs;
    std::optional<qint64> untilMs;
};

struct CommandLineResult {
    enum class Action { Run, ShowHelp, ShowVersion, Export, Error };
    Action action = Action::Run;
    CommandLineOptions options;  // --data-dir and --verbose also apply to Export
    ExportOptions exportOptions; // set for Export
    QString message;             // the help text, the version line, or the error for stderr
};

namespace CommandLine {

// Parses `arguments` (including the program name first). Works without a QCoreApplication, so
// --help, --version and bad arguments never need a display.
CommandLineResult parse(const QStringList &arguments);

// Parses --since/--until values: "YYYY-MM-DD" (local midnight; with `endOfDay`, the next local
// midnight) or an ISO 8601 date and time (local time without an offset; with `endOfDay`, one
// millisecond later, so the given instant is included). UTC ms, or std::nullopt when invalid.
std::optional<qint64> parseExportTime(const QString &text, bool endOfDay);

// Exit code for invalid arguments.
inline constexpr int kUsageError = 2;

} // namespace CommandLine
