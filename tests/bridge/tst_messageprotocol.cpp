// The message logging part of the widget protocol (protocol.md section 9): parsing the
// conversation-day body and both matcher shapes, and the host's messages for it.
#include "messagesamples.h"
#include "protocolparser.h"
#include "protocolwriter.h"
#include "widgeturl.h"

#include <QTest>
#include <QUrlQuery>

using namespace Protocol;
using namespace ProtocolParser;
using namespace MessageSamples;

class TestMessageProtocol final : public QObject {
    Q_OBJECT

private slots:
    void parsesConversationDay();
    void splitsTheLogIdOnTheFirstSlashOnly_data();
    void splitsTheLogIdOnTheFirstSlashOnly();
    void hostileConversationIds_data();
    void hostileConversationIds();
    void oddMessagesAreSkippedNotFatal();
    void hugeTextIsCut();
    void parsesVoicemail();
    void triggers_data();
    void triggers();
    void logFormCarriesTheNote();
    void matchConversationDays();
    void matchMessagesShape();
    void matchWithoutKnownKeysIsMalformed();
    void messageAutoLogNotify();
    void registrationCarriesMessageFields();
    void autoLogSettingsMessageIsABoolean();
    void granularAnswers();
    void widgetUrlSeedsMessageAutoLogWithoutTheBooleanTrap();
};

void TestMessageProtocol::parsesConversationDay() {
    const QJsonObject body = conversationBody(
        QStringLiteral("4400112233/8/17/2026"),
        QJsonArray{smsMessage(2002, QStringLiteral("See you at 5"), 1787000100000,
                              QStringLiteral("Outbound")),
                   smsMessage(2001, QStringLiteral("Are we still on?"), 1787000000000)});
    const auto parsed = parseMessageLoggerBody(body);
    QVERIFY2(parsed.ok(),
             qPrintable(parsed.error.field + QStringLiteral(": ") + parsed.error.reason));
    const Conversation &c = parsed->conversation;
    QCOMPARE(c.conversationLogId, QStringLiteral("4400112233/8/17/2026"));
    QCOMPARE(c.conversationId, QStringLiteral("4400112233"));
    QCOMPARE(c.date, QStringLiteral("8/17/2026"));
    QCOMPARE(c.type, QStringLiteral("SMS"));
    QCOMPARE(c.self.phoneNumber, QStringLiteral("+15550001111"));
    QCOMPARE(c.correspondents.size(), 1);
    QCOMPARE(c.correspondents.first().name, QStringLiteral("Ada Lovelace"));
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.skippedMessages, 0);
    const ConversationMessage &newest = c.messages.first();
    QCOMPARE(newest.id, QStringLiteral("2002")); // a number on the wire
    QCOMPARE(newest.direction, CallDirection::Outbound);
    QCOMPARE(newest.subject, QStringLiteral("See you at 5"));
    QCOMPARE(newest.to.first().messageStatus, QStringLiteral("Delivered"));
    QCOMPARE(newest.creationTime.toMSecsSinceEpoch(), qint64(1787000100000));
    QCOMPARE(newest.attachments.size(), 1);
    QCOMPARE(newest.attachments.first().type, QStringLiteral("Text"));
    QCOMPARE(parsed->trigger, MessageLoggerTrigger::Auto);
}

void TestMessageProtocol::splitsTheLogIdOnTheFirstSlashOnly_data() {
    QTest::addColumn<QString>("logId");
    QTest::addColumn<QString>("conversationId");
    QTest::addColumn<QString>("date");
    QTest::newRow("en-US") << "123/8/17/2026"
                           << "123"
                           << "8/17/2026";
    QTest::newRow("de-DE") << "123/17.8.2026"
                           << "123"
                           << "17.8.2026";
    QTest::newRow("ja-JP") << QStringLiteral("123/2026/8/17") << "123"
                           << "2026/8/17";
    // Right-to-left locales put marks (format characters, not control characters) in dates.
    QTest::newRow("ar") << QStringLiteral("123/\u200f17\u200f/8\u200f/2026") << "123"
                        << QStringLiteral("\u200f17\u200f/8\u200f/2026");
    QTest::newRow("no slash") << "123"
                              << "123"
                              << "";
    // Found by fuzz_conversationbody: nothing before the first slash.
    QTest::newRow("leading slash") << "/8/17/2026"
                                   << "/8/17/2026"
                                   << "8/17/2026";
}

