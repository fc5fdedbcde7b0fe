// Black-box tests of the real calldock binary: command line, single instance per data folder,
// hand-over of a tel: URL to the running instance, recovery from a crashed instance's lock.
#include "simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

class TestBinary final : public QObject {
    Q_OBJECT

private slots:
    void version();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void secondLaunchHandsOver();
    void recoversFromStaleLock();
    void independentDataFolders();
    void exportWhileRunning();
    void commandsPrintNothingElse_data();
    void commandsPrintNothingElse();

private:
    std::unique_ptr<QProcess> launch(const QStringList &arguments);
    static QString logText(const QString &dataDir);
};

static QProcessEnvironment testEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    return environment;
}

std::unique_ptr<QProcess> TestBinary::launch(const QStringList &arguments) {
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(testEnvironment());
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(CALLDOCK_BINARY), arguments);
    return process;
}

QString TestBinary::logText(const QString &dataDir) {
    QFile file(dataDir + QStringLiteral("/logs/calldock.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void TestBinary::version() {
    auto process = launch({QStringLiteral("--version")});
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process->readAll()).trimmed(),
             QStringLiteral("CallDock ") + QLatin1String(CALLDOCK_VERSION));
}

void TestBinary::badArgumentsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--nope")};
    QTest::newRow("insecure widget")
        << QStringList{QStringLiteral("--widget-url"), QStringLiteral("http://example.com/a.html")};
    QTest::newRow("bad dial url") << QStringList{QStringLiteral("tel:call-me-maybe")};
}

