// The after-call part of the note dialog (issue 20): outcome by digit or type-ahead, the
// follow-up quick picks, pre-filling from a stored call, and the window that comes up raised
// without taking the focus. Real widgets on the offscreen platform.
#include "aftercalleditor.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QWindow>
#include <QtTest>

namespace {

const QStringList kOutcomes{QStringLiteral("Interested"), QStringLiteral("Follow-up"),
                            QStringLiteral("Not interested"), QStringLiteral("Left voicemail"),
                            QStringLiteral("Wrong number")};

LogCallData sampleCall() {
    LogCallData data;
    data.call.sessionId = QStringLiteral("s-1");
    data.call.direction = CallDirection::Outbound;
    data.call.toName = QStringLiteral("Jane Roe");
    data.call.toNumber = QStringLiteral("+16505550101");
    data.call.startTimeMs = 1'764'000'000'000;
    data.call.durationSeconds = 95;
    data.call.result = QStringLiteral("Call connected");
    data.outcomes = kOutcomes;
    return data;
}

} // namespace

class TestAfterCallEditor final : public QObject {
    Q_OBJECT

private slots:
    void digitsPickOutcome();
    void typeAheadPicksOutcome();
    void quickPickTimes_data();
    void quickPickTimes();
    void quickPickButtonsSetFollowUp();
    void prefilledFromStoredCall();
    void savedValueReachesSaveRequest();
    void opensWithoutTakingFocus();
};

void TestAfterCallEditor::digitsPickOutcome() {
    LogCallDialog dialog(sampleCall());
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QComboBox *outcome = dialog.findChild<QComboBox *>(QStringLiteral("outcomeBox"));
    QVERIFY(outcome);
    // Alt+O (the label's mnemonic) goes to the outcome from the note.
    QTest::keyClick(dialog.focusWidget(), Qt::Key_O, Qt::AltModifier);
    QCOMPARE(dialog.focusWidget(), outcome);
    QTest::keyClick(outcome, Qt::Key_3);
    QCOMPARE(dialog.afterCall().outcome, QStringLiteral("Not interested"));
    QTest::keyClick(outcome, Qt::Key_1);
    QCOMPARE(dialog.afterCall().outcome, QStringLiteral("Interested"));
    QTest::keyClick(outcome, Qt::Key_0);
    QCOMPARE(dialog.afterCall().outcome, QString());
    // A digit beyond the list does nothing.
    QTest::keyClick(outcome, Qt::Key_9);
    QCOMPARE(dialog.afterCall().outcome, QString());
    // Digits typed in the note stay text.
    QPlainTextEdit *note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("2 units"));
    QCOMPARE(dialog.note(), QStringLiteral("2 units"));
    QCOMPARE(dialog.afterCall().outcome, QString());
}

void TestAfterCallEditor::typeAheadPicksOutcome() {
    AfterCallEditor editor;
    editor.setOutcomes(kOutcomes);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.outcomeBox()->setFocus();
    // Items read "Left voicemail  [4]": the name first, so type-ahead finds it by its letters.
    QTest::keyClicks(editor.outcomeBox(), QStringLiteral("left"));
    QCOMPARE(editor.value().outcome, QStringLiteral("Left voicemail"));
}

void TestAfterCallEditor::quickPickTimes_data() {
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<int>("pick");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime wednesday(QDate(2026, 12, 2), QTime(10, 17, 42));
    const QDateTime monday(QDate(2026, 11, 30), QTime(8, 0));
    const QDateTime lateSunday(QDate(2026, 12, 6), QTime(23, 30));
    using Pick = AfterCallEditor::QuickPick;
    QTest::newRow("hour") << wednesday << int(Pick::InOneHour)
                          << QDateTime(QDate(2026, 12, 2), QTime(11, 17));
    QTest::newRow("hour over midnight")
        << lateSunday << int(Pick::InOneHour) << QDateTime(QDate(2026, 12, 7), QTime(0, 30));
    QTest::newRow("tomorrow") << wednesday << int(Pick::Tomorrow)
                              << QDateTime(QDate(2026, 12, 3), QTime(9, 0));
    QTest::newRow("monday from wednesday")
        << wednesday << int(Pick::NextMonday) << QDateTime(QDate(2026, 12, 7), QTime(9, 0));
    QTest::newRow("monday from monday")
        << monday << int(Pick::NextMonday) << QDateTime(QDate(2026, 12, 7), QTime(9, 0));
    QTest::newRow("monday from sunday")
        << lateSunday << int(Pick::NextMonday) << QDateTime(QDate(2026, 12, 7), QTime(9, 0));
}

void TestAfterCallEditor::quickPickTimes() {
    QFETCH(QDateTime, now);
    QFETCH(int, pick);
    QFETCH(QDateTime, expected);
    QCOMPARE(AfterCallEditor::quickPickTime(AfterCallEditor::QuickPick(pick), now), expected);
}

