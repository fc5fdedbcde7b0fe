// End-to-end catch-up of un-logged calls: the simulator holds calls the widget never reported
// live; CatchUpService pages through /unlogged-calls over the real bridge into a real SQLite
// file, and the widget's own matches then show them logged.
#include "apptestbase.h"
#include "callstore.h"
#include "catchupsamples.h"
#include "catchupservice.h"
#include "datadirectory.h"
#include "hostpage.h"
#include "settings.h"
#include "storageprobe.h"
#include "webenginetest.h"

#include <QSignalSpy>

namespace {

constexpr int kNoAutomaticStart = 10 * 60'000; // the tests start runs themselves

// Makes the simulator hold back requests for `page` (see its hangPage command); returns once
// the simulator has taken the command.
bool hangPage(Simulator &simulator, int page, int after, int times, int delayMs = 0) {
    simulator.command({{QStringLiteral("op"), QStringLiteral("hangPage")},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("after"), after},
                       {QStringLiteral("times"), times},
                       {QStringLiteral("delayMs"), delayMs}});
    return simulator.waitForReport(QStringLiteral("hang-set")).has_value();
}

} // namespace

class TestCatchUp final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void storesAllPagesAfterHistorySync();
    void pageThatNeverAnswersIsRetriedNextRun();
    void signOutStopsTheRun();
    void liveCallStaysOneRow();
    void autoLogOffCountsUntilLogAll();
    void everyHistorySyncCatchesUpCoalesced();
    void switchingAutoLogOnLogsCallsMadeWhileOff_data();
    void switchingAutoLogOnLogsCallsMadeWhileOff();

private:
    void postHistorySynced(int times = 1) {
        for (int i = 0; i < times; ++i) {
            m_simulator->post(
                {{QStringLiteral("type"), QStringLiteral("rc-call-history-synced-notify")}});
        }
    }

    // Starts the app with automatic runs out of the way and waits until catch-up may run.
    CatchUpService *startCatchUp(int pageTimeoutMs = 20'000) {
        startApp();
        CatchUpService *catchUp = m_app->catchUp();
        catchUp->setStartDelayMs(kNoAutomaticStart);
        catchUp->setIntervalMs(kNoAutomaticStart);
        catchUp->setPageTimeoutMs(pageTimeoutMs);
        if (!waitForRegistration() || !QTest::qWaitFor([catchUp] { return catchUp->isReady(); })) {
            return nullptr;
        }
        return catchUp;
    }

    int countLoggedBy(const QStringList &ids, LoggedBy loggedBy) {
        int count = 0;
        for (const QString &id : ids) {
            const std::optional<CallRecord> call = StorageProbe(m_app->storage()).call(id);
            count += call && call->loggedBy == loggedBy && call->isFinal ? 1 : 0;
        }
        return count;
    }

    bool widgetShowsLogged(const QStringList &ids) {
        const QSet<QString> wanted(ids.cbegin(), ids.cend());
        if (QTest::qWaitFor(
                [&] { return CatchUpSamples::loggedInWidget(*m_simulator).contains(wanted); },
                20000)) {
            return true;
        }
        qWarning() << "the widget shows" << CatchUpSamples::loggedInWidget(*m_simulator).size()
                   << "of" << wanted.size() << "calls logged after"
                   << m_simulator->reports(QStringLiteral("response")).size() << "answers";
        return false;
    }
};

void TestCatchUp::storesAllPagesAfterHistorySync() {
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(250), 250));
    QSignalSpy started(catchUp, &CatchUpService::started);
    QSignalSpy progress(catchUp, &CatchUpService::progress);
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    // The widget announces its synced history: the first catch-up of this sign-in starts.
    m_simulator->post({{QStringLiteral("type"), QStringLiteral("rc-call-history-synced-notify")}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(started.size(), 1);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(1).toInt(), 250);
    QCOMPARE(catchUp->state(), CatchUpService::State::Idle);

    // Stored calls leave the widget's list, so the same first page is asked for until the
    // widget has no more: 100 + 100 + 50, and each page reported as progress.
    // The simulator's reports trail the app's signals by a moment.
    QTRY_COMPARE_WITH_TIMEOUT(CatchUpSamples::requestedPages(*m_simulator), (QList<int>{1, 1, 1}),
                              10000);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().at(0).toInt(), 3);
    QCOMPARE(progress.last().at(1).toInt(), 250);

    const QStringList ids = CatchUpSamples::sessionIds(250);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 250);
    QCOMPARE(countLoggedBy(ids, LoggedBy::CatchUp), 250);
    const std::optional<CallRecord> missed =
        StorageProbe(m_app->storage()).call(CatchUpSamples::sessionId(3));
    QVERIFY(missed);
    QCOMPARE(missed->result, QStringLiteral("Missed"));
    QCOMPARE(missed->callLogId, QStringLiteral("log-") + CatchUpSamples::sessionId(3));

    // CallDock asked the widget to match the logged calls again; its matches show them logged.
    QVERIFY(m_simulator->waitForReceived(QStringLiteral("rc-adapter-trigger-call-logger-match")));
    QVERIFY(widgetShowsLogged(ids));
    // Each page made the widget ask the matcher first; every such request was answered.
    QVERIFY(m_simulator->reports(QStringLiteral("timeout")).isEmpty());
    QVERIFY(catchUp->lastSuccess().isValid());
}

