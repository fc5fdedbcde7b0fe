// After the call (issue 20), the app side with real parts: a real store on its storage thread,
// the real CallLogger, NotesController and note dialogs (offscreen), a real (unloaded) web page
// behind the bridge, and a fake notification daemon on the test's private session bus (ctest
// runs this under dbus-run-session). Covers the prompt in each mode for both ends of a call
// (the browser phone's end and the final record), never twice for one call, missed calls, the
// "Add note" action, the last-call shortcut, the outcome saved from the dialog, and follow-up
// reminders: due, missed while closed, call back and snooze.
#include "aftercalleditor.h"
#include "aftercallprompter.h"
#include "calllogger.h"
#include "desktopnotifier.h"
#include "fakenotificationservice.h"
#include "followupscheduler.h"
#include "hostpage.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "notescontroller.h"
#include "protocol.h"
#include "settings.h"
#include "storageprobe.h"
#include "storagethread.h"
#include "webenginetest.h"
#include "widgetbridge.h"
#include "widgetchannel.h"

#include <QComboBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWindow>

namespace {

Protocol::BrowserCall browserCall(const QString &sessionId, Protocol::CallDirection direction) {
    Protocol::BrowserCall call;
    call.id = QStringLiteral("web-") + sessionId;
    call.sessionId = sessionId;
    call.direction = direction;
    call.from.phoneNumber = QStringLiteral("+16505550101");
    call.from.name = QStringLiteral("Jane Roe");
    call.to.phoneNumber = QStringLiteral("+16505550100");
    call.startTime = QDateTime::currentDateTimeUtc().addSecs(-90);
    return call;
}

CallFacts finalFacts(const QString &sessionId, qint64 startMs, const QString &result) {
    CallFacts facts;
    facts.sessionId = sessionId;
    facts.direction = CallDirection::Inbound;
    facts.fromNumber = QStringLiteral("+16505550101");
    facts.fromName = QStringLiteral("Jane Roe");
    facts.startTimeMs = startMs;
    facts.durationSeconds = 60;
    facts.result = result;
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    return facts;
}

} // namespace

class TestAfterCall : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void notifyThenAddNoteOpensDialog();
    void notTwiceForOneCall();
    void openDialogModeKeepsFocus();
    void nothingModeAndMissedCalls();
    void finalRecordOfAutoLoggedCall();
    void lastCallShortcutAndOutcomeSaved();
    void reminderDueCallBackAndSnooze();
    void reminderMissedWhileClosed();

private:
    int notificationsWith(const QString &actionKey) const {
        int count = 0;
        for (const FakeNotificationService::Received &received : m_daemon->received()) {
            count += received.actions.contains(actionKey) ? 1 : 0;
        }
        return count;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeNotificationService> m_daemon;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<CallLogger> m_logger;
    std::unique_ptr<QWebEnginePage> m_page;
    WidgetChannel *m_channel = nullptr;
    WidgetBridge *m_bridge = nullptr;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<NotesController> m_notes;
    std::unique_ptr<AfterCallPrompter> m_prompter;
};

void TestAfterCall::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_daemon = std::make_unique<FakeNotificationService>(QStringList{QStringLiteral("actions")});
    QVERIFY(m_daemon->registerOnBus());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("calldock.ini")));
    m_storage = std::make_unique<StorageThread>();
    const QString path = m_dir->filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(
        StorageProbe(m_storage.get()).run([path](StorageSession &s) { return s.open(path); }).ok);
    m_logger = std::make_unique<CallLogger>(*m_storage, *m_settings);
    m_page = std::make_unique<QWebEnginePage>();
    m_channel = new WidgetChannel(m_page.get());
    m_bridge = new WidgetBridge(m_channel, m_logger.get(), m_page.get());
    m_notifier = std::make_unique<DesktopNotifier>();
    QTRY_VERIFY(m_notifier->actionsSupported());
    m_notes = std::make_unique<NotesController>(m_dir->filePath(QStringLiteral("drafts")),
                                                *m_storage, *m_logger, *m_bridge, nullptr);
    m_notes->setOutcomes(m_settings->callOutcomes());
    m_prompter =
        std::make_unique<AfterCallPrompter>(*m_settings, *m_storage, *m_notifier, *m_notes);
    m_prompter->connectBridge(m_bridge);
    m_prompter->connectCallLogger(m_logger.get());
}