void TestAfterCallEditor::quickPickButtonsSetFollowUp() {
    AfterCallEditor editor;
    const QDateTime now(QDate(2026, 12, 2), QTime(10, 17, 42));
    editor.setClock([now] { return now; });
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QCOMPARE(editor.value().followUpMs, 0); // no follow-up until asked for
    QSignalSpy edited(&editor, &AfterCallEditor::edited);
    QPushButton *tomorrow = editor.findChild<QPushButton *>(QStringLiteral("pickTomorrow"));
    // One key: Space on the focused button (its mnemonic works in a dialog too).
    tomorrow->setFocus();
    QTest::keyClick(tomorrow, Qt::Key_Space);
    QVERIFY(editor.findChild<QCheckBox *>(QStringLiteral("followUpCheck"))->isChecked());
    QCOMPARE(editor.value().followUpMs,
             QDateTime(QDate(2026, 12, 3), QTime(9, 0)).toMSecsSinceEpoch());
    QVERIFY(!edited.isEmpty());
    // Focus moves to the text, ready to type what to do.
    QLineEdit *text = editor.findChild<QLineEdit *>(QStringLiteral("followUpText"));
    QCOMPARE(QApplication::focusWidget(), text);
    QTest::keyClicks(text, QStringLiteral("Send the quote"));
    QCOMPARE(editor.value().followUpText, QStringLiteral("Send the quote"));
    // Unchecked, the follow-up (and its text) is removed.
    editor.findChild<QCheckBox *>(QStringLiteral("followUpCheck"))->setChecked(false);
    QCOMPARE(editor.value().followUpMs, 0);
    QCOMPARE(editor.value().followUpText, QString());
}

void TestAfterCallEditor::prefilledFromStoredCall() {
    LogCallData data = sampleCall();
    data.alreadyLogged = true;
    data.call.outcome = QStringLiteral("Callback promised"); // no longer in the list
    data.call.followUp.dueMs = QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toMSecsSinceEpoch();
    data.call.followUp.text = QStringLiteral("Demo");
    LogCallDialog dialog(data);
    const AfterCallNote shown = dialog.afterCall();
    QCOMPARE(shown.outcome, QStringLiteral("Callback promised"));
    QCOMPARE(shown.followUpMs, data.call.followUp.dueMs);
    QCOMPARE(shown.followUpText, QStringLiteral("Demo"));
    // A new call starts empty.
    LogCallDialog fresh(sampleCall());
    QCOMPARE(fresh.afterCall().outcome, QString());
    QCOMPARE(fresh.afterCall().followUpMs, 0);
}

void TestAfterCallEditor::savedValueReachesSaveRequest() {
    LogCallDialogs dialogs(nullptr);
    dialogs.setOutcomes(kOutcomes);
    LogCallData data = sampleCall();
    data.outcomes.clear(); // e.g. a draft: the manager's list is used
    LogCallDialog *dialog = dialogs.open(data);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QSignalSpy save(&dialogs, &LogCallDialogs::saveRequested);
    QComboBox *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeBox"));
    QCOMPARE(outcome->count(), kOutcomes.size() + 1);
    outcome->setFocus();
    QTest::keyClick(outcome, Qt::Key_2);
    QTest::keyClick(outcome, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(save.size(), 1);
    QCOMPARE(dialog->afterCall().outcome, QStringLiteral("Follow-up"));
}

void TestAfterCallEditor::opensWithoutTakingFocus() {
    // The user is typing in another window when the call ends.
    QWidget other;
    other.setWindowTitle(QStringLiteral("another program"));
    auto *typing = new QLineEdit(&other);
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    typing->setFocus();

    LogCallDialogs dialogs(nullptr);
    LogCallData data = sampleCall();
    data.takeFocus = false;
    LogCallDialog *dialog = dialogs.open(data);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(100);
    QVERIFY(dialog->isVisible());
    // What the window system is told: show this window without activating it (xcb sets
    // _NET_WM_USER_TIME 0 for it, Windows shows it with SW_SHOWNOACTIVATE, macOS does not order
    // it key). The offscreen platform activates every window it shows whatever the flag says, so
    // there only the request can be checked; on a real display (xvfb-run) the focus is too.
    QVERIFY(dialog->windowHandle());
    QVERIFY(dialog->windowHandle()->property("_q_showWithoutActivating").toBool());
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        QVERIFY(QApplication::activeWindow() != dialog);
        QCOMPARE(QApplication::activeWindow(), &other);
        QCOMPARE(QApplication::focusWidget(), typing);
    }
    // The attribute is only for that first show: activating the window works as usual.
    QVERIFY(!dialog->testAttribute(Qt::WA_ShowWithoutActivating));
    dialog->present();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
}

QTEST_MAIN(TestAfterCallEditor)
#include "tst_aftercalleditor.moc"