void TestBinary::badArgumentsExitTwo() {
    QFETCH(QStringList, arguments);
    auto process = launch(arguments);
    QVERIFY(process->waitForFinished(20000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 2);
    const QString output = QString::fromUtf8(process->readAll());
    QVERIFY2(output.contains(QLatin1String("calldock:")), qPrintable(output));
}

void TestBinary::secondLaunchHandsOver() {
    Simulator simulator;
    QVERIFY(simulator.start());
    QTemporaryDir dataDir;
    const QStringList common{QStringLiteral("--data-dir"), dataDir.path(),
                             QStringLiteral("--widget-url"), simulator.appUrl().toString()};
    auto primary = launch(common);
    QVERIFY(primary->waitForStarted());
    QVERIFY(simulator.waitForReport(QStringLiteral("loaded"), 30000));

    auto second = launch(common + QStringList{QStringLiteral("tel:+1 (555) 123-4567")});
    QVERIFY(second->waitForFinished(30000));
    QCOMPARE(second->exitCode(), 0);
    // The second launch never loaded a widget of its own...
    QTest::qWait(500);
    QCOMPARE(simulator.loadCount(), 1);
    // ...and the running instance dialed the number through the widget.
    const auto dialed = simulator.waitForReport(QStringLiteral("dialed"), 20000);
    QVERIFY2(dialed, qPrintable(logText(dataDir.path())));
    QCOMPARE(dialed->value(QLatin1String("phoneNumber")).toString(),
             QStringLiteral("+15551234567"));
    QVERIFY(logText(dataDir.path()).contains(QLatin1String("dial request handed over")));

    primary->terminate();
    QVERIFY(primary->waitForFinished(20000));
    QCOMPARE(primary->exitStatus(), QProcess::NormalExit);
    QCOMPARE(primary->exitCode(), 0);
}

void TestBinary::recoversFromStaleLock() {
    Simulator simulator;
    QVERIFY(simulator.start());
    QTemporaryDir dataDir;
    const QStringList common{QStringLiteral("--data-dir"), dataDir.path(),
                             QStringLiteral("--widget-url"), simulator.appUrl().toString()};
    auto crashed = launch(common);
    QVERIFY(simulator.waitForReport(QStringLiteral("loaded"), 30000));
    crashed->kill(); // SIGKILL: the lock file and socket stay behind
    QVERIFY(crashed->waitForFinished(10000));
    QVERIFY(QFile::exists(dataDir.filePath(QStringLiteral("calldock.lock"))));

    auto next = launch(common);
    QTRY_COMPARE_WITH_TIMEOUT(simulator.loadCount(), 2, 30000);
    QCOMPARE(next->state(), QProcess::Running);
    next->terminate();
    QVERIFY(next->waitForFinished(20000));
}

void TestBinary::independentDataFolders() {
    Simulator simulator;
    QVERIFY(simulator.start());
    QTemporaryDir first;
    QTemporaryDir second;
    auto a = launch({QStringLiteral("--data-dir"), first.path(), QStringLiteral("--widget-url"),
                     simulator.appUrl().toString()});
    auto b = launch({QStringLiteral("--data-dir"), second.path(), QStringLiteral("--widget-url"),
                     simulator.appUrl().toString()});
    // Both run their own widget: neither hands over to the other.
    QTRY_COMPARE_WITH_TIMEOUT(simulator.loadCount(), 2, 40000);
    QCOMPARE(a->state(), QProcess::Running);
    QCOMPARE(b->state(), QProcess::Running);
    QVERIFY(QFile::exists(first.filePath(QStringLiteral("logs/calldock.log"))));
    QVERIFY(QFile::exists(second.filePath(QStringLiteral("logs/calldock.log"))));
    a->terminate();
    b->terminate();
    QVERIFY(a->waitForFinished(20000));
    QVERIFY(b->waitForFinished(20000));
}

void TestBinary::exportWhileRunning() {
    Simulator simulator;
    QVERIFY(simulator.start());
    QTemporaryDir dataDir;
    auto gui = launch({QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--widget-url"),
                       simulator.appUrl().toString()});
    QVERIFY(simulator.waitForReceived(QStringLiteral("rc-adapter-register-third-party-service"),
                                      30000));
    // The running instance logs a call...
    const QString id = simulator.request(
        QStringLiteral("/callLogger"),
        QJsonObject{
            {QStringLiteral("triggerType"), QStringLiteral("callLogSync")},
            {QStringLiteral("call"),
             QJsonObject{{QStringLiteral("id"), QStringLiteral("log-1")},
                         {QStringLiteral("sessionId"), QStringLiteral("80001")},
                         {QStringLiteral("direction"), QStringLiteral("Outbound")},
                         {QStringLiteral("action"), QStringLiteral("Phone Call")},
                         {QStringLiteral("result"), QStringLiteral("Accepted")},
                         {QStringLiteral("duration"), 61},
                         {QStringLiteral("startTime"), 1764000000000LL},
                         {QStringLiteral("to"), QJsonObject{{QStringLiteral("phoneNumber"),
                                                             QStringLiteral("+15550109999")}}}}}});
    QVERIFY(simulator.waitForResponse(id));
    // ...and an export started meanwhile reads it directly, without handing over.
    QProcess exporter;
    exporter.setProcessEnvironment(testEnvironment());
    exporter.start(QStringLiteral(CALLDOCK_BINARY),
                   {QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--export"),
                    QStringLiteral("-"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(exporter.waitForFinished(30000));
    QCOMPARE(exporter.exitCode(), 0);
    const QJsonArray calls = QJsonDocument::fromJson(exporter.readAllStandardOutput()).array();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.first().toObject().value(QLatin1String("sessionId")).toString(),
             QStringLiteral("80001"));
    QCOMPARE(calls.first().toObject().value(QLatin1String("durationSeconds")).toInt(), 61);
    QCOMPARE(gui->state(), QProcess::Running);
    gui->terminate();
    QVERIFY(gui->waitForFinished(20000));
}

void TestBinary::commandsPrintNothingElse_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    // German has CallDock's and Qt's catalogues, so loading them is something to tell about.
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString();
    QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QString();
    QTest::newRow("de_DE, LANGUAGE=de:en")
        << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de:en");
    QTest::newRow("en_US, LANGUAGE=de") << QStringLiteral("en_US.UTF-8") << QStringLiteral("de");
}

// A command prints its result or its error and nothing else (scripts read both streams).
void TestBinary::commandsPrintNothingElse() {
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QTemporaryDir dataDir;
    QProcessEnvironment environment = testEnvironment();
    // What a terminal has: no logging rules that would hide anything.
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), lang);
    if (language.isEmpty()) {
        environment.remove(QStringLiteral("LANGUAGE"));
    } else {
        environment.insert(QStringLiteral("LANGUAGE"), language);
    }
    const auto run = [&](const QStringList &arguments, QByteArray *out, QString *err) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(CALLDOCK_BINARY),
                      QStringList{QStringLiteral("--data-dir"), dataDir.path()} + arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        *out = process.readAllStandardOutput();
        *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    };
    QByteArray out;
    QString err;

    QCOMPARE(run({QStringLiteral("--version")}, &out, &err), 0);
    QCOMPARE(out, QByteArray("CallDock " CALLDOCK_VERSION "\n"));
    QCOMPARE(err, QString());

    QCOMPARE(run({QStringLiteral("--help")}, &out, &err), 0);
    QVERIFY(out.contains("--export"));
    QCOMPARE(err, QString());

    // A usage error: the error and the hint, two lines.
    QCOMPARE(run({QStringLiteral("--nope")}, &out, &err), 2);
    QCOMPARE(out, QByteArray());
    const QStringList lines = err.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // the last one is empty
    QVERIFY2(lines.at(0).startsWith(QLatin1String("calldock: ")), qPrintable(err));
    QVERIFY2(lines.at(0).contains(QLatin1String("nope")), qPrintable(err));
    QVERIFY2(lines.at(1).contains(QLatin1String("calldock --help")), qPrintable(err));
    QCOMPARE(lines.at(2), QString());
}

QTEST_GUILESS_MAIN(TestBinary)
#include "tst_binary.moc"
