// DesktopController with real pieces: a SQLite call log in a temporary folder, Settings, the
// notifier and the tray integration (offscreen, without a tray). Typed bridge and logger events
// drive it as the running widget would.

#include "callstore.h"
#include "calltext.h"
#include "desktopcontroller.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "protocol.h"
#include "settings.h"
#include "storageprobe.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestDesktopController final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ringingCallIsNotified();
    void ringingNotificationFollowsSetting();
    void callInProgressWhileAnyCallIsActive();
    void activeCallsOnOtherDevicesCount();
    void signOutAndReloadClearCalls();
    void lastLoggedCallComesFromTheStore();
    void loggingProblemShowsAndClears();
    void partyLabels();

private:
    static Protocol::BrowserCall ringing(const QString &id, const QString &name,
                                         const QString &number) {
        Protocol::BrowserCall call;
        call.id = id;
        call.sessionId = QStringLiteral("s-") + id;
        call.direction = CallDirection::Inbound;
        call.fromUserName = name;
        call.from.phoneNumber = number;
        call.to.phoneNumber = QStringLiteral("+16505550100");
        return call;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<StorageProbe> m_store;
    std::unique_ptr<DesktopNotifier> m_notifier;
    std::unique_ptr<DesktopIntegration> m_desktop;
    std::unique_ptr<DesktopController> m_controller;
};

void TestDesktopController::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_storage = std::make_unique<StorageThread>();
    m_store = std::make_unique<StorageProbe>(m_storage.get());
    const QString path = m_dir->filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(m_store->run([path](StorageSession &s) { return s.open(path); }).ok);
    m_notifier = std::make_unique<DesktopNotifier>();
    m_desktop = std::make_unique<DesktopIntegration>(*m_settings, *m_notifier);
    m_controller =
        std::make_unique<DesktopController>(*m_settings, *m_storage, *m_notifier, *m_desktop);
}

void TestDesktopController::cleanup() {
    m_controller.reset();
    m_desktop.reset();
    m_notifier.reset();
    m_store.reset();
    m_storage.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDesktopController::ringingCallIsNotified() {
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    m_controller->onCallRinging(
        ringing(QStringLiteral("w1"), QStringLiteral("Jane Roe"), QStringLiteral("+16505550101")));
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.at(0).at(0).toString(), QStringLiteral("Incoming call"));
    QCOMPARE(shown.at(0).at(1).toString(), QStringLiteral("Jane Roe (+16505550101)"));

    // Unknown callers are shown by number.
    m_controller->onCallRinging(
        ringing(QStringLiteral("w2"), QString(), QStringLiteral("+16505550102")));
    QCOMPARE(shown.at(1).at(1).toString(), QStringLiteral("+16505550102"));
}

void TestDesktopController::ringingNotificationFollowsSetting() {
    m_settings->setNotifyIncomingCalls(false);
    QSignalSpy shown(m_notifier.get(), &DesktopNotifier::shown);
    m_controller->onCallRinging(
        ringing(QStringLiteral("w1"), QStringLiteral("Jane"), QStringLiteral("+16505550101")));
    QCOMPARE(shown.count(), 0);
    // The tray still knows a call is there.
    QCOMPARE(m_desktop->state(), TrayStatus::State::CallInProgress);
}

void TestDesktopController::callInProgressWhileAnyCallIsActive() {
    m_controller->onLoginStatusChanged(true);
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);
    const auto first =
        ringing(QStringLiteral("w1"), QStringLiteral("A"), QStringLiteral("+16505550101"));
    const auto second =
        ringing(QStringLiteral("w2"), QStringLiteral("B"), QStringLiteral("+16505550102"));
    m_controller->onCallRinging(first);
    m_controller->onCallStarted(first);
    m_controller->onCallStarted(second);
    QCOMPARE(m_controller->activeCallCount(), 2);
    m_controller->onCallEnded(first);
    QCOMPARE(m_desktop->state(), TrayStatus::State::CallInProgress);
    m_controller->onCallEnded(second);
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);
}

