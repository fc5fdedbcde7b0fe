// End-to-end: the real main window, host page and bridge transport against the widget
// simulator served over HTTP.
#include "application.h"
#include "desktopnotifier.h"
#include "hostpage.h"
#include "loaderrorpanel.h"
#include "mainwindow.h"
#include "popupwindow.h"
#include "simulator.h"
#include "webenginetest.h"
#include "widgetchannel.h"
#include "widgetloader.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebEngineView>

#include <memory>

class TestHostPage final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void widgetUrlCarriesParameters();
    void messageRoundTrip();
    void ignoresNestedFrames();
    void ignoresWrongOrigin();
    void loginPopupKeepsOpener();
    void grantsMicrophoneAndNotifications();
    void showsLoadFailureAndRetries();
    void silentWidgetTimesOut();

private:
    void startApp(const QUrl &widgetUrl);
    QList<QJsonObject> receivedInCpp(const QString &type) const;

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<QSignalSpy> m_messages;
};

void TestHostPage::init() {
    m_dataDir = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->start());
}

void TestHostPage::cleanup() {
    m_messages.reset();
    m_app.reset();
    // The web profile shuts down asynchronously; let it finish before its folder goes.
    QTest::qWait(300);
    m_simulator.reset();
    m_dataDir.reset();
}

void TestHostPage::startApp(const QUrl &widgetUrl) {
    CommandLineOptions options;
    options.widgetUrl = widgetUrl;
    options.dataDir = m_dataDir->path();
    m_app = std::make_unique<Application>(options, DataDirectory(m_dataDir->path()));
    m_app->start();
    m_messages = std::make_unique<QSignalSpy>(m_app->channel(), &WidgetChannel::messageReceived);
}

QList<QJsonObject> TestHostPage::receivedInCpp(const QString &type) const {
    QList<QJsonObject> result;
    for (const QList<QVariant> &arguments : std::as_const(*m_messages)) {
        const QJsonObject message = arguments.at(0).toJsonObject();
        if (message.value(QLatin1String("type")).toString() == type) {
            result.append(message);
        }
    }
    return result;
}

void TestHostPage::widgetUrlCarriesParameters() {
    startApp(m_simulator->appUrl());
    const auto loaded = m_simulator->waitForReport(QStringLiteral("loaded"));
    QVERIFY(loaded);
    const QUrlQuery query(QUrl(loaded->value(QLatin1String("href")).toString()));
    QCOMPARE(query.queryItemValue(QStringLiteral("defaultAutoLogCallEnabled")),
             QStringLiteral("1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("fromAdapter")), QStringLiteral("1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("userAgent"), QUrl::FullyDecoded),
             QStringLiteral("CallDock/") + QLatin1String(CALLDOCK_VERSION));
    QCOMPARE(m_app->mainWindow()->view()->url(), HostPage::url());
}

void TestHostPage::messageRoundTrip() {
    startApp(m_simulator->appUrl());
    // The simulator announces itself; that message must arrive in C++.
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-login-status-notify")).isEmpty(),
                             20000);
    QCOMPARE(receivedInCpp(QStringLiteral("rc-login-status-notify"))
                 .first()
                 .value(QLatin1String("loggedIn"))
                 .toBool(),
             true);
    QCOMPARE(m_app->loader()->state(), WidgetLoader::State::Running);

    m_app->channel()->post({{QStringLiteral("type"), QStringLiteral("rc-adapter-navigate-to")},
                            {QStringLiteral("path"), QStringLiteral("/history")}});
    const auto navigated = m_simulator->waitForReport(QStringLiteral("navigated"));
    QVERIFY(navigated);
    QCOMPARE(navigated->value(QLatin1String("path")).toString(), QStringLiteral("/history"));
    const auto received = m_simulator->waitForReceived(QStringLiteral("rc-adapter-navigate-to"));
    QVERIFY(received);
    QCOMPARE(received->value(QLatin1String("origin")).toString(), HostPage::origin());

    // A message the simulator posts on command reaches C++ too, with its payload intact.
    m_simulator->post({{QStringLiteral("type"), QStringLiteral("rc-call-history-synced-notify")},
                       {QStringLiteral("note"), QStringLiteral("ünïcödé ☎")}});
    QTRY_VERIFY_WITH_TIMEOUT(
        !receivedInCpp(QStringLiteral("rc-call-history-synced-notify")).isEmpty(), 10000);
    QCOMPARE(receivedInCpp(QStringLiteral("rc-call-history-synced-notify"))
                 .first()
                 .value(QLatin1String("note"))
                 .toString(),
             QStringLiteral("ünïcödé ☎"));
}

void TestHostPage::ignoresNestedFrames() {
    startApp(m_simulator->appUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-login-status-notify")).isEmpty(),
                             20000);
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("nestedPost")},
                          {QStringLiteral("message"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("rc-nested")}}}});
    QVERIFY(m_simulator->waitForReport(QStringLiteral("nested-posted")));
    // A frame of another origin inside the widget is not even allowed to load.
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("nestedPost")},
                          {QStringLiteral("origin"), m_simulator->otherOrigin()},
                          {QStringLiteral("message"),
                           QJsonObject{{QStringLiteral("type"), QStringLiteral("rc-foreign")}}}});
    // Order marker: once this arrives, anything posted before it has been processed.
    m_simulator->post({{QStringLiteral("type"), QStringLiteral("rc-marker")}});
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-marker")).isEmpty(), 10000);
    QTest::qWait(500);
    QVERIFY(receivedInCpp(QStringLiteral("rc-nested")).isEmpty());
    QVERIFY(receivedInCpp(QStringLiteral("rc-foreign")).isEmpty());
    QCOMPARE(m_simulator->server().requestCount(QStringLiteral("/nested.html")), 1);
}

