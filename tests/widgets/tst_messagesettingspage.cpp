// The "Log messages automatically" switch on the Logging settings page: shows the setting, writes
// it on Apply, and shows a change made elsewhere (the widget's own toggle) instead of writing the
// old value back. Real Settings file, real widgets (offscreen).
#include "loggingsettingspage.h"
#include "settings.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QTest>

class TestMessageSettingsPage final : public QObject {
    Q_OBJECT

private slots:
    void onByDefaultAndWrittenOnApply();
    void changeElsewhereIsShown();
};

void TestMessageSettingsPage::onByDefaultAndWrittenOnApply() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("calldock.ini")));
    QVERIFY(settings.autoLogMessages()); // on by default
    LoggingSettingsPage page(dir.path());
    page.load(settings);
    auto *check = page.findChild<QCheckBox *>(QStringLiteral("autoLogMessagesCheck"));
    QVERIFY(check);
    QVERIFY(check->isChecked());
    check->setChecked(false);
    page.apply(settings);
    QVERIFY(settings.sync());
    Settings reread(settings.fileName());
    QVERIFY(!reread.autoLogMessages());
    QVERIFY(reread.autoLogCalls()); // the call switch is another one
}

void TestMessageSettingsPage::changeElsewhereIsShown() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("calldock.ini")));
    LoggingSettingsPage page(dir.path());
    page.load(settings);
    auto *check = page.findChild<QCheckBox *>(QStringLiteral("autoLogMessagesCheck"));
    page.showAutoLogMessages(false);
    QVERIFY(!check->isChecked());
    page.apply(settings);
    QVERIFY(!settings.autoLogMessages());
}

QTEST_MAIN(TestMessageSettingsPage)
#include "tst_messagesettingspage.moc"
