#pragma once

#include "callquery.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CallHistoryReader;
class QIODevice;

// Writes the calls a CallQuery selects as CSV or JSON (see CallExportFormat for the fields).
// Rows are streamed from the database one at a time, so an export of 100,000 calls never holds
// them all in memory.
class CallExporter final {
    Q_DECLARE_TR_FUNCTIONS(CallExporter)
    Q_DISABLE_COPY_MOVE(CallExporter)

public:
    enum class Format { Csv, Json };

    struct Result {
        bool ok = false;
        QString error; // user-readable, set when !ok
        int count = 0; // calls written
    };

    explicit CallExporter(CallHistoryReader &reader);

    // "csv" or "json" (any case); std::nullopt for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    // JSON for a ".json" file name, CSV otherwise.
    static Format formatForPath(const QString &path);
    static QString suffix(Format format); // "csv" / "json"

    // Writes to an open device (a file, stdout, a buffer).
    Result write(const CallQuery &query, Format format, QIODevice *device);
    // Writes to `path` atomically (all or nothing: a failed export leaves any existing file as it
    // was); the file is made private to the user, as it holds call data.
    Result writeFile(const CallQuery &query, Format format, const QString &path);

private:
    CallHistoryReader &m_reader;
};
