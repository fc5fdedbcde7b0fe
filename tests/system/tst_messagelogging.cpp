// End-to-end message logging (protocol.md section 9): the real Application and host page, the
// widget simulator's message flows (auto-log of today's day-groups, the re-send of matched days
// even with auto-log off, the Log button, the matcher and both body shapes), and the store.
#include "apptestbase.h"
#include "hostpage.h"
#include "messagesamples.h"
#include "settings.h"
#include "storageprobe.h"
#include "webenginetest.h"
#include "widgetbridge.h"

#include <QDateTime>
#include <QJsonArray>

using namespace MessageSamples;

class TestMessageLogging final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void registersMessageLoggingAndSeedsAutoLog();
    void autoLogStoresTheDayAndMarksIt();
    void matchedDaysAreUpdatedWithAutoLogOff();
    void autoLogOffCreatesNothing();
    void logButtonLogsEveryDayGroup();
    void granularMatcherShape();
    void hostileBodiesAreAnswered();
    void autoLogToggleFollowsBothWays();

private:
    // A new message in conversation `conversationId`, created `agoMs` before now.
    void newMessage(qint64 id, const QString &conversationId, const QString &text,
                    qint64 agoMs = 0) {
        QJsonObject message = smsMessage(id, text, QDateTime::currentMSecsSinceEpoch() - agoMs);
        message.insert(QStringLiteral("conversationId"), conversationId);
        m_simulator->command({{QStringLiteral("op"), QStringLiteral("newMessage")},
                              {QStringLiteral("message"), message},
                              {QStringLiteral("correspondents"),
                               QJsonArray{QJsonObject{
                                   {QStringLiteral("phoneNumber"), QStringLiteral("+15552223333")},
                                   {QStringLiteral("name"), QStringLiteral("Ada Lovelace")}}}}});
    }
    // The widget's logged marks after the latest match that lists `logId` (or not).
    bool waitForMark(const QString &logId, bool logged) {
        return m_simulator
            ->waitForReport(
                QStringLiteral("message-marks"), 20000,
                [&](const QJsonObject &r) {
                    const bool has =
                        r.value(QLatin1String("logged")).toArray().contains(QJsonValue(logId));
                    return has == logged;
                })
            .has_value();
    }
    std::optional<ConversationDayRecord> day(const QString &logId) {
        return StorageProbe(m_app->storage()).run([logId](StorageSession &s) {
            MessageStore *store = s.messages();
            return store ? store->day(logId) : std::nullopt;
        });
    }
    static QString today(const QString &conversationId) {
        return conversationId + QLatin1Char('/')
               + QLocale(QLocale::English, QLocale::UnitedStates)
                     .toString(QDateTime::currentDateTimeUtc().date(), QStringLiteral("M/d/yyyy"));
    }
};

void TestMessageLogging::registersMessageLoggingAndSeedsAutoLog() {
    startApp();
    QVERIFY(waitForRegistration());
    const QJsonObject service =
        m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
            .last()
            .value(QLatin1String("data"))
            .toObject()
            .value(QLatin1String("service"))
            .toObject();
    QCOMPARE(service.value(QLatin1String("messageLoggerPath")).toString(),
             QStringLiteral("/messageLogger"));
    QCOMPARE(service.value(QLatin1String("messageLogEntityMatcherPath")).toString(),
             QStringLiteral("/messageLogger/match"));
    QVERIFY(!service.value(QLatin1String("messageLoggerTitle")).toString().isEmpty());
    QVERIFY(!service.value(QLatin1String("messageLoggerAutoSettingLabel")).toString().isEmpty());
    QCOMPARE(service.value(QLatin1String("attachmentWithToken")), QJsonValue(1));
    // On by default: the URL seeds the widget with "1" (any value is on, so never "0"), and
    // the widget's first notify agrees with CallDock's setting.
    QVERIFY(
        m_app->widgetUrl().toString().contains(QLatin1String("defaultAutoLogMessageEnabled=1")));
    QVERIFY(QTest::qWaitFor([&] { return m_app->bridge()->isMessageLoggerReady(); }, 15000));
    QCOMPARE(m_app->bridge()->widgetMessageAutoLog(), std::optional<bool>(true));

    // Off in CallDock: the parameter is left out, never set to 0.
    m_app->settings()->setAutoLogMessages(false);
    m_app->reloadWidget();
    QVERIFY(!m_app->widgetUrl().toString().contains(QLatin1String("defaultAutoLogMessageEnabled")));
}

