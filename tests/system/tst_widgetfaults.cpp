// Widget-side faults with the real binary: the widget reloading in the middle of a burst of
// requests, and a flood of 10,000 messages a second for 10 s. CallDock keeps working and
// answering, its memory stays bounded, and every call it acknowledged is stored.
#include "calldockprocess.h"
#include "callstore.h"
#include "loggerrequests.h"

#include <QTemporaryDir>
#include <QtTest>

class TestWidgetFaults final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void reloadDuringBurst();
    void floodStaysResponsiveAndBounded();

private:
    QString databasePath() const { return m_dataDir->filePath(QStringLiteral("calls.sqlite")); }
    bool waitForRegistrations(int count);
    QStringList missing(const QSet<QString> &sessions);

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<CalldockProcess> m_app;
};

void TestWidgetFaults::init() {
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->start());
    m_app = std::make_unique<CalldockProcess>(QStringLiteral(CALLDOCK_BINARY));
    m_app->start(m_dataDir->path(), m_simulator->appUrl());
    QVERIFY(waitForRegistrations(1));
}

void TestWidgetFaults::cleanup() {
    m_app.reset();
    m_simulator.reset();
    m_dataDir.reset();
}

bool TestWidgetFaults::waitForRegistrations(int count) {
    return QTest::qWaitFor(
        [&] {
            return m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
                       .size()
                   >= count;
        },
        40000);
}

QStringList TestWidgetFaults::missing(const QSet<QString> &sessions) {
    QStringList result;
    CallStore store;
    if (!store.open(databasePath(), CallStore::OpenMode::ReadOnly).ok) {
        return QStringList{QStringLiteral("(database cannot be opened)")};
    }
    for (const QString &session : sessions) {
        if (!store.call(session)) {
            result.append(session);
        }
    }
    return result;
}

void TestWidgetFaults::reloadDuringBurst() {
    LoggerRequests calls(*m_simulator, QStringLiteral("reload"));
    // 20 requests every 20 ms: about 1.5 s of requests, cut short by the reload.
    calls.burst(calls.make(0, 1500), 20, 20);
    QTRY_VERIFY_WITH_TIMEOUT(calls.acknowledged().size() >= 100, 20000);
    m_simulator->reload();
    QVERIFY(waitForRegistrations(2));
    const int beforeReload = calls.acknowledged().size();
    qInfo() << beforeReload << "of 1500 acknowledged before the reload";
    QVERIFY(beforeReload < 1500);

    // The new page works at once: every request is acknowledged.
    LoggerRequests after(*m_simulator, QStringLiteral("after"));
    after.burst(after.make(0, 50));
    QTRY_COMPARE_WITH_TIMEOUT(after.acknowledged().size(), 50, 20000);
    QCOMPARE(after.refused().size(), 0);

    QTest::qWait(1000); // answers to the old page may still be on their way to the report
    QCOMPARE(missing(calls.acknowledged() + after.acknowledged()), QStringList());
    QVERIFY(m_app->stop());
}

void TestWidgetFaults::floodStaysResponsiveAndBounded() {
    const qint64 rssBefore = m_app->residentKiB();
    LoggerRequests calls(*m_simulator, QStringLiteral("flood"));
    const QJsonArray requests = calls.make(0, 1000);
    // Events CallDock parses and acts on but that start no further traffic: calls on other
    // devices, and a type it does not know.
    const QJsonArray noise{
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("rc-active-call-notify")},
            {QStringLiteral("call"),
             CallSamples::liveCall(QStringLiteral("noise-1"), QStringLiteral("CallConnected"))}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("rc-flood-unknown")},
                    {QStringLiteral("payload"), QString(200, QLatin1Char('n'))}},
    };
    // 10,000 messages a second for 10 s, sent every 10 ms; every 100th is a logger request.
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("flood")},
                          {QStringLiteral("ratePerSecond"), 10000},
                          {QStringLiteral("tickMs"), 10},
                          {QStringLiteral("durationMs"), 10000},
                          {QStringLiteral("requestEvery"), 100},
                          {QStringLiteral("messages"), noise},
                          {QStringLiteral("requests"), requests}});

    // In the middle of the flood a match request is answered before the widget gives up.
    QTest::qWait(4000);
    const QString match =
        m_simulator->request(QStringLiteral("/callLogger/match"),
                             CallSamples::matchBody({calls.sessionId(0), calls.sessionId(1)}));
    const auto answer = m_simulator->waitForResponse(match, 35000);
    QVERIFY2(answer, "the match request sent during the flood was not answered");
    qInfo() << "match answered during the flood after"
            << answer->value(QLatin1String("elapsedMs")).toDouble() << "ms";

    const auto done = m_simulator->waitForReport(QStringLiteral("flood-done"), 60000);
    QVERIFY(done);
    const qint64 rssAfter = m_app->residentKiB();
    QTRY_VERIFY_WITH_TIMEOUT(calls.answered()
                                     + m_simulator->reports(QStringLiteral("timeout")).size()
                                 >= done->value(QLatin1String("requests")).toInt(),
                             60000);
    const qint64 peak = m_app->peakResidentKiB();
    qInfo() << "flood:" << done->value(QLatin1String("sent")).toInt() << "messages in"
            << done->value(QLatin1String("elapsedMs")).toDouble() << "ms;"
            << calls.acknowledged().size() << "acknowledged," << calls.refused().size()
            << "refused," << m_simulator->reports(QStringLiteral("timeout")).size()
            << "timed out; RSS before" << rssBefore / 1024 << "MiB, after" << rssAfter / 1024
            << "MiB, peak" << peak / 1024 << "MiB";

    QVERIFY(m_app->isRunning());
    QVERIFY2(peak > 0 && peak < 1536 * 1024, "memory is not bounded");
    // Every logger request of the flood is answered, within the widget's timeout.
    QCOMPARE(m_simulator->reports(QStringLiteral("timeout")).size(), 0);
    QCOMPARE(calls.answered(), done->value(QLatin1String("requests")).toInt());
    QCOMPARE(missing(calls.acknowledged()), QStringList());
    QVERIFY(m_app->stop());
}

QTEST_GUILESS_MAIN(TestWidgetFaults)
#include "tst_widgetfaults.moc"