void TestMessageProtocol::splitsTheLogIdOnTheFirstSlashOnly() {
    QFETCH(QString, logId);
    QFETCH(QString, conversationId);
    QFETCH(QString, date);
    QJsonObject body = conversationBody(logId, QJsonArray{smsMessage(1, QStringLiteral("x"), 1)});
    QJsonObject conversation = body.value(QLatin1String("conversation")).toObject();
    // Older widgets (and hostile pages) may leave the parts out: the id alone must do.
    conversation.remove(QStringLiteral("conversationId"));
    conversation.remove(QStringLiteral("date"));
    body.insert(QStringLiteral("conversation"), conversation);
    const auto parsed = parseMessageLoggerBody(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->conversation.conversationLogId, logId);
    QCOMPARE(parsed->conversation.conversationId, conversationId);
    QCOMPARE(parsed->conversation.date, date);
}

void TestMessageProtocol::hostileConversationIds_data() {
    QTest::addColumn<QJsonValue>("logId");
    QTest::addColumn<QString>("reason");
    QTest::newRow("control character")
        << QJsonValue(QStringLiteral("12/8/17\n/2026")) << "contains control characters";
    QTest::newRow("nul") << QJsonValue(QStringLiteral("12\u0000/1"))
                         << "contains control characters";
    QTest::newRow("very long") << QJsonValue(QStringLiteral("1/") + QString(5000, QLatin1Char('7')))
                               << "longer than 256";
    QTest::newRow("missing") << QJsonValue() << "missing";
    QTest::newRow("empty") << QJsonValue(QString()) << "empty";
    QTest::newRow("object") << QJsonValue(QJsonObject()) << "expected string or number, got object";
}

void TestMessageProtocol::hostileConversationIds() {
    QFETCH(QJsonValue, logId);
    QFETCH(QString, reason);
    QJsonObject body = conversationBody(QStringLiteral("1/2"), QJsonArray());
    QJsonObject conversation = body.value(QLatin1String("conversation")).toObject();
    conversation.insert(QStringLiteral("conversationLogId"), logId);
    body.insert(QStringLiteral("conversation"), conversation);
    const auto parsed = parseMessageLoggerBody(body);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error.field, QStringLiteral("body.conversation.conversationLogId"));
    QCOMPARE(parsed.error.reason, reason);
}

void TestMessageProtocol::oddMessagesAreSkippedNotFatal() {
    QJsonObject noId = smsMessage(5, QStringLiteral("no id"), 1);
    noId.remove(QStringLiteral("id"));
    QJsonObject badTime = smsMessage(6, QStringLiteral("bad time"), 1);
    badTime.insert(QStringLiteral("creationTime"), QStringLiteral("yesterday"));
    QJsonObject controlId = smsMessage(7, QStringLiteral("control"), 1);
    controlId.insert(QStringLiteral("id"), QStringLiteral("7\r\n"));
    QJsonObject unknownType = smsMessage(8, QStringLiteral("new kind"), 1);
    unknownType.insert(QStringLiteral("type"), QStringLiteral("Hologram"));
    const QJsonObject good = smsMessage(9, QStringLiteral("good"), 2);
    const QJsonArray messages{good,        noId, badTime, controlId, QStringLiteral("text"),
                              unknownType, good /* a duplicate is stored once */};
    const auto parsed =
        parseMessageLoggerBody(conversationBody(QStringLiteral("1/1/1/2026"), messages));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->conversation.skippedMessages, 4);
    QCOMPARE(parsed->conversation.messages.size(), 2);
    QCOMPARE(parsed->conversation.messages.at(0).id, QStringLiteral("9"));
    QCOMPARE(parsed->conversation.messages.at(1).type, QStringLiteral("Hologram"));
}

void TestMessageProtocol::hugeTextIsCut() {
    const QString huge(kMaxMessageTextLength * 3, QLatin1Char('a'));
    const auto parsed = parseMessageLoggerBody(
        conversationBody(QStringLiteral("1/1"), QJsonArray{smsMessage(1, huge, 1)}));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->conversation.messages.first().subject.size(), kMaxMessageTextLength);
}

void TestMessageProtocol::parsesVoicemail() {
    const QString uri = QStringLiteral("https://media.ringcentral.com/vm/1?access_token=SECRET");
    const auto parsed = parseMessageLoggerBody(conversationBody(
        QStringLiteral("7700/8/17/2026"), QJsonArray{voicemailMessage(300, 1787000000000, uri)},
        QStringLiteral("auto"), QStringLiteral("VoiceMail")));
    QVERIFY(parsed.ok());
    const ConversationMessage &vm = parsed->conversation.messages.first();
    QCOMPARE(vm.type, QStringLiteral("VoiceMail"));
    QCOMPARE(vm.transcript, QStringLiteral("Hi, please call me back about the order."));
    QCOMPARE(vm.transcriptionStatus, QStringLiteral("Completed"));
    QCOMPARE(vm.attachments.size(), 1);
    QCOMPARE(vm.attachments.first().uri, uri);
    QCOMPARE(vm.attachments.first().vmDurationSeconds, std::optional<int>(17));
    QCOMPARE(vm.attachments.first().contentType, QStringLiteral("audio/mpeg"));
    QVERIFY(!vm.attachments.first().link.isEmpty());
}

