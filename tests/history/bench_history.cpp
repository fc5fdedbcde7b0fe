// Prints how long the call history takes on a generated 100,000-call database: opening the
// window (reader, model, first page) and filter changes (median of several). Numbers only; the
// window open and the filter changes are table rows of scripts/bench.sh (target < 100 ms).
// Usage: bench_history [--quick] [--json rows.jsonl] [database]
//   (a given file is reused, else a temporary one is generated; --quick: 1,000 calls)

#include "benchreport.h"
#include "callexporter.h"
#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistoryreader.h"
#include "callhistorywindow.h"
#include "historyfixture.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

constexpr int kRuns = 7;
constexpr double kTargetMs = 100;

// Milliseconds of `run`, each time after `prepare` (not timed).
BenchStats measureAll(const std::function<void()> &prepare, const std::function<void()> &run) {
    QList<double> times;
    for (int i = 0; i < kRuns; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        run();
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchStats::of(times);
}

double measure(const std::function<void()> &prepare, const std::function<void()> &run) {
    return measureAll(prepare, run).median;
}

void addRow(BenchReport &report, const QString &what, const BenchStats &stats) {
    BenchRow row;
    row.what = what;
    row.unit = QStringLiteral("ms");
    row.samples = stats.count;
    row.median = stats.median;
    row.p95 = stats.max;
    row.target = QStringLiteral("< %1 ms").arg(kTargetMs);
    row.met = stats.median < kTargetMs;
    row.note = QStringLiteral("p95 column is the slowest of %1 runs").arg(stats.count);
    report.add(row);
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    BenchReport report(app.arguments());
    QTextStream out(stdout);
    const int kCalls = report.quick() ? 1000 : 100000;
    const QString size = QStringLiteral("%1k calls").arg(kCalls / 1000);
    QTemporaryDir dir;
    QString path = report.remaining().value(0);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        path = path.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : path;
        CallStore store;
        QElapsedTimer timer;
        timer.start();
        if (!store.open(path).ok || !HistoryFixture::generate(store, kCalls)) {
            out << "cannot generate the database\n";
            return 1;
        }
        out << "generate " << kCalls << " calls: " << timer.elapsed() << " ms\n";
        out.flush();
    }

    CallHistoryReader reader;
    if (!reader.open(path).ok) {
        out << "cannot open the database\n";
        return 1;
    }
    out << "calls: " << reader.count(CallQuery()) << "\n";

    const BenchStats open = measureAll([] {},
                                       [&] {
                                           CallHistoryReader fresh;
                                           fresh.open(path);
                                           CallHistoryWindow window(fresh);
                                           window.show();
                                           QCoreApplication::processEvents();
                                       });
    out.flush();
    addRow(report, QStringLiteral("history: open window, model, first page (%1)").arg(size), open);

    CallHistoryWindow window(reader);
    window.show();
    QCoreApplication::processEvents();
    CallHistoryFilterBar *bar = window.filterBar();
    const auto filter = [&](const char *name, const std::function<void()> &set) {
        const BenchStats ms = measureAll([&] { bar->clear(); },
                                         [&] {
                                             set();
                                             bar->flush();
                                             QCoreApplication::processEvents();
                                         });
        addRow(report,
               QStringLiteral("history: filter change, %1 (%2)").arg(QLatin1String(name), size),
               ms);
    };
    filter("text 'knuth' (name)", [&] { bar->searchField()->setText(QStringLiteral("knuth")); });
    filter("text 'follow-up 4711' (subject, 2 words)",
           [&] { bar->searchField()->setText(QStringLiteral("follow-up 4711")); });
    filter("text 'no such text' (no match)",
           [&] { bar->searchField()->setText(QStringLiteral("no such text")); });
    filter("number '(555) 000-0042'",
           [&] { bar->searchField()->setText(QStringLiteral("(555) 000-0042")); });
    filter("missed", [&] { bar->missedBox()->setChecked(true); });
    filter("with recording", [&] { bar->recordingBox()->setChecked(true); });
    filter("with note", [&] { bar->noteBox()->setChecked(true); });

    bar->clear();
    for (const auto &[name, column] :
         {std::pair{"name", int(CallHistoryModel::NameColumn)},
          std::pair{"duration", int(CallHistoryModel::DurationColumn)},
          std::pair{"date ascending", int(CallHistoryModel::DateColumn)}}) {
        const double ms = measure(
            [&] { window.model()->sort(CallHistoryModel::DateColumn, Qt::DescendingOrder); },
            [&, column = column] { window.model()->sort(column, Qt::AscendingOrder); });
        out << "sort by " << name << " (median of " << kRuns << "): " << ms << " ms\n";
    }

    const double focus = measure([&] { window.model()->setQuery(CallQuery()); },
                                 [&] { window.focusCall(QStringLiteral("session-5000")); });
    out << "focusCall on row 5000 (median of " << kRuns << "): " << focus << " ms\n";

    QElapsedTimer timer;
    timer.start();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CallExporter exporter(reader);
    const CallExporter::Result exported =
        exporter.write(CallQuery(), CallExporter::Format::Json, &buffer);
    out << "export " << exported.count << " calls as JSON: " << timer.elapsed() << " ms, "
        << buffer.size() / 1024 << " KiB\n";
    return 0;
}