void TestCatchUp::pageThatNeverAnswersIsRetriedNextRun() {
    CatchUpService *catchUp = startCatchUp(1500);
    QVERIFY(catchUp);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(120), 120));
    QVERIFY(hangPage(*m_simulator, 1, 0, 1));
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    QVERIFY(catchUp->runNow());
    QVERIFY(!catchUp->runNow()); // ignored while running
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(!finished.first().at(2).toString().isEmpty());
    QCOMPARE(catchUp->lastError(), finished.first().at(2).toString());
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 0);
    QVERIFY(m_simulator->waitForReport(QStringLiteral("hung-page")));

    // The next run comes from the periodic timer and gets everything.
    catchUp->setIntervalMs(1000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(1).toInt(), 120);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 120);
    QVERIFY(catchUp->lastError().isEmpty());
    QVERIFY(widgetShowsLogged(CatchUpSamples::sessionIds(120)));
}

void TestCatchUp::signOutStopsTheRun() {
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(250), 250));
    // The first page is answered; the second request gets its answer only much later.
    QVERIFY(hangPage(*m_simulator, 1, 1, 1, 2500));
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    QVERIFY(catchUp->runNow());
    QVERIFY(m_simulator->waitForReport(QStringLiteral("hung-page")));
    QTRY_COMPARE_WITH_TIMEOUT(StorageProbe(m_app->storage()).callCount(), 100, 10000);
    QVERIFY(catchUp->isRunning());

    m_simulator->setState({{QStringLiteral("loggedIn"), false}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toInt(), 100);
    QVERIFY(!catchUp->isReady());
    QVERIFY(!catchUp->runNow());

    // The late answer of the stopped run is ignored: nothing more is stored.
    const auto late = m_simulator->waitForReport(QStringLiteral("late-page"), 15000);
    QVERIFY(late);
    QCOMPARE(late->value(QLatin1String("count")).toInt(), 100);
    QTest::qWait(500);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 100);
    QCOMPARE(finished.size(), 1);

    // Signing in again catches up the rest shortly after (no history sync needed).
    catchUp->setStartDelayMs(300);
    m_simulator->setState({{QStringLiteral("loggedIn"), true}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(1).toInt(), 150);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 250);
    QCOMPARE(countLoggedBy(CatchUpSamples::sessionIds(250), LoggedBy::CatchUp), 250);
}

void TestCatchUp::liveCallStaysOneRow() {
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    const QJsonArray records = CatchUpSamples::records(50);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, records, 50));
    QVERIFY(hangPage(*m_simulator, 1, 0, 1, 2500));
    m_simulator->clearReports();
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    // The page is put together (the call not logged yet) and held back ...
    QVERIFY(catchUp->runNow());
    QVERIFY(m_simulator->waitForReport(QStringLiteral("hung-page")));
    QVERIFY(m_simulator->waitForReport(QStringLiteral("response"), 15000,
                                       [](const QJsonObject &report) {
                                           return report.value(QLatin1String("path")).toString()
                                                  == QLatin1String("/callLogger/match");
                                       }));
    // ... while the same call arrives live.
    const QJsonObject record = records.at(7).toObject();
    const QString session = record.value(QLatin1String("sessionId")).toString();
    const qint64 startMs = qint64(record.value(QLatin1String("startTime")).toDouble());
    const QString live = m_simulator->request(
        QStringLiteral("/callLogger"),
        CallSamples::loggerBody(
            CallSamples::liveCall(session, QStringLiteral("CallConnected"), startMs),
            QStringLiteral("presenceUpdate")));
    const QString sync =
        m_simulator->request(QStringLiteral("/callLogger"),
                             CallSamples::loggerBody(record, QStringLiteral("callLogSync")));
    QCOMPARE(responseTo(live).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    QCOMPARE(responseTo(sync).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 1);

    // The held page still lists it; catch-up merges into the existing row.
    const auto late = m_simulator->waitForReport(QStringLiteral("late-page"), 15000);
    QVERIFY(late);
    QCOMPARE(late->value(QLatin1String("count")).toInt(), 50);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 50);
    const std::optional<CallRecord> call = StorageProbe(m_app->storage()).call(session);
    QVERIFY(call);
    QCOMPARE(call->loggedBy, LoggedBy::Auto);
    QVERIFY(call->isFinal);
    QCOMPARE(call->callLogId, QStringLiteral("log-") + session);
    QCOMPARE(countLoggedBy(CatchUpSamples::sessionIds(50), LoggedBy::CatchUp), 49);
    QVERIFY(widgetShowsLogged(CatchUpSamples::sessionIds(50)));
}