void TestMessageProtocol::triggers_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("trigger");
    QTest::newRow("manual") << "manual" << int(MessageLoggerTrigger::Manual);
    QTest::newRow("logForm") << "logForm" << int(MessageLoggerTrigger::LogForm);
    QTest::newRow("auto") << "auto" << int(MessageLoggerTrigger::Auto);
    QTest::newRow("selectedLog") << "selectedLog" << int(MessageLoggerTrigger::SelectedLog);
    QTest::newRow("openLog") << "openLog" << int(MessageLoggerTrigger::OpenLog);
    QTest::newRow("unknown") << "teleport" << int(MessageLoggerTrigger::Unknown);
}

void TestMessageProtocol::triggers() {
    QFETCH(QString, name);
    QFETCH(int, trigger);
    const auto parsed = parseMessageLoggerBody(conversationBody(QStringLiteral("1/1"), {}, name));
    QVERIFY(parsed.ok());
    QCOMPARE(int(parsed->trigger), trigger);
    QCOMPARE(parsed->triggerName, name);
    if (trigger != int(MessageLoggerTrigger::Unknown)) {
        QCOMPARE(wireName(parsed->trigger), name);
    }
}

void TestMessageProtocol::logFormCarriesTheNote() {
    QJsonObject body = conversationBody(QStringLiteral("1/1"), {}, QStringLiteral("logForm"));
    body.insert(QStringLiteral("formData"),
                QJsonObject{{QStringLiteral("note"), QStringLiteral("Sent the quote")},
                            {QStringLiteral("title"), QStringLiteral("Quote")}});
    body.insert(QStringLiteral("selectedMessageIds"), QJsonArray{11, QStringLiteral("12"), 11});
    body.insert(QStringLiteral("redirect"), QStringLiteral("yes")); // not a boolean: ignored
    const auto parsed = parseMessageLoggerBody(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->note, QStringLiteral("Sent the quote"));
    QCOMPARE(parsed->subject, QStringLiteral("Quote"));
    QCOMPARE(parsed->selectedMessageIds, (QStringList{"11", "12"}));
    QVERIFY(!parsed->redirect);
}

void TestMessageProtocol::matchConversationDays() {
    const QJsonObject body{
        {QStringLiteral("conversationLogIds"),
         QJsonArray{QStringLiteral("1/8/17/2026"), QJsonValue(), QStringLiteral("2/\x01"),
                    QString(300, QLatin1Char('9')), QStringLiteral("3/17.8.2026"),
                    QStringLiteral("1/8/17/2026")}}};
    const auto parsed = parseMessageMatchBody(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->shape, MessageMatchRequest::Shape::ConversationDays);
    // Odd ids are left out, never fatal: failing the match would wipe every logged mark.
    QCOMPARE(parsed->conversationLogIds, (QStringList{"1/8/17/2026", "3/17.8.2026"}));
    QCOMPARE(parsed->skippedIds, 3);
}

void TestMessageProtocol::matchMessagesShape() {
    const QJsonObject body{{QStringLiteral("conversationId"), QStringLiteral("4400")},
                           {QStringLiteral("messageIds"), QJsonArray{1, 2, QStringLiteral("3")}}};
    const auto parsed = parseMessageMatchBody(body);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->shape, MessageMatchRequest::Shape::Messages);
    QCOMPARE(parsed->conversationId, QStringLiteral("4400"));
    QCOMPARE(parsed->messageIds, (QStringList{"1", "2", "3"}));
}

void TestMessageProtocol::matchWithoutKnownKeysIsMalformed() {
    QVERIFY(!parseMessageMatchBody(QJsonObject{{QStringLiteral("sessionIds"), QJsonArray()}}).ok());
    const auto wrong = parseMessageMatchBody(
        QJsonObject{{QStringLiteral("conversationLogIds"), QStringLiteral("1/1")}});
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error.field, QStringLiteral("body.conversationLogIds"));
}

