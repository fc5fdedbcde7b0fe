// Start-up and memory of the real calldock binary against a minimal QWebEngineView program
// (minimal_webview) loading the same widget simulator page, both measured in the same run.
//   - start-up: process start -> the simulator saw the service registration (CallDock) or its
//     own login status (the minimal program shows the simulator as its top page, where the
//     widget's first message comes back to itself). Median of 5 alternating runs, after one
//     untimed warm-up run of each; the same data folder every time, as for a user.
//   - memory: PSS of the whole process tree (browser + QtWebEngineProcess children), idle and
//     after 10,000 logged calls (a simulator burst), against the minimal program idle.
// --quick: 1 start-up run, 1,000 calls.
// Usage: bench_process [--quick] [--json rows.jsonl]

#include "benchreport.h"
#include "benchwait.h"
#include "callsamples.h"
#include "processmemory.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>
#include <tuple>

#ifndef CALLDOCK_BINARY
#error "CALLDOCK_BINARY must name the calldock executable"
#endif
#ifndef CALLDOCK_MINIMAL_WEBVIEW
#error "CALLDOCK_MINIMAL_WEBVIEW must name the minimal_webview executable"
#endif

namespace {

constexpr double kStartRatio = 1.2;
constexpr double kMemoryAllowanceMB = 25;

enum class Program { CallDock, Minimal };

class Bench final {
public:
    explicit Bench(BenchReport &report)
        : m_report(report) {
        QObject::connect(&m_simulator, &Simulator::reported, [this](const QJsonObject &report) {
            const QString kind = report.value(QLatin1String("kind")).toString();
            if (kind == QLatin1String("response")) {
                ++m_responses;
                return;
            }
            if (kind != QLatin1String("received")) {
                return;
            }
            const QString type = report.value(QLatin1String("data"))
                                     .toObject()
                                     .value(QLatin1String("type"))
                                     .toString();
            if (type == QLatin1String(m_readyType)) {
                m_ready = true;
            }
        });
    }

    ~Bench() { stop(); }

    bool init() { return m_simulator.start(); }

