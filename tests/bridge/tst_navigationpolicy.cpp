#include "navigationpolicy.h"
#include "webpermissions.h"
#include "widgeturl.h"

#include <QtTest>

using Decision = NavigationPolicy::Decision;
using PopupDecision = NavigationPolicy::PopupDecision;

class TestNavigationPolicy final : public QObject {
    Q_OBJECT

private slots:
    void navigation_data();
    void navigation();
    void popups_data();
    void popups();
    void popupNavigation_data();
    void popupNavigation();
    void permissions_data();
    void permissions();
    void loginHostFromEffectivePlatform_data();
    void loginHostFromEffectivePlatform();

private:
    const NavigationPolicy m_policy{QUrl(QStringLiteral(
        "https://apps.ringcentral.com/integration/ringcentral-embeddable/"
        "latest/app.html?clientId=x&appServer=https%3A%2F%2Fplatform.example-pbx.com"))};
};

void TestNavigationPolicy::loginHostFromEffectivePlatform_data() {
    // Where the platform was given: CallDock's own option (settings or --app-server), the query
    // of the configured app.html (--widget-url), both, or nowhere.
    QTest::addColumn<QString>("appUrl");
    QTest::addColumn<QString>("appServerOption");
    QTest::addColumn<QString>("popupUrl");
    QTest::addColumn<PopupDecision>("expected");
    const QString plain = QStringLiteral("https://apps.ringcentral.com/embeddable/app.html");
    const QString inQuery = plain + QStringLiteral("?appServer=https://pbx.example.net");
    QTest::newRow("option") << plain << "https://pbx.example.net"
                            << "https://pbx.example.net/login" << PopupDecision::OpenPopup;
    QTest::newRow("widget-url query")
        << inQuery << ""
        << "https://pbx.example.net/login" << PopupDecision::OpenPopup;
    QTest::newRow("encoded in query")
        << plain + QStringLiteral("?appServer=https%3A%2F%2Fpbx.example.net%2F") << ""
        << "https://pbx.example.net/login" << PopupDecision::OpenPopup;
    // The option replaces the query's value in the widget's URL, so only its host is trusted.
    QTest::newRow("option wins: its host")
        << inQuery << "https://other.example.org"
        << "https://other.example.org/login" << PopupDecision::OpenPopup;
    QTest::newRow("option wins: query host not trusted")
        << inQuery << "https://other.example.org"
        << "https://pbx.example.net/login" << PopupDecision::OpenExternally;
    QTest::newRow("none") << plain << ""
                          << "https://pbx.example.net/login" << PopupDecision::OpenExternally;
    QTest::newRow("none: RingCentral still")
        << plain << ""
        << "https://login.ringcentral.com/oauth" << PopupDecision::OpenPopup;
    QTest::newRow("plain http platform never")
        << plain + QStringLiteral("?appServer=http://pbx.example.net") << ""
        << "http://pbx.example.net/login" << PopupDecision::OpenExternally;
}

void TestNavigationPolicy::loginHostFromEffectivePlatform() {
    QFETCH(QString, appUrl);
    QFETCH(QString, appServerOption);
    QFETCH(QString, popupUrl);
    QFETCH(PopupDecision, expected);
    WidgetUrlOptions options;
    options.appUrl = QUrl(appUrl);
    options.appServer = QUrl(appServerOption);
    options.version = QStringLiteral("1.0");
    const NavigationPolicy policy(WidgetUrl::compose(options));
    QCOMPARE(policy.popup(QUrl(popupUrl), true), expected);
}

void TestNavigationPolicy::navigation_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<bool>("linkClicked");
    QTest::addColumn<Decision>("expected");

    QTest::newRow("host page") << "calldock://host/" << true << false << Decision::Allow;
    QTest::newRow("host page other path")
        << "calldock://host/x" << true << false << Decision::Allow;
    QTest::newRow("other custom host") << "calldock://evil/" << true << false << Decision::Block;
    QTest::newRow("main frame to widget")
        << "https://apps.ringcentral.com/x" << true << false << Decision::Block;
    QTest::newRow("main frame link click")
        << "https://example.com/help" << true << true << Decision::OpenExternally;
    QTest::newRow("main frame file") << "file:///etc/passwd" << true << true << Decision::Block;
    QTest::newRow("widget frame") << "https://apps.ringcentral.com/integration/x/app.html" << false
                                  << false << Decision::Allow;
    QTest::newRow("widget origin explicit port")
        << "https://apps.ringcentral.com:443/a" << false << false << Decision::Allow;
    QTest::newRow("about blank subframe") << "about:blank" << false << false << Decision::Allow;
    QTest::newRow("widget over http")
        << "http://apps.ringcentral.com/a" << false << false << Decision::Block;
    QTest::newRow("lookalike host")
        << "https://apps.ringcentral.com.evil.com/a" << false << false << Decision::Block;
    QTest::newRow("other origin subframe")
        << "https://ads.example.com/" << false << false << Decision::Block;
    QTest::newRow("link in subframe")
        << "https://www.ringcentral.com/help" << false << true << Decision::OpenExternally;
    QTest::newRow("javascript url") << "javascript:alert(1)" << false << true << Decision::Block;
    QTest::newRow("data url") << "data:text/html,hi" << false << false << Decision::Block;
    QTest::newRow("tel link") << "tel:+15551234567" << false << true << Decision::Block;
}

