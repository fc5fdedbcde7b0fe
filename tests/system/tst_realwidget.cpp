// The real RingCentral Embeddable widget (2.3.1, unmodified) in the real Application, against
// the platform mock: sign-in through CallDock's popup, catch-up of calls in the call log, a
// live call, the native note dialog, sign-out / sign-in / reload. One app run serves several
// checks (in order) to keep the suite's time small.
#include "calllogger.h"
#include "widgetbridge.h"
#include "callstore.h"
#include "realwidgetfixture.h"

#include <QDirIterator>
#include <QPlainTextEdit>

class TestRealWidget final : public RealWidgetFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInThroughPopup();

private:
    void signIn();
};

void TestRealWidget::initTestCase() {
    QVERIFY(m_dataDir.isValid());
    QVERIFY(startMock());
}

void TestRealWidget::cleanupTestCase() {
    stopApp();
    if (m_mock) {
        const QJsonArray unknown = m_mock->state().value(QLatin1String("unknown")).toArray();
        for (const QJsonValue &read : unknown) {
            qInfo().noquote() << "widget read unknown to the mock:"
                              << read.toObject().value(QLatin1String("method")).toString()
                              << read.toObject().value(QLatin1String("path")).toString();
        }
    }
}

void TestRealWidget::signIn() {
    // The widget's own Sign In button, clicked with the mouse.
    QVERIFY(m_mock->waitForWidget(WidgetDriver::bySign(QStringLiteral("loginButton")), 60000));
    QVERIFY(m_driver->click(view(), WidgetDriver::bySign(QStringLiteral("loginButton"))));
    // It opens CallDock's own popup window, which goes through the mock's authorize page and
    // closes itself once the redirect page handed the code to the widget.
    QTRY_VERIFY_WITH_TIMEOUT(!popups().isEmpty(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_mock->requests(QStringLiteral("/restapi/oauth/token")).isEmpty(),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(popups().isEmpty(), 15000);
}

void TestRealWidget::signInThroughPopup() {
    startApp();
    signIn();
    // Signed in: the widget reads its account and opens the WebSocket subscription.
    QVERIFY(m_mock->waitForState(
        [](const QJsonObject &state) {
            return state.value(QLatin1String("subscribed")).toInt() > 0;
        },
        60000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !received(QStringLiteral("rc-adapter-register-third-party-service")).isEmpty(), 30000);
}

CALLDOCK_REAL_WIDGET_TEST_MAIN(TestRealWidget)
#include "tst_realwidget.moc"
