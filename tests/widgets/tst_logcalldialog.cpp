// Behaviour of one LogCallDialog as a user meets it: pre-fill, keyboard save and cancel, live
// updates while typing, drafts, errors. Real widgets on the offscreen platform.

#include "calltext.h"
#include "logcalldialog.h"
#include "logcallsamples.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

namespace {

struct Parts {
    QLineEdit *subject = nullptr;
    QPlainTextEdit *note = nullptr;
    QLabel *duration = nullptr;
    QLabel *result = nullptr;
    QLabel *name = nullptr;
    QLabel *error = nullptr;
};

Parts partsOf(const LogCallDialog &dialog) {
    Parts parts;
    parts.subject = dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    parts.note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    parts.duration = dialog.findChild<QLabel *>(QStringLiteral("durationValue"));
    parts.result = dialog.findChild<QLabel *>(QStringLiteral("resultValue"));
    parts.name = dialog.findChild<QLabel *>(QStringLiteral("nameValue"));
    parts.error = dialog.findChild<QLabel *>(QStringLiteral("errorLabel"));
    return parts;
}

QString labelText(const LogCallDialog &dialog, const char *name) {
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<missing %1>").arg(QLatin1String(name));
}

} // namespace

class TestLogCallDialog final : public QObject {
    Q_OBJECT

private slots:
    void prefillFromLoggedCall();
    void defaultSubject_data();
    void defaultSubject();
    void showsCallFacts();
    void saveWithCtrlEnter_data();
    void saveWithCtrlEnter();
    void saveButton();
    void escapeCancels();
    void windowCloseCancels();
    void liveUpdateKeepsTypedText();
    void subjectFollowsNameUntilEdited();
    void saveErrorKeepsWindowAndText();
    void draftAfterTypingOnly();
    void restoreDraft();
};

void TestLogCallDialog::prefillFromLoggedCall() {
    LogCallDialog dialog(LogCallSamples::loggedOutbound());
    const Parts parts = partsOf(dialog);
    QCOMPARE(parts.subject->text(), QStringLiteral("Renewal quote"));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Sent the quote.\nCall back on Friday."));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("+44 20 7946 0958")));
    QVERIFY(dialog.windowTitle().startsWith(QStringLiteral("Edit call log")));
    QVERIFY(!dialog.isModal());
    QCOMPARE(dialog.windowModality(), Qt::NonModal);
    QVERIFY(dialog.testAttribute(Qt::WA_DeleteOnClose));

    // A call that is not logged yet ignores whatever subject/note the snapshot carries.
    LogCallData notLogged = LogCallSamples::loggedOutbound();
    notLogged.alreadyLogged = false;
    LogCallDialog fresh(notLogged);
    QCOMPARE(partsOf(fresh).subject->text(), QStringLiteral("Outbound call to +44 20 7946 0958"));
    QVERIFY(partsOf(fresh).note->toPlainText().isEmpty());
    QVERIFY(fresh.windowTitle().startsWith(QStringLiteral("Log call")));
}

void TestLogCallDialog::defaultSubject_data() {
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("expected");
    const int in = int(CallDirection::Inbound);
    const int out = int(CallDirection::Outbound);
    const int unknown = int(CallDirection::Unknown);
    QTest::newRow("inbound name") << in << "Ada Lovelace"
                                  << "+1 650"
                                  << "Inbound call from Ada Lovelace";
    QTest::newRow("inbound number") << in << "  "
                                    << "+1 650"
                                    << "Inbound call from +1 650";
    QTest::newRow("outbound name") << out << "Grace"
                                   << "+44"
                                   << "Outbound call to Grace";
    QTest::newRow("outbound nothing") << out << ""
                                      << ""
                                      << "Outbound call to an unknown number";
    QTest::newRow("unknown direction") << unknown << "Bob"
                                       << ""
                                       << "Call with Bob";
}

