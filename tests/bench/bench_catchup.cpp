// Benchmark (not a test): 1,000 un-logged calls in the simulator, timed from runNow() until the
// widget's own matches show every one of them logged. Prints milliseconds and the target.
#include "application.h"
#include "benchreport.h"
#include "callstore.h"
#include "catchupsamples.h"
#include "catchupservice.h"
#include "datadirectory.h"
#include "hostpage.h"
#include "simulator.h"
#include "storageprobe.h"
#include "webenginetest.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace {

constexpr int kCalls = 1000;
constexpr int kTargetMs = 3000;

bool waitUntil(const std::function<bool()> &condition, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

int run(QTextStream &out, BenchReport &report) {
    QTemporaryDir dataDir;
    Simulator simulator;
    if (!dataDir.isValid() || !simulator.start()) {
        out << "cannot set up the data folder or the simulator\n";
        return 1;
    }
    CommandLineOptions options;
    options.widgetUrl = simulator.appUrl();
    options.dataDir = dataDir.path();
    auto app = std::make_unique<Application>(options, DataDirectory(dataDir.path()));
    app->start();
    CatchUpService *catchUp = app->catchUp();
    catchUp->setStartDelayMs(10 * 60'000);
    if (!waitUntil([catchUp] { return catchUp->isReady(); }, 30000)) {
        out << "the widget did not come up\n";
        return 1;
    }
    if (!CatchUpSamples::addCalls(simulator, CatchUpSamples::records(kCalls), kCalls)) {
        out << "the simulator did not take the calls\n";
        return 1;
    }
    simulator.clearReports();
    const QStringList ids = CatchUpSamples::sessionIds(kCalls);
    const QSet<QString> wanted(ids.cbegin(), ids.cend());

    qint64 finishedMs = -1;
    bool ok = false;
    QElapsedTimer timer;
    QObject::connect(catchUp, &CatchUpService::finished, catchUp,
                     [&](bool success, int, const QString &error) {
                         finishedMs = timer.elapsed();
                         ok = success;
                         if (!success) {
                             out << "catch-up failed: " << error << '\n';
                         }
                     });
    timer.start();
    if (!catchUp->runNow()) {
        out << "catch-up did not start\n";
        return 1;
    }
    const bool allLogged = waitUntil(
        [&] { return CatchUpSamples::loggedInWidget(simulator).contains(wanted); }, 60000);
    const qint64 matchedMs = timer.elapsed();
    if (!ok || !allLogged) {
        out << "not every call was logged and matched within 60 s\n";
        return 1;
    }
    out << "catch-up of " << kCalls << " un-logged calls (" << catchUp->pagesDone()
        << " pages): stored " << StorageProbe(app->storage()).callCount()
        << " calls, run finished in " << finishedMs << " ms; widget matched all as logged after "
        << matchedMs << " ms (target " << kTargetMs << " ms)\n";
    BenchRow row;
    row.what = QStringLiteral("catch-up: %1 un-logged calls logged and matched").arg(kCalls);
    row.unit = QStringLiteral("ms");
    row.samples = 1;
    row.median = double(matchedMs);
    row.target = QStringLiteral("< %1 ms").arg(kTargetMs);
    row.met = matchedMs < kTargetMs;
    row.note = QStringLiteral("run finished after %1 ms").arg(finishedMs);
    report.add(row);
    app.reset();
    waitUntil([] { return false; }, 300); // the web profile shuts down asynchronously
    return 0;
}

} // namespace

int main(int argc, char **argv) {
    prepareWebEngineEnvironment();
    HostPage::registerScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication application(argc, argv);
    // Per-page debug lines would only bury the numbers.
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.*.debug=false"));
    QTextStream out(stdout);
    // The size is fixed by the target (1,000 calls); --quick changes nothing here.
    BenchReport report(application.arguments());
    return run(out, report);
}