void TestHostPage::ignoresWrongOrigin() {
    startApp(m_simulator->appUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-login-status-notify")).isEmpty(),
                             20000);
    // The bridge now expects the widget elsewhere: the real widget frame's messages must be
    // dropped after the next load, because their origin no longer matches.
    m_app->channel()->setWidgetOrigin(m_simulator->otherOrigin());
    m_app->loader()->retryNow(); // reloads the host page with the new bridge script
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->loadCount(), 2, 20000);
    // Messages the old page sent before it went away may still be in the channel; everything
    // from the new page (login status, dialer status, the post below) must be dropped.
    QTest::qWait(100);
    m_messages->clear();
    m_simulator->post({{QStringLiteral("type"), QStringLiteral("rc-after-reload")}});
    QTest::qWait(1500);
    QVERIFY(m_messages->isEmpty());
}

void TestHostPage::loginPopupKeepsOpener() {
    startApp(m_simulator->appUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-login-status-notify")).isEmpty(),
                             20000);
    m_simulator->command(
        {{QStringLiteral("op"), QStringLiteral("openPopup")},
         {QStringLiteral("url"), m_simulator->origin() + QStringLiteral("/redirect.html?code=1")}});
    const auto opened = m_simulator->waitForReport(QStringLiteral("popup-opened"));
    QVERIFY(opened);
    QVERIFY(opened->value(QLatin1String("ok")).toBool());
    // The redirect page calls back into window.opener, then closes itself.
    const auto callback = m_simulator->waitForReport(QStringLiteral("oauth-callback"));
    QVERIFY(callback);
    QVERIFY(callback->value(QLatin1String("callbackUri"))
                .toString()
                .contains(QLatin1String("redirect.html?code=1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->mainWindow()->findChildren<PopupWindow *>().isEmpty(), 10000);

    // A popup to an unrelated site without a user gesture is dropped.
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("openPopup")},
                          {QStringLiteral("url"), QStringLiteral("https://ads.example.com/")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_simulator->reports(QStringLiteral("popup-opened")).size(), 2,
                              15000);
    QTest::qWait(500);
    QVERIFY(m_app->mainWindow()->findChildren<PopupWindow *>().isEmpty());
}

void TestHostPage::grantsMicrophoneAndNotifications() {
    startApp(m_simulator->appUrl());
    QTRY_VERIFY_WITH_TIMEOUT(!receivedInCpp(QStringLiteral("rc-login-status-notify")).isEmpty(),
                             20000);
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("getUserMedia")}});
    const auto media = m_simulator->waitForReport(QStringLiteral("media"));
    QVERIFY(media);
    QVERIFY2(media->value(QLatin1String("granted")).toBool(),
             qPrintable(media->value(QLatin1String("error")).toString()));

    QSignalSpy shown(m_app->notifier(), &DesktopNotifier::shown);
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("requestNotifications")},
                          {QStringLiteral("title"), QStringLiteral("Incoming call")},
                          {QStringLiteral("body"), QStringLiteral("Alice")}});
    const auto permission = m_simulator->waitForReport(QStringLiteral("notifications"));
    QVERIFY(permission);
    QCOMPARE(permission->value(QLatin1String("permission")).toString(), QStringLiteral("granted"));
    QVERIFY(shown.wait(10000) || !shown.isEmpty());
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("Incoming call"));
}

void TestHostPage::showsLoadFailureAndRetries() {
    // Nothing listens on this port once the server is gone.
    QUrl deadUrl;
    {
        TestHttpServer closed;
        QVERIFY(closed.listen());
        deadUrl = closed.url(QStringLiteral("/app.html"));
    }
    startApp(deadUrl);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->loader()->state(), WidgetLoader::State::Failed, 20000);
    QVERIFY(!m_app->loader()->failureReason().isEmpty());
    QVERIFY(m_app->loader()->secondsUntilRetry() > 0);
    auto *panel = m_app->mainWindow()->findChild<LoadErrorPanel *>();
    QVERIFY(panel);
    QVERIFY(panel->isVisibleTo(m_app->mainWindow()));
    QSignalSpy states(m_app->loader(), &WidgetLoader::stateChanged);
    m_app->loader()->retryNow();
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.first().at(0).value<WidgetLoader::State>(), WidgetLoader::State::Loading);
}

void TestHostPage::silentWidgetTimesOut() {
    m_simulator->server().route(QStringLiteral("/silent.html"), [](HttpExchange *exchange) {
        exchange->respond(200, "text/html", "<!DOCTYPE html><title>silent</title><p>nothing");
    });
    startApp(m_simulator->server().url(QStringLiteral("/silent.html")));
    m_app->loader()->setStartTimeout(2000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->loader()->state(), WidgetLoader::State::Failed, 15000);
    QVERIFY(m_app->loader()->failureReason().contains(QLatin1String("did not start")));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestHostPage)
#include "tst_hostpage.moc"
