// The real RingCentral Embeddable widget (2.3.1, unmodified) in the real Application, against
// the platform mock: sign-in through CallDock's popup, catch-up of calls in the call log, a
// live call, the native note dialog, sign-out / sign-in / reload. One app run serves several
// checks (in order) to keep the suite's time small.
#include "calllogger.h"
#include "callstore.h"
#include "logcalldialog.h"
#include "logcalldialogs.h"
#include "logfile.h"
#include "realwidgetfixture.h"
#include "storageprobe.h"
#include "widgetbridge.h"
#include "widgetchannel.h"

#include <QDirIterator>
#include <QPlainTextEdit>
#include <QSignalSpy>

namespace {

const QString kOwnNumber = QStringLiteral("+16505550100"); // the mock's extension

qint64 minutesAgoMs(int minutes) {
    return QDateTime::currentMSecsSinceEpoch() - qint64(minutes) * 60'000;
}

// Three calls already in the call log when CallDock starts (the mock's call-log record shape).
QJsonArray callsBeforeStart() {
    return {
        QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("910001")},
                    {QStringLiteral("direction"), QStringLiteral("Inbound")},
                    {QStringLiteral("from"), QStringLiteral("+16505550111")},
                    {QStringLiteral("fromName"), QStringLiteral("Alice Able")},
                    {QStringLiteral("to"), kOwnNumber},
                    {QStringLiteral("toName"), QStringLiteral("Mock User")},
                    {QStringLiteral("startTime"), minutesAgoMs(90)},
                    {QStringLiteral("duration"), 65},
                    {QStringLiteral("result"), QStringLiteral("Accepted")},
                    {QStringLiteral("recording"), true},
                    {QStringLiteral("recordingId"), QStringLiteral("7100001")}},
        QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("910002")},
                    {QStringLiteral("direction"), QStringLiteral("Outbound")},
                    {QStringLiteral("from"), kOwnNumber},
                    {QStringLiteral("to"), QStringLiteral("+14155550122")},
                    {QStringLiteral("toName"), QStringLiteral("Bob Baker")},
                    {QStringLiteral("startTime"), minutesAgoMs(60)},
                    {QStringLiteral("duration"), 12},
                    {QStringLiteral("result"), QStringLiteral("Call connected")},
                    {QStringLiteral("action"), QStringLiteral("VoIP Call")}},
        QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("910003")},
                    {QStringLiteral("direction"), QStringLiteral("Inbound")},
                    {QStringLiteral("from"), QStringLiteral("+12125550133")},
                    {QStringLiteral("to"), kOwnNumber},
                    {QStringLiteral("startTime"), minutesAgoMs(30)},
                    {QStringLiteral("duration"), 0},
                    {QStringLiteral("result"), QStringLiteral("Missed")}},
    };
}

} // namespace

class TestRealWidget final : public RealWidgetFixture {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInThroughPopup();
    void catchesUpCallsFromBeforeStart();
    void logsLiveCallWithRecording();
    void logButtonOpensNativeDialog();
    void signOutSignInAndReloadKeepLogging();
    void tokensAreInNoFileCallDockWrites();

private:
    void signIn();
    // A live call (ring, connect, end) that auto-log must store with the final record's facts
    // and its recording.
    void liveCall(const QString &session, const QString &recordingId);
    // The stored call `sessionId` once its final facts are in.
    std::optional<CallRecord> finalCall(const QString &sessionId, int timeoutMs);
    // Waits for the recording of `sessionId` to be downloaded and checks it is intact.
    void verifyRecording(const QString &sessionId, const QString &recordingId);
};

void TestRealWidget::initTestCase() {
    QVERIFY(m_dataDir.isValid());
    // CallDock's log file, as the app installs it, so that the token check covers it.
    LogFile::install(DataDirectory(m_dataDir.path()).logDirectory(), true);
    QVERIFY(startMock());
    QVERIFY(
        !m_mock
             ->control(QStringLiteral("seedCalls"), {{QStringLiteral("calls"), callsBeforeStart()}})
             .isEmpty());
}