void TestLogCallDialog::defaultSubject() {
    QFETCH(int, direction);
    QFETCH(QString, name);
    QFETCH(QString, number);
    QFETCH(QString, expected);
    LogCallData data;
    data.call.sessionId = QStringLiteral("s-x");
    data.call.direction = CallDirection(direction);
    // The other party sits on the side the direction says; the own side must not leak in.
    if (data.call.direction == CallDirection::Outbound) {
        data.call.toName = name;
        data.call.toNumber = number;
        data.call.fromName = QStringLiteral("Me");
    } else {
        data.call.fromName = name;
        data.call.fromNumber = number;
        data.call.toName = QStringLiteral("Me");
    }
    LogCallDialog dialog(data);
    QCOMPARE(partsOf(dialog).subject->text(), expected);
    QCOMPARE(CallText::defaultSubject(data.call), expected);

    // Logged without a subject: still a sensible default rather than an empty field.
    data.alreadyLogged = true;
    LogCallDialog logged(data);
    QCOMPARE(partsOf(logged).subject->text(), expected);
}

void TestLogCallDialog::showsCallFacts() {
    LogCallDialog dialog(LogCallSamples::loggedOutbound());
    QCOMPARE(labelText(dialog, "directionValue"), QStringLiteral("Outbound"));
    QCOMPARE(labelText(dialog, "nameValue"), QStringLiteral("Unknown"));
    QCOMPARE(labelText(dialog, "numberValue"), QStringLiteral("+44 20 7946 0958"));
    QCOMPARE(labelText(dialog, "durationValue"), QStringLiteral("1:02:05"));
    QCOMPARE(labelText(dialog, "resultValue"), QStringLiteral("Answered"));
    QCOMPARE(labelText(dialog, "recordingValue"), QStringLiteral("Yes"));
    // The start time is in the user's locale and time zone: long date, short time.
    const QDateTime start =
        QDateTime::fromMSecsSinceEpoch(LogCallSamples::kStartMs - 3600 * 1000, Qt::UTC)
            .toLocalTime();
    const QString started = labelText(dialog, "startValue");
    QVERIFY2(started.contains(QLocale::system().toString(start.date(), QLocale::LongFormat)),
             qPrintable(started));
    QVERIFY2(started.contains(QLocale::system().toString(start.time(), QLocale::ShortFormat)),
             qPrintable(started));

    LogCallDialog live(LogCallSamples::liveInbound());
    QCOMPARE(labelText(live, "nameValue"), QStringLiteral("Ada Lovelace"));
    QCOMPARE(labelText(live, "numberValue"), QStringLiteral("+1 650 555 0142"));
    QCOMPARE(labelText(live, "durationValue"), QStringLiteral("0:42"));
    QCOMPARE(labelText(live, "resultValue"), QStringLiteral("Connected"));
    QCOMPARE(labelText(live, "recordingValue"), QStringLiteral("No"));
}

void TestLogCallDialog::saveWithCtrlEnter_data() {
    QTest::addColumn<int>("key");
    QTest::newRow("Ctrl+Return") << int(Qt::Key_Return);
    QTest::newRow("Ctrl+Enter") << int(Qt::Key_Enter);
}

void TestLogCallDialog::saveWithCtrlEnter() {
    QFETCH(int, key);
    LogCallDialog dialog(LogCallSamples::liveInbound());
    QSignalSpy saved(&dialog, &LogCallDialog::saveRequested);
    QSignalSpy cancelled(&dialog, &LogCallDialog::cancelled);
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Parts parts = partsOf(dialog);
    QCOMPARE(QApplication::focusWidget(), parts.note);

    QTest::keyClicks(parts.note, QStringLiteral("Wants a demo"));
    QTest::keyClick(parts.note, Qt::Key_Return); // a plain Return is a new line
    QTest::keyClicks(parts.note, QStringLiteral("next week"));
    QTest::keyClick(parts.note, Qt::Key(key), Qt::ControlModifier);

    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("s-1001"));
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("Inbound call from Ada Lovelace"));
    QCOMPARE(saved.at(0).at(2).toString(), QStringLiteral("Wants a demo\nnext week"));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Wants a demo\nnext week"));
    // Saving waits for app/: the window stays until the store confirms.
    QVERIFY(dialog.isVisible());
    QCOMPARE(cancelled.count(), 0);
}

void TestLogCallDialog::saveButton() {
    QPointer<LogCallDialog> dialog = new LogCallDialog(LogCallSamples::loggedOutbound());
    QSignalSpy saved(dialog.data(), &LogCallDialog::saveRequested);
    QSignalSpy finished(dialog.data(), &QDialog::finished);
    dialog->present();
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save->isDefault());
    partsOf(*dialog).subject->setText(QStringLiteral("Renewal quote v2"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.at(0).at(1).toString(), QStringLiteral("Renewal quote v2"));
    QCOMPARE(finished.count(), 0);

    dialog->finishSaved();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(dialog.isNull());
}

