#include "protocolparser.h"
#include "protocolsamples.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace Protocol;
using ProtocolParser::parseCall;
using ProtocolParser::Parsed;
using ProtocolSamples::withoutValue;
using ProtocolSamples::withValue;

namespace {

Parsed<WidgetCall> parsedWith(const QString &field, const QJsonValue &value) {
    return parseCall(withValue(ProtocolSamples::liveCall(), field, value));
}

} // namespace

// The call object of protocol.md 4.2 in both shapes, and every value conversion it needs.
class TestProtocolCalls final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QLoggingCategory::setFilterRules(QStringLiteral("calldock.bridge.protocol.warning=false"));
    }

    void liveCallShape() {
        const Parsed<WidgetCall> call = parseCall(ProtocolSamples::liveCall());
        QVERIFY(call);
        QCOMPARE(call->sessionId, QStringLiteral("214705503020"));
        QCOMPARE(call->telephonySessionId, QStringLiteral("s-a0d7b3c1e2f34567890"));
        QCOMPARE(call->partyId, QStringLiteral("p-a0d7b3c1e2f34567890-1"));
        QVERIFY(call->callLogId.isEmpty());
        QCOMPARE(call->direction, CallDirection::Inbound);
        QCOMPARE(call->from.phoneNumber, QStringLiteral("+16505550100"));
        QCOMPARE(call->from.name, QStringLiteral("Ada Lovelace")); // from fromName
        QCOMPARE(call->to.phoneNumber, QStringLiteral("+16505550199"));
        QCOMPARE(call->to.name, QStringLiteral("Front Desk"));
        QCOMPARE(call->startTime, QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(call->startTime.timeSpec(), Qt::UTC);
        QCOMPARE(call->durationSeconds, std::optional<int>(42));
        QCOMPARE(call->telephonyStatus, QStringLiteral("CallConnected"));
        QCOMPARE(call->result, QStringLiteral("CallConnected"));
        QVERIFY(call->action.isEmpty());
        QVERIFY(!call->recording);
        QVERIFY(!call->isFinalRecord());
    }

    void callLogRecordShape() {
        const Parsed<WidgetCall> call = parseCall(ProtocolSamples::callLogRecord());
        QVERIFY(call);
        QCOMPARE(call->callLogId, QStringLiteral("Y2lkOjE2OTQ1NTc2MDA"));
        QCOMPARE(call->sessionId, QStringLiteral("214705503021"));
        QCOMPARE(call->direction, CallDirection::Outbound);
        QCOMPARE(call->type, QStringLiteral("Voice"));
        QCOMPARE(call->action, QStringLiteral("VoIP Call"));
        QCOMPARE(call->result, QStringLiteral("Call connected"));
        QCOMPARE(call->durationSeconds, std::optional<int>(65));
        QVERIFY(call->isFinalRecord());
        // from carries an extension instead of a phone number.
        QVERIFY(call->from.phoneNumber.isEmpty());
        QCOMPARE(call->from.extensionNumber, QStringLiteral("101"));
        QCOMPARE(call->from.name, QStringLiteral("Grace Hopper"));
        QCOMPARE(call->to.location, QStringLiteral("Palo Alto, CA"));
        QCOMPARE(call->to.name, QStringLiteral("Ada Lovelace"));
        QVERIFY(call->recording);
        QCOMPARE(call->recording->id, QStringLiteral("6469338004"));
        QCOMPARE(call->recording->type, QStringLiteral("OnDemand"));
        QCOMPARE(call->recording->contentUri,
                 QLatin1String(ProtocolSamples::recordingContentUri()));
        QVERIFY(call->recording->link.startsWith(QLatin1String("http://apps.ringcentral.com/")));
        QVERIFY(call->recording->uri.endsWith(QLatin1String("/recording/6469338004")));
    }

    void partyNameWinsOverTopLevelName() {
        QJsonObject record = ProtocolSamples::callLogRecord();
        record.insert(QStringLiteral("fromName"), QStringLiteral("Someone Else"));
        const Parsed<WidgetCall> call = parseCall(record);
        QVERIFY(call);
        QCOMPARE(call->from.name, QStringLiteral("Grace Hopper"));
    }

    void sessionIdAsNumberOrString_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected"); // empty: Malformed
        QTest::newRow("string") << QJsonValue("214705503020") << "214705503020";
        QTest::newRow("integer") << QJsonValue(214705503020.0) << "214705503020";
        QTest::newRow("qint64") << QJsonValue(qint64(9007199254740993)) << "9007199254740993";
        QTest::newRow("zero") << QJsonValue(0) << "0";
        QTest::newRow("fraction") << QJsonValue(12.5) << "";
        QTest::newRow("negative") << QJsonValue(-1) << "";
        QTest::newRow("1e30") << QJsonValue(1e30) << "";
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << "";
        QTest::newRow("infinity") << QJsonValue(std::numeric_limits<double>::infinity()) << "";
        QTest::newRow("empty") << QJsonValue("") << "";
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << "";
        QTest::newRow("bool") << QJsonValue(true) << "";
        QTest::newRow("max length") << QJsonValue(QString(kMaxIdLength, QLatin1Char('7')))
                                    << QString(kMaxIdLength, QLatin1Char('7'));
        QTest::newRow("too long") << QJsonValue(QString(kMaxIdLength + 1, QLatin1Char('7'))) << "";
    }
    void sessionIdAsNumberOrString() {
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        const Parsed<WidgetCall> call = parsedWith(QStringLiteral("sessionId"), value);
        if (expected.isEmpty()) {
            QVERIFY(!call);
            QCOMPARE(call.error.field, QStringLiteral("call.sessionId"));
        } else {
            QVERIFY(call);
            QCOMPARE(call->sessionId, expected);
        }
        QVERIFY(!parseCall(withoutValue(ProtocolSamples::liveCall(), QStringLiteral("sessionId"))));
    }

    void startTime_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: Malformed, -2: absent
        QTest::newRow("epoch ms") << QJsonValue(1714557600000.0) << Q_INT64_C(1714557600000);
        QTest::newRow("digit string") << QJsonValue("1714557600123") << Q_INT64_C(1714557600123);
        QTest::newRow("iso utc") << QJsonValue("2024-05-01T10:00:00.000Z")
                                 << Q_INT64_C(1714557600000);
        QTest::newRow("iso offset")
            << QJsonValue("2024-05-01T12:00:00+02:00") << Q_INT64_C(1714557600000);
        QTest::newRow("iso before 1970") << QJsonValue("1900-01-01T00:00:00Z") << Q_INT64_C(-1);
        QTest::newRow("zero") << QJsonValue(0) << Q_INT64_C(0);
        QTest::newRow("max") << QJsonValue(double(kMaxEpochMs)) << kMaxEpochMs;
        QTest::newRow("beyond max") << QJsonValue(double(kMaxEpochMs) + 1000) << Q_INT64_C(-1);
        QTest::newRow("huge") << QJsonValue(1e300) << Q_INT64_C(-1);
        QTest::newRow("negative") << QJsonValue(-5) << Q_INT64_C(-1);
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN())
                             << Q_INT64_C(-1);
        QTest::newRow("infinity") << QJsonValue(-std::numeric_limits<double>::infinity())
                                  << Q_INT64_C(-1);
        QTest::newRow("garbage") << QJsonValue("yesterday") << Q_INT64_C(-1);
        QTest::newRow("long digits") << QJsonValue(QString(40, QLatin1Char('9'))) << Q_INT64_C(-1);
        QTest::newRow("huge string")
            << QJsonValue(QString(1 << 20, QLatin1Char('2'))) << Q_INT64_C(-1);
        QTest::newRow("bool") << QJsonValue(true) << Q_INT64_C(-1);
        QTest::newRow("object") << QJsonValue(QJsonObject()) << Q_INT64_C(-1);
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << Q_INT64_C(-2);
    }
    void startTime() {
        QFETCH(QJsonValue, value);
        QFETCH(qint64, expectedMs);
        const Parsed<WidgetCall> call = parsedWith(QStringLiteral("startTime"), value);
        if (expectedMs == -1) {
            QVERIFY(!call);
            QCOMPARE(call.error.field, QStringLiteral("call.startTime"));
        } else if (expectedMs == -2) {
            QVERIFY(call);
            QVERIFY(!call->startTime.isValid());
        } else {
            QVERIFY(call);
            QCOMPARE(call->startTime.toMSecsSinceEpoch(), expectedMs);
            QCOMPARE(call->startTime.timeSpec(), Qt::UTC);
        }
    }

    void duration_data() {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<int>("expected"); // -1: Malformed, -2: absent
        QTest::newRow("number") << QJsonValue(65) << 65;
        QTest::newRow("fraction rounds") << QJsonValue(1.6) << 2;
        QTest::newRow("string") << QJsonValue("65") << 65;
        QTest::newRow("zero") << QJsonValue(0) << 0;
        QTest::newRow("negative") << QJsonValue(-1) << -1;
        QTest::newRow("huge") << QJsonValue(1e12) << -1;
        QTest::newRow("nan") << QJsonValue(std::numeric_limits<double>::quiet_NaN()) << -1;
        QTest::newRow("text") << QJsonValue("a minute") << -1;
        QTest::newRow("array") << QJsonValue(QJsonArray{65}) << -1;
        QTest::newRow("null") << QJsonValue(QJsonValue::Null) << -2;
    }
    void duration() {
        QFETCH(QJsonValue, value);
        QFETCH(int, expected);
        const Parsed<WidgetCall> call = parsedWith(QStringLiteral("duration"), value);
        if (expected == -1) {
            QVERIFY(!call);
            QCOMPARE(call.error.field, QStringLiteral("call.duration"));
        } else if (expected == -2) {
            QVERIFY(call);
            QVERIFY(!call->durationSeconds);
        } else {
            QVERIFY(call);
            QCOMPARE(call->durationSeconds, std::optional<int>(expected));
        }
    }

    void direction() {
        QCOMPARE(parsedWith(QStringLiteral("direction"), "outbound")->direction,
                 CallDirection::Outbound);
        // A new direction word is not an error; a wrong type is.
        const Parsed<WidgetCall> sideways = parsedWith(QStringLiteral("direction"), "Sideways");
        QVERIFY(sideways);
        QCOMPARE(sideways->direction, CallDirection::Unknown);
        QCOMPARE(parsedWith(QStringLiteral("direction"), 1).error.field,
                 QStringLiteral("call.direction"));
    }

    // Names and notes are truncated, ids and URLs are rejected.
    void hugeStrings() {
        const Parsed<WidgetCall> longName =
            parsedWith(QStringLiteral("from.name"), QString(100000, QLatin1Char('n')));
        QVERIFY(longName);
        QCOMPARE(longName->from.name.size(), kMaxNameLength);

        // A surrogate pair straddling the cap is dropped whole, never split.
        QString emoji = QString(kMaxNameLength - 1, QLatin1Char('a'));
        emoji += QString::fromUtf8("\xF0\x9F\x93\x9E"); // one character, two code units
        const Parsed<WidgetCall> split = parsedWith(QStringLiteral("toName"), emoji);
        QVERIFY(split);
        QCOMPARE(split->to.name.size(), kMaxNameLength - 1);
        QVERIFY(!split->to.name.back().isHighSurrogate());

        const Parsed<WidgetCall> longLabel =
            parsedWith(QStringLiteral("result"), QString(5000, QLatin1Char('r')));
        QVERIFY(longLabel);
        QCOMPARE(longLabel->result.size(), kMaxLabelLength);

        const Parsed<WidgetCall> longNumber =
            parsedWith(QStringLiteral("from.phoneNumber"), QString(5000, QLatin1Char('5')));
        QCOMPARE(longNumber.error.field, QStringLiteral("call.from.phoneNumber"));

        const QJsonObject record =
            withValue(ProtocolSamples::callLogRecord(), QStringLiteral("recording.contentUri"),
                      QString(kMaxUrlLength + 1, QLatin1Char('u')));
        QCOMPARE(parseCall(record).error.field, QStringLiteral("call.recording.contentUri"));
    }

    void recordingAndPartyShapes() {
        QJsonObject record = ProtocolSamples::callLogRecord();
        record.insert(QStringLiteral("recording"), QJsonValue::Null);
        QVERIFY(parseCall(record));
        QVERIFY(!parseCall(record)->recording);

        record.insert(QStringLiteral("recording"), QStringLiteral("6469338004"));
        QCOMPARE(parseCall(record).error.field, QStringLiteral("call.recording"));

        const QJsonObject numericId = withValue(ProtocolSamples::callLogRecord(),
                                                QStringLiteral("recording.id"), 6469338004.0);
        QCOMPARE(parseCall(numericId)->recording->id, QStringLiteral("6469338004"));

        QCOMPARE(parsedWith(QStringLiteral("from"), QJsonArray{"+1"}).error.field,
                 QStringLiteral("call.from"));
        QCOMPARE(parsedWith(QStringLiteral("to.location"), 5).error.field,
                 QStringLiteral("call.to.location"));
        const Parsed<WidgetCall> extension = parsedWith(QStringLiteral("to.extensionNumber"), 101);
        QCOMPARE(extension->to.extensionNumber, QStringLiteral("101"));
    }

    void customFieldPath() {
        const Parsed<WidgetCall> call = parseCall(QJsonObject(), QStringLiteral("x.calls[2]"));
        QCOMPARE(call.error.field, QStringLiteral("x.calls[2].sessionId"));
        QCOMPARE(call.error.reason, QStringLiteral("missing"));
    }
};

QTEST_GUILESS_MAIN(TestProtocolCalls)
#include "tst_protocolcalls.moc"