void TestRealWidget::cleanupTestCase() {
    stopApp();
    LogFile::uninstall();
    if (m_mock) {
        const QJsonArray unknown = m_mock->state().value(QLatin1String("unknown")).toArray();
        for (const QJsonValue &read : unknown) {
            qInfo().noquote() << "widget read unknown to the mock:"
                              << read.toObject().value(QLatin1String("method")).toString()
                              << read.toObject().value(QLatin1String("path")).toString();
        }
    }
}

void TestRealWidget::signIn() {
    const int subscriptionsBefore =
        m_mock->state().value(QLatin1String("subscriptions")).toArray().size();
    // The widget's own Sign In button, clicked with the mouse once it is enabled. It opens
    // CallDock's own popup window, which goes through the mock's authorize page and closes
    // itself once the redirect page handed the code to the widget. The button shows (enabled)
    // a moment before the widget handles clicks: a click that opened nothing is repeated.
    const QString button = WidgetDriver::bySign(QStringLiteral("loginButton"));
    QVERIFY(m_mock->waitForWidget(
        button + QStringLiteral(" && !") + button + QStringLiteral(".disabled"), 60000));
    bool opened = false;
    for (int attempt = 0; attempt < 4 && !opened; ++attempt) {
        QVERIFY(m_driver->click(view(), button));
        opened = QTest::qWaitFor([this] { return !popups().isEmpty(); }, 5000);
    }
    QVERIFY(opened);
    QCOMPARE(popups().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_mock->requests(QStringLiteral("/restapi/oauth/token")).isEmpty(),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(popups().isEmpty(), 15000);
    // Signed in: the widget opens a new WebSocket subscription.
    QVERIFY(m_mock->waitForState(
        [subscriptionsBefore](const QJsonObject &state) {
            return state.value(QLatin1String("subscriptions")).toArray().size()
                       > subscriptionsBefore
                   && state.value(QLatin1String("subscribed")).toInt() > 0;
        },
        60000));
}

void TestRealWidget::signInThroughPopup() {
    startApp();
    signIn();
    // Signed in: the widget reads its account and opens the WebSocket subscription.
    QVERIFY(m_mock->waitForState(
        [](const QJsonObject &state) {
            return state.value(QLatin1String("subscribed")).toInt() > 0;
        },
        60000));
    QTRY_VERIFY_WITH_TIMEOUT(
        !received(QStringLiteral("rc-adapter-register-third-party-service")).isEmpty(), 30000);
}

std::optional<CallRecord> TestRealWidget::finalCall(const QString &sessionId, int timeoutMs) {
    std::optional<CallRecord> call;
    if (!QTest::qWaitFor(
            [&] {
                call = StorageProbe(m_app->storage()).call(sessionId);
                return call && call->isFinal;
            },
            timeoutMs)) {
        qWarning() << "call" << sessionId << (call ? "is not final" : "was not logged");
        return std::nullopt;
    }
    return call;
}

void TestRealWidget::verifyRecording(const QString &sessionId, const QString &recordingId) {
    StorageProbe store(m_app->storage());
    QTRY_VERIFY_WITH_TIMEOUT(!store.recordingsForCall(sessionId).isEmpty()
                                 && store.recordingsForCall(sessionId).first().state
                                        == RecordingState::Done,
                             30000);
    const RecordingRecord recording = store.recordingsForCall(sessionId).first();
    QCOMPARE(recording.recordingId, recordingId);
    // The stored address carries no token.
    QVERIFY(!recording.contentUrl.hasQuery());
    QFile file(recording.localFile);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(recording.localFile));
    const QByteArray expected = m_mock->recordingContent(recordingId);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(file.size(), expected.size());
    QVERIFY(file.readAll() == expected);
    // Fetched with the widget's short-lived token, which the mock checked.
    bool fetchedWithToken = false;
    for (const QJsonValue &fetch :
         m_mock->state().value(QLatin1String("recordingFetches")).toArray()) {
        fetchedWithToken |= fetch.toObject().value(QLatin1String("id")).toString() == recordingId
                            && fetch.toObject().value(QLatin1String("ok")).toBool();
    }
    QVERIFY(fetchedWithToken);
}

