// Memory with the real widget (2.3.1, unmodified) against the platform mock: PSS of the whole
// process tree of the calldock binary, idle after sign-in and after N logged live calls, against
// a minimal QWebEngineView program (realwidget_minimal) hosting the same widget against its own
// mock, measured at the same points (it gets the same calls; the widget handles them too).
// Each program is signed in first by a helper run that carries the test driver (which then is
// not in the measured runs); the measured runs find the sign-in in their profile.
// --quick: 20 calls instead of 100.
// Usage: bench_realwidget [--quick] [--json rows.jsonl]

#include "benchreport.h"
#include "platformmock.h"
#include "processmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

#ifndef CALLDOCK_BINARY
#error "CALLDOCK_BINARY must name the calldock executable"
#endif
#ifndef CALLDOCK_REALWIDGET_MINIMAL
#error "CALLDOCK_REALWIDGET_MINIMAL must name the realwidget_minimal executable"
#endif
#ifndef CALLDOCK_REALWIDGET_SIGNIN
#error "CALLDOCK_REALWIDGET_SIGNIN must name the realwidget_signin executable"
#endif

namespace {

constexpr double kMemoryAllowanceMB = 25;
const QString kClientId = QStringLiteral("calldockBenchClient");

void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// One program (CallDock or the minimal host) with its own mock and data folder.
class Subject final {
public:
    enum class Kind { CallDock, Minimal };

    explicit Subject(Kind kind)
        : m_kind(kind) {}
    ~Subject() { stop(); }

    bool init() {
        if (!m_data.isValid() || !m_mock.start()) {
            return false;
        }
        QFile driver(m_data.filePath(QStringLiteral("widgetdriver.js")));
        if (!driver.open(QIODevice::WriteOnly)) {
            return false;
        }
        driver.write(m_mock.driverScript().toUtf8());
        return true;
    }

    PlatformMock &mock() { return m_mock; }
    QString dataDir() const { return m_data.filePath(QStringLiteral("data")); }

    QUrl widgetUrl() const {
        QUrl url = m_mock.widgetUrl();
        if (m_kind == Kind::Minimal) {
            // CallDock adds these itself; the minimal host passes the same.
            url.setQuery(
                QStringLiteral("clientId=%1&appServer=%2&defaultAutoLogCallEnabled=1&fromAdapter=1")
                    .arg(kClientId, QString::fromUtf8(QUrl::toPercentEncoding(
                                        m_mock.appServer().toString(QUrl::StripTrailingSlash)))));
        }
        return url;
    }

    // The sign-in run: the program with the driver; Sign In clicked through it.
    bool signIn() {
        const QString driver = m_data.filePath(QStringLiteral("widgetdriver.js"));
        if (m_kind == Kind::CallDock) {
            launch(QStringLiteral(CALLDOCK_REALWIDGET_SIGNIN),
                   {dataDir(), widgetUrl().toString(), m_mock.appServer().toString(), kClientId,
                    driver});
        } else {
            launch(QStringLiteral(CALLDOCK_REALWIDGET_MINIMAL),
                   {widgetUrl().toString(), dataDir(), driver});
        }
        const QString button = QStringLiteral("document.querySelector('[data-sign=loginButton]')");
        if (!m_mock.waitForWidget(button, 90000)) {
            return false;
        }
        // The button is there before the widget can sign in: click until the popup asks the
        // mock's authorize page.
        QElapsedTimer clicking;
        clicking.start();
        while (m_mock.requests(QStringLiteral("/restapi/oauth/authorize")).isEmpty()) {
            if (clicking.elapsed() > 60000) {
                return false;
            }
            m_mock.eval(button + QStringLiteral(".click()"));
            settle(2000);
        }
        if (!waitForSubscription(60000)) {
            return false;
        }
        settle(3000); // the widget stores its sign-in
        return stop();
    }

    // The measured run, signed in from the profile.
    bool startMeasured() {
        if (m_kind == Kind::CallDock) {
            launch(QStringLiteral(CALLDOCK_BINARY),
                   {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--widget-url"),
                    widgetUrl().toString(), QStringLiteral("--app-server"),
                    m_mock.appServer().toString(), QStringLiteral("--client-id"), kClientId});
        } else {
            launch(QStringLiteral(CALLDOCK_REALWIDGET_MINIMAL),
                   {widgetUrl().toString(), dataDir()});
        }
        return waitForSubscription(90000);
    }

    bool waitForSubscription(int timeoutMs) {
        return m_mock.waitForState(
            [this](const QJsonObject &state) {
                return state.value(QLatin1String("subscriptions")).toArray().size()
                           > m_subscriptions
                       && state.value(QLatin1String("subscribed")).toInt() > 0;
            },
            timeoutMs);
    }

    // Median of three PSS samples of the tree, a second apart, in MB.
    double pssMB() {
        QList<double> samples;
        for (int i = 0; i < 3; ++i) {
            settle(1000);
            samples << double(ProcessMemory::pssKiB(m_process->processId())) / 1024.0;
        }
        m_ownMB = double(ProcessMemory::ownPssKiB(m_process->processId())) / 1024.0;
        return BenchStats::of(samples).median;
    }
    double ownMB() const { return m_ownMB; }

