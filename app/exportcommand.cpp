#include "exportcommand.h"

#include "callexporter.h"
#include "callhistoryreader.h"
#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

Q_LOGGING_CATEGORY(lcExportCommand, "calldock.app.export")

namespace {

// Gives the messages below the translation context "ExportCommand" (a namespace has no tr()).
class Text final {
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

int fail(const QString &message) {
    std::fputs(qPrintable(QStringLiteral("calldock: ") + message + QLatin1Char('\n')), stderr);
    return 1;
}

} // namespace

namespace ExportCommand {

int run(const ExportOptions &options, const QString &dataDir) {
    // Never ensureExists(): an export must not create a data folder that was not there.
    const DataDirectory directory(dataDir);
    CallHistoryReader reader;
    const CallHistoryReader::Result opened = reader.open(directory.databaseFile());
    if (!opened.ok) {
        return fail(opened.error);
    }

    CallQuery query;
    query.sinceMs = options.sinceMs;
    query.untilMs = options.untilMs;
    // Oldest first reads naturally in a file and matches the order of other call-log exports.
    query.sortOrder = Qt::AscendingOrder;
    const CallExporter::Format format = options.format == ExportOptions::Format::Json
                                            ? CallExporter::Format::Json
                                            : CallExporter::Format::Csv;
    CallExporter exporter(reader);

    CallExporter::Result result;
    if (options.file == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            return fail(Text::tr("Cannot write to the standard output: %1").arg(out.errorString()));
        }
        result = exporter.write(query, format, &out);
        if (result.ok && !out.flush()) {
            result.ok = false;
            result.error =
                Text::tr("Cannot write to the standard output: %1").arg(out.errorString());
        }
    } else {
        result = exporter.writeFile(query, format, options.file);
    }
    if (!result.ok) {
        return fail(result.error);
    }
    qCInfo(lcExportCommand) << "Exported" << result.count << "calls";
    if (options.file != QLatin1String("-")) {
        std::fputs(qPrintable(Text::tr("Exported %n call(s) to %1.", nullptr, result.count)
                                  .arg(QDir::toNativeSeparators(options.file))
                              + QLatin1Char('\n')),
                   stderr);
    }
    return 0;
}

} // namespace ExportCommand
