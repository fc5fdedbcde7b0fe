// The desktop side of the running app: the real Application with its host page and the widget
// simulator. A ringing call shows a notification whose click brings CallDock back, the tray
// state follows sign-in and calls, and Settings ▸ Phone changes reload the widget.
#include "apptestbase.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "hostpage.h"
#include "mainwindow.h"
#include "settings.h"
#include "webenginetest.h"

#include <QSignalSpy>

class TestDesktopE2e final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void ringingCallNotifiesAndRaises();
    void ringingCallSilentWhenTurnedOff();
    void reloadUsesNewSettings();

private:
    void postRing(const QString &id) {
        m_simulator->post(QJsonObject{
            {QStringLiteral("type"), QStringLiteral("rc-call-ring-notify")},
            {QStringLiteral("call"),
             QJsonObject{{QStringLiteral("id"), id},
                         {QStringLiteral("direction"), QStringLiteral("Inbound")},
                         {QStringLiteral("fromUserName"), QStringLiteral("Jane Roe")},
                         {QStringLiteral("from"), QStringLiteral("+16505550101")},
                         {QStringLiteral("to"), QStringLiteral("+16505550100")},
                         {QStringLiteral("partyData"),
                          QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("s-") + id},
                                      {QStringLiteral("partyId"), QStringLiteral("p-1")}}}}}});
    }
};

void TestDesktopE2e::ringingCallNotifiesAndRaises() {
    startApp();
    QVERIFY(waitForRegistration());
    QVERIFY(!m_app->desktop()->hasTray()); // offscreen: the tray-less path
    QTRY_COMPARE_WITH_TIMEOUT(m_app->desktop()->state(), TrayStatus::State::Ready, 10000);

    QSignalSpy shown(m_app->notifier(), &DesktopNotifier::shown);
    postRing(QStringLiteral("web-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!shown.isEmpty(), 10000);
    QCOMPARE(shown.first().at(0).toString(), QStringLiteral("Incoming call"));
    QCOMPARE(shown.first().at(1).toString(), QStringLiteral("Jane Roe (+16505550101)"));
    QCOMPARE(m_app->desktop()->state(), TrayStatus::State::CallInProgress);

    // Clicking the notification brings the hidden window back.
    m_app->mainWindow()->hide();
    emit m_app->notifier()->activated();
    QVERIFY(m_app->mainWindow()->isVisible());
}

void TestDesktopE2e::ringingCallSilentWhenTurnedOff() {
    startApp();
    QVERIFY(waitForRegistration());
    m_app->settings()->setNotifyIncomingCalls(false);
    QSignalSpy shown(m_app->notifier(), &DesktopNotifier::shown);
    postRing(QStringLiteral("web-2"));
    QTRY_COMPARE_WITH_TIMEOUT(m_app->desktop()->state(), TrayStatus::State::CallInProgress, 10000);
    QVERIFY(shown.isEmpty());
}

void TestDesktopE2e::reloadUsesNewSettings() {
    startApp();
    QVERIFY(waitForRegistration());
    QCOMPARE(m_simulator->loadCount(), 1);

    QVERIFY(m_app->settings()->setClientId(QStringLiteral("NewClient-7")));
    m_app->settings()->setNotesMode(Settings::NotesMode::Widget);
    m_app->reloadWidget();
    QVERIFY(waitForRegistration(2));
    QCOMPARE(m_simulator->loadCount(), 2);
    const QJsonObject loaded = m_simulator->reports(QStringLiteral("loaded")).last();
    const QUrlQuery query(loaded.value(QLatin1String("search")).toString().mid(1));
    QCOMPARE(query.queryItemValue(QStringLiteral("clientId")), QStringLiteral("NewClient-7"));
    QCOMPARE(m_app->widgetUrl().toString(), loaded.value(QLatin1String("href")).toString());
    // The registration after the reload tells the widget to show its own log page.
    const QJsonObject service =
        m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
            .last()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("service"))
            .toObject();
    QCOMPARE(service.value(QLatin1String("showLogModal")).toBool(), true);
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestDesktopE2e)
#include "tst_desktope2e.moc"
