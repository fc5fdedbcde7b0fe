#include "protocolparser.h"
#include "protocolsamples.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

using namespace Protocol;
using namespace ProtocolParser;
using ProtocolSamples::object;
using ProtocolSamples::withValue;

Q_DECLARE_METATYPE(Protocol::CallLoggerTrigger)

namespace {

QJsonObject loggerBody(const char *trigger) {
    QJsonObject body{{"call", ProtocolSamples::liveCall()},
                     {"triggerType", QLatin1String(trigger)},
                     {"fromEntity", QJsonValue::Null},
                     {"toEntity", QJsonValue::Null},
                     {"redirect", false}};
    return body;
}

} // namespace

// Service request bodies (protocol.md 4.1, 5) and host-request responses (section 6).
class TestProtocolBodies final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("calldock.bridge.protocol.warning=false"));
    }

    void callLoggerTriggers_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<CallLoggerTrigger>("trigger");
        QTest::newRow("presenceUpdate") << "presenceUpdate" << CallLoggerTrigger::PresenceUpdate;
        QTest::newRow("callLogSync") << "callLogSync" << CallLoggerTrigger::CallLogSync;
        QTest::newRow("createLog") << "createLog" << CallLoggerTrigger::CreateLog;
        QTest::newRow("editLog") << "editLog" << CallLoggerTrigger::EditLog;
        QTest::newRow("viewLog") << "viewLog" << CallLoggerTrigger::ViewLog;
        QTest::newRow("logForm") << "logForm" << CallLoggerTrigger::LogForm;
        QTest::newRow("contactUpdated") << "contactUpdated" << CallLoggerTrigger::ContactUpdated;
        QTest::newRow("new word") << "futureTrigger" << CallLoggerTrigger::Unknown;
        QTest::newRow("wrong case") << "PresenceUpdate" << CallLoggerTrigger::Unknown;
    }
    void callLoggerTriggers() {
        QFETCH(QString, name);
        QFETCH(CallLoggerTrigger, trigger);
        const Parsed<CallLoggerRequest> request =
            parseCallLoggerBody(withValue(loggerBody("x"), QStringLiteral("triggerType"), name));
        QVERIFY(request);
        QVERIFY(request->trigger == trigger);
        QCOMPARE(request->triggerName, name);
        if (trigger != CallLoggerTrigger::Unknown) {
            QCOMPARE(wireName(trigger), name);
            QVERIFY(callLoggerTriggerFromWireName(name) == trigger);
        }
    }

    void callLoggerLogForm() {
        const Parsed<CallLoggerRequest> request = parseCallLoggerBody(object(R"({
            "call": {"sessionId": 214705503020, "direction": "Outbound", "action": "Phone Call"},
            "triggerType": "logForm",
            "fromEntity": {"id": 42, "type": "contact", "name": "Ada Lovelace"},
            "toEntity": null,
            "redirect": true,
            "note": "Called back about the invoice",
            "formData": {"title": "Invoice", "note": "Form note"},
            "aiNote": "Summary",
            "transcript": [{"text": "hello"}]
        })"));
        QVERIFY(request);
        QCOMPARE(request->call.sessionId, QStringLiteral("214705503020"));
        QVERIFY(request->call.isFinalRecord());
        QVERIFY(request->trigger == CallLoggerTrigger::LogForm);
        QVERIFY(request->fromEntity);
        QCOMPARE(request->fromEntity->id, QStringLiteral("42"));
        QCOMPARE(request->fromEntity->name, QStringLiteral("Ada Lovelace"));
        QVERIFY(!request->toEntity);
        QCOMPARE(request->redirect, true);
        QCOMPARE(request->note, QStringLiteral("Called back about the invoice"));
        QCOMPARE(request->subject, QStringLiteral("Invoice")); // title when no subject
        QCOMPARE(request->formNote, QStringLiteral("Form note"));
        QCOMPARE(request->aiNote, QStringLiteral("Summary"));
        QVERIFY(request->transcript.isEmpty()); // unknown shape: dropped, not fatal

        const Parsed<CallLoggerRequest> withSubject =
            parseCallLoggerBody(withValue(loggerBody("logForm"), QStringLiteral("formData"),
                                          QJsonObject{{"subject", "S"}, {"title", "T"}}));
        QCOMPARE(withSubject->subject, QStringLiteral("S"));
    }

    void callLoggerMinimalDefaults() {
        const Parsed<CallLoggerRequest> request = parseCallLoggerBody(QJsonObject{
            {"call", QJsonObject{{"sessionId", "1"}}}, {"triggerType", "presenceUpdate"}});
        QVERIFY(request);
        QCOMPARE(request->redirect, false);
        QVERIFY(request->note.isEmpty());
        QVERIFY(!request->fromEntity);
    }

    void callLoggerMalformed_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expectedField");
        const QJsonValue null(QJsonValue::Null);
        QTest::newRow("no call") << "call" << null << "body.call";
        QTest::newRow("call array") << "call" << QJsonValue(QJsonArray{}) << "body.call";
        QTest::newRow("call no session") << "call.sessionId" << null << "body.call.sessionId";
        QTest::newRow("call bad time")
            << "call.startTime" << QJsonValue("soon") << "body.call.startTime";
        QTest::newRow("no trigger") << "triggerType" << null << "body.triggerType";
        QTest::newRow("trigger number") << "triggerType" << QJsonValue(1) << "body.triggerType";
        QTest::newRow("redirect string") << "redirect" << QJsonValue("false") << "body.redirect";
        QTest::newRow("note number") << "note" << QJsonValue(1) << "body.note";
        QTest::newRow("formData string") << "formData" << QJsonValue("x") << "body.formData";
        QTest::newRow("formData.note")
            << "formData.note" << QJsonValue(QJsonObject()) << "body.formData.note";
        QTest::newRow("entity array")
            << "fromEntity" << QJsonValue(QJsonArray{}) << "body.fromEntity";
        QTest::newRow("entity id") << "toEntity.id" << QJsonValue(true) << "body.toEntity.id";
    }
    void callLoggerMalformed() {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expectedField);
        const Parsed<CallLoggerRequest> request =
            parseCallLoggerBody(withValue(loggerBody("presenceUpdate"), field, value));
        QVERIFY(!request);
        QCOMPARE(request.error.field, expectedField);
    }

    void callLoggerHugeNoteIsTruncated() {
        const QString note(200000, QLatin1Char('n'));
        const Parsed<CallLoggerRequest> request = parseCallLoggerBody(
            withValue(loggerBody("logForm"), QStringLiteral("formData.note"), note));
        QVERIFY(request);
        QCOMPARE(request->formNote.size(), kMaxNoteLength);
        QVERIFY(parseCallLoggerBody(QJsonObject()).error.field == QLatin1String("body.call"));
    }

    void matchBody() {
        const Parsed<MatchRequest> request = parseMatchBody(object(R"({
            "sessionIds": ["214705503020", 214705503021, null, ""],
            "activeSessionIds": ["214705503020"]})"));
        QVERIFY(request);
        // null and empty entries are skipped rather than failing the whole match.
        QCOMPARE(request->sessionIds,
                 QStringList({QStringLiteral("214705503020"), QStringLiteral("214705503021")}));
        QCOMPARE(request->activeSessionIds, QStringList{QStringLiteral("214705503020")});

        const Parsed<MatchRequest> noActive =
            parseMatchBody(QJsonObject{{"sessionIds", QJsonArray{"1"}}});
        QVERIFY(noActive);
        QVERIFY(noActive->activeSessionIds.isEmpty());
    }

    void matchBodyMalformed() {
        QCOMPARE(parseMatchBody(QJsonObject()).error.field, QStringLiteral("body.sessionIds"));
        QCOMPARE(parseMatchBody({{"sessionIds", "1,2"}}).error.field,
                 QStringLiteral("body.sessionIds"));
        QCOMPARE(parseMatchBody({{"sessionIds", QJsonArray{"1", QJsonObject()}}}).error.field,
                 QStringLiteral("body.sessionIds[1]"));
        QCOMPARE(parseMatchBody({{"sessionIds", QJsonArray{"1", 1.5}}}).error.field,
                 QStringLiteral("body.sessionIds[1]"));
        QCOMPARE(
            parseMatchBody({{"sessionIds", QJsonArray{}}, {"activeSessionIds", 3}}).error.field,
            QStringLiteral("body.activeSessionIds"));
    }

    void matchBodySizeCap() {
        const Parsed<MatchRequest> atCap =
            parseMatchBody({{"sessionIds", ProtocolSamples::idArray(kMaxSessionIds)}});
        QVERIFY(atCap);
        QCOMPARE(atCap->sessionIds.size(), kMaxSessionIds);
        QVERIFY(!parseMatchBody({{"sessionIds", ProtocolSamples::idArray(kMaxSessionIds + 1)}}));
        const Parsed<MatchRequest> huge =
            parseMatchBody({{"sessionIds", ProtocolSamples::idArray(100000)}});
        QVERIFY(!huge);
        QCOMPARE(huge.error.field, QStringLiteral("body.sessionIds"));
    }

    void unloggedCalls() {
        QJsonArray calls{ProtocolSamples::callLogRecord(), ProtocolSamples::callLogRecord()};
        calls.append(QJsonObject{{"id", "no-session"}});
        calls.append(QStringLiteral("not a call"));
        const Parsed<UnloggedCallsPage> page =
            parseUnloggedCallsResponse(QJsonObject{{"calls", calls}, {"hasMore", true}});
        QVERIFY(page);
        QCOMPARE(page->calls.size(), 2);
        QCOMPARE(page->skippedCalls, 2);
        QCOMPARE(page->hasMore, true);
        QVERIFY(page->calls.first().isFinalRecord());
        QVERIFY(page->calls.first().recording);

        const Parsed<UnloggedCallsPage> last =
            parseUnloggedCallsResponse(QJsonObject{{"calls", QJsonArray{}}});
        QVERIFY(last);
        QCOMPARE(last->hasMore, false);
    }

    void unloggedCallsMalformed() {
        QCOMPARE(parseUnloggedCallsResponse(QJsonValue("x")).error.field,
                 QStringLiteral("response"));
        QCOMPARE(parseUnloggedCallsResponse(QJsonValue(QJsonValue::Null)).error.field,
                 QStringLiteral("response"));
        QCOMPARE(parseUnloggedCallsResponse(QJsonObject{{"hasMore", true}}).error.field,
                 QStringLiteral("response.calls"));
        QCOMPARE(parseUnloggedCallsResponse(QJsonObject{{"calls", QJsonObject()}}).error.field,
                 QStringLiteral("response.calls"));
        QCOMPARE(
            parseUnloggedCallsResponse(QJsonObject{{"calls", QJsonArray{}}, {"hasMore", "yes"}})
                .error.field,
            QStringLiteral("response.hasMore"));
        QJsonArray tooMany;
        for (int i = 0; i <= kMaxCallsPerPage; ++i) {
            tooMany.append(QJsonObject{{"sessionId", i}});
        }
        QCOMPARE(parseUnloggedCallsResponse(QJsonObject{{"calls", tooMany}}).error.field,
                 QStringLiteral("response.calls"));
    }

    void getCallLog() {
        const Parsed<std::optional<WidgetCall>> known =
            parseGetCallLogResponse(QJsonObject{{"call", ProtocolSamples::callLogRecord()}});
        QVERIFY(known);
        QVERIFY(known->has_value());
        QCOMPARE((*known)->recording->contentUri,
                 QLatin1String(ProtocolSamples::recordingContentUri()));

        const Parsed<std::optional<WidgetCall>> unknown =
            parseGetCallLogResponse(QJsonObject{{"call", QJsonValue::Null}});
        QVERIFY(unknown);
        QVERIFY(!unknown->has_value());
        QVERIFY(parseGetCallLogResponse(QJsonObject()));

        QCOMPARE(parseGetCallLogResponse(QJsonValue(QJsonValue::Null)).error.field,
                 QStringLiteral("response"));
        QCOMPARE(parseGetCallLogResponse(QJsonObject{{"call", "x"}}).error.field,
                 QStringLiteral("response.call"));
        QCOMPARE(
            parseGetCallLogResponse(QJsonObject{{"call", QJsonObject{{"id", "1"}}}}).error.field,
            QStringLiteral("response.call.sessionId"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolBodies)
#include "tst_protocolbodies.moc"
