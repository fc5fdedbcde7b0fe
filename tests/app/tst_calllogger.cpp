// CallLogger's policy without WebEngine: requests go straight into the real CallLogger (the
// bridge's WidgetRequestHandler), writes reach a real SQLite file on a real storage thread, and
// answers are read off the Responder as the widget would get them.
#include "callfactsmapper.h"
#include "calllogger.h"
#include "settings.h"
#include "storageprobe.h"
#include "storagethread.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

struct Answer {
    bool answered = false;
    QJsonObject response;
    bool isAck() const { return response.value(QLatin1String("data")).toString() == "ok"; }
    bool isError() const { return response.contains(QLatin1String("error")); }
};

Responder responderFor(const std::shared_ptr<Answer> &answer, const QString &path) {
    return Responder(QStringLiteral("req"), path, 14'000,
                     [answer](const QString &, const QJsonObject &response) {
                         answer->answered = true;
                         answer->response = response;
                     });
}

Protocol::CallLoggerRequest request(Protocol::CallLoggerTrigger trigger, const QString &sessionId,
                                    bool finalRecord = true) {
    Protocol::CallLoggerRequest request;
    request.trigger = trigger;
    request.call.sessionId = sessionId;
    request.call.direction = CallDirection::Inbound;
    request.call.from.phoneNumber = QStringLiteral("+16505550111");
    request.call.from.name = QStringLiteral("Ada Lovelace");
    request.call.to.phoneNumber = QStringLiteral("+16505550100");
    if (finalRecord) {
        request.call.result = QStringLiteral("Accepted");
        request.call.action = QStringLiteral("Phone Call");
        request.call.durationSeconds = 65;
    } else {
        request.call.telephonyStatus = QStringLiteral("CallConnected");
    }
    return request;
}

} // namespace

class TestCallLogger final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void automaticUpdatesAreStoredThenAcknowledged();
    void autoLogOffUpdatesOnlyLoggedCalls();
    void automaticUpdatesNeverEraseTheNote();
    void logInDialogModeAsksForANoteAndStoresItOnSave();
    void logInWidgetModeLogsAtOnceKeepingTheNote();
    void logFormStoresTheWidgetsNote();
    void matchAnswersLoggedCallsAndPendingNotes();
    void deletedLogsAreNoLongerMatched();

private:
    Answer send(const Protocol::CallLoggerRequest &request);
    QJsonObject match(const QStringList &ids);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<CallLogger> m_logger;
};

void TestCallLogger::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("calldock.ini")));
    m_storage = std::make_unique<StorageThread>();
    const QString path = m_dir->filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(
        StorageProbe(m_storage.get()).run([path](StorageSession &s) { return s.open(path); }).ok);
    m_logger = std::make_unique<CallLogger>(*m_storage, *m_settings);
}

void TestCallLogger::cleanup() {
    m_logger.reset();
    m_storage.reset();
    m_settings.reset();
    m_dir.reset();
}