void TestAfterCall::cleanup() {
    m_prompter.reset();
    m_notes.reset();
    m_notifier.reset();
    m_page.reset();
    m_logger.reset();
    m_storage.reset();
    m_settings.reset();
    m_daemon.reset();
    m_dir.reset();
}

void TestAfterCall::notifyThenAddNoteOpensDialog() {
    // Default: notify, both directions.
    QCOMPARE(m_settings->afterCallPrompt(true), Settings::AfterCallPrompt::Notify);
    const Protocol::BrowserCall call =
        browserCall(QStringLiteral("s-live"), Protocol::CallDirection::Inbound);
    m_prompter->onCallStarted(call);
    m_prompter->onCallEnded(call);
    QTRY_COMPARE(m_daemon->received().size(), 1);
    const FakeNotificationService::Received shown = m_daemon->received().first();
    QCOMPARE(shown.summary, AfterCallPrompter::tr("Call ended"));
    QVERIFY(shown.body.contains(QLatin1String("Jane Roe")));
    QVERIFY(shown.actions.contains(AfterCallPrompter::addNoteAction()));
    QVERIFY(!m_notes->isOpen(QStringLiteral("s-live")));

    m_daemon->invoke(shown.id, AfterCallPrompter::addNoteAction());
    QTRY_VERIFY(m_notes->isOpen(QStringLiteral("s-live")));
    LogCallDialog *dialog = m_notes->dialogs()->dialog(QStringLiteral("s-live"));
    QCOMPARE(dialog->data().call.fromName, QStringLiteral("Jane Roe"));
    QVERIFY(!dialog->data().alreadyLogged);
    // The user clicked "Add note": this window may take the focus.
    QVERIFY(dialog->data().takeFocus);
}

void TestAfterCall::notTwiceForOneCall() {
    QSignalSpy prompted(m_prompter.get(), &AfterCallPrompter::prompted);
    const Protocol::BrowserCall call =
        browserCall(QStringLiteral("s-twice"), Protocol::CallDirection::Outbound);
    m_prompter->onCallStarted(call);
    m_prompter->onCallEnded(call);
    // The final record of the same call arrives through the logger (auto-log).
    StorageProbe probe(m_storage.get());
    CallFacts live =
        finalFacts(QStringLiteral("s-twice"), QDateTime::currentMSecsSinceEpoch() - 90'000,
                   QStringLiteral("CallConnected"));
    live.isFinal = false;
    live.action.clear();
    QVERIFY(probe.upsertCall(live).ok);
    QSignalSpy finalStored(m_logger.get(), &CallLogger::finalRecordStored);
    m_logger->completeCalls(
        {finalFacts(QStringLiteral("s-twice"), QDateTime::currentMSecsSinceEpoch() - 90'000,
                    QStringLiteral("Accepted"))});
    QTRY_COMPARE(finalStored.size(), 1);
    // Ending again (the widget repeats itself after a reload) is no new prompt either.
    m_prompter->onCallEnded(call);
    QTest::qWait(300);
    QCOMPARE(prompted.size(), 1);
    QTRY_COMPARE(m_daemon->received().size(), 1);
}

void TestAfterCall::openDialogModeKeepsFocus() {
    m_settings->setAfterCallPrompt(false, Settings::AfterCallPrompt::OpenDialog);
    QWidget typing; // the program the user is typing in
    typing.show();
    typing.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&typing));

    const Protocol::BrowserCall call =
        browserCall(QStringLiteral("s-open"), Protocol::CallDirection::Outbound);
    m_prompter->onCallStarted(call);
    m_prompter->onCallEnded(call);
    QTRY_VERIFY(m_notes->isOpen(QStringLiteral("s-open")));
    LogCallDialog *dialog = m_notes->dialogs()->dialog(QStringLiteral("s-open"));
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->data().takeFocus);
    // Shown without activation (see tst_aftercalleditor: offscreen activates it regardless).
    QVERIFY(dialog->windowHandle()->property("_q_showWithoutActivating").toBool());
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        QCOMPARE(QApplication::activeWindow(), &typing);
    }
    QCOMPARE(m_daemon->received().size(), 0); // no notification in this mode
}

