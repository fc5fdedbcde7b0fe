// LogCallDialogs: one window per call, the save/cancel round trip as app/ drives it, and drafts
// that survive a restart (a real DraftStore in a temporary folder).

#include "draftstore.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "logcallsamples.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QPlainTextEdit *noteOf(LogCallDialog *dialog) {
    return dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
}

QLineEdit *subjectOf(LogCallDialog *dialog) {
    return dialog->findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
}

int logCallWindows() {
    int count = 0;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<LogCallDialog *>(widget) && widget->isVisible()) {
            ++count;
        }
    }
    return count;
}

void deleteClosedWindows() {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestLogCallDialogs final : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void secondOpenRaisesSameWindow();
    void oneWindowPerCall();
    void saveRoundTrip();
    void saveFailureKeepsWindow();
    void cancelClearsPendingAndDraft();
    void doesNotBlockOtherWindows();
    void draftSavedWhileTypingAndRestored();
    void quitKeepsDraft();
};

void TestLogCallDialogs::cleanup() {
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (qobject_cast<LogCallDialog *>(widget)) {
            delete widget;
        }
    }
}

void TestLogCallDialogs::secondOpenRaisesSameWindow() {
    LogCallDialogs dialogs(nullptr);
    QSignalSpy opened(&dialogs, &LogCallDialogs::opened);
    QPointer<LogCallDialog> first = dialogs.open(LogCallSamples::liveInbound());
    QVERIFY(first);
    QVERIFY(QTest::qWaitForWindowActive(first.data()));
    QTest::keyClicks(noteOf(first), QStringLiteral("typing"));

    // Another window takes the focus; the second click on Log brings ours back.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));

    LogCallData again = LogCallSamples::liveInbound();
    again.call.durationSeconds = 61;
    LogCallDialog *second = dialogs.open(again);
    QCOMPARE(second, first.data());
    QCOMPARE(logCallWindows(), 1);
    QCOMPARE(opened.count(), 1);
    QVERIFY(QTest::qWaitForWindowActive(second));
    QCOMPARE(QApplication::focusWidget(), noteOf(second));
    QCOMPARE(noteOf(second)->toPlainText(), QStringLiteral("typing"));
    QCOMPARE(second->findChild<QLabel *>(QStringLiteral("durationValue"))->text(),
             QStringLiteral("1:01"));
    QCOMPARE(dialogs.openSessionIds(), QStringList{QStringLiteral("s-1001")});
    QVERIFY(dialogs.isOpen(QStringLiteral("s-1001")));
}

void TestLogCallDialogs::oneWindowPerCall() {
    LogCallDialogs dialogs(nullptr);
    LogCallDialog *a = dialogs.open(LogCallSamples::liveInbound(QStringLiteral("s-b")));
    LogCallDialog *b = dialogs.open(LogCallSamples::loggedOutbound(QStringLiteral("s-a")));
    QVERIFY(a && b && a != b);
    QCOMPARE(logCallWindows(), 2);
    QCOMPARE(dialogs.openSessionIds(), (QStringList{QStringLiteral("s-a"), QStringLiteral("s-b")}));
    QVERIFY(!dialogs.open(LogCallData())); // no session id, no window

    // Live updates reach the right window only.
    LogCallData update = LogCallSamples::liveInbound(QStringLiteral("s-b"));
    update.call.result = QStringLiteral("Disconnected");
    dialogs.updateCall(update);
    dialogs.updateCall(LogCallSamples::liveInbound(QStringLiteral("s-not-open")));
    QCOMPARE(a->findChild<QLabel *>(QStringLiteral("resultValue"))->text(),
             QStringLiteral("Ended"));
    QCOMPARE(b->findChild<QLabel *>(QStringLiteral("resultValue"))->text(),
             QStringLiteral("Answered"));
    QCOMPARE(logCallWindows(), 2);
}

void TestLogCallDialogs::saveRoundTrip() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    LogCallDialogs dialogs(&store);
    dialogs.setDraftInterval(5);
    QSignalSpy saveRequested(&dialogs, &LogCallDialogs::saveRequested);
    QSignalSpy closed(&dialogs, &LogCallDialogs::closed);
    // app/ answers synchronously, as CallLogger will after the SQLite commit.
    connect(&dialogs, &LogCallDialogs::saveRequested, &dialogs,
            [&dialogs](const QString &sessionId) { dialogs.closeAfterSave(sessionId); });

    QPointer<LogCallDialog> window = dialogs.open(LogCallSamples::liveInbound());
    QVERIFY(QTest::qWaitForWindowActive(window.data()));
    QTest::keyClicks(noteOf(window), QStringLiteral("Follow up"));
    QTRY_VERIFY(store.load(QStringLiteral("s-1001")).has_value());
    QTest::keyClick(noteOf(window), Qt::Key_Return, Qt::ControlModifier);

    QCOMPARE(saveRequested.count(), 1);
    QCOMPARE(saveRequested.at(0).at(2).toString(), QStringLiteral("Follow up"));
    QCOMPARE(closed.count(), 1);
    QCOMPARE(closed.at(0).at(0).toString(), QStringLiteral("s-1001"));
    QVERIFY(!dialogs.isOpen(QStringLiteral("s-1001")));
    QVERIFY(dialogs.openSessionIds().isEmpty());
    QVERIFY(!store.load(QStringLiteral("s-1001")).has_value());
    QVERIFY(store.all().isEmpty());
    deleteClosedWindows();
    QVERIFY(window.isNull());

    // The next Log click opens a fresh window.
    LogCallDialog *fresh = dialogs.open(LogCallSamples::liveInbound());
    QVERIFY(fresh);
    QVERIFY(noteOf(fresh)->toPlainText().isEmpty());
}

