// End-to-end tests of the widget bridge with the real host page and the simulator.
#include "apptestbase.h"
#include "callsamples.h"
#include "hostpage.h"
#include "settings.h"
#include "webenginetest.h"
#include "widgetbridge.h"

#include <QJsonArray>

class TestBridge final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void registersOnEveryLoad();
    void answersWithTheRightIds();
    void malformedRequestsAreAnsweredAtOnce();
    void newCallWaitsForDialer();
    void matchAnsweredWhileHostRequestPending();
    void autoLogStartUsesCallDockSetting();
    void autoLogFollowsBothWays();
};

void TestBridge::registersOnEveryLoad() {
    startApp();
    QVERIFY(waitForRegistration());
    const QJsonObject service =
        m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
            .first()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("service"))
            .toObject();
    QCOMPARE(service.value(QLatin1String("name")).toString(), QStringLiteral("CallDock"));
    QCOMPARE(service.value(QLatin1String("displayName")).toString(), QStringLiteral("CallDock"));
    QCOMPARE(service.value(QLatin1String("callLoggerPath")).toString(),
             QStringLiteral("/callLogger"));
    QCOMPARE(service.value(QLatin1String("callLogEntityMatcherPath")).toString(),
             QStringLiteral("/callLogger/match"));
    QCOMPARE(service.value(QLatin1String("callLoggerTitle")).toString(),
             QStringLiteral("Log to CallDock"));
    QVERIFY(!service.value(QLatin1String("callLoggerAutoSettingLabel")).toString().isEmpty());
    QCOMPARE(service.value(QLatin1String("recordingWithToken")).toInt(), 1);
    QCOMPARE(service.value(QLatin1String("showLogModal")).toBool(true), false);
    // Posted to the widget origin only: the simulator saw it from the host page origin.
    QCOMPARE(m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
                 .first()
                 .value(QLatin1String("origin"))
                 .toString(),
             HostPage::origin());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 10000);

    // The widget forgets its paths on reload: CallDock registers again.
    m_simulator->reload();
    QVERIFY(waitForRegistration(2));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 10000);
}