void TestRealWidget::catchesUpCallsFromBeforeStart() {
    // Nothing reported them live: the widget's call-log sync has them, CallDock's catch-up of
    // un-logged calls stores them with the record's facts.
    const std::optional<CallRecord> alice = finalCall(QStringLiteral("910001"), 90000);
    QVERIFY(alice);
    QCOMPARE(alice->direction, CallDirection::Inbound);
    QCOMPARE(alice->fromNumber, QStringLiteral("+16505550111"));
    QCOMPARE(alice->fromName, QStringLiteral("Alice Able"));
    QCOMPARE(alice->toNumber, kOwnNumber);
    QCOMPARE(alice->durationSeconds.value_or(-1), 65);
    QCOMPARE(alice->result, QStringLiteral("Accepted"));
    QCOMPARE(alice->callLogId, QStringLiteral("L910001"));
    QCOMPARE(alice->telephonySessionId, QStringLiteral("s-910001"));
    QVERIFY(alice->startTimeMs.has_value());

    const std::optional<CallRecord> bob = finalCall(QStringLiteral("910002"), 30000);
    QVERIFY(bob);
    QCOMPARE(bob->direction, CallDirection::Outbound);
    QCOMPARE(bob->fromNumber, kOwnNumber);
    QCOMPARE(bob->toNumber, QStringLiteral("+14155550122"));
    QCOMPARE(bob->toName, QStringLiteral("Bob Baker"));
    QCOMPARE(bob->durationSeconds.value_or(-1), 12);
    QCOMPARE(bob->result, QStringLiteral("Call connected"));
    QCOMPARE(bob->action, QStringLiteral("VoIP Call"));

    const std::optional<CallRecord> missed = finalCall(QStringLiteral("910003"), 30000);
    QVERIFY(missed);
    QCOMPARE(missed->result, QStringLiteral("Missed"));
    QCOMPARE(missed->durationSeconds.value_or(-1), 0);
    QCOMPARE(missed->fromNumber, QStringLiteral("+12125550133"));

    verifyRecording(QStringLiteral("910001"), QStringLiteral("7100001"));
    QVERIFY(StorageProbe(m_app->storage()).recordingsForCall(QStringLiteral("910002")).isEmpty());
    // The widget now shows them logged (its matcher asked CallDock).
    QTRY_VERIFY_WITH_TIMEOUT(!matchedNote(QStringLiteral("910002")).isNull(), 20000);
}

