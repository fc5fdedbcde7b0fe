#include "protocolparser.h"
#include "protocolsamples.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace Protocol;
using ProtocolParser::EventResult;
using ProtocolParser::parseEvent;
using ProtocolSamples::object;
using ProtocolSamples::withValue;

namespace {

template<typename T>
const T *eventAs(const EventResult &result) {
    const Event *event = std::get_if<Event>(&result);
    return event ? std::get_if<T>(event) : nullptr;
}

QString malformedField(const EventResult &result) {
    const Malformed *error = std::get_if<Malformed>(&result);
    return error ? error->field : QStringLiteral("<not malformed>");
}

QJsonObject typed(const char *type, QJsonObject message = QJsonObject()) {
    message.insert(QStringLiteral("type"), QLatin1String(type));
    return message;
}

} // namespace

// Events of protocol.md 2.1: one valid message each, then the ways each can go wrong.
class TestProtocolParser final : public QObject {
    Q_OBJECT

private slots:
    void warningNamesFieldButNotValue() {
        static QStringList messages;
        messages.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                messages.append(text);
            });
        const QJsonObject call =
            withValue(ProtocolSamples::callLogRecord(), QStringLiteral("recording.contentUri"),
                      QJsonArray{QStringLiteral("access_token=SECRET")});
        const EventResult result = parseEvent(typed(MessageType::ActiveCall, {{"call", call}}));
        qInstallMessageHandler(previous);
        QCOMPARE(malformedField(result), QStringLiteral("call.recording.contentUri"));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.first().contains(QLatin1String("call.recording.contentUri")));
        QVERIFY(!messages.first().contains(QLatin1String("SECRET")));
        // The rest of the tests provoke hundreds of warnings on purpose.
        QLoggingCategory::setFilterRules(QStringLiteral("calldock.bridge.protocol.warning=false"));
    }

    void loginStatus() {
        const EventResult result = parseEvent(object(R"({"type": "rc-login-status-notify",
            "loggedIn": true, "loginNumber": "+16505550199*101",
            "features": {"voice": true, "sms": false, "nested": {"a": true}, "count": 3}})"));
        const LoginStatus *event = eventAs<LoginStatus>(result);
        QVERIFY(event);
        QCOMPARE(event->loggedIn, true);
        QCOMPARE(event->loginNumber, QStringLiteral("+16505550199*101"));
        // Only flat boolean flags survive.
        QCOMPARE(event->features.size(), 2);
        QCOMPARE(event->features.value(QStringLiteral("voice")), QVariant(true));
        QCOMPARE(event->features.value(QStringLiteral("sms")), QVariant(false));
    }

    void loginStatusLoggedOutWithoutFeatures() {
        const EventResult result = parseEvent(typed(MessageType::LoginStatus, object(R"({
            "loggedIn": false})")));
        const LoginStatus *event = eventAs<LoginStatus>(result);
        QVERIFY(event);
        QCOMPARE(event->loggedIn, false);
        QVERIFY(event->features.isEmpty());
    }

    void postMessageRequest() {
        const EventResult result = parseEvent(object(R"({"type": "rc-post-message-request",
            "requestId": "9b1f3c2e-7a1d-4c55-9d7e-2f0c1e6a7b11", "path": "/callLogger",
            "body": {"triggerType": "presenceUpdate", "call": {"sessionId": "1"}}})"));
        const PostMessageRequest *event = eventAs<PostMessageRequest>(result);
        QVERIFY(event);
        QCOMPARE(event->requestId, QStringLiteral("9b1f3c2e-7a1d-4c55-9d7e-2f0c1e6a7b11"));
        QCOMPARE(event->path, QStringLiteral("/callLogger"));
        QCOMPARE(event->body.value(QStringLiteral("triggerType")).toString(),
                 QStringLiteral("presenceUpdate"));
    }

    void postMessageRequestWithoutBodyHasEmptyBody() {
        const EventResult result = parseEvent(object(
            R"({"type": "rc-post-message-request", "requestId": "r1", "path": "/authorize"})"));
        const PostMessageRequest *event = eventAs<PostMessageRequest>(result);
        QVERIFY(event);
        QVERIFY(event->body.isEmpty());
    }

    // The bridge must still answer these: the result carries the requestId.
    void malformedRequestKeepsRequestId_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        QTest::newRow("body array") << "body" << QJsonValue(QJsonArray{1, 2}) << "body";
        QTest::newRow("body string") << "body" << QJsonValue("x") << "body";
        QTest::newRow("path number") << "path" << QJsonValue(7) << "path";
        QTest::newRow("path empty") << "path" << QJsonValue("") << "path";
        QTest::newRow("path missing") << "path" << QJsonValue(QJsonValue::Null) << "path";
        QTest::newRow("path huge")
            << "path" << QJsonValue(QString(300, QLatin1Char('/'))) << "path";
    }
    void malformedRequestKeepsRequestId() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const QJsonObject valid = object(R"({"type": "rc-post-message-request",
            "requestId": "req-42", "path": "/callLogger", "body": {}})");
        const EventResult result = parseEvent(withValue(valid, field, value));
        const MalformedRequest *malformed = std::get_if<MalformedRequest>(&result);
        QVERIFY(malformed);
        QCOMPARE(malformed->requestId, QStringLiteral("req-42"));
        QCOMPARE(malformed->error.field, expectedField);
        QVERIFY(!malformed->error.reason.isEmpty());
    }

    // Without a usable requestId nobody can be answered: plain Malformed.
    void requestWithoutUsableRequestId_data() {
        QTest::addColumn<QJsonValue>("requestId");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(12);
        QTest::newRow("empty") << QJsonValue("");
        QTest::newRow("object") << QJsonValue(QJsonObject{{"a", 1}});
        QTest::newRow("huge") << QJsonValue(QString(100000, QLatin1Char('x')));
    }
    void requestWithoutUsableRequestId() {
        QFETCH(QJsonValue, requestId);
        QJsonObject message = object(R"({"type": "rc-post-message-request",
            "path": "/callLogger", "body": []})");
        if (!requestId.isUndefined()) {
            message.insert(QStringLiteral("requestId"), requestId);
        }
        const EventResult result = parseEvent(message);
        QCOMPARE(malformedField(result), QStringLiteral("requestId"));
    }

    void adapterMessageResponse() {
        const EventResult result = parseEvent(object(R"({"type": "rc-adapter-message-response",
            "responseId": "host-7", "response": {"calls": [], "hasMore": false}})"));
        const AdapterMessageResponse *event = eventAs<AdapterMessageResponse>(result);
        QVERIFY(event);
        QCOMPARE(event->responseId, QStringLiteral("host-7"));
        QVERIFY(event->response.isObject());
        QCOMPARE(event->response.toObject().value(QStringLiteral("hasMore")), QJsonValue(false));

        const EventResult empty =
            parseEvent(object(R"({"type": "rc-adapter-message-response", "responseId": "h"})"));
        QVERIFY(eventAs<AdapterMessageResponse>(empty));
        QVERIFY(eventAs<AdapterMessageResponse>(empty)->response.isNull());

        const EventResult bad =
            parseEvent(object(R"({"type": "rc-adapter-message-response", "response": {}})"));
        QCOMPARE(malformedField(bad), QStringLiteral("responseId"));
    }

    void autoLogAndDialerStatus() {
        const EventResult autoLog =
            parseEvent(object(R"({"type": "rc-callLogger-auto-log-notify", "autoLog": true})"));
        QVERIFY(eventAs<AutoLogNotify>(autoLog));
        QCOMPARE(eventAs<AutoLogNotify>(autoLog)->autoLog, true);

        const EventResult ready =
            parseEvent(object(R"({"type": "rc-dialer-status-notify", "ready": false})"));
        QVERIFY(eventAs<DialerStatus>(ready));
        QCOMPARE(eventAs<DialerStatus>(ready)->ready, false);
    }

    void callRing() {
        const EventResult result = parseEvent(
            typed(MessageType::CallRing, QJsonObject{{"call", ProtocolSamples::browserSession()}}));
        const CallRing *event = eventAs<CallRing>(result);
        QVERIFY(event);
        QCOMPARE(event->call.id, QStringLiteral("a1b2c3d4e5"));
        QCOMPARE(event->call.sessionId, QStringLiteral("214705503022"));
        QCOMPARE(event->call.partyId, QStringLiteral("p-c2f9-1"));
        QCOMPARE(event->call.direction, CallDirection::Inbound);
        QCOMPARE(event->call.from.phoneNumber, QStringLiteral("+16505550100"));
        QCOMPARE(event->call.from.name, QStringLiteral("Ada Lovelace"));
        QCOMPARE(event->call.fromUserName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(event->call.to.phoneNumber, QStringLiteral("+16505550199"));
        QCOMPARE(event->call.callStatus, QStringLiteral("webphone-session-connecting"));
        QCOMPARE(event->call.startTime.toMSecsSinceEpoch(), Q_INT64_C(1714557600000));
    }

    void callStartAndEnd() {
        const QJsonObject call = ProtocolSamples::browserSession();
        QVERIFY(eventAs<CallStart>(parseEvent(typed(MessageType::CallStart, {{"call", call}}))));
        const EventResult end = parseEvent(typed(MessageType::CallEnd, {{"call", call}}));
        QVERIFY(eventAs<CallEnd>(end));
        QCOMPARE(eventAs<CallEnd>(end)->call.sessionId, QStringLiteral("214705503022"));
    }

    void activeCall() {
        const EventResult result = parseEvent(
            typed(MessageType::ActiveCall, QJsonObject{{"call", ProtocolSamples::liveCall()}}));
        const ActiveCall *event = eventAs<ActiveCall>(result);
        QVERIFY(event);
        QCOMPARE(event->call.sessionId, QStringLiteral("214705503020"));
        QCOMPARE(event->call.telephonyStatus, QStringLiteral("CallConnected"));
        QVERIFY(!event->call.isFinalRecord());

        const EventResult bad = parseEvent(typed(
            MessageType::ActiveCall, {{"call", QJsonObject{{"telephonyStatus", "Ringing"}}}}));
        QCOMPARE(malformedField(bad), QStringLiteral("call.sessionId"));
    }

    void historySyncedAndLoginPopup() {
        QVERIFY(eventAs<CallHistorySynced>(
            parseEvent(object(R"({"type": "rc-call-history-synced-notify"})"))));

        // Not a multi-line raw string: moc (6.4) misreads the URL's "//" in one as a comment.
        const EventResult popup = parseEvent(QJsonObject{
            {"type", "rc-login-popup-notify"},
            {"oAuthUri", "https://platform.ringcentral.com/restapi/oauth/authorize?state=abc"}});
        QVERIFY(eventAs<LoginPopup>(popup));
        QVERIFY(eventAs<LoginPopup>(popup)->oAuthUri.endsWith(QLatin1String("state=abc")));

        const QJsonObject hugeUri{{"type", MessageType::LoginPopup},
                                  {"oAuthUri", QString(kMaxUrlLength + 1, QLatin1Char('a'))}};
        QCOMPARE(malformedField(parseEvent(hugeUri)), QStringLiteral("oAuthUri"));
        QCOMPARE(malformedField(parseEvent(typed(MessageType::LoginPopup))),
                 QStringLiteral("oAuthUri"));
    }

    void unknownTypeIsIgnored() {
        const EventResult result =
            parseEvent(object(R"({"type": "rc-route-changed-notify", "path": "/history"})"));
        const Ignored *ignored = std::get_if<Ignored>(&result);
        QVERIFY(ignored);
        QCOMPARE(ignored->type, QStringLiteral("rc-route-changed-notify"));

        const EventResult huge = parseEvent({{"type", QString(1000000, QLatin1Char('t'))}});
        QVERIFY(std::get_if<Ignored>(&huge));
        QCOMPARE(std::get_if<Ignored>(&huge)->type.size(), kMaxIdLength);
    }

    void missingOrWrongType_data() {
        QTest::addColumn<QJsonValue>("type");
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("number") << QJsonValue(1);
        QTest::newRow("bool") << QJsonValue(true);
        QTest::newRow("array") << QJsonValue(QJsonArray{"rc-login-status-notify"});
        QTest::newRow("object") << QJsonValue(QJsonObject{{"type", "rc-login-status-notify"}});
    }
    void missingOrWrongType() {
        QFETCH(QJsonValue, type);
        QJsonObject message{{"loggedIn", true}};
        if (!type.isUndefined()) {
            message.insert(QStringLiteral("type"), type);
        }
        QCOMPARE(malformedField(parseEvent(message)), QStringLiteral("type"));
        QCOMPARE(malformedField(parseEvent(QJsonObject())), QStringLiteral("type"));
    }

    // Every field an event reads, given every wrong JSON type: always Malformed with that field.
    void wrongTypesForEveryField_data() {
        QTest::addColumn<QJsonObject>("valid");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("accepts"); // the JSON types that are fine there

        const QJsonObject login = object(R"({"type": "rc-login-status-notify",
            "loggedIn": true, "loginNumber": "+1", "features": {}})");
        const QJsonObject response =
            object(R"({"type": "rc-adapter-message-response", "responseId": "r"})");
        const QJsonObject autoLog =
            object(R"({"type": "rc-callLogger-auto-log-notify", "autoLog": true})");
        const QJsonObject dialer = object(R"({"type": "rc-dialer-status-notify", "ready": true})");
        const QJsonObject ring =
            typed(MessageType::CallRing, {{"call", ProtocolSamples::browserSession()}});
        const QJsonObject active =
            typed(MessageType::ActiveCall, {{"call", ProtocolSamples::liveCall()}});
        const QJsonObject popup = object(R"({"type": "rc-login-popup-notify", "oAuthUri": "x"})");

        QTest::newRow("loggedIn") << login << "loggedIn"
                                  << "bool";
        QTest::newRow("loginNumber") << login << "loginNumber"
                                     << "string";
        QTest::newRow("features") << login << "features"
                                  << "object";
        QTest::newRow("responseId") << response << "responseId"
                                    << "string number";
        QTest::newRow("autoLog") << autoLog << "autoLog"
                                 << "bool";
        QTest::newRow("ready") << dialer << "ready"
                               << "bool";
        QTest::newRow("ring call") << ring << "call"
                                   << "object";
        QTest::newRow("ring call.id") << ring << "call.id"
                                      << "string number";
        QTest::newRow("ring call.partyData") << ring << "call.partyData"
                                             << "object";
        QTest::newRow("ring call.partyData.sessionId") << ring << "call.partyData.sessionId"
                                                       << "string number";
        QTest::newRow("ring call.from") << ring << "call.from"
                                        << "string object";
        QTest::newRow("ring call.fromUserName") << ring << "call.fromUserName"
                                                << "string";
        QTest::newRow("ring call.callStatus") << ring << "call.callStatus"
                                              << "string";
        QTest::newRow("ring call.startTime") << ring << "call.startTime"
                                             << "number string";
        QTest::newRow("active call") << active << "call"
                                     << "object";
        QTest::newRow("active call.sessionId") << active << "call.sessionId"
                                               << "string number";
        QTest::newRow("active call.direction") << active << "call.direction"
                                               << "string";
        QTest::newRow("active call.to") << active << "call.to"
                                        << "string object";
        QTest::newRow("active call.to.phoneNumber") << active << "call.to.phoneNumber"
                                                    << "string number";
        QTest::newRow("oAuthUri") << popup << "oAuthUri"
                                  << "string";
    }
    void wrongTypesForEveryField() {
        QFETCH(QJsonObject, valid);
        QFETCH(QString, field);
        QFETCH(QString, accepts);
        const EventResult base = parseEvent(valid);
        QVERIFY(std::get_if<Event>(&base));

        const QList<QPair<QString, QJsonValue>> values{
            {QStringLiteral("bool"), QJsonValue(false)},
            {QStringLiteral("number"), QJsonValue(3.5)},
            {QStringLiteral("string"), QJsonValue(QStringLiteral("?"))},
            {QStringLiteral("array"), QJsonValue(QJsonArray{1})},
            {QStringLiteral("object"), QJsonValue(QJsonObject{{"x", 1}})},
        };
        for (const auto &[kind, value] : values) {
            const EventResult result = parseEvent(withValue(valid, field, value));
            if (accepts.contains(kind)) {
                // Accepted types may still fail on content (3.5 is no id), but never on type.
                continue;
            }
            QVERIFY2(malformedField(result) == field, qPrintable(kind));
        }
    }

    void deeplyNestedValuesDoNotMatter() {
        // Nesting where a flat value is expected fails on the field; nesting in fields that are
        // not read costs nothing.
        QJsonObject deep{{"leaf", 1}};
        for (int i = 0; i < 500; ++i) {
            deep = QJsonObject{{"phoneNumber", deep}};
        }
        const QJsonObject call =
            withValue(ProtocolSamples::liveCall(), QStringLiteral("from"), deep);
        const EventResult result = parseEvent(typed(MessageType::ActiveCall, {{"call", call}}));
        QCOMPARE(malformedField(result), QStringLiteral("call.from.phoneNumber"));

        const QJsonObject extra =
            withValue(ProtocolSamples::liveCall(), QStringLiteral("fromMatches"), deep);
        QVERIFY(eventAs<ActiveCall>(parseEvent(typed(MessageType::ActiveCall, {{"call", extra}}))));

        // Qt's JSON parser itself refuses absurd nesting; a document that never parses never
        // reaches us, and an empty object is just "no type".
        QByteArray nested(100000, '[');
        nested += QByteArray(100000, ']');
        QCOMPARE(malformedField(parseEvent(QJsonDocument::fromJson(nested).object())),
                 QStringLiteral("type"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolParser)
#include "tst_protocolparser.moc"
