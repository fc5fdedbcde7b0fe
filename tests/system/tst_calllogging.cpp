// End-to-end call logging: the simulator logs calls through the real bridge into a real SQLite
// file, and sees them as logged in its next match.
#include "apptestbase.h"
#include "callhistorywindow.h"
#include "calllogger.h"
#include "callsamples.h"
#include "callstore.h"
#include "datadirectory.h"
#include "historycontroller.h"
#include "hostpage.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "storageprobe.h"
#include "webenginetest.h"

#include <QJsonArray>
#include <QPlainTextEdit>

class TestCallLogging final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void autoLoggedCallIsOneRowWithFinalFacts();
    void logButtonOpensNativeDialog();
    void failedWritesAreRetriedAndReported();
    void viewLogOpensHistoryOnTheCall();

private:
    QString logRequest(const QJsonObject &call, const QString &trigger) {
        return m_simulator->request(QStringLiteral("/callLogger"),
                                    CallSamples::loggerBody(call, trigger));
    }
    QJsonArray matchEntries(const QString &sessionId) {
        const QString id = m_simulator->request(QStringLiteral("/callLogger/match"),
                                                CallSamples::matchBody({sessionId}));
        return responseTo(id).value(QLatin1String("data")).toObject().value(sessionId).toArray();
    }
};

void TestCallLogging::autoLoggedCallIsOneRowWithFinalFacts() {
    startApp();
    QVERIFY(waitForRegistration());
    const QString session = QStringLiteral("3001");
    QStringList ids;
    for (const char *status : {"Ringing", "CallConnected", "OnHold", "CallConnected"}) {
        ids << logRequest(CallSamples::liveCall(session, QLatin1String(status)),
                          QStringLiteral("presenceUpdate"));
    }
    ids << logRequest(CallSamples::recordCall(session, QStringLiteral("Accepted"), 95),
                      QStringLiteral("callLogSync"));
    // The "ended" presence update often arrives after the record: it must not downgrade it.
    ids << logRequest(
        CallSamples::liveCall(session, QStringLiteral("CallConnected"), 1'764'000'000'000, 12),
        QStringLiteral("presenceUpdate"));
    for (const QString &id : std::as_const(ids)) {
        QCOMPARE(responseTo(id).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    }

    StorageProbe store(m_app->storage());
    QCOMPARE(store.callCount(), 1);
    const std::optional<CallRecord> call = store.call(session);
    QVERIFY(call);
    QVERIFY(call->isFinal);
    QCOMPARE(call->result, QStringLiteral("Accepted"));
    QCOMPARE(call->durationSeconds.value_or(-1), 95);
    QCOMPARE(call->action, QStringLiteral("Phone Call"));
    QCOMPARE(call->callLogId, QStringLiteral("log-3001"));
    QCOMPARE(call->fromName, QStringLiteral("Alice Example"));
    QCOMPARE(call->loggedBy, LoggedBy::Auto);

    const QJsonArray entries = matchEntries(session);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().toObject().value(QLatin1String("id")).toString(), call->entityId);
}