void TestRealWidget::liveCall(const QString &session, const QString &recordingId) {
    const QString caller = QStringLiteral("+1312555") + session.right(4);
    const QJsonObject call{{QStringLiteral("sessionId"), session},
                           {QStringLiteral("direction"), QStringLiteral("Inbound")},
                           {QStringLiteral("from"), caller},
                           {QStringLiteral("fromName"), QStringLiteral("Carol Cole")},
                           {QStringLiteral("to"), kOwnNumber}};
    QVERIFY(m_mock->control(QStringLiteral("ringCall"), call).value(QLatin1String("pushed")).toInt()
            > 0);
    // Ringing: auto-log creates the row from the live call (presence pushed over the socket).
    QTRY_VERIFY_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session).has_value(), 20000);
    const std::optional<CallRecord> ringing = StorageProbe(m_app->storage()).call(session);
    QCOMPARE(ringing->direction, CallDirection::Inbound);
    QCOMPARE(ringing->fromNumber, caller);
    QVERIFY(!ringing->isFinal);
    QCOMPARE(ringing->loggedBy, LoggedBy::Auto);

    QVERIFY(m_mock->control(QStringLiteral("connectCall"), {{QStringLiteral("sessionId"), session}})
                .value(QLatin1String("pushed"))
                .toInt()
            > 0);
    QTRY_COMPARE_WITH_TIMEOUT(StorageProbe(m_app->storage()).call(session)->result,
                              QStringLiteral("CallConnected"), 20000);
    QVERIFY(m_mock
                ->control(QStringLiteral("endCall"),
                          {{QStringLiteral("sessionId"), session},
                           {QStringLiteral("duration"), 47},
                           {QStringLiteral("result"), QStringLiteral("Accepted")},
                           {QStringLiteral("recording"), true},
                           {QStringLiteral("recordingId"), recordingId}})
                .value(QLatin1String("pushed"))
                .toInt()
            > 0);
    // The widget reads the ended call's record from the call log; it makes the row final.
    const std::optional<CallRecord> logged = finalCall(session, 90000);
    QVERIFY(logged);
    QCOMPARE(logged->loggedBy, LoggedBy::Auto);
    QCOMPARE(logged->direction, CallDirection::Inbound);
    QCOMPARE(logged->fromNumber, caller);
    QCOMPARE(logged->fromName, QStringLiteral("Carol Cole"));
    QCOMPARE(logged->toNumber, kOwnNumber);
    QCOMPARE(logged->durationSeconds.value_or(-1), 47);
    QCOMPARE(logged->result, QStringLiteral("Accepted"));
    QCOMPARE(logged->callLogId, QStringLiteral("L") + session);
    verifyRecording(session, recordingId);
    // What the real widget sent for this call, in order.
    const QStringList requests = loggerRequests(session);
    qInfo().noquote() << "call-logger requests for" << session << ":" << requests.join(", ");
    QVERIFY(!requests.isEmpty());
    QCOMPARE(requests.first(), QStringLiteral("presenceUpdate Ringing"));
    QVERIFY(requests.contains(QStringLiteral("callLogSync Accepted")));
}

void TestRealWidget::logsLiveCallWithRecording() {
    liveCall(QStringLiteral("920001"), QStringLiteral("7200001"));
}

void TestRealWidget::logButtonOpensNativeDialog() {
    // Bob's call (caught up, so already logged): the widget shows "Edit log" on it.
    const QString session = QStringLiteral("910002");
    const QString item = QStringLiteral("[...document.querySelectorAll("
                                        "'[data-sign=calls_item_root]')].find(e => "
                                        "e.textContent.includes('(415) 555-0122'))");
    // Its buttons show when the mouse is over the call.
    QVERIFY(m_driver->hover(view(), item));
    QVERIFY(
        m_driver->click(view(), QStringLiteral("(%1).querySelector('[data-sign=log]')").arg(item)));
    LogCallDialogs *dialogs = m_app->noteDialogs();
    QTRY_VERIFY_WITH_TIMEOUT(dialogs->isOpen(session), 15000);
    LogCallDialog *dialog = dialogs->dialog(session);
    QVERIFY(dialog);
    auto *noteEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"));
    QVERIFY(noteEdit);
    noteEdit->setFocus();
    const QString note = QStringLiteral("Real widget: send the contract");
    QTest::keyClicks(noteEdit, note);
    QTest::keyClick(noteEdit, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogs->isOpen(session), 10000);

    const std::optional<CallRecord> call = StorageProbe(m_app->storage()).call(session);
    QVERIFY(call);
    QCOMPARE(call->note, note);
    QCOMPARE(call->toName, QStringLiteral("Bob Baker")); // the facts stay
    // CallDock made the widget ask its matcher again; the answer carries the note.
    QTRY_COMPARE_WITH_TIMEOUT(matchedNote(session), note, 20000);
}