void TestMessageProtocol::messageAutoLogNotify() {
    const auto result = parseEvent(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("rc-messageLogger-auto-log-notify")},
                    {QStringLiteral("autoLog"), true}});
    const auto *event = std::get_if<Event>(&result);
    QVERIFY(event);
    const auto *notify = std::get_if<MessageAutoLogNotify>(event);
    QVERIFY(notify);
    QVERIFY(notify->autoLog);
    const auto bad = parseEvent(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("rc-messageLogger-auto-log-notify")},
                    {QStringLiteral("autoLog"), QStringLiteral("false")}});
    QVERIFY(std::holds_alternative<Malformed>(bad));
}

void TestMessageProtocol::registrationCarriesMessageFields() {
    ServiceRegistration registration;
    registration.name = QStringLiteral("CallDock");
    registration.messageLoggerPath = QStringLiteral("/messageLogger");
    registration.messageLoggerTitle = QStringLiteral("Log to CallDock");
    registration.messageLoggerAutoSettingLabel = QStringLiteral("Log messages automatically");
    registration.messageLogEntityMatcherPath = QStringLiteral("/messageLogger/match");
    const QJsonObject service =
        ProtocolWriter::registerService(registration).value(QLatin1String("service")).toObject();
    QCOMPARE(service.value(QLatin1String("messageLoggerPath")).toString(),
             QStringLiteral("/messageLogger"));
    QCOMPARE(service.value(QLatin1String("messageLoggerTitle")).toString(),
             QStringLiteral("Log to CallDock"));
    QCOMPARE(service.value(QLatin1String("messageLoggerAutoSettingLabel")).toString(),
             QStringLiteral("Log messages automatically"));
    QCOMPARE(service.value(QLatin1String("messageLogEntityMatcherPath")).toString(),
             QStringLiteral("/messageLogger/match"));
    QCOMPARE(service.value(QLatin1String("attachmentWithToken")), QJsonValue(1));

    registration.messageLoggerPath.clear();
    const QJsonObject without =
        ProtocolWriter::registerService(registration).value(QLatin1String("service")).toObject();
    QVERIFY(!without.contains(QLatin1String("messageLoggerPath")));
    QVERIFY(!without.contains(QLatin1String("attachmentWithToken")));
}

void TestMessageProtocol::autoLogSettingsMessageIsABoolean() {
    for (const bool enabled : {true, false}) {
        const QJsonObject message = ProtocolWriter::updateMessageAutoLogSettings(enabled);
        QCOMPARE(message.value(QLatin1String("type")).toString(),
                 QStringLiteral("rc-adapter-update-auto-log-settings"));
        // The widget tests truthiness: "false" or 0-as-string would switch it on.
        QVERIFY(message.value(QLatin1String("message")).isBool());
        QCOMPARE(message.value(QLatin1String("message")).toBool(), enabled);
        QVERIFY(!message.contains(QLatin1String("call")));
    }
}

void TestMessageProtocol::granularAnswers() {
    const QJsonObject ids = ProtocolWriter::messageLogIdsResponse(
        {{QStringLiteral("11"), QStringLiteral("log-1")}, {QStringLiteral("12"), QString()}});
    const QJsonObject data = ids.value(QLatin1String("data")).toObject();
    QCOMPARE(data.keys(), QStringList{QStringLiteral("11")});
    QCOMPARE(data.value(QLatin1String("11")).toObject().value(QLatin1String("logId")).toString(),
             QStringLiteral("log-1"));
    const QJsonObject one = ProtocolWriter::logIdResponse(QStringLiteral("log-2"));
    QCOMPARE(one.value(QLatin1String("data")).toObject().value(QLatin1String("logId")).toString(),
             QStringLiteral("log-2"));
}

void TestMessageProtocol::widgetUrlSeedsMessageAutoLogWithoutTheBooleanTrap() {
    WidgetUrlOptions options;
    // A configured URL may carry the parameter already; "0" would turn auto-log ON.
    options.appUrl = QUrl(
        QStringLiteral("https://apps.ringcentral.com/integration/ringcentral-embeddable/latest/"
                       "app.html?defaultAutoLogMessageEnabled=0"));
    options.autoLogMessages = false;
    QVERIFY(!QUrlQuery(WidgetUrl::compose(options))
                 .hasQueryItem(QStringLiteral("defaultAutoLogMessageEnabled")));
    options.autoLogMessages = true;
    const QUrlQuery on(WidgetUrl::compose(options));
    QCOMPARE(on.allQueryItemValues(QStringLiteral("defaultAutoLogMessageEnabled")),
             QStringList{QStringLiteral("1")});
}

QTEST_GUILESS_MAIN(TestMessageProtocol)
#include "tst_messageprotocol.moc"