Answer TestCallLogger::send(const Protocol::CallLoggerRequest &request) {
    auto answer = std::make_shared<Answer>();
    m_logger->handleCallLogger(request, responderFor(answer, QStringLiteral("/callLogger")));
    if (!QTest::qWaitFor([&answer] { return answer->answered; }, 10'000)) {
        qWarning("no answer within 10 s");
    }
    return *answer;
}

QJsonObject TestCallLogger::match(const QStringList &ids) {
    auto answer = std::make_shared<Answer>();
    Protocol::MatchRequest request;
    request.sessionIds = ids;
    m_logger->handleMatch(request, responderFor(answer, QStringLiteral("/callLogger/match")));
    if (!QTest::qWaitFor([&answer] { return answer->answered; }, 10'000)) {
        qWarning("no match answer within 10 s");
    }
    return answer->response.value(QLatin1String("data")).toObject();
}

void TestCallLogger::automaticUpdatesAreStoredThenAcknowledged() {
    QSignalSpy changed(m_logger.get(), &CallLogger::callsChanged);
    const Answer answer = send(request(Protocol::CallLoggerTrigger::CallLogSync, "s-1"));
    QVERIFY(answer.isAck());
    const std::optional<CallRecord> stored = StorageProbe(m_storage.get()).call("s-1");
    QVERIFY(stored);
    QCOMPARE(stored->fromName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(65));
    QVERIFY(stored->isFinal);
    QCOMPARE(stored->loggedBy, LoggedBy::Auto);
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().first().toStringList(), QStringList{QStringLiteral("s-1")});
}

void TestCallLogger::autoLogOffUpdatesOnlyLoggedCalls() {
    QVERIFY(send(request(Protocol::CallLoggerTrigger::PresenceUpdate, "logged", false)).isAck());
    m_settings->setAutoLogCalls(false);
    // Acknowledged (the widget must not retry), but a call that is not logged stays unlogged.
    QVERIFY(send(request(Protocol::CallLoggerTrigger::PresenceUpdate, "new", false)).isAck());
    QVERIFY(!StorageProbe(m_storage.get()).call("new"));
    // A logged call still gets its final facts.
    QVERIFY(send(request(Protocol::CallLoggerTrigger::CallLogSync, "logged")).isAck());
    const std::optional<CallRecord> stored = StorageProbe(m_storage.get()).call("logged");
    QVERIFY(stored && stored->isFinal);
    QCOMPARE(stored->result, QStringLiteral("Accepted"));
}

void TestCallLogger::automaticUpdatesNeverEraseTheNote() {
    m_settings->setNotesMode(Settings::NotesMode::Widget);
    Protocol::CallLoggerRequest form = request(Protocol::CallLoggerTrigger::LogForm, "s-2");
    form.subject = QStringLiteral("Renewal");
    form.formNote = QStringLiteral("Wants the yearly plan.");
    QVERIFY(send(form).isAck());
    QVERIFY(send(request(Protocol::CallLoggerTrigger::CallLogSync, "s-2")).isAck());
    QVERIFY(send(request(Protocol::CallLoggerTrigger::ContactUpdated, "s-2")).isAck());
    const std::optional<CallRecord> stored = StorageProbe(m_storage.get()).call("s-2");
    QVERIFY(stored);
    QCOMPARE(stored->subject, QStringLiteral("Renewal"));
    QCOMPARE(stored->note, QStringLiteral("Wants the yearly plan."));
}

void TestCallLogger::logInDialogModeAsksForANoteAndStoresItOnSave() {
    m_settings->setNotesMode(Settings::NotesMode::Dialog);
    QSignalSpy asked(m_logger.get(), &CallLogger::noteRequested);
    QVERIFY(send(request(Protocol::CallLoggerTrigger::CreateLog, "s-3")).isAck());
    QTRY_COMPARE(asked.size(), 1);
    const auto shown = asked.first().at(0).value<CallRecord>();
    QCOMPARE(shown.sessionId, QStringLiteral("s-3"));
    QCOMPARE(shown.fromName, QStringLiteral("Ada Lovelace"));
    QCOMPARE(asked.first().at(1).toBool(), false);       // not logged yet
    QVERIFY(!StorageProbe(m_storage.get()).call("s-3")); // nothing stored before the user saves

    bool saved = false;
    m_logger->saveNote("s-3", QStringLiteral("Call back"), QStringLiteral("Tuesday"), nullptr,
                       [&saved](bool ok, const StoreError &) { saved = ok; });
    QTRY_VERIFY(saved);
    const std::optional<CallRecord> stored = StorageProbe(m_storage.get()).call("s-3");
    QVERIFY(stored);
    QCOMPARE(stored->note, QStringLiteral("Tuesday"));
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
    QCOMPARE(stored->durationSeconds, std::optional<qint64>(65)); // the Log request's facts
}

void TestCallLogger::logInWidgetModeLogsAtOnceKeepingTheNote() {
    m_settings->setNotesMode(Settings::NotesMode::Dialog);
    bool saved = false;
    const CallRecord shown = CallRecord::withDetails(CallFactsMapper::fromWidgetCall(
        request(Protocol::CallLoggerTrigger::CreateLog, "s-4").call));
    m_logger->saveNote("s-4", QString(), QStringLiteral("first note"), &shown,
                       [&saved](bool ok, const StoreError &) { saved = ok; });
    QTRY_VERIFY(saved);

    m_settings->setNotesMode(Settings::NotesMode::None);
    QSignalSpy asked(m_logger.get(), &CallLogger::noteRequested);
    QVERIFY(send(request(Protocol::CallLoggerTrigger::EditLog, "s-4")).isAck());
    QVERIFY(asked.isEmpty());
    QCOMPARE(StorageProbe(m_storage.get()).call("s-4")->note, QStringLiteral("first note"));
    QVERIFY(send(request(Protocol::CallLoggerTrigger::CreateLog, "s-5")).isAck());
    QVERIFY(StorageProbe(m_storage.get()).call("s-5")); // logged at once, without a dialog
}

void TestCallLogger::logFormStoresTheWidgetsNote() {
    Protocol::CallLoggerRequest form = request(Protocol::CallLoggerTrigger::LogForm, "s-6");
    form.note = QStringLiteral("plain note");
    QVERIFY(send(form).isAck());
    QCOMPARE(StorageProbe(m_storage.get()).call("s-6")->note, QStringLiteral("plain note"));
    form.formNote = QStringLiteral("form note wins");
    QVERIFY(send(form).isAck());
    QCOMPARE(StorageProbe(m_storage.get()).call("s-6")->note, QStringLiteral("form note wins"));
}

void TestCallLogger::matchAnswersLoggedCallsAndPendingNotes() {
    Protocol::CallLoggerRequest form = request(Protocol::CallLoggerTrigger::LogForm, "logged");
    form.note = QStringLiteral("noted");
    QVERIFY(send(form).isAck());
    m_logger->setNotesInProgress([] { return QSet<QString>{QStringLiteral("writing")}; });

    const QJsonObject data = match({"logged", "writing", "unknown"});
    const QJsonArray logged = data.value(QLatin1String("logged")).toArray();
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.first().toObject().value(QLatin1String("id")).toString().startsWith("cd-"));
    QCOMPARE(logged.first().toObject().value(QLatin1String("note")).toString(),
             QStringLiteral("noted"));
    const QJsonArray writing = data.value(QLatin1String("writing")).toArray();
    QCOMPARE(writing.size(), 1);
    QCOMPARE(writing.first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));
    QVERIFY(!data.contains(QLatin1String("unknown")));
}

void TestCallLogger::deletedLogsAreNoLongerMatched() {
    QVERIFY(send(request(Protocol::CallLoggerTrigger::CallLogSync, "s-7")).isAck());
    QVERIFY(match({"s-7"}).contains(QLatin1String("s-7")));
    QSignalSpy matchNeeded(m_logger.get(), &CallLogger::matchNeeded);
    bool deleted = false;
    m_logger->deleteLog("s-7", [&deleted](bool ok, const StoreError &) { deleted = ok; });
    QTRY_VERIFY(deleted);
    QTRY_VERIFY(!matchNeeded.isEmpty()); // the widget is told to ask again
    QVERIFY(!match({"s-7"}).contains(QLatin1String("s-7")));
    QVERIFY(!StorageProbe(m_storage.get()).call("s-7"));
}

QTEST_GUILESS_MAIN(TestCallLogger)
#include "tst_calllogger.moc"