void TestRealWidget::signOutSignInAndReloadKeepLogging() {
    // Sign out in the widget's own settings page.
    QVERIFY(
        m_driver->click(view(), QStringLiteral("document.querySelector('[data-sign=navigationBar] "
                                               "[data-sign=Settings]')")));
    QVERIFY(m_driver->click(view(), WidgetDriver::bySign(QStringLiteral("logoutButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(m_mock->state().value(QLatin1String("revoked")).toInt() > 0, 20000);

    // Sign in again through the popup: CallDock registers again and logging goes on. The
    // widget sends no new rc-callLogger-auto-log-notify after a sign-in in the same page (and
    // the bridge's logger-ready flag survives the sign-out); a call ringing before the widget
    // finished starting up is not reported at all. It has once it announces its synced history.
    const QString historySynced = QStringLiteral("rc-call-history-synced-notify");
    const int syncsBefore = widgetMessageCount(historySynced);
    signIn();
    QTRY_VERIFY_WITH_TIMEOUT(widgetMessageCount(historySynced) > syncsBefore, 30000);
    QCOMPARE(m_mock->state().value(QLatin1String("signIns")).toInt(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 30000);
    liveCall(QStringLiteral("930001"), QStringLiteral("7300001"));
    if (QTest::currentTestFailed()) {
        return;
    }

    // A reload of the widget keeps the sign-in (the widget's storage) and CallDock registers
    // with the new page.
    const int subscriptionsBefore =
        m_mock->state().value(QLatin1String("subscriptions")).toArray().size();
    QSignalSpy frameLoads(m_app->channel(), &WidgetChannel::widgetFrameLoaded);
    m_app->reloadWidget();
    QTRY_VERIFY_WITH_TIMEOUT(frameLoads.size() > 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_app->bridge()->isLoggerReady(), 60000);
    // The new page subscribes again (no new sign-in: the widget keeps its token).
    QVERIFY(m_mock->waitForState(
        [subscriptionsBefore](const QJsonObject &state) {
            return state.value(QLatin1String("subscriptions")).toArray().size()
                       > subscriptionsBefore
                   && state.value(QLatin1String("subscribed")).toInt() > 0;
        },
        60000));
    QCOMPARE(m_mock->state().value(QLatin1String("signIns")).toInt(), 2); // no new sign-in
    liveCall(QStringLiteral("930002"), QStringLiteral("7300002"));
}

void TestRealWidget::tokensAreInNoFileCallDockWrites() {
    // Every token the mock issued (access, refresh, WebSocket): none may reach CallDock's own
    // files. The web profile (web/, web-cache/) is the widget's storage, where its sign-in
    // lives by design; CallDock writes everything else.
    QStringList tokens;
    for (const QJsonValue &token : m_mock->state().value(QLatin1String("tokens")).toArray()) {
        tokens << token.toString();
    }
    QVERIFY(tokens.size() >= 4);
    stopApp(); // everything flushed and closed
    LogFile::uninstall();

    const QDir root(m_dataDir.path());
    int files = 0;
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative.startsWith(QLatin1String("web/"))
            || relative.startsWith(QLatin1String("web-cache/"))) {
            continue;
        }
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        for (const QString &token : tokens) {
            QVERIFY2(!content.contains(token.toLatin1()),
                     qPrintable(QStringLiteral("a token in ") + relative));
        }
        ++files;
    }
    // The scan saw the call log, the four recordings and the log (with debug messages).
    QCOMPARE(QDir(root.filePath(QStringLiteral("recordings"))).entryList(QDir::Files).size(), 4);
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("calls.sqlite"))).size() > 0);
    const QDir logs(DataDirectory(m_dataDir.path()).logDirectory());
    QVERIFY(QFileInfo(logs.filePath(QStringLiteral("calldock.log"))).size() > 10'000);
    QVERIFY2(files >= 6, qPrintable(QString::number(files)));
}

CALLDOCK_REAL_WIDGET_TEST_MAIN(TestRealWidget)
#include "tst_realwidget.moc"
