// Keyboard-only use, accessible names and layouts that survive long texts (translations, names)
// in the Log call dialog. Real widgets on the offscreen platform.

#include "logcalldialog.h"
#include "logcallsamples.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

namespace {

struct Parts {
    QLineEdit *subject = nullptr;
    QPlainTextEdit *note = nullptr;
    QLabel *duration = nullptr;
    QLabel *name = nullptr;
};

Parts partsOf(const LogCallDialog &dialog) {
    Parts parts;
    parts.subject = dialog.findChild<QLineEdit *>(QStringLiteral("subjectEdit"));
    parts.note = dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    parts.duration = dialog.findChild<QLabel *>(QStringLiteral("durationValue"));
    parts.name = dialog.findChild<QLabel *>(QStringLiteral("nameValue"));
    return parts;
}

} // namespace

class TestLogCallKeyboard final : public QObject {
    Q_OBJECT

private slots:
    void keyboardAndAccessibility();
    void longTextWraps();
};

void TestLogCallKeyboard::keyboardAndAccessibility() {
    LogCallDialog dialog(LogCallSamples::liveInbound());
    dialog.present();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Parts parts = partsOf(dialog);
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || widget->objectName().endsWith(QLatin1String("Value"))) {
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
    }
    // The editors have labels with mnemonics pointing at them.
    int buddies = 0;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() == parts.subject || label->buddy() == parts.note) {
            QVERIFY(label->text().contains(QLatin1Char('&')));
            ++buddies;
        }
    }
    QCOMPARE(buddies, 2);

    // Tab leaves the note (no tab character typed) for the outcome, then goes on through the
    // follow-up to the Save button.
    QCOMPARE(QApplication::focusWidget(), parts.note);
    QTest::keyClick(parts.note, Qt::Key_Tab);
    QVERIFY(!parts.note->toPlainText().contains(QLatin1Char('\t')));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("outcomeBox"));
    bool reachedSave = false;
    for (int i = 0; i < 12 && !reachedSave; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        const auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
        reachedSave = button && button->isDefault();
    }
    QVERIFY(reachedSave);
    // Alt+S jumps to the subject.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), parts.subject);
}

void TestLogCallKeyboard::longTextWraps() {
    // Very long names (and, the same way, long translations) wrap instead of widening the window
    // beyond the screen.
    LogCallData data = LogCallSamples::liveInbound();
    data.call.fromName = QString(QStringLiteral("Verylongname ")).repeated(40);
    data.call.result = QString(QStringLiteral("Unheard-of-result ")).repeated(20);
    LogCallDialog dialog(data);
    dialog.present();
    QVERIFY(dialog.minimumSizeHint().width() < 700);
    QVERIFY(dialog.width() < 1000);
    const Parts parts = partsOf(dialog);
    QVERIFY(parts.name->wordWrap());
    QVERIFY(parts.name->height() > parts.duration->height());
}

QTEST_MAIN(TestLogCallKeyboard)
#include "tst_logcallkeyboard.moc"
