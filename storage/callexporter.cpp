#include "callexporter.h"

#include "callexportformat.h"
#include "callhistoryreader.h"
#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>

Q_LOGGING_CATEGORY(lcExport, "calldock.storage.export")

CallExporter::CallExporter(CallHistoryReader &reader)
    : m_reader(reader) {}

std::optional<CallExporter::Format> CallExporter::formatFromName(const QString &name) {
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0) {
        return Format::Csv;
    }
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        return Format::Json;
    }
    return std::nullopt;
}

CallExporter::Format CallExporter::formatForPath(const QString &path) {
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0
               ? Format::Json
               : Format::Csv;
}

QString CallExporter::suffix(Format format) {
    return format == Format::Json ? QStringLiteral("json") : QStringLiteral("csv");
}

CallExporter::Result CallExporter::write(const CallQuery &query, Format format, QIODevice *device) {
    Result result;
    bool writeFailed = false;
    const auto put = [&](const QByteArray &bytes) {
        if (!writeFailed && device->write(bytes) != bytes.size()) {
            writeFailed = true;
        }
        return !writeFailed;
    };

    if (format == Format::Csv) {
        put(CallExportFormat::csvRecord(CallExportFormat::csvColumns()));
    } else {
        put(QByteArrayLiteral("["));
    }
    const bool read = m_reader.forEach(query, [&](const CallHistoryRow &row) {
        if (format == Format::Csv) {
            put(CallExportFormat::csvRecord(CallExportFormat::csvFields(row)));
        } else {
            // One object per line keeps big exports readable with line-oriented tools.
            const QByteArray object =
                QJsonDocument(CallExportFormat::jsonObject(row)).toJson(QJsonDocument::Compact);
            put((result.count == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) + object);
        }
        ++result.count;
        return !writeFailed;
    });
    if (format == Format::Json) {
        put(result.count == 0 ? QByteArrayLiteral("]\n") : QByteArrayLiteral("\n]\n"));
    }
    if (!read) {
        result.error = tr("Cannot read the calls: %1").arg(m_reader.lastError());
        return result;
    }
    if (writeFailed) {
        result.error = tr("Cannot write the export: %1").arg(device->errorString());
        return result;
    }
    qCInfo(lcExport) << "Exported" << result.count << "calls as" << suffix(format);
    result.ok = true;
    return result;
}

CallExporter::Result CallExporter::writeFile(const CallQuery &query, Format format,
                                             const QString &path) {
    Result result;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return result;
    }
    // The temporary file is created with the umask's permissions; tighten it before any call
    // data goes in.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    result = write(query, format, &file);
    if (!result.ok) {
        file.cancelWriting();
        result.error = tr("Cannot export to %1: %2").arg(shown, result.error);
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = tr("Cannot write %1: %2").arg(shown, file.errorString());
        return result;
    }
    // An existing file keeps its permissions through QSaveFile; exports hold call data.
    PrivateFiles::makeFilePrivate(path);
    return result;
}