void TestMessageLogging::autoLogStoresTheDayAndMarksIt() {
    startApp();
    QVERIFY(waitForRegistration());
    newMessage(1001, QStringLiteral("4400"), QStringLiteral("Are we still on?"));
    const QString logId = today(QStringLiteral("4400"));
    const auto logged = m_simulator->waitForReport(
        QStringLiteral("message-logged"), 20000, [&](const QJsonObject &r) {
            return r.value(QLatin1String("conversationLogId")).toString() == logId;
        });
    QVERIFY(logged);
    QCOMPARE(logged->value(QLatin1String("triggerType")).toString(), QStringLiteral("auto"));
    QCOMPARE(logged->value(QLatin1String("response")).toObject().value(QLatin1String("data")),
             QJsonValue(QStringLiteral("ok")));
    QVERIFY(waitForMark(logId, true));
    const auto stored = day(logId);
    QVERIFY(stored);
    QCOMPARE(stored->conversationId, QStringLiteral("4400"));
    QCOMPARE(stored->messages.size(), 1);
    QCOMPARE(stored->messages.first().text, QStringLiteral("Are we still on?"));
    QCOMPARE(stored->correspondentName, QStringLiteral("Ada Lovelace"));
}

void TestMessageLogging::matchedDaysAreUpdatedWithAutoLogOff() {
    startApp();
    QVERIFY(waitForRegistration());
    const QString logId = today(QStringLiteral("4400"));
    newMessage(1001, QStringLiteral("4400"), QStringLiteral("first"));
    QVERIFY(waitForMark(logId, true));
    // The user switches message auto-log off in the widget; CallDock's setting follows.
    m_simulator->clearReports();
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("setMessageAutoLog")},
                          {QStringLiteral("autoLog"), false}});
    QVERIFY(QTest::qWaitFor([&] { return !m_app->settings()->autoLogMessages(); }, 15000));
    // A logged day is re-sent as `auto` on every new message, even with auto-log off.
    newMessage(1002, QStringLiteral("4400"), QStringLiteral("second"));
    QVERIFY(m_simulator->waitForReport(
        QStringLiteral("message-logged"), 20000, [&](const QJsonObject &r) {
            return r.value(QLatin1String("conversationLogId")).toString() == logId;
        }));
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto stored = day(logId);
            return stored && stored->messages.size() == 2;
        },
        10000));
    QVERIFY(waitForMark(logId, true));
}

void TestMessageLogging::autoLogOffCreatesNothing() {
    startApp();
    QVERIFY(waitForRegistration());
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("setMessageAutoLog")},
                          {QStringLiteral("autoLog"), false}});
    QVERIFY(QTest::qWaitFor([&] { return !m_app->settings()->autoLogMessages(); }, 15000));
    // An `auto` request for a day that is not logged (a widget racing the toggle) is answered
    // but stores nothing.
    const QString logId = QStringLiteral("9900/1/2/2026");
    const QString request = m_simulator->request(
        QStringLiteral("/messageLogger"),
        conversationBody(logId, QJsonArray{smsMessage(5, QStringLiteral("x"), 1767312000000)}));
    QCOMPARE(responseTo(request).value(QLatin1String("data")), QJsonValue(QStringLiteral("ok")));
    QVERIFY(!day(logId));
}

void TestMessageLogging::logButtonLogsEveryDayGroup() {
    startApp();
    QVERIFY(waitForRegistration());
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("setMessageAutoLog")},
                          {QStringLiteral("autoLog"), false}});
    QVERIFY(QTest::qWaitFor([&] { return !m_app->settings()->autoLogMessages(); }, 15000));
    // Three days of one conversation: nothing is logged automatically (auto-log off).
    newMessage(2001, QStringLiteral("5500"), QStringLiteral("today"));
    newMessage(2002, QStringLiteral("5500"), QStringLiteral("yesterday"), 24 * 3600 * 1000);
    newMessage(2003, QStringLiteral("5500"), QStringLiteral("last week"), 7 * 24 * 3600 * 1000);
    QTest::qWait(500);
    QVERIFY(m_simulator->reports(QStringLiteral("message-logged")).isEmpty());
    // Log: one `manual` request per day-group, concurrently. Without a note dialog wired for
    // messages yet, CallDock logs the days at once (notes come from the widget's page or later).
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("logConversation")},
                          {QStringLiteral("conversationId"), QStringLiteral("5500")}});
    QVERIFY(QTest::qWaitFor(
        [&] { return m_simulator->reports(QStringLiteral("message-logged")).size() == 3; }, 20000));
    QVERIFY(waitForMark(today(QStringLiteral("5500")), true));
    const auto stored = day(today(QStringLiteral("5500")));
    QVERIFY(stored);
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
}

