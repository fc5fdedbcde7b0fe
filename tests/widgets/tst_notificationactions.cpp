// Notifications with actions through a real session bus (the test runs under
// dbus-run-session) and a fake notification daemon: the buttons reach the daemon, a click on one
// comes back as DesktopNotifier::actionInvoked with the notification's context, a click on the
// body picks the first action, other clients' notifications are ignored, and without a daemon
// that shows actions the notifier falls back to the tray message (or a window alert).
#include "desktopnotifier.h"
#include "fakenotificationservice.h"

#include <QApplication>
#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

class TestNotificationActions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void actionButtonsReachTheDaemon();
    void bodyClickPicksFirstAction();
    void othersNotificationsIgnored();
    void withoutActionsFallsBack();
};

void TestNotificationActions::initTestCase() {
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "run under dbus-run-session (ctest does)");
}

void TestNotificationActions::actionButtonsReachTheDaemon() {
    FakeNotificationService daemon({QStringLiteral("actions"), QStringLiteral("body")});
    QVERIFY(daemon.registerOnBus());
    DesktopNotifier notifier;
    QTRY_VERIFY(notifier.actionsSupported());
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);

    notifier.notifyWithActions(QStringLiteral("Call ended"), QStringLiteral("Jane Roe"),
                               {{QStringLiteral("add-note"), QStringLiteral("Add note")}},
                               QStringLiteral("note:s1"));
    QTRY_COMPARE(daemon.received().size(), 1);
    const FakeNotificationService::Received &shown = daemon.received().first();
    QCOMPARE(shown.appName, QStringLiteral("CallDock"));
    QCOMPARE(shown.summary, QStringLiteral("Call ended"));
    QCOMPARE(shown.body, QStringLiteral("Jane Roe"));
    QCOMPARE(shown.actions, (QStringList{QStringLiteral("add-note"), QStringLiteral("Add note"),
                                         QStringLiteral("default"), QString()}));
    QCOMPARE(shown.hints.value(QStringLiteral("desktop-entry")).toString(),
             QStringLiteral("calldock"));

    daemon.invoke(shown.id, QStringLiteral("add-note"));
    QTRY_COMPARE(invoked.size(), 1);
    QCOMPARE(invoked.first().at(0).toString(), QStringLiteral("note:s1"));
    QCOMPARE(invoked.first().at(1).toString(), QStringLiteral("add-note"));
}

void TestNotificationActions::bodyClickPicksFirstAction() {
    FakeNotificationService daemon({QStringLiteral("actions")});
    QVERIFY(daemon.registerOnBus());
    DesktopNotifier notifier;
    QTRY_VERIFY(notifier.actionsSupported());
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    notifier.notifyWithActions(QStringLiteral("Follow-up due"), QStringLiteral("Call Jane"),
                               {{QStringLiteral("call-back"), QStringLiteral("Call back")},
                                {QStringLiteral("snooze"), QStringLiteral("Snooze")}},
                               QStringLiteral("follow-up:s2"));
    QTRY_COMPARE(daemon.received().size(), 1);
    const uint id = daemon.received().first().id;
    daemon.invoke(id, QStringLiteral("default"));
    QTRY_COMPARE(invoked.size(), 1);
    QCOMPARE(invoked.first().at(1).toString(), QStringLiteral("call-back"));
    daemon.invoke(id, QStringLiteral("snooze"));
    QTRY_COMPARE(invoked.size(), 2);
    QCOMPARE(invoked.at(1).at(0).toString(), QStringLiteral("follow-up:s2"));
    QCOMPARE(invoked.at(1).at(1).toString(), QStringLiteral("snooze"));
    // Once closed, the id means nothing any more.
    daemon.close(id);
    QTest::qWait(100);
    daemon.invoke(id, QStringLiteral("snooze"));
    QTest::qWait(200);
    QCOMPARE(invoked.size(), 2);
}

void TestNotificationActions::othersNotificationsIgnored() {
    FakeNotificationService daemon({QStringLiteral("actions")});
    QVERIFY(daemon.registerOnBus());
    DesktopNotifier notifier;
    QTRY_VERIFY(notifier.actionsSupported());
    QSignalSpy invoked(&notifier, &DesktopNotifier::actionInvoked);
    // ActionInvoked is broadcast: an id CallDock never got is another program's notification.
    daemon.invoke(4242, QStringLiteral("add-note"));
    QTest::qWait(300);
    QCOMPARE(invoked.size(), 0);
}

void TestNotificationActions::withoutActionsFallsBack() {
    // A daemon without the "actions" capability: no buttons, the window alert/tray instead.
    FakeNotificationService daemon({QStringLiteral("body")});
    QVERIFY(daemon.registerOnBus());
    DesktopNotifier notifier;
    QTest::qWait(300);
    QVERIFY(!notifier.actionsSupported());
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    notifier.notifyWithActions(QStringLiteral("Call ended"), QStringLiteral("Jane Roe"),
                               {{QStringLiteral("add-note"), QStringLiteral("Add note")}},
                               QStringLiteral("note:s1"));
    QCOMPARE(shown.size(), 1);
    QTest::qWait(200);
    QCOMPARE(daemon.received().size(), 0);
}

QTEST_MAIN(TestNotificationActions)
#include "tst_notificationactions.moc"
