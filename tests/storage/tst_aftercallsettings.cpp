// The after-call settings (issue 20): defaults, per-direction prompt, outcome list cleaning and
// its return to the defaults, written through to a real INI file.
#include "settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAfterCallSettings : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void promptPerDirectionPersists();
    void outcomesCleanedAndReset();
};

void TestAfterCallSettings::defaults() {
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("calldock.ini")));
    QCOMPARE(settings.afterCallPrompt(true), Settings::AfterCallPrompt::Notify);
    QCOMPARE(settings.afterCallPrompt(false), Settings::AfterCallPrompt::Notify);
    QVERIFY(settings.afterCallSkipMissed());
    QVERIFY(!settings.outcomeInWidgetNote());
    QCOMPARE(settings.callOutcomes(),
             (QStringList{QStringLiteral("Interested"), QStringLiteral("Follow-up"),
                          QStringLiteral("Not interested"), QStringLiteral("Left voicemail"),
                          QStringLiteral("Wrong number")}));
}

void TestAfterCallSettings::promptPerDirectionPersists() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("calldock.ini"));
    {
        Settings settings(file);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setAfterCallPrompt(true, Settings::AfterCallPrompt::OpenDialog);
        settings.setAfterCallPrompt(false, Settings::AfterCallPrompt::Nothing);
        settings.setAfterCallPrompt(false, Settings::AfterCallPrompt::Nothing); // no change
        settings.setAfterCallSkipMissed(false);
        settings.setOutcomeInWidgetNote(true);
        QCOMPARE(changed.size(), 4);
        QCOMPARE(changed.first().first().value<Settings::Key>(),
                 Settings::Key::AfterCallPromptInbound);
    }
    Settings reopened(file);
    QCOMPARE(reopened.afterCallPrompt(true), Settings::AfterCallPrompt::OpenDialog);
    QCOMPARE(reopened.afterCallPrompt(false), Settings::AfterCallPrompt::Nothing);
    QVERIFY(!reopened.afterCallSkipMissed());
    QVERIFY(reopened.outcomeInWidgetNote());
}

void TestAfterCallSettings::outcomesCleanedAndReset() {
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("calldock.ini"));
    Settings settings(file);
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setCallOutcomes({QStringLiteral("  Demo  booked "), QString(), QStringLiteral("Lost"),
                              QStringLiteral("demo booked")});
    QCOMPARE(settings.callOutcomes(),
             (QStringList{QStringLiteral("Demo booked"), QStringLiteral("Lost")}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(Settings(file).callOutcomes(),
             (QStringList{QStringLiteral("Demo booked"), QStringLiteral("Lost")}));
    // An empty list brings the (translated) defaults back.
    settings.setCallOutcomes({});
    QCOMPARE(settings.callOutcomes(), Settings::defaultCallOutcomes());
    QCOMPARE(changed.size(), 2);
}

QTEST_GUILESS_MAIN(TestAfterCallSettings)
#include "tst_aftercallsettings.moc"