    // Starts `program` and waits until it is ready; returns the milliseconds it took (-1: never).
    double start(Program program) {
        stop();
        m_ready = false;
        m_readyType = program == Program::CallDock ? "rc-adapter-register-third-party-service"
                                                   : "rc-login-status-notify";
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Chromium refuses to run as root with its sandbox; benchmarks here run as root.
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        m_process->setProcessEnvironment(environment);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        const QString url = m_simulator.appUrl().toString();
        QElapsedTimer timer;
        timer.start();
        if (program == Program::CallDock) {
            m_process->start(
                QStringLiteral(CALLDOCK_BINARY),
                {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--widget-url"), url});
        } else {
            m_process->start(QStringLiteral(CALLDOCK_MINIMAL_WEBVIEW), {url});
        }
        if (!BenchWait::until(
                m_simulator, [this] { return m_ready; }, 60000)) {
            return -1;
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

    void stop() {
        if (!m_process) {
            return;
        }
        m_process->terminate();
        if (!m_process->waitForFinished(20000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
        m_simulator.clearReports();
    }

    // Median of three PSS samples of the running program's tree, a second apart, in MB.
    double pssMB() {
        QList<double> samples;
        for (int i = 0; i < 3; ++i) {
            BenchWait::settle(1000);
            samples << double(ProcessMemory::pssKiB(m_process->processId())) / 1024.0;
        }
        m_ownMB = double(ProcessMemory::ownPssKiB(m_process->processId())) / 1024.0;
        return BenchStats::of(samples).median;
    }

    // PSS of the main process alone at the last pssMB() (the rest is QtWebEngineProcess).
    double ownMB() const { return m_ownMB; }

    // Logs `count` calls through the running CallDock; false when not all were acknowledged.
    bool logCalls(int count) {
        QJsonArray requests;
        for (int i = 0; i < count; ++i) {
            const QString session = QStringLiteral("mem-%1").arg(i);
            requests.append(QJsonObject{
                {QStringLiteral("path"), QStringLiteral("/callLogger")},
                {QStringLiteral("body"),
                 CallSamples::loggerBody(
                     CallSamples::recordCall(session, QStringLiteral("Accepted"), i % 600),
                     QStringLiteral("callLogSync"))}});
        }
        m_responses = 0;
        // 200 every 20 ms: a heavy but realistic catch-up pace, within the widget's timeouts.
        m_simulator.command({{QStringLiteral("op"), QStringLiteral("burst")},
                             {QStringLiteral("perTick"), 200},
                             {QStringLiteral("tickMs"), 20},
                             {QStringLiteral("requests"), requests}});
        return BenchWait::until(
            m_simulator, [&] { return m_responses >= count; }, 300000);
    }

private:
    BenchReport &m_report;
    Simulator m_simulator;
    QTemporaryDir m_data;
    std::unique_ptr<QProcess> m_process;
    const char *m_readyType = "";
    bool m_ready = false;
    int m_responses = 0;
    double m_ownMB = 0;
};

void startUp(Bench &bench, BenchReport &report) {
    const int runs = report.quick() ? 1 : 5;
    // Untimed warm-up of each: the profile folder is created, files are in the page cache.
    bench.start(Program::CallDock);
    bench.start(Program::Minimal);
    QList<double> ours;
    QList<double> minimal;
    for (int i = 0; i < runs; ++i) {
        const double a = bench.start(Program::CallDock);
        const double b = bench.start(Program::Minimal);
        if (a < 0 || b < 0) {
            report.note(QStringLiteral("a start-up run did not finish"));
            continue;
        }
        ours << a;
        minimal << b;
    }
    bench.stop();
    const BenchStats stats = BenchStats::of(ours);
    const BenchStats base = BenchStats::of(minimal);
    BenchRow row;
    row.what = QStringLiteral("start-up: process start -> service registered");
    row.unit = QStringLiteral("ms");
    row.samples = stats.count;
    row.median = stats.median;
    row.p95 = stats.max;
    row.baseline = base.median;
    row.baselineName = QStringLiteral("minimal QWebEngineView");
    row.target = QStringLiteral("<= %1x").arg(kStartRatio);
    row.met = stats.count > 0 && base.median > 0 && stats.median / base.median <= kStartRatio;
    row.note = QStringLiteral("p95 column is the slowest run; minimal runs %1..%2 ms")
                   .arg(base.min)
                   .arg(base.max);
    report.add(row);
}

void memory(Bench &bench, BenchReport &report) {
    const int calls = report.quick() ? 1000 : 10000;
    if (bench.start(Program::Minimal) < 0) {
        report.note(QStringLiteral("the minimal program did not start"));
        return;
    }
    const double minimal = bench.pssMB();
    if (bench.start(Program::CallDock) < 0) {
        report.note(QStringLiteral("CallDock did not start"));
        return;
    }
    const double idle = bench.pssMB();
    const double idleOwn = bench.ownMB();
    QElapsedTimer timer;
    timer.start();
    const bool logged = bench.logCalls(calls);
    report.note(QStringLiteral("logged %1 calls in %2 ms%3")
                    .arg(calls)
                    .arg(timer.elapsed())
                    .arg(logged ? QString() : QStringLiteral(" (not all acknowledged)")));
    const double after = bench.pssMB();
    const double afterOwn = bench.ownMB();
    bench.stop();

    for (const auto &[what, value, own] :
         {std::tuple{QStringLiteral("memory: PSS idle"), idle, idleOwn},
          std::tuple{QStringLiteral("memory: PSS after %1 logged calls").arg(calls), after,
                     afterOwn}}) {
        BenchRow row;
        row.what = what;
        row.unit = QStringLiteral("MB");
        row.samples = 3;
        row.median = value;
        row.baseline = minimal;
        row.baselineName = QStringLiteral("minimal QWebEngineView, idle");
        row.target = QStringLiteral("<= baseline + %1 MB").arg(kMemoryAllowanceMB);
        row.met = minimal > 0 && value <= minimal + kMemoryAllowanceMB;
        row.note = QStringLiteral("difference %1 MB; calldock process %2 MB, web processes %3 MB")
                       .arg(value - minimal, 0, 'f', 1)
                       .arg(own, 0, 'f', 1)
                       .arg(value - own, 0, 'f', 1);
        report.add(row);
    }
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    BenchReport report(app.arguments());
    Bench bench(report);
    if (!bench.init()) {
        report.note(QStringLiteral("cannot start the simulator's HTTP server"));
        return 1;
    }
    startUp(bench, report);
    memory(bench, report);
    return 0;
}
