// Security of the web side, end to end with the real Application: CallDock's bridge is out of
// reach of the widget and of frames nested in it, the widget frame cannot be navigated to
// another origin, and a page outside the allow-list that the user opens goes to the system
// browser, never into a CallDock window. (Messages from nested frames or another origin and
// unrequested popups: tests/system/tst_hostpage.)
#include "apptestbase.h"
#include "callsamples.h"
#include "hostpage.h"
#include "mainwindow.h"
#include "popupwindow.h"
#include "webenginetest.h"
#include "widgetpage.h"

#include <QDesktopServices>
#include <QSignalSpy>
#include <QWebEngineView>

// Stands in for the system browser: QDesktopServices hands it the URLs CallDock opens.
class BrowserStandIn final : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestWebSecurity final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void bridgeUnreachableFromWidgetAndNestedFrames();
    void widgetFrameCannotNavigateToAnotherOrigin();
    void userOpenedPageOutsideAllowListGoesToSystemBrowser();
};

static void verifyNoBridge(const QJsonObject &probe) {
    const QString where = probe.value(QLatin1String("frame")).toString();
    QVERIFY2(probe.value(QLatin1String("qt")).toString() == QLatin1String("undefined"),
             qPrintable(where));
    QVERIFY2(probe.value(QLatin1String("channel")).toString() == QLatin1String("undefined"),
             qPrintable(where));
    // The host page is another origin: its window can only be posted to, never read.
    const QString topQt = probe.value(QLatin1String("topQt")).toString();
    QVERIFY2(topQt == QLatin1String("denied") || topQt == QLatin1String("undefined"),
             qPrintable(where + QStringLiteral(": ") + topQt));
}

void TestWebSecurity::bridgeUnreachableFromWidgetAndNestedFrames() {
    startApp();
    QVERIFY(waitForRegistration());
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("probeBridge")}});
    const auto widget = m_simulator->waitForReport(QStringLiteral("bridge-probe"));
    QVERIFY(widget);
    verifyNoBridge(*widget);
    QCOMPARE(widget->value(QLatin1String("transport")).toString(), QStringLiteral("undefined"));
    QCOMPARE(widget->value(QLatin1String("parentDocument")).toString(), QStringLiteral("denied"));

    // A frame the widget nests (same origin as the widget: other origins may not even load).
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("nestedProbe")}});
    const auto nested =
        m_simulator->waitForReport(QStringLiteral("bridge-probe"), 15000, [](const QJsonObject &r) {
            return r.value(QLatin1String("frame")).toString() == QLatin1String("nested");
        });
    QVERIFY(nested);
    verifyNoBridge(*nested);
    QCOMPARE(nested->value(QLatin1String("topDocument")).toString(), QStringLiteral("denied"));
}

void TestWebSecurity::widgetFrameCannotNavigateToAnotherOrigin() {
    startApp();
    QVERIFY(waitForRegistration());
    const int appRequests = m_simulator->server().requestCount(QStringLiteral("/app.html"));
    // Same server, another origin: were the navigation allowed, the page would load from here.
    m_simulator->command(
        {{QStringLiteral("op"), QStringLiteral("navigate")},
         {QStringLiteral("url"), m_simulator->otherOrigin() + QStringLiteral("/app.html?evil=1")}});
    QTest::qWait(2000);
    // Refused before any request left: the other origin never served a page into CallDock.
    QCOMPARE(m_simulator->server().requestCount(QStringLiteral("/app.html")), appRequests);
    QCOMPARE(m_simulator->loadCount(), 1);
    QCOMPARE(m_app->mainWindow()->view()->url(), HostPage::url());
}

void TestWebSecurity::userOpenedPageOutsideAllowListGoesToSystemBrowser() {
    BrowserStandIn browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "openUrl");
    startApp();
    QVERIFY(waitForRegistration());
    auto *page = qobject_cast<WidgetPage *>(m_app->mainWindow()->view()->page());
    QVERIFY(page);
    QSignalSpy external(page, &WidgetPage::externalUrlRequested);
    const QUrl help(QStringLiteral("https://help.example.com/calldock?topic=logging"));
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("showLink")},
                          {QStringLiteral("url"), help.toString()}});
    QVERIFY(m_simulator->waitForReport(QStringLiteral("link-shown")));

    // A real click: Chromium marks the popup user-initiated only for real input.
    QWebEngineView *view = m_app->mainWindow()->view();
    m_app->mainWindow()->showNormal();
    QTest::qWait(500);
    QWidget *input = view->focusProxy() ? view->focusProxy() : view;
    const QPoint center = input->rect().center();
    QTest::mouseMove(input, center);
    QTest::mouseClick(input, Qt::LeftButton, {}, center);
    QTRY_VERIFY_WITH_TIMEOUT(!external.isEmpty(), 15000);
    QCOMPARE(external.first().at(0).toUrl(), help);
    QTRY_COMPARE_WITH_TIMEOUT(browser.opened, QList<QUrl>{help}, 5000);
    QVERIFY(m_app->mainWindow()->findChildren<PopupWindow *>().isEmpty());
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestWebSecurity)
#include "tst_websecurity.moc"
