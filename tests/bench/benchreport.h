#pragma once

#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The one output format of every CallDock benchmark, so scripts/bench.sh can put them in a
// single table: each benchmark executable prints human-readable rows to stdout and appends one
// JSON object per row (JSON lines) to the file given with --json. Benchmarks print numbers; they
// never fail on a timing (the `met` column is information, not an assertion).
//
// Common arguments: --quick (small sizes, for CI), --json <file>.
struct BenchRow {
    QString what; // e.g. "store: match 500 ids (100k calls)"
    QString unit; // "ms", "us", "MB", "req/s"
    int samples = 0;
    double median = 0;
    std::optional<double> p95;
    std::optional<double> p99;
    std::optional<double> max;      // where the worst case matters (stalls)
    std::optional<double> baseline; // same unit, measured in the same run
    QString baselineName;           // what the baseline is
    std::optional<double> ratio;    // median / baseline unless the benchmark sets another
    QString target;                 // human-readable, e.g. "<= 1.5x C API"
    std::optional<bool> met;
    QString note;
};

// Median, p95 and p99 (nearest rank) of a sample.
struct BenchStats {
    int count = 0;
    double median = 0;
    double p95 = 0;
    double p99 = 0;
    double min = 0;
    double max = 0;

    static BenchStats of(QList<double> values);
};

class BenchReport final {
    Q_DISABLE_COPY_MOVE(BenchReport)

public:
    // Reads --quick and --json from the arguments; other arguments stay in remaining().
    explicit BenchReport(const QStringList &arguments);
    ~BenchReport();

    bool quick() const { return m_quick; }
    QStringList remaining() const { return m_remaining; }

    // Prints the row and appends it to the JSON lines file (when one was given).
    void add(BenchRow row);
    // A free-form line for the log (sizes, set-up times); not part of the table.
    void note(const QString &text);

private:
    bool m_quick = false;
    QStringList m_remaining;
    QFile m_json;
};
