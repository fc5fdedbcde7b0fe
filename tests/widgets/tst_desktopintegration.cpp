// The tray integration where no tray exists (offscreen, like Xvfb and some desktops): the menu
// still works and follows Settings, and the state, tooltip and pictures are checked as values.

#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "settings.h"
#include "traystatus.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDesktopIntegration final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void offscreenHasNoTray();
    void menuHasTheListedActions();
    void actionsEmitRequests();
    void autoLogActionFollowsSettings();
    void stateFollowsTheMostImportantCondition();
    void toolTipLines();
    void toolTipShowsDateForOlderCalls();
    void extraLinesAreKeyed();
    void integrationKeepsStatus();
    void eachStateHasItsOwnPicture();

private:
    QAction *action(const char *name) const {
        return m_desktop->menu()->findChild<QAction *>(QLatin1String(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<DesktopIntegration> m_desktop;
};

void TestDesktopIntegration::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_notifier = std::make_unique<DesktopNotifier>();
    m_desktop = std::make_unique<DesktopIntegration>(*m_settings, *m_notifier);
}

void TestDesktopIntegration::cleanup() {
    m_desktop.reset();
    m_notifier.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDesktopIntegration::offscreenHasNoTray() {
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(!m_desktop->hasTray());
    // Notifications still go somewhere (and are reported) without a tray.
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    m_notifier->notify(QStringLiteral("Incoming call"), QStringLiteral("Jane"));
    QCOMPARE(shown.count(), 1);
}

void TestDesktopIntegration::menuHasTheListedActions() {
    QStringList texts;
    const auto actions = m_desktop->menu()->actions();
    for (const QAction *entry : actions) {
        if (!entry->isSeparator()) {
            texts << entry->text();
        }
    }
    QCOMPARE(texts,
             (QStringList{QStringLiteral("Show/Hide CallDock"), QStringLiteral("Auto log calls"),
                          QStringLiteral("Call history…"), QStringLiteral("Activity…"),
                          QStringLiteral("Catch up un-logged calls now"),
                          QStringLiteral("Settings…"), QStringLiteral("Quit")}));
    QVERIFY(action("autoLogAction")->isCheckable());
}

void TestDesktopIntegration::actionsEmitRequests() {
    QSignalSpy showHide(m_desktop.get(), &DesktopIntegration::showHideRequested);
    QSignalSpy history(m_desktop.get(), &DesktopIntegration::historyRequested);
    QSignalSpy settings(m_desktop.get(), &DesktopIntegration::settingsRequested);
    QSignalSpy catchUp(m_desktop.get(), &DesktopIntegration::catchUpRequested);
    QSignalSpy quit(m_desktop.get(), &DesktopIntegration::quitRequested);
    action("showHideAction")->trigger();
    action("historyAction")->trigger();
    action("settingsAction")->trigger();
    action("catchUpAction")->trigger();
    action("quitAction")->trigger();
    QCOMPARE(showHide.count(), 1);
    QCOMPARE(history.count(), 1);
    QCOMPARE(settings.count(), 1);
    QCOMPARE(catchUp.count(), 1);
    QCOMPARE(quit.count(), 1);
}

void TestDesktopIntegration::autoLogActionFollowsSettings() {
    QAction *autoLog = action("autoLogAction");
    QVERIFY(autoLog->isChecked()); // the default is on
    QSignalSpy toggled(m_desktop.get(), &DesktopIntegration::autoLogToggled);

    m_settings->setAutoLogCalls(false);
    QVERIFY(!autoLog->isChecked());
    QCOMPARE(toggled.count(), 0); // following Settings is not a request

    autoLog->trigger(); // the user's click
    QCOMPARE(toggled.count(), 1);
    QCOMPARE(toggled.at(0).at(0).toBool(), true);
}

void TestDesktopIntegration::stateFollowsTheMostImportantCondition() {
    using State = TrayStatus::State;
    TrayStatus status;
    QCOMPARE(status.state(), State::SignedOut);
    status.setSignedIn(true);
    QCOMPARE(status.state(), State::Ready);
    status.setCallInProgress(true);
    QCOMPARE(status.state(), State::CallInProgress);
    status.setLoggingProblem(QStringLiteral("disk full"));
    QCOMPARE(status.state(), State::LoggingProblem);
    status.setCallInProgress(false);
    status.setSignedIn(false);
    QCOMPARE(status.state(), State::LoggingProblem); // a problem shows even when signed out
    status.setLoggingProblem(QString());
    QCOMPARE(status.state(), State::SignedOut);
}

void TestDesktopIntegration::toolTipLines() {
    TrayStatus status;
    const QDateTime now = QDateTime::currentDateTime();
    QCOMPARE(status.toolTip(now), QStringLiteral("CallDock — Signed out\nLast logged: none yet"));

    status.setSignedIn(true);
    const QDateTime when(now.date(), QTime(9, 5));
    status.setLastLogged(QStringLiteral("Jane Roe (+16505550101)"), when);
    const QString time = QLocale().toString(QTime(9, 5), QLocale::ShortFormat);
    QCOMPARE(
        status.toolTip(now),
        QStringLiteral("CallDock — Ready\nLast logged: Jane Roe (+16505550101), %1").arg(time));

    status.setLoggingProblem(QStringLiteral("The disk is full."));
    QCOMPARE(status.toolTip(now).section(QLatin1Char('\n'), 0, 1),
             QStringLiteral("CallDock — Calls are not being saved\nThe disk is full."));
}

void TestDesktopIntegration::toolTipShowsDateForOlderCalls() {
    TrayStatus status;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime lastWeek = now.addDays(-7);
    status.setLastLogged(QStringLiteral("+16505550101"), lastWeek);
    QVERIFY(status.toolTip(now).contains(
        QLocale().toString(lastWeek.toLocalTime(), QLocale::ShortFormat)));
}

void TestDesktopIntegration::extraLinesAreKeyed() {
    TrayStatus status;
    status.setExtraLine(QStringLiteral("unlogged"), QStringLiteral("3 calls not logged yet"));
    status.setExtraLine(QStringLiteral("recordings"), QStringLiteral("1 recording downloading"));
    QStringList lines = status.toolTip().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.contains(QStringLiteral("3 calls not logged yet")));
    QVERIFY(lines.contains(QStringLiteral("1 recording downloading")));

    status.setExtraLine(QStringLiteral("unlogged"), QStringLiteral("2 calls not logged yet"));
    status.setExtraLine(QStringLiteral("recordings"), QString());
    lines = status.toolTip().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.last(), QStringLiteral("2 calls not logged yet"));
}

