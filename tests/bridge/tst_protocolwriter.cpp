#include "protocolparser.h"
#include "protocolsamples.h"
#include "protocolwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Protocol;
using ProtocolSamples::object;

namespace {

// Compares as compact JSON so a failure shows both documents.
QByteArray json(const QJsonObject &value) {
    return QJsonDocument(value).toJson(QJsonDocument::Compact);
}

// The widget tests truthiness, so a boolean posted as a string is a bug wherever it appears.
bool hasStringBoolean(const QJsonValue &value) {
    if (value.isString()) {
        return value.toString() == QLatin1String("true")
               || value.toString() == QLatin1String("false");
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (hasStringBoolean(it.value())) {
                return true;
            }
        }
    }
    if (value.isArray()) {
        for (const QJsonValue &element : value.toArray()) {
            if (hasStringBoolean(element)) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

// Host -> widget messages of protocol.md 2.2 and 6, and answers: exact field names and types.
class TestProtocolWriter final : public QObject {
    Q_OBJECT

private slots:
    void registerService() {
        ServiceRegistration service;
        service.name = QStringLiteral("CallDock");
        service.displayName = QStringLiteral("CallDock");
        service.callLoggerPath = QStringLiteral("/callLogger");
        service.callLoggerTitle = QStringLiteral("Log to CallDock");
        service.callLoggerAutoSettingLabel = QStringLiteral("Log calls automatically");
        service.callLogEntityMatcherPath = QStringLiteral("/callLogger/match");
        service.recordingWithToken = true;
        service.showLogModal = false;
        const QJsonObject message = ProtocolWriter::registerService(service);
        QCOMPARE(json(message), json(object(R"({"type": "rc-adapter-register-third-party-service",
            "service": {"name": "CallDock", "displayName": "CallDock",
                "callLoggerPath": "/callLogger", "callLoggerTitle": "Log to CallDock",
                "callLoggerAutoSettingLabel": "Log calls automatically",
                "callLogEntityMatcherPath": "/callLogger/match",
                "recordingWithToken": 1, "showLogModal": false}})")));
        const QJsonObject fields = message.value(QStringLiteral("service")).toObject();
        QVERIFY(fields.value(QStringLiteral("recordingWithToken")).isDouble());
        QCOMPARE(fields.value(QStringLiteral("recordingWithToken")).toInt(), 1);
        QVERIFY(fields.value(QStringLiteral("showLogModal")).isBool());
        QVERIFY(!hasStringBoolean(message));
    }

    void registerServiceLeavesOutWhatIsOff() {
        ServiceRegistration service;
        service.name = QStringLiteral("CallDock");
        service.recordingWithToken = false;
        service.showLogModal = true;
        QCOMPARE(json(ProtocolWriter::registerService(service)),
                 json(object(R"({"type": "rc-adapter-register-third-party-service",
                     "service": {"name": "CallDock", "showLogModal": true}})")));
    }

    void postMessageResponse() {
        QCOMPARE(json(ProtocolWriter::postMessageResponse(QStringLiteral("req-1"),
                                                          ProtocolWriter::loggerAck())),
                 json(object(R"({"type": "rc-post-message-response", "responseId": "req-1",
                     "response": {"data": "ok"}})")));
        const QJsonObject undefinedResponse =
            ProtocolWriter::postMessageResponse(QStringLiteral("r"), QJsonValue::Undefined);
        QVERIFY(undefinedResponse.contains(QStringLiteral("response")));
        QVERIFY(undefinedResponse.value(QStringLiteral("response")).isNull());
        QCOMPARE(json(ProtocolWriter::errorResponse(QStringLiteral("malformed request"))),
                 json(object(R"({"error": "malformed request"})")));
    }

    void simpleCommands() {
        QCOMPARE(json(ProtocolWriter::triggerCallLoggerMatch({"1", "2"})),
                 json(object(R"({"type": "rc-adapter-trigger-call-logger-match",
                     "sessionIds": ["1", "2"]})")));
        QCOMPARE(json(ProtocolWriter::updateAutoLogSettings(false)),
                 json(object(R"({"type": "rc-adapter-update-auto-log-settings",
                     "call": false})")));
        QCOMPARE(json(ProtocolWriter::newCall(QStringLiteral("+16505550100"), true)),
                 json(object(R"({"type": "rc-adapter-new-call", "phoneNumber": "+16505550100",
                     "toCall": true})")));
        QCOMPARE(json(ProtocolWriter::navigateTo(QStringLiteral("/log/call/214705503020"))),
                 json(object(R"({"type": "rc-adapter-navigate-to",
                     "path": "/log/call/214705503020"})")));
        QCOMPARE(json(ProtocolWriter::logout()), json(object(R"({"type": "rc-adapter-logout"})")));
    }

    void messageRequests() {
        // The widget never answers a request without body: it is there even when empty.
        const QJsonObject bare =
            ProtocolWriter::messageRequest(QStringLiteral("h1"), QStringLiteral("/x"));
        QCOMPARE(json(bare), json(object(R"({"type": "rc-adapter-message-request",
            "requestId": "h1", "path": "/x", "body": {}})")));
        QCOMPARE(json(ProtocolWriter::unloggedCallsRequest(QStringLiteral("h2"), 50, 1)),
                 json(object(R"({"type": "rc-adapter-message-request", "requestId": "h2",
                     "path": "/unlogged-calls", "body": {"perPage": 50, "page": 1}})")));
        QCOMPARE(json(ProtocolWriter::getCallLogRequest(QStringLiteral("h3"), QStringLiteral("7"))),
                 json(object(R"({"type": "rc-adapter-message-request", "requestId": "h3",
                "path": "/get-call-log", "body": {"sessionId": "7"}})")));
        QCOMPARE(json(ProtocolWriter::customAlert(QStringLiteral("h4"), QStringLiteral("Saved"),
                                                  AlertLevel::Danger, 5000)),
                 json(object(R"({"type": "rc-adapter-message-request", "requestId": "h4",
                     "path": "/custom-alert-message",
                     "body": {"message": "Saved", "level": "danger", "ttl": 5000}})")));
        QCOMPARE(wireName(AlertLevel::Info), QStringLiteral("info"));
        QCOMPARE(wireName(AlertLevel::Warning), QStringLiteral("warning"));
    }

    void matchResponse() {
        const QList<MatchEntry> entries{
            MatchEntry::logged(QStringLiteral("214705503020"), QStringLiteral("88888"),
                               QStringLiteral("Note")),
            MatchEntry::withStatus(QStringLiteral("214705503021"), MatchStatus::Pending,
                                   QStringLiteral("Saving…")),
            MatchEntry::withStatus(QStringLiteral("214705503020"), MatchStatus::Success,
                                   QStringLiteral("Recording saved")),
            MatchEntry::withStatus(QStringLiteral("3"), MatchStatus::Failed, QStringLiteral("x")),
            MatchEntry::logged(QString(), QStringLiteral("ignored"), QString()),
        };
        QCOMPARE(json(ProtocolWriter::matchResponse(entries)), json(object(R"({"data": {
            "214705503020": [{"id": "88888", "note": "Note"},
                {"type": "status", "status": "success", "message": "Recording saved"}],
            "214705503021": [{"type": "status", "status": "pending", "message": "Saving…"}],
            "3": [{"type": "status", "status": "failed", "message": "x"}]}})")));
        QCOMPARE(json(ProtocolWriter::matchResponse({})), json(object(R"({"data": {}})")));
    }

    // What the writer emits for a call, the parser reads back unchanged.
    void callRoundTrip() {
        const ProtocolParser::Parsed<WidgetCall> record =
            ProtocolParser::parseCall(ProtocolSamples::callLogRecord());
        QVERIFY(record);
        const ProtocolParser::Parsed<WidgetCall> again =
            ProtocolParser::parseCall(ProtocolWriter::callObject(*record));
        QVERIFY(again);
        QVERIFY(*again == *record);

        WidgetCall live;
        live.sessionId = QStringLiteral("42");
        live.direction = CallDirection::Inbound;
        live.from.phoneNumber = QStringLiteral("+16505550100");
        live.startTime = QDateTime::fromMSecsSinceEpoch(1714557600123, Qt::UTC);
        live.durationSeconds = 0;
        live.telephonyStatus = QStringLiteral("Ringing");
        const ProtocolParser::Parsed<WidgetCall> parsedLive =
            ProtocolParser::parseCall(ProtocolWriter::callObject(live));
        QVERIFY(parsedLive);
        QVERIFY(*parsedLive == live);

        live.telephonyStatus = QStringLiteral("CallConnected");
        QVERIFY(!(*parsedLive == live)); // the comparison does look at fields
    }

    // Ids the host asks the widget to re-match come back in its match request unchanged.
    void sessionIdsRoundTrip() {
        const QStringList ids{QStringLiteral("214705503020"), QStringLiteral("s-1")};
        const QJsonObject trigger = ProtocolWriter::triggerCallLoggerMatch(ids);
        const ProtocolParser::Parsed<MatchRequest> request = ProtocolParser::parseMatchBody(
            QJsonObject{{"sessionIds", trigger.value(QStringLiteral("sessionIds"))}});
        QVERIFY(request);
        QCOMPARE(request->sessionIds, ids);
    }
};

QTEST_GUILESS_MAIN(TestProtocolWriter)
#include "tst_protocolwriter.moc"
