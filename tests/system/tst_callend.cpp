// How calls end, end to end with the simulator: while CallDock runs (the widget reports the
// end and the record) and while it does not (a call live when CallDock quit: afterwards only the
// widget's history and /get-call-log know how it ended).
#include "apptestbase.h"
#include "callsamples.h"
#include "callstore.h"
#include "catchupservice.h"
#include "hostpage.h"
#include "storageprobe.h"
#include "webenginetest.h"
#include "widgetbridge.h"

#include <QDateTime>
#include <QSignalSpy>

namespace {

constexpr int kNoAutomaticStart = 10 * 60'000; // no periodic or start-up runs in the way

} // namespace

class TestCallEnd final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void callThatEndedWhileAwayIsInTheWidgetsHistory();
    void callEndingWhileRunningIsFinished();

private:
    CatchUpService *startCatchUp() {
        startApp();
        CatchUpService *catchUp = m_app->catchUp();
        catchUp->setStartDelayMs(kNoAutomaticStart);
        catchUp->setIntervalMs(kNoAutomaticStart);
        if (!waitForRegistration() || !QTest::qWaitFor([catchUp] { return catchUp->isReady(); })) {
            return nullptr;
        }
        return catchUp;
    }
};

// The simulator's model of a call that was live when CallDock quit and ended while it was not
// running: CallDock logged it live, then after a restart only the widget's history (and
// /get-call-log) knows how it ended.
void TestCallEnd::callThatEndedWhileAwayIsInTheWidgetsHistory() {
    QVERIFY(startCatchUp());
    const QString session = QStringLiteral("away-1");
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 10 * 60'000;
    m_simulator->startCall(
        CallSamples::liveCall(session, QStringLiteral("CallConnected"), startMs));
    QTRY_VERIFY_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session).has_value(), 15000);
    QVERIFY(!StorageProbe(m_app->storage()).call(session)->isFinal);

    // CallDock quits; meanwhile the call ends and its record reaches the widget's history.
    m_app.reset();
    QTest::qWait(300);
    QJsonObject record = CallSamples::recordCall(session, QStringLiteral("Accepted"), 95, startMs);
    record.insert(
        QStringLiteral("recording"),
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("rec-away")},
            {QStringLiteral("type"), QStringLiteral("Automatic")},
            {QStringLiteral("contentUri"),
             m_simulator->server().url(QStringLiteral("/media/rec-away/content")).toString()}});
    m_simulator->addHistoryCall(record);
    m_simulator->clearReports();

    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    // The widget said nothing about the end to the new instance.
    QTest::qWait(500);
    for (const QJsonObject &report : m_simulator->reports(QStringLiteral("response"))) {
        QVERIFY(report.value(QLatin1String("path")).toString() != QLatin1String("/callLogger"));
    }
    // It answers /get-call-log with the final record ...
    std::optional<std::optional<Protocol::WidgetCall>> answer;
    m_app->bridge()->requestCallLog(
        session, 5000,
        [&answer](std::optional<std::optional<Protocol::WidgetCall>> call, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            answer = call;
        });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QVERIFY(answer->has_value());
    const Protocol::WidgetCall &call = **answer;
    QCOMPARE(call.sessionId, session);
    QCOMPARE(call.result, QStringLiteral("Accepted"));
    QCOMPARE(call.durationSeconds.value_or(-1), 95);
    QVERIFY(call.recording.has_value());
    QCOMPARE(call.recording->id, QStringLiteral("rec-away"));
    const auto asked = m_simulator->waitForReport(QStringLiteral("get-call-log"));
    QVERIFY(asked);
    QVERIFY(asked->value(QLatin1String("found")).toBool());

    // ... and knows no call it never had.
    std::optional<std::optional<Protocol::WidgetCall>> unknown;
    m_app->bridge()->requestCallLog(QStringLiteral("never-seen"), 5000,
                                    [&unknown](std::optional<std::optional<Protocol::WidgetCall>> c,
                                               const QString &) { unknown = c; });
    QTRY_VERIFY_WITH_TIMEOUT(unknown.has_value(), 10000);
    QVERIFY(!unknown->has_value());

    // CallDock completes the row itself after the sign-in: final facts, and its recording.
    QTRY_VERIFY_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session)->isFinal, 20000);
    const std::optional<CallRecord> finished = StorageProbe(m_app->storage()).call(session);
    QCOMPARE(finished->result, QStringLiteral("Accepted"));
    QCOMPARE(finished->durationSeconds.value_or(-1), 95);
    QTRY_COMPARE_WITH_TIMEOUT(StorageProbe(m_app->storage()).recordingsForCall(session).size(), 1,
                              10000);
}

// The same call ending while CallDock runs: the widget reports the end and the record, then
// its synced history, which (first sync of the sign-in) starts a catch-up with nothing left.
void TestCallEnd::callEndingWhileRunningIsFinished() {
    CatchUpService *catchUp = startCatchUp();
    QVERIFY(catchUp);
    QSignalSpy finished(catchUp, &CatchUpService::finished);
    const QString session = QStringLiteral("here-1");
    const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 10 * 60'000;
    m_simulator->startCall(
        CallSamples::liveCall(session, QStringLiteral("CallConnected"), startMs));
    QTRY_VERIFY_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session).has_value(), 15000);

    m_simulator->endCall(session,
                         CallSamples::recordCall(session, QStringLiteral("Accepted"), 95, startMs));
    QVERIFY(m_simulator->waitForReport(QStringLiteral("call-ended")));
    QTRY_VERIFY_WITH_TIMEOUT(
        StorageProbe(m_app->storage()).call(session).value_or(CallRecord()).isFinal, 15000);
    const std::optional<CallRecord> call = StorageProbe(m_app->storage()).call(session);
    QCOMPARE(call->result, QStringLiteral("Accepted"));
    QCOMPARE(call->durationSeconds.value_or(-1), 95);
    QCOMPARE(call->loggedBy, LoggedBy::Auto);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 1);
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestCallEnd)
#include "tst_callend.moc"