void TestDesktopIntegration::integrationKeepsStatus() {
    m_desktop->setSignedIn(true);
    m_desktop->setCallInProgress(true);
    QCOMPARE(m_desktop->state(), TrayStatus::State::CallInProgress);
    m_desktop->setLastLogged(QStringLiteral("Jane Roe"), QDateTime());
    m_desktop->setExtraLine(QStringLiteral("unlogged"), QStringLiteral("1 call not logged yet"));
    QCOMPARE(m_desktop->toolTip(), QStringLiteral("CallDock — Call in progress\nLast logged: "
                                                  "Jane Roe\n1 call not logged yet"));
}

void TestDesktopIntegration::eachStateHasItsOwnPicture() {
    using State = TrayStatus::State;
    QList<QImage> images;
    for (const State state :
         {State::SignedOut, State::Ready, State::CallInProgress, State::LoggingProblem}) {
        const QIcon icon = DesktopIntegration::iconFor(state);
        QVERIFY(!icon.isNull());
        QVERIFY(!icon.pixmap(16, 16).isNull());
        images << icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_ARGB32);
    }
    for (int i = 0; i < images.size(); ++i) {
        for (int j = i + 1; j < images.size(); ++j) {
            QVERIFY2(images.at(i) != images.at(j),
                     qPrintable(QStringLiteral("%1 = %2").arg(i).arg(j)));
        }
    }
    // Signed out is grey: no colour anywhere.
    const QImage &signedOut = images.at(0);
    for (int y = 0; y < signedOut.height(); ++y) {
        for (int x = 0; x < signedOut.width(); ++x) {
            const QRgb pixel = signedOut.pixel(x, y);
            QVERIFY(qAbs(qRed(pixel) - qBlue(pixel)) <= 2
                    && qAbs(qRed(pixel) - qGreen(pixel)) <= 2);
        }
    }
    // A call in progress adds green in the corner; a problem adds red.
    const QRgb callCorner = images.at(2).pixel(24, 24);
    QVERIFY(qGreen(callCorner) > qRed(callCorner) && qGreen(callCorner) > qBlue(callCorner));
    const QRgb problemCorner = images.at(3).pixel(20, 26);
    QVERIFY(qRed(problemCorner) > qGreen(problemCorner)
            && qRed(problemCorner) > qBlue(problemCorner));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