void TestLogCallDialog::escapeCancels() {
    QPointer<LogCallDialog> dialog = new LogCallDialog(LogCallSamples::liveInbound());
    QSignalSpy saved(dialog.data(), &LogCallDialog::saveRequested);
    QSignalSpy cancelled(dialog.data(), &LogCallDialog::cancelled);
    QSignalSpy drafts(dialog.data(), &LogCallDialog::draftChanged);
    dialog->present();
    QVERIFY(QTest::qWaitForWindowActive(dialog.data()));
    QTest::keyClicks(partsOf(*dialog).note, QStringLiteral("never mind"));
    QTest::keyClick(partsOf(*dialog).note, Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.at(0).at(0).toString(), QStringLiteral("s-1001"));
    QCOMPARE(saved.count(), 0);
    QVERIFY(!dialog->isVisible());
    dialog->flushDraft(); // a cancelled window reports nothing any more
    QCOMPARE(drafts.count(), 0);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(dialog.isNull());
}

void TestLogCallDialog::windowCloseCancels() {
    QPointer<LogCallDialog> dialog = new LogCallDialog(LogCallSamples::liveInbound());
    QSignalSpy cancelled(dialog.data(), &LogCallDialog::cancelled);
    dialog->present();
    QVERIFY(dialog->close());
    QCOMPARE(cancelled.count(), 1);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(dialog.isNull());
}

void TestLogCallDialog::liveUpdateKeepsTypedText() {
    LogCallDialog dialog(LogCallSamples::liveInbound());
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Parts parts = partsOf(dialog);
    QTest::keyClicks(parts.note, QStringLiteral("Asked about pricing"));
    // The user moved back into the middle of the text and selected a word.
    QTextCursor cursor = parts.note->textCursor();
    cursor.setPosition(6);
    cursor.setPosition(11, QTextCursor::KeepAnchor);
    parts.note->setTextCursor(cursor);
    parts.subject->setFocus();
    QTest::keyClicks(parts.subject, QStringLiteral(" (VIP)"));
    parts.note->setFocus();

    LogCallData update = LogCallSamples::liveInbound();
    update.call.durationSeconds = 300;
    update.call.result = QStringLiteral("Disconnected");
    update.call.subject = QStringLiteral("stale stored subject");
    update.call.note = QStringLiteral("stale stored note");
    update.hasRecording = true;
    dialog.updateCall(update);

    QCOMPARE(parts.duration->text(), QStringLiteral("5:00"));
    QCOMPARE(parts.result->text(), QStringLiteral("Ended"));
    QCOMPARE(labelText(dialog, "recordingValue"), QStringLiteral("Yes"));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Asked about pricing"));
    QCOMPARE(parts.note->textCursor().selectionStart(), 6);
    QCOMPARE(parts.note->textCursor().selectionEnd(), 11);
    QCOMPARE(parts.subject->text(), QStringLiteral("Inbound call from Ada Lovelace (VIP)"));
    QCOMPARE(QApplication::focusWidget(), parts.note);

    // Typing goes on where the user was: the selected word is replaced.
    QTest::keyClicks(parts.note, QStringLiteral("a lot"));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Asked a lot pricing"));

    // An update for another call is ignored.
    LogCallData other = LogCallSamples::liveInbound(QStringLiteral("s-other"));
    other.call.durationSeconds = 1;
    dialog.updateCall(other);
    QCOMPARE(parts.duration->text(), QStringLiteral("5:00"));
}

void TestLogCallDialog::subjectFollowsNameUntilEdited() {
    LogCallData data = LogCallSamples::liveInbound();
    data.call.fromName.clear();
    LogCallDialog dialog(data);
    const Parts parts = partsOf(dialog);
    QCOMPARE(parts.subject->text(), QStringLiteral("Inbound call from +1 650 555 0142"));
    QCOMPARE(labelText(dialog, "durationValue"), QStringLiteral("0:42"));

    // The contact lookup finished: the untouched default follows the name.
    data.call.fromName = QStringLiteral("Ada Lovelace");
    dialog.updateCall(data);
    QCOMPARE(parts.subject->text(), QStringLiteral("Inbound call from Ada Lovelace"));
    QCOMPARE(parts.name->text(), QStringLiteral("Ada Lovelace"));
    QVERIFY(dialog.windowTitle().contains(QStringLiteral("Ada Lovelace")));

    // Once the user typed in the subject, it is theirs.
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    parts.subject->setFocus();
    QTest::keyClick(parts.subject, Qt::Key_End);
    QTest::keyClicks(parts.subject, QStringLiteral("!"));
    data.call.fromName = QStringLiteral("Countess of Lovelace");
    dialog.updateCall(data);
    QCOMPARE(parts.subject->text(), QStringLiteral("Inbound call from Ada Lovelace!"));
    QCOMPARE(parts.name->text(), QStringLiteral("Countess of Lovelace"));
}

