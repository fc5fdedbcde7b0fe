// WidgetBridge's policy without a page: an in-memory transport stands where the QWebChannel
// would be, so registration, request dispatch, answers, held settings and document resets are
// checked message by message and fast.
#include "protocol.h"
#include "widgetbridge.h"
#include "widgetrequesthandler.h"
#include "widgettransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

class MemoryTransport final : public WidgetTransport {
public:
    using WidgetTransport::WidgetTransport;

    void post(const QJsonObject &message) override { posted.append(message); }
    void deliver(const QJsonObject &message) { emit messageReceived(message); }
    void newDocument() { emit widgetDocumentStarted(); }

    QList<QJsonObject> ofType(const char *type) const {
        QList<QJsonObject> found;
        for (const QJsonObject &message : posted) {
            if (message.value(QLatin1String("type")).toString() == QLatin1String(type)) {
                found.append(message);
            }
        }
        return found;
    }

    QList<QJsonObject> posted;
};

// Answers what it is told to, and remembers what reached it.
class RecordingHandler final : public WidgetRequestHandler {
public:
    void handleCallLogger(const Protocol::CallLoggerRequest &request,
                          const Responder &responder) override {
        loggedSessions.append(request.call.sessionId);
        if (answerAtOnce) {
            responder.acknowledge();
        } else {
            held.append(responder);
        }
    }
    void handleMatch(const Protocol::MatchRequest &request, const Responder &responder) override {
        matchedIds.append(request.sessionIds);
        responder.answerMatch({});
    }

    bool answerAtOnce = true;
    QStringList loggedSessions;
    QStringList matchedIds;
    QList<Responder> held;
};

QJsonObject loginStatus(bool loggedIn) {
    return {{QStringLiteral("type"), QLatin1String(Protocol::MessageType::LoginStatus)},
            {QStringLiteral("loggedIn"), loggedIn},
            {QStringLiteral("loginNumber"), QStringLiteral("+16505550100")}};
}

QJsonObject autoLogNotify(bool autoLog) {
    return {{QStringLiteral("type"), QLatin1String(Protocol::MessageType::AutoLogNotify)},
            {QStringLiteral("autoLog"), autoLog}};
}

QJsonObject request(const QString &id, const QString &path, const QJsonObject &body) {
    return {{QStringLiteral("type"), QLatin1String(Protocol::MessageType::PostMessageRequest)},
            {QStringLiteral("requestId"), id},
            {QStringLiteral("path"), path},
            {QStringLiteral("body"), body}};
}

QJsonObject callLoggerBody(const QString &sessionId) {
    return {{QStringLiteral("triggerType"), QStringLiteral("callLogSync")},
            {QStringLiteral("call"),
             QJsonObject{{QStringLiteral("sessionId"), sessionId},
                         {QStringLiteral("direction"), QStringLiteral("Inbound")},
                         {QStringLiteral("result"), QStringLiteral("Accepted")},
                         {QStringLiteral("action"), QStringLiteral("Phone Call")}}}};
}

QJsonObject responseTo(const MemoryTransport &transport, const QString &id) {
    for (const QJsonObject &message :
         transport.ofType(Protocol::MessageType::PostMessageResponse)) {
        if (message.value(QLatin1String("responseId")).toString() == id) {
            return message.value(QLatin1String("response")).toObject();
        }
    }
    return {};
}

} // namespace

class TestWidgetBridge final : public QObject {
    Q_OBJECT

private slots:
    void registersOnceWhenTheWidgetFirstSpeaks();
    void registersAgainWhenTheLoginChanges();
    void callLoggerRequestsReachTheHandlerAndAreAnswered();
    void unknownPathsAndMalformedBodiesAreAnsweredWithErrors();
    void matchRequestsReachTheHandler();
    void autoLogIsHeldUntilTheLoggerIsReady();
    void aNewDocumentStartsOver();
};

void TestWidgetBridge::registersOnceWhenTheWidgetFirstSpeaks() {
    MemoryTransport transport;
    RecordingHandler handler;
    WidgetBridge bridge(&transport, &handler);
    transport.newDocument();
    transport.deliver(loginStatus(false));
    transport.deliver(loginStatus(false)); // the same status again: nothing new to say
    const QList<QJsonObject> registrations =
        transport.ofType(Protocol::MessageType::RegisterService);
    QCOMPARE(registrations.size(), 1);
    const QJsonObject service = registrations.first().value(QLatin1String("service")).toObject();
    QCOMPARE(service.value(QLatin1String("callLoggerPath")).toString(),
             QLatin1String(WidgetBridge::kCallLoggerPath));
    QCOMPARE(service.value(QLatin1String("callLogEntityMatcherPath")).toString(),
             QLatin1String(WidgetBridge::kMatcherPath));
    QVERIFY(bridge.isRegistered());
    QVERIFY(!bridge.isLoggedIn());
}

void TestWidgetBridge::registersAgainWhenTheLoginChanges() {
    MemoryTransport transport;
    WidgetBridge bridge(&transport, nullptr);
    QSignalSpy login(&bridge, &WidgetBridge::loginStatusChanged);
    transport.newDocument();
    transport.deliver(loginStatus(false));
    transport.deliver(loginStatus(true));
    QCOMPARE(transport.ofType(Protocol::MessageType::RegisterService).size(), 2);
    QCOMPARE(login.size(), 2);
    QCOMPARE(login.last().at(0).toBool(), true);
    QCOMPARE(login.last().at(1).toString(), QStringLiteral("+16505550100"));
}