void TestCatchUp::autoLogOffCountsUntilLogAll() {
    {
        Settings settings(DataDirectory(m_dataDir->path()).settingsFile());
        settings.setAutoLogCalls(false);
    }
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(250), 250));
    QSignalSpy finished(catchUp, &CatchUpService::finished);
    QSignalSpy counted(catchUp, &CatchUpService::unloggedCountChanged);

    // Counting stores nothing, so the list does not shrink: pages advance.
    QVERIFY(catchUp->runNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 0);
    QCOMPARE(catchUp->unloggedCount(), 250);
    QCOMPARE(counted.size(), 1);
    QCOMPARE(counted.first().at(0).toInt(), 250);
    // The simulator's reports trail the app's signals by a moment.
    QTRY_COMPARE_WITH_TIMEOUT(CatchUpSamples::requestedPages(*m_simulator), (QList<int>{1, 2, 3}),
                              10000);
    QVERIFY(
        m_simulator->received(QStringLiteral("rc-adapter-trigger-call-logger-match")).isEmpty());

    // "Log them all" stores them although auto-log stays off.
    QVERIFY(catchUp->logAllNow());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(1).toInt(), 250);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 250);
    QCOMPARE(countLoggedBy(CatchUpSamples::sessionIds(250), LoggedBy::CatchUp), 250);
    QCOMPARE(catchUp->unloggedCount(), 0);
    QCOMPARE(counted.last().at(0).toInt(), 0);
    QVERIFY(!m_app->settings()->autoLogCalls());
    QVERIFY(widgetShowsLogged(CatchUpSamples::sessionIds(250)));
}

void TestCatchUp::everyHistorySyncCatchesUpCoalesced() {
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    constexpr int kCoalesceMs = 600;
    catchUp->setSyncCoalesceMs(kCoalesceMs);
    QSignalSpy started(catchUp, &CatchUpService::started);
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    // The first sync of the sign-in: a run at once (nothing to catch up yet).
    postHistorySynced();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(started.size(), 1);

    // Calls made on another device while CallDock runs reach it with the next sync. A burst
    // of syncs makes one run.
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(10), 10));
    postHistorySynced(5);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(finished.last().at(1).toInt(), 10);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 10);
    QTest::qWait(3 * kCoalesceMs);
    QCOMPARE(started.size(), 2);

    // Syncs while a run is going (its page held back) make exactly one more run after it,
    // which picks up what the running one had listed too early.
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(5, 10), 15));
    QVERIFY(hangPage(*m_simulator, 1, 0, 1, 2000));
    m_simulator->clearReports();
    postHistorySynced();
    QVERIFY(m_simulator->waitForReport(QStringLiteral("hung-page")));
    QVERIFY(catchUp->isRunning());
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, CatchUpSamples::records(3, 15), 18));
    postHistorySynced(3);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 30000);
    QCOMPARE(started.size(), 4);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(2).toString()));
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 18);
    QCOMPARE(countLoggedBy(CatchUpSamples::sessionIds(18), LoggedBy::CatchUp), 18);
    QTest::qWait(3 * kCoalesceMs);
    QCOMPARE(started.size(), 4);
}

void TestCatchUp::switchingAutoLogOnLogsCallsMadeWhileOff_data() {
    QTest::addColumn<bool>("inWidget");
    QTest::newRow("CallDock's setting (dialog, tray)") << false;
    QTest::newRow("the widget's own toggle") << true;
}

void TestCatchUp::switchingAutoLogOnLogsCallsMadeWhileOff() {
    QFETCH(bool, inWidget);
    {
        Settings settings(DataDirectory(m_dataDir->path()).settingsFile());
        settings.setAutoLogCalls(false);
    }
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    QVERIFY(
        m_simulator->waitForReceived(QStringLiteral("rc-adapter-register-third-party-service")));
    QSignalSpy finished(catchUp, &CatchUpService::finished);

    // A call ends while auto-log is off: the widget sends nothing, only its history has it.
    const QJsonArray records = CatchUpSamples::records(1);
    QVERIFY(CatchUpSamples::addCalls(*m_simulator, records, 1));
    QTest::qWait(500);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 0);
    QCOMPARE(finished.size(), 0);

    if (inWidget) {
        m_simulator->setState({{QStringLiteral("autoLog"), true}});
    } else {
        m_app->settings()->setAutoLogCalls(true);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QVERIFY(m_app->settings()->autoLogCalls());
    QCOMPARE(countLoggedBy(CatchUpSamples::sessionIds(1), LoggedBy::CatchUp), 1);
    QVERIFY(widgetShowsLogged(CatchUpSamples::sessionIds(1)));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestCatchUp)
#include "tst_catchup.moc"