    // `count` live calls (ring, connect, end, each with a call-log record), ten at a time.
    void runCalls(int count, const QString &prefix) {
        for (int first = 0; first < count; first += 10) {
            QStringList sessions;
            for (int i = first; i < qMin(count, first + 10); ++i) {
                sessions << QStringLiteral("%1%2").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
            }
            for (const QString &session : sessions) {
                m_mock.control(
                    QStringLiteral("ringCall"),
                    {{QStringLiteral("sessionId"), session},
                     {QStringLiteral("from"), QStringLiteral("+1415555") + session.right(4)}});
            }
            settle(1500);
            for (const QString &session : sessions) {
                m_mock.control(QStringLiteral("connectCall"),
                               {{QStringLiteral("sessionId"), session}});
            }
            settle(1500);
            for (const QString &session : sessions) {
                m_mock.control(QStringLiteral("endCall"), {{QStringLiteral("sessionId"), session},
                                                           {QStringLiteral("duration"), 30}});
            }
            settle(1500);
        }
    }

    // Calls in CallDock's database with their final record (read with calldock --export).
    int finalCalls() {
        QProcess exporter;
        exporter.start(QStringLiteral(CALLDOCK_BINARY),
                       {QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--export"),
                        QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
        exporter.waitForFinished(30000);
        int count = 0;
        for (const QJsonValue &call :
             QJsonDocument::fromJson(exporter.readAllStandardOutput()).array()) {
            count += call.toObject().value(QLatin1String("result")).toString()
                             == QLatin1String("Accepted")
                         ? 1
                         : 0;
        }
        return count;
    }

    bool stop() {
        if (!m_process) {
            return true;
        }
        m_process->closeWriteChannel(); // the helpers quit on it
        m_process->terminate();         // calldock quits cleanly on SIGTERM
        bool clean = m_process->waitForFinished(30000);
        if (!clean) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
        m_process.reset();
        return clean;
    }

private:
    void launch(const QString &program, const QStringList &arguments) {
        stop();
        m_subscriptions = m_mock.state().value(QLatin1String("subscriptions")).toArray().size();
        m_process = std::make_unique<QProcess>();
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Chromium refuses to run as root with its sandbox; benchmarks here run as root.
        environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
        // The mock's self-signed certificate, for both programs alike.
        environment.insert(QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS"),
                           QStringLiteral("--ignore-certificate-errors"));
        m_process->setProcessEnvironment(environment);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->setStandardOutputFile(QProcess::nullDevice());
        m_process->start(program, arguments);
        m_process->waitForStarted(10000);
    }

    Kind m_kind;
    QTemporaryDir m_data;
    PlatformMock m_mock;
    std::unique_ptr<QProcess> m_process;
    int m_subscriptions = 0;
    double m_ownMB = 0;
};

void addRow(BenchReport &report, const QString &what, double value, double own, double baseline) {
    BenchRow row;
    row.what = what;
    row.unit = QStringLiteral("MB");
    row.samples = 3;
    row.median = value;
    row.baseline = baseline;
    row.baselineName = QStringLiteral("minimal QWebEngineView, same widget and calls");
    row.target = QStringLiteral("<= baseline + %1 MB").arg(kMemoryAllowanceMB);
    row.met = baseline > 0 && value > 0 && value <= baseline + kMemoryAllowanceMB;
    row.note = QStringLiteral("difference %1 MB; calldock process %2 MB, web processes %3 MB")
                   .arg(value - baseline, 0, 'f', 1)
                   .arg(own, 0, 'f', 1)
                   .arg(value - own, 0, 'f', 1);
    report.add(row);
}

} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    BenchReport report(app.arguments());
    const int calls = report.quick() ? 20 : 100;

    Subject minimal(Subject::Kind::Minimal);
    Subject calldock(Subject::Kind::CallDock);
    if (!minimal.init() || !calldock.init()) {
        report.note(QStringLiteral("cannot start the platform mocks"));
        return 1;
    }
    if (!minimal.signIn() || !calldock.signIn()) {
        report.note(QStringLiteral("the sign-in runs did not sign in"));
        return 1;
    }

    if (!minimal.startMeasured()) {
        report.note(QStringLiteral("the minimal program did not come up signed in"));
        return 1;
    }
    settle(5000);
    const double minimalIdle = minimal.pssMB();
    minimal.runCalls(calls, QStringLiteral("6"));
    settle(15000); // the widget reads the ended calls' records from the call log
    const double minimalAfter = minimal.pssMB();
    minimal.stop();

    if (!calldock.startMeasured()) {
        report.note(QStringLiteral("CallDock did not come up signed in"));
        return 1;
    }
    settle(5000);
    const double idle = calldock.pssMB();
    const double idleOwn = calldock.ownMB();
    QElapsedTimer timer;
    timer.start();
    calldock.runCalls(calls, QStringLiteral("8"));
    int logged = 0;
    while (timer.elapsed() < 180000 && (logged = calldock.finalCalls()) < calls) {
        settle(2000);
    }
    report.note(QStringLiteral("CallDock logged %1 of %2 live calls in %3 ms")
                    .arg(logged)
                    .arg(calls)
                    .arg(timer.elapsed()));
    settle(5000);
    const double after = calldock.pssMB();
    const double afterOwn = calldock.ownMB();
    calldock.stop();

    addRow(report, QStringLiteral("real widget: PSS idle after sign-in"), idle, idleOwn,
           minimalIdle);
    addRow(report, QStringLiteral("real widget: PSS after %1 logged calls").arg(calls), after,
           afterOwn, minimalAfter);
    return logged >= calls ? 0 : 1;
}
