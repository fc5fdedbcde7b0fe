// How fast the Activity window recomputes every chart of a 90-day period on a database of
// 1,000,000 calls (spread over two years, so the period holds about 123,000 of them; a second
// run puts every call in the period), read as CallDock reads it (StorageActivitySource on a
// StorageThread), against a same-run baseline: one plain pass over the same rows
// (SELECT count(*), sum(duration) over the period's start-time range), and how long the GUI
// event loop stalls meanwhile (the lag of a 1 ms timer, p50/p99/max, against the idle loop).
// Numbers only; nothing here fails on a timing.
// Usage: bench_activity [--quick] [--json rows.jsonl]   (--quick: 20,000 calls)

#include "activitywindow.h"
#include "benchreport.h"
#include "storageactivitysource.h"
#include "storagethread.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

namespace {

constexpr int kRuns = 7;
constexpr double kTargetMs = 200;
constexpr double kStallTargetMs = 16;
constexpr qint64 kDayMs = 24 * 3600 * 1000LL;

// Calls written with prepared statements in one transaction (CallStore's upsert per call would
// take far too long for a million); CallStore creates the schema first, so the file is what
// CallDock opens. Call i starts `spanDays` * i / count days before `newestMs`: evenly spread.
bool generate(const QString &path, int count, int spanDays, qint64 newestMs, QTextStream &out) {
    {
        CallStore store;
        if (!store.open(path).ok) {
            return false;
        }
    }
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("bench-activity-generate"));
        db.setDatabaseName(path);
        if (!db.open()) {
            return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous=OFF"));
        db.transaction();
        QSqlQuery call(db);
        call.prepare(QStringLiteral(
            "INSERT INTO calls (id, session_id, entity_id, direction, from_number, from_name, "
            "to_number, to_name, start_time, duration, result, action, subject, note, logged_by, "
            "first_seen, last_update, final) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'VoIP Call', ?, ?, 'auto', ?, ?, 1)"));
        QSqlQuery recording(db);
        recording.prepare(QStringLiteral("INSERT INTO recordings (recording_id, call_id, "
                                         "created_at, updated_at) VALUES (?, ?, ?, ?)"));
        const QString me = QStringLiteral("+16505550100");
        ok = true;
        for (int i = 0; i < count && ok; ++i) {
            const qint64 start = newestMs - qint64(double(spanDays) * kDayMs * i / count);
            const bool outbound = i % 3 == 0;
            const bool missed = !outbound && i % 7 == 1;
            const QString other = QStringLiteral("+1555%1").arg(i % 5000, 7, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("Contact %1").arg(i % 5000);
            const QVariantList values = {
                i + 1,
                QStringLiteral("session-%1").arg(i),
                QStringLiteral("entity-%1").arg(i),
                outbound ? QStringLiteral("Outbound") : QStringLiteral("Inbound"),
                outbound ? me : other,
                outbound ? QString(QLatin1String("")) : name,
                outbound ? other : me,
                outbound ? name : QString(QLatin1String("")),
                start,
                missed ? 0 : (i * 37) % 1800,
                missed ? QStringLiteral("Missed") : QStringLiteral("Accepted"),
                i % 4 == 0 ? QStringLiteral("Follow-up") : QString(QLatin1String("")),
                i % 4 == 0 ? QStringLiteral("Discussed the quote") : QString(QLatin1String("")),
                start,
                start,
            };
            for (int v = 0; v < values.size(); ++v) {
                call.bindValue(v, values.at(v));
            }
            ok = call.exec();
            if (ok && i % 5 == 0) {
                const QVariantList recordingValues = {QStringLiteral("rec-%1").arg(i), i + 1, start,
                                                      start};
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
    QSqlDatabase::removeDatabase(QStringLiteral("bench-activity-generate"));
    return ok;
}

// How late a 1 ms timer fires on the GUI thread.
class LagProbe final {
public:
    LagProbe() {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start() {
        m_lags.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    BenchStats stop() {
        m_timer.stop();
        tick();
        return BenchStats::of(m_lags);
    }

private:
    void tick() {
        const double now = m_clock.nsecsElapsed() / 1e6;
        m_lags << qMax(0.0, now - m_last - 1.0);
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_last = 0;
    QList<double> m_lags;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 300000) {
    QElapsedTimer timer;
    timer.start();
    QTimer wake;
    wake.start(1);
    while (!done()) {
        if (timer.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// The baseline: one pass over the period's rows, as plain as SQL gets, on the storage thread.
double baselineMs(StorageThread &storage, qint64 sinceMs, qint64 untilMs) {
    auto future = storage.submit([sinceMs, untilMs](StorageSession &session) {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench-activity-baseline"), false);
        if (!db.isValid()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                           QStringLiteral("bench-activity-baseline"));
            db.setDatabaseName(session.history()->path());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            db.open();
        }
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*), sum(duration) FROM calls "
                                     "WHERE start_time >= ? AND start_time < ?"));
        query.bindValue(0, sinceMs);
        query.bindValue(1, untilMs);
        query.exec();
        query.next();
        return timer.nsecsElapsed() / 1e6;
    });
    future.waitForFinished();
    return future.result();
}

void run(BenchReport &report, QTextStream &out, int calls, int spanDays, const QString &what,
         const BenchStats &idle) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const QDate today = QDate::currentDate();
    const qint64 newest = QDateTime(today, QTime(17, 0)).toMSecsSinceEpoch();
    QElapsedTimer generation;
    generation.start();
    if (!generate(path, calls, spanDays, newest, out)) {
        out << "cannot generate the database\n";
        return;
    }
    report.note(QStringLiteral("%1: generated %2 calls over %3 days in %4 ms")
                    .arg(what)
                    .arg(calls)
                    .arg(spanDays)
                    .arg(generation.elapsed()));
    StorageThread storage;
    auto opened = storage.open(path);
    opened.waitForFinished();
    if (!opened.result().ok) {
        out << "cannot open the database\n";
        return;
    }
    StorageActivitySource source(storage);
    ActivityWindow window(source);
    window.setPeriod(ActivityPeriod::Last90Days);
    window.show();
    waitUntil([&] { return !window.isLoading(); }); // warms the page cache
    const ActivityPeriod period = window.period();
    const qint64 since = QDateTime(period.first, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 until = QDateTime(period.last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    report.note(QStringLiteral("%1: the period holds %2 calls")
                    .arg(what)
                    .arg(window.summary().total.calls));

    QList<double> times;
    QList<double> baselines;
    LagProbe probe;
    probe.start();
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        window.reloadNow();
        waitUntil([&] { return !window.isLoading(); });
        times << timer.nsecsElapsed() / 1e6;
    }
    const BenchStats stall = probe.stop();
    for (int i = 0; i < kRuns; ++i) {
        baselines << baselineMs(storage, since, until);
    }
    const BenchStats recompute = BenchStats::of(times);
    const BenchStats baseline = BenchStats::of(baselines);

    BenchRow row;
    row.what = QStringLiteral("activity: every chart, 90 days (%1)").arg(what);
    row.unit = QStringLiteral("ms");
    row.samples = recompute.count;
    row.median = recompute.median;
    row.p95 = recompute.max;
    row.baseline = baseline.median;
    row.baselineName = QStringLiteral("count(*), sum(duration) over the same rows");
    row.target = QStringLiteral("< %1 ms").arg(kTargetMs);
    row.met = recompute.median < kTargetMs;
    row.note = QStringLiteral("request until the charts are drawn; p95 column is the slowest of "
                              "%1 runs")
                   .arg(recompute.count);
    report.add(row);

    BenchRow lag;
    lag.what = QStringLiteral("activity: GUI stall while recomputing (%1)").arg(what);
    lag.unit = QStringLiteral("ms");
    lag.samples = stall.count;
    lag.median = stall.median;
    lag.p99 = stall.p99;
    lag.baseline = idle.p99;
    lag.baselineName = QStringLiteral("idle event loop, p99");
    lag.ratio = idle.p99 > 0 ? std::optional<double>(stall.p99 / idle.p99) : std::nullopt;
    lag.target = QStringLiteral("p99 < %1 ms").arg(kStallTargetMs);
    lag.met = stall.p99 < kStallTargetMs;
    lag.note = QStringLiteral("lag of a 1 ms timer; max %1 ms (idle max %2 ms)")
                   .arg(stall.max, 0, 'f', 2)
                   .arg(idle.max, 0, 'f', 2);
    report.add(lag);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-activity-baseline"));
}

} // namespace

int main(int argc, char **argv) {
    // The window must never run SQL on the GUI thread: if it did, the stall numbers would lie.
    qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1");
    QApplication app(argc, argv);
    BenchReport report(app.arguments());
    QTextStream out(stdout);
    const int calls = report.quick() ? 20000 : 1000000;
    const QString size = calls >= 1000000 ? QStringLiteral("%1M calls").arg(calls / 1000000)
                                          : QStringLiteral("%1k calls").arg(calls / 1000);
    LagProbe probe;
    probe.start();
    waitUntil([] { return false; }, report.quick() ? 300 : 2000);
    const BenchStats idle = probe.stop();
    run(report, out, calls, 730, size + QStringLiteral(" over 2 years"), idle);
    if (!report.quick()) {
        run(report, out, calls, 90, size + QStringLiteral(" all in the period"), idle);
    }
    return 0;
}