void TestBridge::answersWithTheRightIds() {
    startApp();
    QVERIFY(waitForRegistration());
    const QString first = m_simulator->request(
        QStringLiteral("/callLogger"),
        CallSamples::loggerBody(
            CallSamples::liveCall(QStringLiteral("1001"), QStringLiteral("Ringing")),
            QStringLiteral("presenceUpdate")));
    const QString second = m_simulator->request(QStringLiteral("/callLogger/match"),
                                                CallSamples::matchBody({QStringLiteral("1001")}));
    QCOMPARE(responseTo(first).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    const QJsonObject match = responseTo(second);
    QVERIFY(match.value(QLatin1String("data")).toObject().contains(QLatin1String("1001")));
    QVERIFY(m_simulator->reports(QStringLiteral("late-response")).isEmpty());
    QVERIFY(m_simulator->reports(QStringLiteral("timeout")).isEmpty());
}

void TestBridge::malformedRequestsAreAnsweredAtOnce() {
    startApp();
    QVERIFY(waitForRegistration());
    // A call logger request without a call, and a request for a path CallDock never registered.
    const QString noCall = m_simulator->request(
        QStringLiteral("/callLogger"),
        QJsonObject{{QStringLiteral("triggerType"), QStringLiteral("presenceUpdate")}});
    const QString unknownPath = m_simulator->request(QStringLiteral("/contacts"), QJsonObject{});
    const QString badIds = m_simulator->request(
        QStringLiteral("/callLogger/match"),
        QJsonObject{{QStringLiteral("sessionIds"), QStringLiteral("not-a-list")}});
    for (const QString &id : {noCall, unknownPath, badIds}) {
        const QJsonObject response = responseTo(id, 5000);
        QVERIFY2(response.contains(QLatin1String("error")), qPrintable(id));
    }
    QVERIFY(m_simulator->reports(QStringLiteral("timeout")).isEmpty());
    QCOMPARE(m_app->bridge()->openRequests(), 0);
}

void TestBridge::newCallWaitsForDialer() {
    startApp(QUrlQuery(QStringLiteral("simDialer=manual")));
    QVERIFY(waitForRegistration());
    QVERIFY(!m_app->bridge()->newCall(QStringLiteral("tel:not-a-number")));
    QVERIFY(m_app->bridge()->newCall(QStringLiteral("callto://+1 (555) 010-2000")));
    QTest::qWait(1000);
    QVERIFY(m_simulator->received(QStringLiteral("rc-adapter-new-call")).isEmpty());
    m_simulator->setState({{QStringLiteral("dialerReady"), true}});
    const auto dialed = m_simulator->waitForReport(QStringLiteral("dialed"));
    QVERIFY(dialed);
    QCOMPARE(dialed->value(QLatin1String("phoneNumber")).toString(),
             QStringLiteral("+15550102000"));
    QCOMPARE(dialed->value(QLatin1String("toCall")).toBool(), true);
    QVERIFY(m_simulator->reports(QStringLiteral("new-call-ignored")).isEmpty());
}

void TestBridge::matchAnsweredWhileHostRequestPending() {
    startApp();
    QVERIFY(waitForRegistration());
    const qint64 hourAgo = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    m_simulator->command(
        {{QStringLiteral("op"), QStringLiteral("addCalls")},
         {QStringLiteral("calls"),
          QJsonArray{CallSamples::recordCall(QStringLiteral("2001"), QStringLiteral("Accepted"), 60,
                                             hourAgo),
                     CallSamples::recordCall(QStringLiteral("2002"), QStringLiteral("Missed"), 0,
                                             hourAgo + 1000)}}});
    QVERIFY(m_simulator->waitForReport(QStringLiteral("calls-added")));
    std::optional<Protocol::UnloggedCallsPage> page;
    QString error;
    bool done = false;
    m_app->bridge()->requestUnloggedCalls(
        100, 1, 20000,
        [&](std::optional<Protocol::UnloggedCallsPage> result, const QString &message) {
            page = result;
            error = message;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 25000);
    QVERIFY2(page.has_value(), qPrintable(error));
    QCOMPARE(page->skippedCalls, 0);
    QCOMPARE(page->calls.size(), 2);
    QCOMPARE(page->calls.first().sessionId, QStringLiteral("2002")); // newest first
    // The widget asked CallDock's matcher before answering, and got its answer.
    QVERIFY(m_simulator->waitForReport(QStringLiteral("response"), 10000,
                                       [](const QJsonObject &report) {
                                           return report.value(QLatin1String("path")).toString()
                                                  == QLatin1String("/callLogger/match");
                                       }));
}

void TestBridge::autoLogStartUsesCallDockSetting() {
    // The widget remembers "on" for this user; CallDock's setting says off and wins.
    {
        Settings settings(DataDirectory(m_dataDir->path()).settingsFile());
        settings.setAutoLogCalls(false);
    }
    startApp(QUrlQuery(QStringLiteral("simAutoLog=on")));
    const auto update =
        m_simulator->waitForReceived(QStringLiteral("rc-adapter-update-auto-log-settings"));
    QVERIFY(update);
    QCOMPARE(update->value(QLatin1String("data")).toObject().value(QLatin1String("call")),
             QJsonValue(false));
    QVERIFY(!QUrlQuery(QUrl(m_simulator->reports(QStringLiteral("loaded"))
                                .first()
                                .value(QLatin1String("href"))
                                .toString()))
                 .hasQueryItem(QStringLiteral("defaultAutoLogCallEnabled")));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->bridge()->widgetAutoLog().value_or(true), false, 10000);
    QCOMPARE(m_app->settings()->autoLogCalls(), false);
}

void TestBridge::autoLogFollowsBothWays() {
    startApp();
    QVERIFY(waitForRegistration());
    QTRY_COMPARE_WITH_TIMEOUT(m_app->bridge()->widgetAutoLog().value_or(false), true, 10000);
    QVERIFY(m_app->settings()->autoLogCalls());

    // Flipped inside the widget: the setting follows, and CallDock sends nothing back.
    m_simulator->setState({{QStringLiteral("autoLog"), false}});
    QTRY_COMPARE_WITH_TIMEOUT(m_app->settings()->autoLogCalls(), false, 10000);
    QTest::qWait(500);
    QVERIFY(m_simulator->received(QStringLiteral("rc-adapter-update-auto-log-settings")).isEmpty());

    // Flipped in CallDock: the widget follows, exactly once.
    m_app->settings()->setAutoLogCalls(true);
    const auto update =
        m_simulator->waitForReceived(QStringLiteral("rc-adapter-update-auto-log-settings"));
    QVERIFY(update);
    QCOMPARE(update->value(QLatin1String("data")).toObject().value(QLatin1String("call")),
             QJsonValue(true));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->bridge()->widgetAutoLog().value_or(false), true, 10000);
    QTest::qWait(500);
    QCOMPARE(m_simulator->received(QStringLiteral("rc-adapter-update-auto-log-settings")).size(),
             1);
    QVERIFY(m_app->settings()->autoLogCalls());
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestBridge)
#include "tst_bridge.moc"