void TestAfterCall::nothingModeAndMissedCalls() {
    QSignalSpy prompted(m_prompter.get(), &AfterCallPrompter::prompted);
    m_settings->setAfterCallPrompt(false, Settings::AfterCallPrompt::Nothing);
    const Protocol::BrowserCall outbound =
        browserCall(QStringLiteral("s-none"), Protocol::CallDirection::Outbound);
    m_prompter->onCallStarted(outbound);
    m_prompter->onCallEnded(outbound);
    // An inbound call that rang and ended unanswered is missed: no prompt by default...
    m_prompter->onCallEnded(
        browserCall(QStringLiteral("s-missed"), Protocol::CallDirection::Inbound));
    QTest::qWait(300);
    QCOMPARE(prompted.size(), 0);
    QCOMPARE(m_daemon->received().size(), 0);
    // ...but the shortcut still has it as the last call.
    QCOMPARE(m_prompter->lastCallSessionId(), QStringLiteral("s-missed"));
    // ...unless the user wants missed calls too.
    m_settings->setAfterCallSkipMissed(false);
    m_prompter->onCallEnded(
        browserCall(QStringLiteral("s-missed-2"), Protocol::CallDirection::Inbound));
    QTRY_COMPARE(m_daemon->received().size(), 1);
    QCOMPARE(m_daemon->received().first().summary, AfterCallPrompter::tr("Missed call"));
    // Notes in the widget's own page: CallDock offers nothing.
    m_settings->setNotesMode(Settings::NotesMode::Widget);
    const Protocol::BrowserCall inbound =
        browserCall(QStringLiteral("s-widget"), Protocol::CallDirection::Inbound);
    m_prompter->onCallStarted(inbound);
    m_prompter->onCallEnded(inbound);
    QTest::qWait(300);
    QCOMPARE(m_daemon->received().size(), 1);
}