void TestMessageLogging::granularMatcherShape() {
    startApp();
    QVERIFY(waitForRegistration());
    newMessage(3001, QStringLiteral("6600"), QStringLiteral("one"));
    QVERIFY(waitForMark(today(QStringLiteral("6600")), true));
    // 3.x: which messages of one conversation are logged, and a `selectedLog`.
    const QString matchId =
        m_simulator->request(QStringLiteral("/messageLogger/match"),
                             QJsonObject{{QStringLiteral("conversationId"), QStringLiteral("6600")},
                                         {QStringLiteral("messageIds"), QJsonArray{3001, 3999}}});
    const QJsonObject data = responseTo(matchId).value(QLatin1String("data")).toObject();
    QCOMPARE(data.keys(), QStringList{QStringLiteral("3001")});
    const QString logId =
        data.value(QLatin1String("3001")).toObject().value(QLatin1String("logId")).toString();
    QVERIFY(logId.startsWith(QLatin1String("cdm-")));

    QJsonObject selected = conversationBody(QStringLiteral("6700/8/17/2026"),
                                            QJsonArray{smsMessage(4002, QStringLiteral("b"), 2),
                                                       smsMessage(4001, QStringLiteral("a"), 1)},
                                            QStringLiteral("selectedLog"));
    selected.insert(QStringLiteral("selectedMessageIds"), QJsonArray{4001});
    const QString selectId = m_simulator->request(QStringLiteral("/messageLogger"), selected);
    const QJsonObject answer = responseTo(selectId).value(QLatin1String("data")).toObject();
    QVERIFY(answer.value(QLatin1String("logId")).toString().startsWith(QLatin1String("cdm-")));
    const auto stored = day(QStringLiteral("6700/8/17/2026"));
    QVERIFY(stored);
    QCOMPARE(stored->messages.size(), 1);
    QCOMPARE(stored->messages.first().messageId, QStringLiteral("4001"));
}

void TestMessageLogging::hostileBodiesAreAnswered() {
    startApp();
    QVERIFY(waitForRegistration());
    QJsonObject hostile = conversationBody(QStringLiteral("1/2"), QJsonArray());
    QJsonObject conversation = hostile.value(QLatin1String("conversation")).toObject();
    conversation.insert(QStringLiteral("conversationLogId"), QStringLiteral("1/\u0007/2026"));
    hostile.insert(QStringLiteral("conversation"), conversation);
    const QString bad = m_simulator->request(QStringLiteral("/messageLogger"), hostile);
    QVERIFY(responseTo(bad)
                .value(QLatin1String("error"))
                .toString()
                .contains(QLatin1String("conversationLogId")));
    // Huge text, odd messages: stored (text cut), the rest skipped, answered ok.
    QJsonObject odd = smsMessage(7, QString(200'000, QLatin1Char('z')), 1);
    const QString big = m_simulator->request(
        QStringLiteral("/messageLogger"),
        conversationBody(QStringLiteral("7/1/1/2026"),
                         QJsonArray{odd, QStringLiteral("junk"), QJsonObject()}));
    QCOMPARE(responseTo(big).value(QLatin1String("data")), QJsonValue(QStringLiteral("ok")));
    const auto stored = day(QStringLiteral("7/1/1/2026"));
    QVERIFY(stored);
    QCOMPARE(stored->messages.size(), 1);
    QCOMPARE(stored->messages.first().text.size(), Protocol::kMaxMessageTextLength);
    // A match of 500 ids with odd ones among them: answered, the good ones counted.
    QJsonArray ids{QStringLiteral("7/1/1/2026")};
    for (int i = 0; i < 499; ++i) {
        ids.append(i % 50 == 0 ? QJsonValue(QStringLiteral("bad\u0001%1").arg(i))
                               : QJsonValue(QStringLiteral("%1/1/1/2026").arg(10000 + i)));
    }
    const QString matchId =
        m_simulator->request(QStringLiteral("/messageLogger/match"),
                             QJsonObject{{QStringLiteral("conversationLogIds"), ids}});
    const auto report = m_simulator->waitForResponse(matchId);
    QVERIFY(report);
    const QJsonObject data =
        report->value(QLatin1String("response")).toObject().value(QLatin1String("data")).toObject();
    QCOMPARE(data.keys(), QStringList{QStringLiteral("7/1/1/2026")});
    QVERIFY2(report->value(QLatin1String("elapsedMs")).toDouble() < 5000,
             qPrintable(QString::number(report->value(QLatin1String("elapsedMs")).toDouble())));
}

void TestMessageLogging::autoLogToggleFollowsBothWays() {
    startApp();
    QVERIFY(waitForRegistration());
    QVERIFY(QTest::qWaitFor([&] { return m_app->bridge()->isMessageLoggerReady(); }, 15000));
    // Widget → CallDock.
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("setMessageAutoLog")},
                          {QStringLiteral("autoLog"), false}});
    QVERIFY(QTest::qWaitFor([&] { return !m_app->settings()->autoLogMessages(); }, 15000));
    QVERIFY(m_simulator->received(QStringLiteral("rc-adapter-update-auto-log-settings")).isEmpty());
    // CallDock → widget (settings dialog, tray): the update carries `message` as a JSON boolean
    // and leaves the call flag alone.
    m_app->settings()->setAutoLogMessages(true);
    const auto update =
        m_simulator->waitForReceived(QStringLiteral("rc-adapter-update-auto-log-settings"), 15000);
    QVERIFY(update);
    const QJsonObject data = update->value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("message")), QJsonValue(true));
    QVERIFY(!data.contains(QLatin1String("call")));
    QVERIFY(QTest::qWaitFor(
        [&] { return m_app->bridge()->widgetMessageAutoLog() == std::optional<bool>(true); },
        15000));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestMessageLogging)
#include "tst_messagelogging.moc"