void TestNavigationPolicy::navigation() {
    QFETCH(QString, url);
    QFETCH(bool, mainFrame);
    QFETCH(bool, linkClicked);
    QFETCH(Decision, expected);
    QCOMPARE(m_policy.navigation(QUrl(url), mainFrame, linkClicked), expected);
}

void TestNavigationPolicy::popups_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("userInitiated");
    QTest::addColumn<PopupDecision>("expected");

    QTest::newRow("oauth on login host")
        << "https://login.ringcentral.com/oauth?x=1" << false << PopupDecision::OpenPopup;
    QTest::newRow("devtest login") << "https://platform.devtest.ringcentral.com/restapi/oauth"
                                   << false << PopupDecision::OpenPopup;
    QTest::newRow("widget origin") << "https://apps.ringcentral.com/integration/redirect.html"
                                   << false << PopupDecision::OpenPopup;
    QTest::newRow("self-hosted platform")
        << "https://platform.example-pbx.com/oauth" << false << PopupDecision::OpenPopup;
    QTest::newRow("http login host")
        << "http://login.ringcentral.com/" << true << PopupDecision::OpenExternally;
    QTest::newRow("lookalike") << "https://ringcentral.com.evil.io/login" << true
                               << PopupDecision::OpenExternally;
    QTest::newRow("suffix trick") << "https://evilringcentral.com/login" << false
                                  << PopupDecision::Drop;
    QTest::newRow("help page by user")
        << "https://support.example.com/" << true << PopupDecision::OpenExternally;
    QTest::newRow("unrequested popup")
        << "https://ads.example.com/" << false << PopupDecision::Drop;
    QTest::newRow("file url by user") << "file:///etc/passwd" << true << PopupDecision::Drop;
}

void TestNavigationPolicy::popups() {
    QFETCH(QString, url);
    QFETCH(bool, userInitiated);
    QFETCH(PopupDecision, expected);
    QCOMPARE(m_policy.popup(QUrl(url), userInitiated), expected);
}

void TestNavigationPolicy::popupNavigation_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<Decision>("expected");
    QTest::newRow("sso provider") << "https://sso.example-idp.com/saml" << Decision::Allow;
    QTest::newRow("redirect") << "https://apps.ringcentral.com/redirect.html?code=1"
                              << Decision::Allow;
    QTest::newRow("plain http") << "http://example.com/" << Decision::Block;
    QTest::newRow("host page") << "calldock://host/" << Decision::Block;
    QTest::newRow("file") << "file:///tmp/x" << Decision::Block;
}

void TestNavigationPolicy::popupNavigation() {
    QFETCH(QString, url);
    QFETCH(Decision, expected);
    QCOMPARE(m_policy.popupNavigation(QUrl(url)), expected);
}

void TestNavigationPolicy::permissions_data() {
    QTest::addColumn<QString>("origin");
    QTest::addColumn<WebPermissions::Kind>("kind");
    QTest::addColumn<bool>("granted");
    QTest::newRow("widget microphone")
        << "https://apps.ringcentral.com" << WebPermissions::Kind::Microphone << true;
    QTest::newRow("widget notifications")
        << "https://apps.ringcentral.com/" << WebPermissions::Kind::Notifications << true;
    QTest::newRow("widget camera or other")
        << "https://apps.ringcentral.com" << WebPermissions::Kind::Other << false;
    QTest::newRow("host page microphone")
        << "calldock://host" << WebPermissions::Kind::Microphone << false;
    QTest::newRow("other origin") << "https://example.com" << WebPermissions::Kind::Microphone
                                  << false;
    QTest::newRow("login host") << "https://login.ringcentral.com"
                                << WebPermissions::Kind::Notifications << false;
}

void TestNavigationPolicy::permissions() {
    QFETCH(QString, origin);
    QFETCH(WebPermissions::Kind, kind);
    QFETCH(bool, granted);
    QCOMPARE(WebPermissions::isGranted(m_policy, QUrl(origin), kind), granted);
}

QTEST_GUILESS_MAIN(TestNavigationPolicy)
#include "tst_navigationpolicy.moc"