void TestDesktopController::activeCallsOnOtherDevicesCount() {
    m_controller->onLoginStatusChanged(true);
    Protocol::WidgetCall call;
    call.sessionId = QStringLiteral("tel-1");
    call.telephonyStatus = QStringLiteral("CallConnected");
    m_controller->onActiveCallChanged(call);
    QCOMPARE(m_desktop->state(), TrayStatus::State::CallInProgress);
    call.telephonyStatus = QStringLiteral("NoCall");
    m_controller->onActiveCallChanged(call);
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);

    // The web phone's end of the same telephony session also ends it.
    call.telephonyStatus = QStringLiteral("Ringing");
    call.sessionId = QStringLiteral("s-w9");
    m_controller->onActiveCallChanged(call);
    m_controller->onCallEnded(
        ringing(QStringLiteral("w9"), QStringLiteral("C"), QStringLiteral("+16505550109")));
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);
}

void TestDesktopController::signOutAndReloadClearCalls() {
    m_controller->onLoginStatusChanged(true);
    m_controller->onCallStarted(
        ringing(QStringLiteral("w1"), QStringLiteral("A"), QStringLiteral("+16505550101")));
    m_controller->onWidgetReloaded();
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);
    m_controller->onCallStarted(
        ringing(QStringLiteral("w2"), QStringLiteral("A"), QStringLiteral("+16505550101")));
    m_controller->onLoginStatusChanged(false);
    QCOMPARE(m_controller->activeCallCount(), 0);
    QCOMPARE(m_desktop->state(), TrayStatus::State::SignedOut);
}

void TestDesktopController::lastLoggedCallComesFromTheStore() {
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3'600'000;
    CallFacts newer;
    newer.sessionId = QStringLiteral("s-new");
    newer.direction = CallDirection::Outbound;
    newer.fromNumber = QStringLiteral("+16505550100");
    newer.toNumber = QStringLiteral("+16505550199");
    newer.toName = QStringLiteral("Acme Support");
    newer.startTimeMs = base + 60'000;
    QVERIFY(m_store->upsertCall(newer).ok);
    CallFacts older;
    older.sessionId = QStringLiteral("s-old");
    older.direction = CallDirection::Inbound;
    older.fromNumber = QStringLiteral("+16505550101");
    older.startTimeMs = base;
    QVERIFY(m_store->upsertCall(older).ok);

    m_controller->onCallsChanged({QStringLiteral("s-new")});
    QTRY_VERIFY(
        m_desktop->toolTip().contains(QStringLiteral("Last logged: Acme Support (+16505550199)")));
    // A late update of an older call does not replace the newest.
    m_controller->onCallsChanged({QStringLiteral("s-old"), QStringLiteral("missing")});
    m_store->callCount(); // the read above has run: jobs run in order
    QTest::qWait(50);     // and its continuation has been delivered
    QVERIFY(m_desktop->toolTip().contains(QStringLiteral("Acme Support")));

    CallFacts latest = older;
    latest.sessionId = QStringLiteral("s-latest");
    latest.startTimeMs = base + 120'000;
    QVERIFY(m_store->upsertCall(latest).ok);
    m_controller->onCallsChanged({QStringLiteral("s-latest")});
    QTRY_VERIFY(m_desktop->toolTip().contains(QStringLiteral("Last logged: +16505550101")));
}

void TestDesktopController::loggingProblemShowsAndClears() {
    m_controller->onLoginStatusChanged(true);
    m_controller->onWriteFailed(StoreError::make(StoreError::Code::DiskFull));
    QCOMPARE(m_desktop->state(), TrayStatus::State::LoggingProblem);
    QVERIFY(m_desktop->toolTip().contains(QStringLiteral("The disk is full.")));
    m_controller->onWritesRecovered();
    QCOMPARE(m_desktop->state(), TrayStatus::State::Ready);
}

void TestDesktopController::partyLabels() {
    QCOMPARE(CallText::partyLabel(QStringLiteral("Jane"), QStringLiteral("+1650")),
             QStringLiteral("Jane (+1650)"));
    QCOMPARE(CallText::partyLabel(QString(), QStringLiteral("+1650")), QStringLiteral("+1650"));
    QCOMPARE(CallText::partyLabel(QStringLiteral("+1650"), QStringLiteral("+1650")),
             QStringLiteral("+1650"));
    QCOMPARE(CallText::partyLabel(QString(), QString()), QStringLiteral("Unknown caller"));
}

QTEST_MAIN(TestDesktopController)
#include "tst_desktopcontroller.moc"