void TestLogCallDialogs::saveFailureKeepsWindow() {
    LogCallDialogs dialogs(nullptr);
    QSignalSpy closed(&dialogs, &LogCallDialogs::closed);
    connect(&dialogs, &LogCallDialogs::saveRequested, &dialogs,
            [&dialogs](const QString &sessionId) {
                dialogs.setSaveError(sessionId, QStringLiteral("Database is locked."));
            });
    LogCallDialog *window = dialogs.open(LogCallSamples::loggedOutbound());
    window->accept();
    QCOMPARE(closed.count(), 0);
    QVERIFY(dialogs.isOpen(QStringLiteral("s-2002")));
    QVERIFY(window->isVisible());
    const auto *error = window->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QCOMPARE(error->text(), QStringLiteral("Database is locked."));
    QVERIFY(!error->isHidden());
}

void TestLogCallDialogs::cancelClearsPendingAndDraft() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    LogCallDialogs dialogs(&store);
    dialogs.setDraftInterval(5);
    QSignalSpy saveRequested(&dialogs, &LogCallDialogs::saveRequested);
    QSignalSpy closed(&dialogs, &LogCallDialogs::closed);
    LogCallDialog *window = dialogs.open(LogCallSamples::loggedOutbound());
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClicks(noteOf(window), QStringLiteral(" changed my mind"));
    QTRY_VERIFY(store.load(QStringLiteral("s-2002")).has_value());

    QTest::keyClick(noteOf(window), Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QCOMPARE(saveRequested.count(), 0);
    QVERIFY(dialogs.openSessionIds().isEmpty());
    QVERIFY(store.all().isEmpty());
}

void TestLogCallDialogs::doesNotBlockOtherWindows() {
    QWidget mainWindow;
    mainWindow.show();
    LogCallDialogs dialogs(nullptr, &mainWindow);
    LogCallDialog *window = dialogs.open(LogCallSamples::liveInbound());
    QVERIFY(QTest::qWaitForWindowActive(window));
    QVERIFY(!window->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    QVERIFY(mainWindow.isEnabled());
    // The main window (the widget with the live call) can take the focus back.
    mainWindow.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&mainWindow));
    QVERIFY(window->isVisible());
}

void TestLogCallDialogs::draftSavedWhileTypingAndRestored() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    {
        DraftStore store(folder);
        LogCallDialogs dialogs(&store);
        dialogs.setDraftInterval(5);
        LogCallDialog *window = dialogs.open(LogCallSamples::liveInbound());
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClicks(noteOf(window), QStringLiteral("Line one"));
        QTest::keyClick(noteOf(window), Qt::Key_Return);
        QTest::keyClicks(noteOf(window), QStringLiteral("Line two"));
        subjectOf(window)->setFocus();
        QTest::keyClicks(subjectOf(window), QStringLiteral(" - urgent"));
        QTRY_COMPARE(store.load(QStringLiteral("s-1001")).value_or(Draft()).subject,
                     QStringLiteral("Inbound call from Ada Lovelace - urgent"));
        QTRY_COMPARE(store.load(QStringLiteral("s-1001")).value_or(Draft()).note,
                     QStringLiteral("Line one\nLine two"));
        // The process dies here (no quit, no cancel): the manager goes without cleaning up.
    }

    DraftStore store(folder);
    QCOMPARE(store.all().size(), 1);
    LogCallDialogs dialogs(&store);
    QSignalSpy opened(&dialogs, &LogCallDialogs::opened);
    QCOMPARE(dialogs.restoreDrafts(), 1);
    QCOMPARE(opened.count(), 1);
    LogCallDialog *window = dialogs.dialog(QStringLiteral("s-1001"));
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->subject(), QStringLiteral("Inbound call from Ada Lovelace - urgent"));
    QCOMPARE(window->note(), QStringLiteral("Line one\nLine two"));
    // The facts come back from the snapshot in the draft.
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("nameValue"))->text(),
             QStringLiteral("Ada Lovelace"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("durationValue"))->text(),
             QStringLiteral("0:42"));
    QVERIFY(!window->findChild<QLabel *>(QStringLiteral("infoLabel"))->isHidden());
    // Restoring twice does not duplicate windows.
    QCOMPARE(dialogs.restoreDrafts(), 0);
    QCOMPARE(logCallWindows(), 1);
}

void TestLogCallDialogs::quitKeepsDraft() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    int closedCount = 0;
    {
        LogCallDialogs dialogs(&store);
        connect(&dialogs, &LogCallDialogs::closed, this, [&closedCount] { ++closedCount; });
        dialogs.setDraftInterval(60 * 60 * 1000); // the timer never fires in this test
        LogCallDialog *window = dialogs.open(LogCallSamples::loggedOutbound());
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClicks(noteOf(window), QStringLiteral(" P.S."));
        QVERIFY(store.all().isEmpty());
        QVERIFY(QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit",
                                          Qt::DirectConnection));
        QCOMPARE(store.all().size(), 1);
        // Destroying the manager (end of the application) keeps the newest text too.
        QTest::keyClicks(noteOf(window), QStringLiteral("!"));
    }
    QCOMPARE(closedCount, 0); // quitting is not cancelling
    QCOMPARE(logCallWindows(), 0);
    const QList<Draft> drafts = store.all();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.at(0).note, QStringLiteral("Sent the quote.\nCall back on Friday. P.S.!"));
    QVERIFY(drafts.at(0).alreadyLogged);
    QVERIFY(drafts.at(0).hasRecording);
    QCOMPARE(drafts.at(0).call.durationSeconds, std::optional<qint64>(3725));
}

QTEST_MAIN(TestLogCallDialogs)
#include "tst_logcalldialogs.moc"
