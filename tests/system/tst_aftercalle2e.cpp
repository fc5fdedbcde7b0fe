// The after-call prompt end to end (issue 20): the real Application against the widget
// simulator. A call ends (the final record of an auto-logged call, or the browser phone's own
// end followed by the record) and CallDock offers the note once, in the way the settings say.
// Runs under dbus-run-session without a notification daemon, so notifications take the
// fallback path (DesktopNotifier::shown is still emitted).
#include "aftercallprompter.h"
#include "apptestbase.h"
#include "callsamples.h"
#include "desktopnotifier.h"
#include "hostpage.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "settings.h"
#include "storageprobe.h"
#include "webenginetest.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QWindow>

class TestAfterCallE2e final : public AppTestBase {
    Q_OBJECT

private slots:
    void init() { setUpFixture(); }
    void cleanup() { tearDownFixture(); }

    void notifyAfterFinalRecordOnce();
    void browserCallEndAndRecordPromptOnce();
    void openDialogModeUnfocused();
    void nothingMode();

private:
    bool start() {
        startApp();
        return waitForRegistration();
    }
    // A call comes up and ends with its record; `browser`: a call of the browser phone itself.
    void callAndHangUp(const QString &session, bool browser) {
        const qint64 startMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
        QJsonObject startCommand{
            {QStringLiteral("op"), QStringLiteral("startCall")},
            {QStringLiteral("call"),
             CallSamples::liveCall(session, QStringLiteral("CallConnected"), startMs)},
            {QStringLiteral("browser"), browser}};
        m_simulator->command(startCommand);
        QTRY_VERIFY_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session).has_value(), 15000);
        QJsonObject endCommand{
            {QStringLiteral("op"), QStringLiteral("endCall")},
            {QStringLiteral("sessionId"), session},
            {QStringLiteral("notify"), true},
            {QStringLiteral("browser"), browser},
            {QStringLiteral("record"),
             CallSamples::recordCall(session, QStringLiteral("Accepted"), 60, startMs)}};
        m_simulator->command(endCommand);
        QVERIFY(m_simulator->waitForReport(QStringLiteral("call-ended")));
        QTRY_VERIFY_WITH_TIMEOUT(
            StorageProbe(m_app->storage()).call(session).value_or(CallRecord()).isFinal, 15000);
    }
    static int titled(const QSignalSpy &shown, const QString &title) {
        int count = 0;
        for (const QList<QVariant> &arguments : shown) {
            count += arguments.first().toString() == title ? 1 : 0;
        }
        return count;
    }
};

void TestAfterCallE2e::notifyAfterFinalRecordOnce() {
    QVERIFY(start());
    QSignalSpy shown(m_app->notifier(), &DesktopNotifier::shown);
    QSignalSpy prompted(m_app->afterCall(), &AfterCallPrompter::prompted);
    callAndHangUp(QStringLiteral("e2e-1"), false);
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 10000);
    QCOMPARE(prompted.first().at(1).value<Settings::AfterCallPrompt>(),
             Settings::AfterCallPrompt::Notify);
    QCOMPARE(titled(shown, AfterCallPrompter::tr("Call ended")), 1);
    // Further updates of the same call (a recording arriving later, a repeated record) are no
    // new prompt.
    m_simulator->endCall(QStringLiteral("e2e-1"),
                         CallSamples::recordCall(QStringLiteral("e2e-1"),
                                                 QStringLiteral("Accepted"), 61,
                                                 QDateTime::currentMSecsSinceEpoch() - 60'000));
    QVERIFY(m_simulator->waitForReport(QStringLiteral("call-ended")));
    QTest::qWait(1500);
    QCOMPARE(prompted.size(), 1);
    QCOMPARE(titled(shown, AfterCallPrompter::tr("Call ended")), 1);
    QCOMPARE(m_app->afterCall()->lastCallSessionId(), QStringLiteral("e2e-1"));
}

void TestAfterCallE2e::browserCallEndAndRecordPromptOnce() {
    QVERIFY(start());
    QSignalSpy prompted(m_app->afterCall(), &AfterCallPrompter::prompted);
    callAndHangUp(QStringLiteral("e2e-web"), true);
    QTRY_COMPARE_WITH_TIMEOUT(prompted.size(), 1, 10000);
    QTest::qWait(1500);
    QCOMPARE(prompted.size(), 1);
    QCOMPARE(prompted.first().first().toString(), QStringLiteral("e2e-web"));
}

void TestAfterCallE2e::openDialogModeUnfocused() {
    QVERIFY(start());
    m_app->settings()->setAfterCallPrompt(true, Settings::AfterCallPrompt::OpenDialog);
    QWidget typing; // another window the user types in
    typing.show();
    typing.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&typing));
    callAndHangUp(QStringLiteral("e2e-dialog"), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->noteDialogs()->isOpen(QStringLiteral("e2e-dialog")), 10000);
    LogCallDialog *dialog = m_app->noteDialogs()->dialog(QStringLiteral("e2e-dialog"));
    QVERIFY(dialog->data().alreadyLogged); // the auto-logged call, with its stored facts
    QCOMPARE(dialog->data().call.result, QStringLiteral("Accepted"));
    QVERIFY(dialog->windowHandle()->property("_q_showWithoutActivating").toBool());
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        QVERIFY(QApplication::activeWindow() != dialog);
    }
}

void TestAfterCallE2e::nothingMode() {
    QVERIFY(start());
    m_app->settings()->setAfterCallPrompt(true, Settings::AfterCallPrompt::Nothing);
    QSignalSpy prompted(m_app->afterCall(), &AfterCallPrompter::prompted);
    callAndHangUp(QStringLiteral("e2e-quiet"), false);
    QTest::qWait(1500);
    QCOMPARE(prompted.size(), 0);
    QVERIFY(!m_app->noteDialogs()->isOpen(QStringLiteral("e2e-quiet")));
    // The shortcut still knows the call.
    QCOMPARE(m_app->afterCall()->lastCallSessionId(), QStringLiteral("e2e-quiet"));
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestAfterCallE2e)
#include "tst_aftercalle2e.moc"