void TestCallLogging::logButtonOpensNativeDialog() {
    startApp();
    QVERIFY(waitForRegistration());
    const QString session = QStringLiteral("4001");
    const QJsonObject record = CallSamples::recordCall(session, QStringLiteral("Accepted"), 30);
    m_simulator->command({{QStringLiteral("op"), QStringLiteral("addCalls")},
                          {QStringLiteral("calls"), QJsonArray{record}}});
    QVERIFY(m_simulator->waitForReport(QStringLiteral("calls-added")));

    // Log pressed in the widget: acknowledged at once, then CallDock's dialog opens.
    const QString log = logRequest(record, QStringLiteral("createLog"));
    QCOMPARE(responseTo(log).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    LogCallDialogs *dialogs = m_app->noteDialogs();
    QTRY_VERIFY_WITH_TIMEOUT(dialogs->isOpen(session), 5000);
    QCOMPARE(StorageProbe(m_app->storage()).callCount(), 0); // not logged until saved

    // While the note is being written the widget shows a pending state.
    const QJsonArray pending = matchEntries(session);
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().toObject().value(QLatin1String("type")).toString(),
             QStringLiteral("status"));
    QCOMPARE(pending.first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("pending"));

    // The user types a note and saves with Ctrl+Enter.
    LogCallDialog *dialog = dialogs->dialog(session);
    QVERIFY(dialog);
    auto *noteEdit = dialog->findChild<QPlainTextEdit *>();
    QVERIFY(noteEdit);
    noteEdit->setFocus();
    QTest::keyClicks(noteEdit, QStringLiteral("Wants a quote by Friday"));
    QTest::keyClick(noteEdit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogs->isOpen(session), 5000);

    // CallDock tells the widget; the widget's own match now shows the call logged with its note.
    const auto refreshed = m_simulator->waitForReport(
        QStringLiteral("response"), 15000, [&session](const QJsonObject &report) {
            const QJsonArray entries = report.value(QLatin1String("response"))
                                           .toObject()
                                           .value(QLatin1String("data"))
                                           .toObject()
                                           .value(session)
                                           .toArray();
            return !entries.isEmpty()
                   && entries.first().toObject().value(QLatin1String("note")).toString()
                          == QLatin1String("Wants a quote by Friday");
        });
    QVERIFY(refreshed);
    const std::optional<CallRecord> call = StorageProbe(m_app->storage()).call(session);
    QVERIFY(call);
    QCOMPARE(call->loggedBy, LoggedBy::Manual);
    QCOMPARE(call->note, QStringLiteral("Wants a quote by Friday"));
    QCOMPARE(call->result, QStringLiteral("Accepted"));
}

void TestCallLogging::failedWritesAreRetriedAndReported() {
    startApp();
    QVERIFY(waitForRegistration());
    StorageProbe store(m_app->storage());
    const QString path = store.run([](StorageSession &s) { return s.store().path(); });
    store.run([](StorageSession &s) { s.store().close(); }); // every write fails from now on

    const QString session = QStringLiteral("5001");
    const QString id = logRequest(CallSamples::recordCall(session, QStringLiteral("Missed"), 0),
                                  QStringLiteral("callLogSync"));
    QVERIFY(responseTo(id).contains(QLatin1String("error")));
    QCOMPARE(m_app->callLogger()->pendingWrites(), 1);
    // The user is told inside the widget, and the call carries a failed state.
    QVERIFY(m_simulator->waitForReport(QStringLiteral("alert")));
    const QJsonArray failed = matchEntries(session);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("failed"));

    // Once the database is back, the queued call is written and shown as logged.
    QVERIFY(store.run([path](StorageSession &s) { return s.store().open(path); }).ok);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->callLogger()->pendingWrites(), 0, 15000);
    QVERIFY(store.call(session));
    const QJsonArray logged = matchEntries(session);
    QCOMPARE(logged.size(), 1);
    QVERIFY(logged.first().toObject().contains(QLatin1String("id")));
}

void TestCallLogging::viewLogOpensHistoryOnTheCall() {
    startApp();
    QVERIFY(waitForRegistration());
    // Enough calls that the one asked for is not on the first page of the window.
    QStringList ids;
    for (int i = 0; i < 400; ++i) {
        const QString session = QStringLiteral("6%1").arg(i, 4, 10, QLatin1Char('0'));
        ids << logRequest(CallSamples::recordCall(session, QStringLiteral("Accepted"), i,
                                                  1'764'000'000'000 + i * 60'000),
                          QStringLiteral("callLogSync"));
    }
    for (const QString &id : std::as_const(ids)) {
        QVERIFY(responseTo(id).contains(QLatin1String("data")));
    }
    const QString wanted = QStringLiteral("60007"); // old: far down a newest-first list
    const QString view = logRequest(CallSamples::recordCall(wanted, QStringLiteral("Accepted"), 7,
                                                            1'764'000'000'000 + 7 * 60'000),
                                    QStringLiteral("viewLog"));
    QCOMPARE(responseTo(view).value(QLatin1String("data")).toString(), QStringLiteral("ok"));
    QTRY_VERIFY_WITH_TIMEOUT(m_app->history()->window() && m_app->history()->window()->isVisible(),
                             10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_app->history()->window()->selectedSessionId(), wanted, 10000);
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestCallLogging)
#include "tst_calllogging.moc"