void TestAfterCall::finalRecordOfAutoLoggedCall() {
    // A call on another device: only its final record tells CallDock it ended.
    StorageProbe probe(m_storage.get());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(probe
                .upsertCall(finalFacts(QStringLiteral("s-final"), now - 120'000,
                                       QStringLiteral("Accepted")))
                .ok);
    m_prompter->onFinalRecordStored(QStringLiteral("s-final"));
    QTRY_COMPARE(m_daemon->received().size(), 1);
    QCOMPARE(m_prompter->lastCallSessionId(), QStringLiteral("s-final"));
    // A record of a call that ended long ago (completed after a restart): no prompt.
    QVERIFY(probe
                .upsertCall(finalFacts(QStringLiteral("s-old"), now - 3'600'000,
                                       QStringLiteral("Accepted")))
                .ok);
    m_prompter->onFinalRecordStored(QStringLiteral("s-old"));
    // A missed call's record: skipped by default.
    QVERIFY(
        probe.upsertCall(finalFacts(QStringLiteral("s-vm"), now - 60'000, QStringLiteral("Missed")))
            .ok);
    m_prompter->onFinalRecordStored(QStringLiteral("s-vm"));
    QTest::qWait(300);
    QCOMPARE(m_daemon->received().size(), 1);
}

void TestAfterCall::lastCallShortcutAndOutcomeSaved() {
    m_settings->setAfterCallPrompt(true, Settings::AfterCallPrompt::Nothing);
    QVERIFY(!m_prompter->openLastCallNote());
    const Protocol::BrowserCall call =
        browserCall(QStringLiteral("s-last"), Protocol::CallDirection::Inbound);
    m_prompter->onCallStarted(call);
    m_prompter->onCallEnded(call);
    QVERIFY(m_prompter->openLastCallNote());
    QTRY_VERIFY(m_notes->isOpen(QStringLiteral("s-last")));
    LogCallDialog *dialog = m_notes->dialogs()->dialog(QStringLiteral("s-last"));
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // Keyboard only: Alt+O, digit 1 (Interested), then the follow-up's "Tomorrow 9:00" quick
    // pick, a text, and Ctrl+Enter to save.
    QTest::keyClick(dialog->focusWidget(), Qt::Key_O, Qt::AltModifier);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_1);
    QTest::keyClick(dialog->focusWidget(), Qt::Key_T, Qt::AltModifier);
    // A mnemonic clicks the button with a short animation; the text gets the focus after it.
    QTRY_VERIFY(dialog->afterCall().followUpMs > 0);
    QTRY_COMPARE(dialog->focusWidget()->objectName(), QStringLiteral("followUpText"));
    QTest::keyClicks(dialog->focusWidget(), QStringLiteral("Send the offer"));
    const AfterCallNote chosen = dialog->afterCall();
    QCOMPARE(chosen.outcome, m_settings->callOutcomes().first());
    QVERIFY(chosen.followUpMs > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(chosen.followUpText, QStringLiteral("Send the offer"));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_notes->isOpen(QStringLiteral("s-last")));
    const std::optional<CallRecord> stored =
        StorageProbe(m_storage.get()).call(QStringLiteral("s-last"));
    QVERIFY(stored);
    QCOMPARE(stored->loggedBy, LoggedBy::Manual);
    QCOMPARE(stored->fromName, QStringLiteral("Jane Roe"));
    QCOMPARE(stored->outcome, chosen.outcome);
    QCOMPARE(stored->followUp.dueMs, chosen.followUpMs);
    QCOMPARE(stored->followUp.text, QStringLiteral("Send the offer"));
}

void TestAfterCall::reminderDueCallBackAndSnooze() {
    StorageProbe probe(m_storage.get());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AfterCallNote note;
    note.outcome = QStringLiteral("Follow-up");
    note.followUpMs = now + 1'500;
    note.followUpText = QStringLiteral("Send the quote");
    QVERIFY(probe
                .run([&](StorageSession &s) {
                    return s.store().logWithNote(finalFacts(QStringLiteral("s-fu"), now - 60'000,
                                                            QStringLiteral("Accepted")),
                                                 QString(), QString(), note);
                })
                .ok);
    FollowUpScheduler scheduler(*m_storage, *m_notifier);
    QSignalSpy shown(&scheduler, &FollowUpScheduler::reminderShown);
    QSignalSpy callBack(&scheduler, &FollowUpScheduler::callBackRequested);
    scheduler.start();
    QTRY_COMPARE(scheduler.nextReminderMs(), note.followUpMs);
    QCOMPARE(shown.size(), 0);
    // The timer fires at the due time.
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10'000);
    QCOMPARE(shown.first().at(1).toBool(), false);
    QTRY_COMPARE(m_daemon->received().size(), 1);
    const FakeNotificationService::Received reminder = m_daemon->received().first();
    QCOMPARE(reminder.summary, FollowUpScheduler::tr("Follow-up due"));
    QVERIFY(reminder.body.contains(QLatin1String("Send the quote")));
    QVERIFY(reminder.actions.contains(QStringLiteral("call-back")));
    QVERIFY(reminder.actions.contains(QStringLiteral("snooze")));

    m_daemon->invoke(reminder.id, QStringLiteral("call-back"));
    QTRY_COMPARE(callBack.size(), 1);
    QCOMPARE(callBack.first().first().toString(), QStringLiteral("+16505550101"));

    m_daemon->invoke(reminder.id, QStringLiteral("snooze"));
    QTRY_VERIFY(probe.call(QStringLiteral("s-fu"))->followUp.remindMs > now + 60'000);
    const FollowUp snoozed = probe.call(QStringLiteral("s-fu"))->followUp;
    QVERIFY(
        qAbs(snoozed.remindMs
             - (QDateTime::currentMSecsSinceEpoch() + FollowUpScheduler::kSnoozeMinutes * 60'000))
        < 10'000);
    QCOMPARE(snoozed.dueMs, note.followUpMs);
    QTRY_COMPARE(scheduler.nextReminderMs(), snoozed.remindMs);
    QCOMPARE(shown.size(), 1);
}

void TestAfterCall::reminderMissedWhileClosed() {
    StorageProbe probe(m_storage.get());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    AfterCallNote note;
    note.followUpMs = now - 3'600'000; // fell due an hour ago, CallDock was not running
    QVERIFY(probe
                .run([&](StorageSession &s) {
                    return s.store().logWithNote(finalFacts(QStringLiteral("s-missed-fu"),
                                                            now - 7'200'000,
                                                            QStringLiteral("Accepted")),
                                                 QString(), QString(), note);
                })
                .ok);
    {
        FollowUpScheduler scheduler(*m_storage, *m_notifier);
        QSignalSpy shown(&scheduler, &FollowUpScheduler::reminderShown);
        scheduler.start();
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(shown.first().at(1).toBool(), true);
        QTRY_COMPARE(m_daemon->received().size(), 1);
        QCOMPARE(m_daemon->received().first().summary, FollowUpScheduler::tr("Missed follow-up"));
    }
    // The next start does not show it again.
    FollowUpScheduler again(*m_storage, *m_notifier);
    QSignalSpy shownAgain(&again, &FollowUpScheduler::reminderShown);
    again.start();
    QTest::qWait(500);
    QCOMPARE(shownAgain.size(), 0);
}

CALLDOCK_WEBENGINE_TEST_MAIN(TestAfterCall)
#include "tst_aftercall.moc"
