#include "hostpage.h"
#include "widgeturl.h"

#include <QUrlQuery>
#include <QtTest>

class TestWidgetUrl final : public QObject {
    Q_OBJECT

private slots:
    void keepsPathAndQuery();
    void addsParameters();
    void autoLogOffLeavesFlagOut();
    void replacesExistingValues();
    void hostPageHtml();
    void origins_data();
    void origins();
    void effectiveAppServer_data();
    void effectiveAppServer();
};

static QString item(const QUrl &url, const QString &key) {
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

void TestWidgetUrl::keepsPathAndQuery() {
    WidgetUrlOptions options;
    options.appUrl = QUrl(QStringLiteral("https://example.com/embeddable/v2/app.html?theme=dark"));
    options.version = QStringLiteral("1.2.3");
    const QUrl url = WidgetUrl::compose(options);
    QCOMPARE(url.host(), QStringLiteral("example.com"));
    QCOMPARE(url.path(), QStringLiteral("/embeddable/v2/app.html"));
    QCOMPARE(item(url, QStringLiteral("theme")), QStringLiteral("dark"));
}

void TestWidgetUrl::addsParameters() {
    WidgetUrlOptions options;
    options.appUrl = QUrl(
        QStringLiteral("https://apps.ringcentral.com/integration/ringcentral-embeddable/latest/"
                       "app.html"));
    options.clientId = QStringLiteral("myClient");
    options.appServer = QUrl(QStringLiteral("https://platform.devtest.ringcentral.com"));
    options.autoLogCalls = true;
    options.version = QStringLiteral("0.1.0");
    const QUrl url = WidgetUrl::compose(options);
    QCOMPARE(item(url, QStringLiteral("clientId")), QStringLiteral("myClient"));
    QCOMPARE(item(url, QStringLiteral("appServer")),
             QStringLiteral("https://platform.devtest.ringcentral.com"));
    QCOMPARE(item(url, QStringLiteral("defaultAutoLogCallEnabled")), QStringLiteral("1"));
    QCOMPARE(item(url, QStringLiteral("fromAdapter")), QStringLiteral("1"));
    QCOMPARE(item(url, QStringLiteral("userAgent")), QStringLiteral("CallDock/0.1.0"));
    // The encoded form must be parseable by the widget's URLSearchParams.
    QVERIFY(url.toString(QUrl::FullyEncoded).contains(QLatin1String("appServer=https%3A%2F%2F")));
}

void TestWidgetUrl::autoLogOffLeavesFlagOut() {
    WidgetUrlOptions options;
    // A configured URL that already says =0 must not keep it: "0" is truthy for the widget.
    options.appUrl =
        QUrl(QStringLiteral("https://example.com/app.html?defaultAutoLogCallEnabled=0"));
    options.autoLogCalls = false;
    const QUrl url = WidgetUrl::compose(options);
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("defaultAutoLogCallEnabled")));
    QVERIFY(!url.toString().contains(QLatin1String("defaultAutoLogCallEnabled")));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("clientId")));
    QVERIFY(!QUrlQuery(url).hasQueryItem(QStringLiteral("appServer")));
}

void TestWidgetUrl::replacesExistingValues() {
    WidgetUrlOptions options;
    options.appUrl =
        QUrl(QStringLiteral("https://example.com/app.html?clientId=old&fromAdapter=0&userAgent=x"));
    options.clientId = QStringLiteral("new");
    const QUrl url = WidgetUrl::compose(options);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("clientId")),
             QStringList{QStringLiteral("new")});
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("fromAdapter")),
             QStringList{QStringLiteral("1")});
}

void TestWidgetUrl::hostPageHtml() {
    const QUrl widget(QStringLiteral("https://example.com/app.html?a=1&b=\"<x>\""));
    const QString html = QString::fromUtf8(HostPage::html(widget));
    QVERIFY(html.contains(QLatin1String("id=\"rc-widget-adapter-frame\"")));
    QVERIFY(html.contains(QLatin1String("allow=\"microphone; autoplay\"")));
    QVERIFY(html.contains(QLatin1String(
        "sandbox=\"allow-same-origin allow-scripts allow-forms allow-popups allow-downloads "
        "allow-popups-to-escape-sandbox\"")));
    QVERIFY(html.contains(QLatin1String("frame-src https://example.com;")));
    // The URL is escaped: no raw quote or angle bracket can break out of the attribute.
    QVERIFY(!html.contains(QLatin1String("<x>")));
    QVERIFY(html.contains(QLatin1String("src=\"https://example.com/app.html?a=1&amp;b=")));
    QCOMPARE(HostPage::url().toString(), QStringLiteral("calldock://host/"));
    QCOMPARE(HostPage::origin(), QStringLiteral("calldock://host"));
}

void TestWidgetUrl::origins_data() {
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("origin");
    QTest::newRow("https") << QUrl(QStringLiteral("https://Apps.RingCentral.com/a/app.html?x"))
                           << QStringLiteral("https://apps.ringcentral.com");
    QTest::newRow("default port") << QUrl(QStringLiteral("https://example.com:443/app.html"))
                                  << QStringLiteral("https://example.com");
    QTest::newRow("other port") << QUrl(QStringLiteral("http://127.0.0.1:8123/app.html"))
                                << QStringLiteral("http://127.0.0.1:8123");
}

void TestWidgetUrl::origins() {
    QFETCH(QUrl, url);
    QFETCH(QString, origin);
    QCOMPARE(HostPage::originOf(url), origin);
}

void TestWidgetUrl::effectiveAppServer_data() {
    QTest::addColumn<QString>("appUrl");
    QTest::addColumn<QString>("appServerOption");
    QTest::addColumn<QString>("expectedHost");
    const QString plain = QStringLiteral("https://apps.ringcentral.com/e/app.html?clientId=x");
    QTest::newRow("option") << plain << "https://pbx.example.net"
                            << "pbx.example.net";
    QTest::newRow("query only") << plain + QStringLiteral("&appServer=https%3A%2F%2Fq.example.net")
                                << ""
                                << "q.example.net";
    QTest::newRow("option replaces query")
        << plain + QStringLiteral("&appServer=https://q.example.net") << "https://o.example.net"
        << "o.example.net";
    QTest::newRow("none") << plain << ""
                          << "";
}

void TestWidgetUrl::effectiveAppServer() {
    QFETCH(QString, appUrl);
    QFETCH(QString, appServerOption);
    QFETCH(QString, expectedHost);
    WidgetUrlOptions options;
    options.appUrl = QUrl(appUrl);
    options.appServer = QUrl(appServerOption);
    options.version = QStringLiteral("1.0");
    // What the widget really gets and what CallDock trusts are read from the same URL.
    const QUrl composed = WidgetUrl::compose(options);
    QCOMPARE(WidgetUrl::effectiveAppServer(composed).host(), expectedHost);
    QCOMPARE(QUrlQuery(composed).hasQueryItem(QStringLiteral("appServer")),
             !expectedHost.isEmpty());
}

QTEST_GUILESS_MAIN(TestWidgetUrl)
#include "tst_widgeturl.moc"