void TestLogCallDialog::saveErrorKeepsWindowAndText() {
    LogCallDialog dialog(LogCallSamples::loggedOutbound());
    QSignalSpy saved(&dialog, &LogCallDialog::saveRequested);
    QSignalSpy cancelled(&dialog, &LogCallDialog::cancelled);
    dialog.present();
    const Parts parts = partsOf(dialog);
    QVERIFY(parts.error->isHidden());
    dialog.accept();
    dialog.setSaveError(QStringLiteral("The disk is full."));
    QVERIFY(dialog.isVisible());
    QVERIFY(!parts.error->isHidden());
    QCOMPARE(parts.error->text(), QStringLiteral("The disk is full."));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Sent the quote.\nCall back on Friday."));
    // Trying again clears the old error until app/ answers.
    dialog.accept();
    QCOMPARE(saved.count(), 2);
    QVERIFY(parts.error->isHidden());
    QCOMPARE(cancelled.count(), 0);
}

void TestLogCallDialog::draftAfterTypingOnly() {
    LogCallDialog dialog(LogCallSamples::loggedOutbound());
    dialog.setDraftInterval(5);
    QSignalSpy drafts(&dialog, &LogCallDialog::draftChanged);
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // Pre-filled text and live updates are not the user's typing: no draft.
    dialog.updateCall(LogCallSamples::loggedOutbound());
    dialog.flushDraft();
    QCOMPARE(drafts.count(), 0);

    const Parts parts = partsOf(dialog);
    QTest::keyClicks(parts.note, QStringLiteral(" Done."));
    QTRY_COMPARE(drafts.count(), 1);
    QCOMPARE(drafts.at(0).at(0).toString(), QStringLiteral("s-2002"));
    QCOMPARE(drafts.at(0).at(1).toString(), QStringLiteral("Renewal quote"));
    QCOMPARE(drafts.at(0).at(2).toString(),
             QStringLiteral("Sent the quote.\nCall back on Friday. Done."));
    // Nothing new typed: flushing reports nothing; typing again reports again.
    dialog.flushDraft();
    QCOMPARE(drafts.count(), 1);
    QTest::keyClicks(parts.note, QStringLiteral("!"));
    dialog.flushDraft();
    QCOMPARE(drafts.count(), 2);
    QVERIFY(drafts.at(1).at(2).toString().endsWith(QStringLiteral("Done.!")));
}

void TestLogCallDialog::restoreDraft() {
    LogCallDialog dialog(LogCallSamples::loggedOutbound());
    QSignalSpy drafts(&dialog, &LogCallDialog::draftChanged);
    dialog.restoreDraft(QStringLiteral("Draft subject"), QStringLiteral("Draft note\nline 2"),
                        LogCallSamples::kStartMs);
    const Parts parts = partsOf(dialog);
    QCOMPARE(parts.subject->text(), QStringLiteral("Draft subject"));
    QCOMPARE(parts.note->toPlainText(), QStringLiteral("Draft note\nline 2"));
    const auto *info = dialog.findChild<QLabel *>(QStringLiteral("infoLabel"));
    QVERIFY(!info->isHidden());
    QVERIFY(!info->text().isEmpty());
    // The restored subject is the user's: a new name must not replace it.
    LogCallData update = LogCallSamples::loggedOutbound();
    update.call.toName = QStringLiteral("Grace Hopper");
    dialog.updateCall(update);
    QCOMPARE(parts.subject->text(), QStringLiteral("Draft subject"));
    dialog.flushDraft();
    QCOMPARE(drafts.count(), 0); // already on disk
}

QTEST_MAIN(TestLogCallDialog)
#include "tst_logcalldialog.moc"
