// Crash safety with the real binary: SIGKILL in the middle of a burst of 1,000 logged calls.
// Every call the widget saw acknowledged must be in the database after a restart, and the
// database must pass PRAGMA integrity_check.
#include "callsamples.h"
#include "callstore.h"
#include "simulator.h"

#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestCrashSafety final : public QObject {
    Q_OBJECT

private slots:
    void killedDuringBurstLosesNothingAcknowledged();
};

static std::unique_ptr<QProcess> launch(const QString &dataDir, const QUrl &widgetUrl) {
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(CALLDOCK_BINARY),
                   {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--widget-url"),
                    widgetUrl.toString(), QStringLiteral("--minimized")});
    return process;
}

void TestCrashSafety::killedDuringBurstLosesNothingAcknowledged() {
    Simulator simulator;
    QVERIFY(simulator.start());
    QTemporaryDir dataDir;
    auto app = launch(dataDir.path(), simulator.appUrl());
    QVERIFY(simulator.waitForReceived(QStringLiteral("rc-adapter-register-third-party-service"),
                                      30000));

    QHash<QString, QString> sessionOfRequest;
    QJsonArray requests;
    for (int i = 0; i < 1000; ++i) {
        const QString session = QStringLiteral("9%1").arg(i, 5, 10, QLatin1Char('0'));
        const QString requestId = QStringLiteral("burst-%1").arg(i);
        sessionOfRequest.insert(requestId, session);
        const QJsonObject call =
            i % 2 == 0 ? CallSamples::liveCall(session, QStringLiteral("Ringing"))
                       : CallSamples::recordCall(session, QStringLiteral("Accepted"), i);
        requests.append(QJsonObject{
            {QStringLiteral("path"), QStringLiteral("/callLogger")},
            {QStringLiteral("requestId"), requestId},
            {QStringLiteral("body"),
             CallSamples::loggerBody(call, i % 2 == 0 ? QStringLiteral("presenceUpdate")
                                                      : QStringLiteral("callLogSync"))}});
    }
    // 10 requests every 50 ms: the burst lasts about five seconds.
    simulator.command({{QStringLiteral("op"), QStringLiteral("burst")},
                       {QStringLiteral("perTick"), 10},
                       {QStringLiteral("tickMs"), 50},
                       {QStringLiteral("requests"), requests}});
    // Kill once some acknowledgements are in: the rest of the burst is still arriving.
    QTRY_VERIFY_WITH_TIMEOUT(simulator.reports(QStringLiteral("response")).size() >= 100, 30000);
    app->kill();
    QVERIFY(app->waitForFinished(10000));

    QSet<QString> acknowledged;
    for (const QJsonObject &report : simulator.reports(QStringLiteral("response"))) {
        const QString requestId = report.value(QLatin1String("requestId")).toString();
        if (sessionOfRequest.contains(requestId)
            && report.value(QLatin1String("response")).toObject().value(QLatin1String("data"))
                   == QJsonValue(QStringLiteral("ok"))) {
            acknowledged.insert(sessionOfRequest.value(requestId));
        }
    }
    QVERIFY(!acknowledged.isEmpty());
    qInfo() << acknowledged.size() << "of 1000 calls were acknowledged before the kill";

    // Restart: CallDock opens the same database (lock recovery, WAL replay) and runs again.
    auto restarted = launch(dataDir.path(), simulator.appUrl());
    QTRY_VERIFY_WITH_TIMEOUT(
        simulator.received(QStringLiteral("rc-adapter-register-third-party-service")).size() >= 2,
        30000);
    restarted->terminate();
    QVERIFY(restarted->waitForFinished(20000));
    QCOMPARE(restarted->exitCode(), 0);

    const QString database = dataDir.filePath(QStringLiteral("calls.sqlite"));
    {
        CallStore store;
        QVERIFY(store.open(database, CallStore::OpenMode::ReadOnly).ok);
        for (const QString &session : std::as_const(acknowledged)) {
            QVERIFY2(store.call(session).has_value(), qPrintable(session));
        }
        QVERIFY(store.callCount() >= acknowledged.size());
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
