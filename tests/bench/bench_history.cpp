// How the call history behaves on a generated database of 1,000,000 calls, read as CallDock
// reads it (StorageHistorySource on a StorageThread):
//  - the GUI event loop's stall while the window opens, scrolls and filters: the lag of a 1 ms
//    timer (p50/p99/max), against the idle event loop as the baseline. Pages load off the GUI
//    thread, so the lag must stay near idle however large the history is;
//  - how long the answers take to arrive: opening (first page), filter changes, sorting,
//    focusCall on a far row, and an export (median of several).
// Usage: bench_history [--quick] [--json rows.jsonl] [database]
//   (a given file is reused, else a temporary one is generated; --quick: 20,000 calls)

#include "benchreport.h"
#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistorywindow.h"
#include "historyfixture.h"
#include "stallprobe.h"
#include "storagehistorysource.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {

constexpr int kRuns = 5;
constexpr double kTargetMs = 100;
// A stall the user notices (a dropped key press, a frozen scroll) is well above this.
constexpr double kStallTargetMs = 50;

// The calls of HistoryFixture::generatedCall(), written in one transaction with prepared
// statements (CallStore's upsert per call would take an hour for a million). CallStore creates
// the schema first, so the file is exactly what CallDock opens.
bool generateFast(const QString &path, int count, QTextStream &out) {
    {
        CallStore store;
        if (!store.open(path).ok) {
            return false;
        }
    }
    bool ok = false;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-generate"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.transaction();
        QSqlQuery call(db);
        call.prepare(QStringLiteral(
            "INSERT INTO calls (id, session_id, entity_id, telephony_session_id, call_log_id, "
            "direction, from_number, from_name, to_number, to_name, start_time, duration, result, "
            "action, subject, note, logged_by, first_seen, last_update, final) VALUES (?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', ?, ?, 1)"));
        QSqlQuery recording(db);
        recording.prepare(
            QStringLiteral("INSERT INTO recordings (recording_id, call_id, content_url, link, "
                           "type, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        ok = true;
        for (int i = 0; i < count && ok; ++i) {
            const CallFacts facts = HistoryFixture::generatedCall(i);
            const QVariantList values = {
                i + 1,
                facts.sessionId,
                QStringLiteral("entity-%1").arg(i),
                facts.telephonySessionId,
                facts.callLogId,
                facts.direction == CallDirection::Inbound ? QStringLiteral("Inbound")
                                                          : QStringLiteral("Outbound"),
                facts.fromNumber,
                facts.fromName,
                facts.toNumber,
                facts.toName,
                *facts.startTimeMs,
                *facts.durationSeconds,
                facts.result,
                facts.action,
                // NOT NULL columns: an empty text, not a null one.
                HistoryFixture::generatedSubject(i).append(QLatin1String("")),
                HistoryFixture::generatedNote(i).append(QLatin1String("")),
                *facts.startTimeMs,
                *facts.startTimeMs,
            };
            for (int v = 0; v < values.size(); ++v) {
                call.bindValue(v, values.at(v));
            }
            ok = call.exec();
            if (ok && facts.recording) {
                const QVariantList recordingValues = {
                    facts.recording->id,
                    i + 1,
                    facts.recording->contentUri.toString(),
                    facts.recording->link.toString(),
                    facts.recording->type,
                    *facts.startTimeMs,
                    *facts.startTimeMs,
                };
                for (int v = 0; v < recordingValues.size(); ++v) {
                    recording.bindValue(v, recordingValues.at(v));
                }
                ok = recording.exec();
            }
        }
        if (!ok) {
            out << "insert failed: " << call.lastError().text() << recording.lastError().text()
                << "\n";
        }
        ok = ok && db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-generate"));
    return ok;
}

// Runs the event loop until `done` holds (the probe's timer wakes it every millisecond).
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000) {
    QElapsedTimer timer;
    timer.start();
    QTimer wake; // in case no probe runs
    wake.start(1);
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool settled(const CallHistoryModel *model) {
    return !model->isLoading() && !model->isFetching();
}

void addTimeRow(BenchReport &report, const QString &what, const BenchStats &stats) {
    BenchRow row;
    row.what = what;
    row.unit = QStringLiteral("ms");
    row.samples = stats.count;
    row.median = stats.median;
    row.p95 = stats.max;
    row.target = QStringLiteral("< %1 ms").arg(kTargetMs);
    row.met = stats.median < kTargetMs;
    row.note = QStringLiteral("until the answer is shown; p95 column is the slowest of %1 runs")
                   .arg(stats.count);
    report.add(row);
}

void addStallRow(BenchReport &report, const QString &what, const StallProbe::Result &measured,
                 const BenchStats &idle) {
    const BenchStats stats = measured.stats();
    BenchRow row;
    row.what = what;
    row.unit = QStringLiteral("ms");
    row.samples = stats.count;
    row.median = stats.median;
    row.p99 = stats.p99;
    row.baseline = idle.p99;
    row.baselineName = QStringLiteral("idle event loop, p99");
    row.ratio = idle.p99 > 0 ? std::optional<double>(stats.p99 / idle.p99) : std::nullopt;
    row.target = QStringLiteral("max < %1 ms").arg(kStallTargetMs);
    row.met = stats.max < kStallTargetMs;
    row.note = QStringLiteral("lag of a 1 ms timer; max %1 ms (idle max %2 ms); longest GUI-thread "
                              "work between ticks %3 ms CPU")
                   .arg(stats.max, 0, 'f', 2)
                   .arg(idle.max, 0, 'f', 2)
                   .arg(measured.maxWorkMs, 0, 'f', 2);
    report.add(row);
}

BenchStats timeRuns(const std::function<void()> &prepare, const std::function<void()> &run) {
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

} // namespace

int main(int argc, char **argv) {
    // The window must never run SQL on the GUI thread: if it did, the numbers would lie.
    HistoryFixture::strictStorageThread();
    QApplication app(argc, argv);
    BenchReport report(app.arguments());
    QTextStream out(stdout);
    const int calls = report.quick() ? 20000 : 1000000;
    const QString size = calls >= 1000000 ? QStringLiteral("%1M calls").arg(calls / 1000000)
                                          : QStringLiteral("%1k calls").arg(calls / 1000);
    QTemporaryDir dir;
    QString path = report.remaining().value(0);
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        path = path.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : path;
        QElapsedTimer timer;
        timer.start();
        if (!generateFast(path, calls, out)) {
            out << "cannot generate the database\n";
            return 1;
        }
        report.note(QStringLiteral("generate %1 calls: %2 ms").arg(calls).arg(timer.elapsed()));
    }

    StorageThread storage;
    if (!HistoryFixture::open(storage, path)) {
        out << "cannot open the database\n";
        return 1;
    }
    StorageHistorySource source(storage);
    StallProbe probe;
    const int idleMs = report.quick() ? 300 : 2000;
    probe.start();
    waitUntil([&] { return false; }, idleMs);
    const BenchStats idle = probe.stop().stats();

    // Open: from creating the window until its first page and count are shown.
    probe.start();
    QElapsedTimer openTimer;
    openTimer.start();
    auto window = std::make_unique<CallHistoryWindow>(source);
    window->show();
    CallHistoryModel *model = window->model();
    waitUntil([&] { return settled(model); });
    const qint64 openMs = openTimer.elapsed();
    addStallRow(report, QStringLiteral("history: GUI stall, open window (%1)").arg(size),
                probe.stop(), idle);
    report.note(QStringLiteral("open until the first page: %1 ms, %2 calls")
                    .arg(openMs)
                    .arg(model->totalCount()));

    // Scroll: to the bottom of what is loaded, page after page, as a user dragging down does.
    const int pages = report.quick() ? 10 : 50;
    probe.start();
    QTableView *view = window->view();
    QScrollBar *scrollBar = view->verticalScrollBar();
    for (int i = 0; i < pages && model->rowCount() < calls; ++i) {
        const int rows = model->rowCount();
        const int maximum = scrollBar->maximum();
        // Reaching the end of the scroll range is what makes the view fetch the next page; when
        // the value was there already (no change, no signal), ask as the view would.
        scrollBar->setValue(maximum);
        if (!model->isFetching() && model->canFetchMore(QModelIndex())) {
            model->fetchMore(QModelIndex());
        }
        waitUntil([&] { return model->rowCount() > rows; }, 30000);
        // The view lays the new rows out later; the next drag starts from the new range.
        waitUntil([&] { return scrollBar->maximum() > maximum; }, 2000);
    }
    addStallRow(report,
                QStringLiteral("history: GUI stall, scroll %1 pages (%2)").arg(pages).arg(size),
                probe.stop(), idle);

    // Filter: the filter bar's changes, each until its answer is shown.
    CallHistoryFilterBar *bar = window->filterBar();
    const std::pair<const char *, std::function<void()>> filters[] = {
        {"text 'knuth' (name)",
         [&] {
             bar->searchField()->setText(QStringLiteral("knuth"));
         }},
        {"text 'follow-up 4711' (subject, 2 words)",
         [&] {
             bar->searchField()->setText(QStringLiteral("follow-up 4711"));
         }},
        {"text 'no such text' (no match)",
         [&] {
             bar->searchField()->setText(QStringLiteral("no such text"));
         }},
        {"number '(555) 000-0042'",
         [&] {
             bar->searchField()->setText(QStringLiteral("(555) 000-0042"));
         }},
        {"missed",
         [&] {
             bar->missedBox()->setChecked(true);
         }},
        {"with recording",
         [&] {
             bar->recordingBox()->setChecked(true);
         }},
        {"with note",
         [&] {
             bar->noteBox()->setChecked(true);
         }},
    };
    const auto clearFilters = [&] {
        bar->clear();
        waitUntil([&] { return settled(model); });
    };
    probe.start();
    for (const auto &[name, set] : filters) {
        const BenchStats times = timeRuns(clearFilters, [&, &set = set] {
            set();
            bar->flush();
            waitUntil([&] { return settled(model); });
        });
        addTimeRow(report,
                   QStringLiteral("history: filter change, %1 (%2)").arg(QLatin1String(name), size),
                   times);
    }
    addStallRow(report, QStringLiteral("history: GUI stall, filter changes (%1)").arg(size),
                probe.stop(), idle);

    clearFilters();
    for (const auto &[name, column] :
         {std::pair{"name", int(CallHistoryModel::NameColumn)},
          std::pair{"duration", int(CallHistoryModel::DurationColumn)},
          std::pair{"date ascending", int(CallHistoryModel::DateColumn)}}) {
        const BenchStats times = timeRuns(
            [&] {
                model->sort(CallHistoryModel::DateColumn, Qt::DescendingOrder);
                waitUntil([&] { return settled(model); });
            },
            [&, column = column] {
                model->sort(column, Qt::AscendingOrder);
                waitUntil([&] { return settled(model); });
            });
        report.note(QStringLiteral("sort by %1 (median of %2): %3 ms")
                        .arg(QLatin1String(name))
                        .arg(kRuns)
                        .arg(times.median));
    }

    const QString far = QStringLiteral("session-%1").arg(qMin(5000, calls - 1));
    const BenchStats focus = timeRuns(
        [&] {
            model->setQuery(CallQuery());
            waitUntil([&] { return settled(model); });
        },
        [&] {
            bool done = false;
            const QMetaObject::Connection connection = QObject::connect(
                window.get(), &CallHistoryWindow::focusFinished, [&done] { done = true; });
            window->focusCall(far);
            waitUntil([&] { return done; });
            QObject::disconnect(connection);
        });
    report.note(
        QStringLiteral("focusCall on row 5000 (median of %1): %2 ms").arg(kRuns).arg(focus.median));

    probe.start();
    QElapsedTimer exportTimer;
    exportTimer.start();
    bool exported = false;
    QString exportMessage;
    QObject::connect(window.get(), &CallHistoryWindow::exportFinished,
                     [&](bool, const QString &message) {
                         exported = true;
                         exportMessage = message;
                     });
    window->exportTo(dir.filePath(QStringLiteral("export.json")));
    waitUntil([&] { return exported; }, 600000);
    const qint64 exportMs = exportTimer.elapsed();
    addStallRow(report, QStringLiteral("history: GUI stall, export as JSON (%1)").arg(size),
                probe.stop(), idle);
    report.note(QStringLiteral("export: %1 ms (%2)").arg(exportMs).arg(exportMessage));
    out.flush();
    window.reset();
    return 0;
}
