// End-to-end tests of the widget bridge with the real host page and the simulator.
#include "apptestbase.h"
#include "callsamples.h"
#include "hostpage.h"
#include "settings.h"
#include "webenginetest.h"
#include "widgetbridge.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>

namespace {

// What the message handler saw while a test captured it: "category: message" lines.
QMutex capturedMutex;
QStringList captured;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        const QMutexLocker lock(&capturedMutex);
        captured.append(QLatin1String(context.category ? context.category : "")
                        + QStringLiteral(": ") + message);
    }
    if (previousHandler && type != QtDebugMsg) {
        previousHandler(type, context, message);
    }
}

} // namespace

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
    void earlyLoginStatusSurvivesTheLoadEvent();
    void signedOutWidgetRegistersOncePerLoad();
    void handledTrafficIsLoggedWithoutSecrets();

private:
    int registrations() const {
        return m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
            .size();
    }
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

void TestBridge::earlyLoginStatusSurvivesTheLoadEvent() {
    // A fast widget: its login status comes while it is parsed, its load event 1.5 s later.
    startApp(QUrlQuery(QStringLiteral("simEarly=1&simLoadDelayMs=1500")));
    QStringList order;
    connect(m_app->bridge(), &WidgetBridge::widgetReloaded, this,
            [&order] { order << QStringLiteral("reloaded"); });
    connect(m_app->bridge(), &WidgetBridge::loginStatusChanged, this, [&order](bool loggedIn) {
        order << (loggedIn ? QStringLiteral("in") : QStringLiteral("out"));
    });
    QVERIFY(waitForRegistration());
    QVERIFY(m_simulator->waitForReport(QStringLiteral("window-load"), 20000));
    QTest::qWait(300);
    // The load event did not wipe what the document said before it.
    QCOMPARE(order, QStringList({QStringLiteral("reloaded"), QStringLiteral("in")}));
    QVERIFY(m_app->bridge()->isLoggedIn());
    QVERIFY(m_app->bridge()->isRegistered());
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 5000);
    // Nothing to repeat: the widget answered the only registration.
    QTest::qWait(5500);
    QCOMPARE(registrations(), 1);

    // A reload is a new document again, recognised before its first (early) message.
    order.clear();
    m_simulator->reload();
    QVERIFY(waitForRegistration(2));
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->reports(QStringLiteral("window-load")).size(), 2, 20000);
    QTest::qWait(300);
    QCOMPARE(order, QStringList({QStringLiteral("reloaded"), QStringLiteral("in")}));
    QVERIFY(m_app->bridge()->isRegistered());
}

void TestBridge::signedOutWidgetRegistersOncePerLoad() {
    // 2.3.1 sends no auto-log notify while signed out; that is no reason to register again.
    startApp(QUrlQuery(QStringLiteral("simLoggedIn=no")));
    QVERIFY(waitForRegistration());
    QTest::qWait(6000); // past the 5 s retry
    QCOMPARE(registrations(), 1);
    QVERIFY(!m_app->bridge()->isLoggedIn());
    QVERIFY(!m_app->bridge()->isLoggerReady());

    m_simulator->reload();
    QVERIFY(waitForRegistration(2));
    QTest::qWait(6000);
    QCOMPARE(registrations(), 2);

    // Signing in changes the login: one more registration, and the logger gets ready.
    m_simulator->setState({{QStringLiteral("loggedIn"), true}});
    QVERIFY(waitForRegistration(3));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 10000);
    QTest::qWait(1000);
    QCOMPARE(registrations(), 3);
}

void TestBridge::handledTrafficIsLoggedWithoutSecrets() {
    const QString note = QStringLiteral("NOTE-do-not-log-4711");
    const QString token = QStringLiteral("TOKEN-do-not-log-0815");
    {
        const QMutexLocker lock(&capturedMutex);
        captured.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.bridge*.debug=true"));
    previousHandler = qInstallMessageHandler(captureMessage);
    const auto restore = qScopeGuard([] {
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());
    });

    startApp();
    QVERIFY(waitForRegistration());
    QJsonObject call = CallSamples::recordCall(QStringLiteral("3001"), QStringLiteral("Accepted"),
                                               30, QDateTime::currentMSecsSinceEpoch() - 600'000);
    call.insert(QStringLiteral("recording"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("rec-1")},
                            {QStringLiteral("type"), QStringLiteral("Automatic")},
                            {QStringLiteral("contentUri"),
                             QStringLiteral("https://media.ringcentral.com/restapi/v1.0/account/"
                                            "~/recording/1/content?access_token=")
                                 + token}});
    QJsonObject body = CallSamples::loggerBody(call, QStringLiteral("createLog"));
    body.insert(QStringLiteral("note"), note);
    const QString logged = m_simulator->request(QStringLiteral("/callLogger"), body);
    const QString matched =
        m_simulator->request(QStringLiteral("/callLogger/match"),
                             CallSamples::matchBody({QStringLiteral("3001"), QStringLiteral("3002"),
                                                     QStringLiteral("3003")}));
    QVERIFY(!responseTo(logged).isEmpty());
    QVERIFY(!responseTo(matched).isEmpty());
    bool done = false;
    m_app->bridge()->requestUnloggedCalls(
        50, 1, 10000,
        [&done](std::optional<Protocol::UnloggedCallsPage>, const QString &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    QTest::qWait(200);

    QStringList lines;
    {
        const QMutexLocker lock(&capturedMutex);
        lines = captured;
    }
    const QString all = lines.join(QLatin1Char('\n'));
    const auto has = [&all](const QString &pattern) {
        return all.contains(QRegularExpression(pattern));
    };
    // Type, path, number of ids and timing of each kind of handled traffic.
    QVERIFY2(has(QStringLiteral("calldock.bridge: widget message rc-login-status-notify")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("login status: signed in")), qPrintable(all));
    QVERIFY2(has(QStringLiteral("request /callLogger \\S+ trigger createLog ids: 1")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("answered /callLogger \\S+ in \\d+ ms: ok")), qPrintable(all));
    QVERIFY2(has(QStringLiteral("request /callLogger/match \\S+ ids: 3")), qPrintable(all));
    QVERIFY2(has(QStringLiteral("answered /callLogger/match \\S+ in \\d+ ms")), qPrintable(all));
    QVERIFY2(has(QStringLiteral("host request /unlogged-calls \\S+ finished in \\d+ ms: answered")),
             qPrintable(all));
    QVERIFY2(has(QStringLiteral("un-logged calls page 1: \\d+ calls")), qPrintable(all));
    // Never the note or the recording's token, in any category.
    QVERIFY2(!all.contains(note), qPrintable(all));
    QVERIFY2(!all.contains(token), qPrintable(all));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestBridge)
#include "tst_bridge.moc"