void TestWidgetBridge::callLoggerRequestsReachTheHandlerAndAreAnswered() {
    MemoryTransport transport;
    RecordingHandler handler;
    handler.answerAtOnce = false;
    WidgetBridge bridge(&transport, &handler);
    transport.deliver(loginStatus(true));
    transport.deliver(request(QStringLiteral("r1"), QLatin1String(WidgetBridge::kCallLoggerPath),
                              callLoggerBody(QStringLiteral("s-1"))));
    QCOMPARE(handler.loggedSessions, QStringList{QStringLiteral("s-1")});
    // Not answered until the handler answers (after its commit, in the app).
    QVERIFY(responseTo(transport, QStringLiteral("r1")).isEmpty());
    QCOMPARE(bridge.openRequests(), 1);
    handler.held.takeFirst().acknowledge();
    QCOMPARE(responseTo(transport, QStringLiteral("r1")).value(QLatin1String("data")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(bridge.openRequests(), 0);
}

void TestWidgetBridge::unknownPathsAndMalformedBodiesAreAnsweredWithErrors() {
    MemoryTransport transport;
    RecordingHandler handler;
    WidgetBridge bridge(&transport, &handler);
    transport.deliver(loginStatus(true));
    transport.deliver(request(QStringLiteral("r1"), QStringLiteral("/elsewhere"), {}));
    transport.deliver(request(QStringLiteral("r2"), QLatin1String(WidgetBridge::kCallLoggerPath),
                              {{QStringLiteral("triggerType"), QStringLiteral("callLogSync")}}));
    QVERIFY(responseTo(transport, QStringLiteral("r1")).contains(QLatin1String("error")));
    QVERIFY(responseTo(transport, QStringLiteral("r2")).contains(QLatin1String("error")));
    QVERIFY(handler.loggedSessions.isEmpty());

    // Without a handler, call logging fails clearly and matches say "nothing logged".
    MemoryTransport bare;
    WidgetBridge unserved(&bare, nullptr);
    bare.deliver(request(QStringLiteral("r3"), QLatin1String(WidgetBridge::kCallLoggerPath),
                         callLoggerBody(QStringLiteral("s-3"))));
    QVERIFY(responseTo(bare, QStringLiteral("r3")).contains(QLatin1String("error")));
}

void TestWidgetBridge::matchRequestsReachTheHandler() {
    MemoryTransport transport;
    RecordingHandler handler;
    WidgetBridge bridge(&transport, &handler);
    transport.deliver(loginStatus(true));
    transport.deliver(request(
        QStringLiteral("m1"), QLatin1String(WidgetBridge::kMatcherPath),
        {{QStringLiteral("sessionIds"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}}}));
    QCOMPARE(handler.matchedIds, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    const QJsonObject response = responseTo(transport, QStringLiteral("m1"));
    QVERIFY2(response.value(QLatin1String("data")).isObject(),
             "a match is answered with a data object");
}

void TestWidgetBridge::autoLogIsHeldUntilTheLoggerIsReady() {
    MemoryTransport transport;
    WidgetBridge bridge(&transport, nullptr);
    QSignalSpy notified(&bridge, &WidgetBridge::autoLogNotified);
    transport.newDocument();
    transport.deliver(loginStatus(true));
    bridge.setAutoLog(true); // the widget's logger is not ready: nothing may be sent yet
    QVERIFY(transport.ofType(Protocol::MessageType::UpdateAutoLogSettings).isEmpty());

    transport.deliver(autoLogNotify(false));
    QVERIFY(bridge.isLoggerReady());
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.first().at(1).toBool(), true); // the first since registration
    const QList<QJsonObject> updates =
        transport.ofType(Protocol::MessageType::UpdateAutoLogSettings);
    QCOMPARE(updates.size(), 1); // the held value differs from the widget's: sent once
    QVERIFY(QJsonDocument(updates.first()).toJson().contains("true"));

    // A held value the widget already has is not sent.
    transport.newDocument();
    transport.deliver(loginStatus(true));
    bridge.setAutoLog(true);
    transport.deliver(autoLogNotify(true));
    QCOMPARE(transport.ofType(Protocol::MessageType::UpdateAutoLogSettings).size(), 1);
}

void TestWidgetBridge::aNewDocumentStartsOver() {
    MemoryTransport transport;
    WidgetBridge bridge(&transport, nullptr);
    transport.newDocument();
    transport.deliver(loginStatus(true));
    transport.deliver(autoLogNotify(true));
    QVERIFY(bridge.isLoggerReady());

    std::optional<QString> failure;
    bridge.requestUnloggedCalls(
        50, 1, 10'000,
        [&failure](std::optional<Protocol::UnloggedCallsPage> page, const QString &error) {
            QVERIFY(!page);
            failure = error;
        });
    QCOMPARE(bridge.pendingHostRequests(), 1);

    QSignalSpy reloaded(&bridge, &WidgetBridge::widgetReloaded);
    transport.newDocument();
    QCOMPARE(reloaded.size(), 1);
    QVERIFY(!bridge.isLoggerReady());
    QVERIFY(!bridge.isRegistered());
    QCOMPARE(bridge.pendingHostRequests(), 0);
    QVERIFY(failure && !failure->isEmpty()); // the old page's request fails with a reason
    // The new document registers as soon as it speaks, even with an unchanged login.
    const int before = int(transport.ofType(Protocol::MessageType::RegisterService).size());
    transport.deliver(loginStatus(true));
    QCOMPARE(transport.ofType(Protocol::MessageType::RegisterService).size(), before + 1);
}

QTEST_GUILESS_MAIN(TestWidgetBridge)
#include "tst_widgetbridge.moc"
