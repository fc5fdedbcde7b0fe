// Follow-ups in the call history (issue 20): the follow-up filter, the outcome and follow-up in
// the note column, and "Follow-up done" on one key (D) — real widgets (offscreen) reading
// through the app's StorageHistorySource on a real storage thread and SQLite file.
#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistorywindow.h"
#include "storagehistorysource.h"
#include "storageprobe.h"
#include "storagethread.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

CallFacts callWith(const QString &sessionId, qint64 startMs) {
    CallFacts facts;
    facts.sessionId = sessionId;
    facts.direction = CallDirection::Outbound;
    facts.toNumber = QStringLiteral("+16505550101");
    facts.toName = QStringLiteral("Jane Roe");
    facts.startTimeMs = startMs;
    facts.durationSeconds = 60;
    facts.result = QStringLiteral("Call connected");
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    return facts;
}

} // namespace

class TestHistoryFollowUps : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void filterColumnAndDoneKey();

private:
    bool settled() {
        return QTest::qWaitFor(
            [this] { return !m_window->model()->isLoading() && !m_window->model()->isFetching(); });
    }
    // As the user does it: a click on the row selects it (and updates the actions).
    void clickRow(int row) {
        QTableView *view = m_window->view();
        const QRect rect = view->visualRect(m_window->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }
    void chooseFollowUps(CallQuery::FollowUps which) {
        QComboBox *box = m_window->findChild<CallHistoryFilterBar *>()->followUpsBox();
        box->setCurrentIndex(box->findData(int(which)));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<StorageHistorySource> m_source;
    CallHistoryWindow *m_window = nullptr;
};

void TestHistoryFollowUps::initTestCase() {
    m_storage = std::make_unique<StorageThread>();
    const QString path = m_dir.filePath(QStringLiteral("calls.sqlite"));
    StorageProbe probe(m_storage.get());
    QVERIFY(probe.run([path](StorageSession &s) { return s.open(path); }).ok);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto log = [&](const QString &id, qint64 startMs, const QString &outcome, qint64 due) {
        AfterCallNote note;
        note.outcome = outcome;
        note.followUpMs = due;
        note.followUpText = QStringLiteral("Send the quote");
        return probe
            .run([&](StorageSession &s) {
                return s.store().logWithNote(callWith(id, startMs), QStringLiteral("Pricing"),
                                             QString(), note);
            })
            .ok;
    };
    QVERIFY(log(QStringLiteral("overdue"), now - 3 * 86'400'000, QStringLiteral("Follow-up"),
                now - 86'400'000));
    QVERIFY(log(QStringLiteral("due"), now - 2 * 86'400'000, QStringLiteral("Interested"),
                now + 86'400'000));
    QVERIFY(log(QStringLiteral("plain"), now - 86'400'000, QString(), 0));
    m_source = std::make_unique<StorageHistorySource>(*m_storage);
}

void TestHistoryFollowUps::filterColumnAndDoneKey() {
    m_window = new CallHistoryWindow(*m_source);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(settled());
    CallHistoryModel *model = m_window->model();
    QCOMPARE(model->rowCount(), 3);

    chooseFollowUps(CallQuery::FollowUps::Overdue);
    QTRY_COMPARE(model->query().followUps, CallQuery::FollowUps::Overdue);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex note = model->index(0, CallHistoryModel::NoteColumn);
    QCOMPARE(note.data(CallHistoryModel::SessionIdRole).toString(), QStringLiteral("overdue"));
    const QString text = note.data().toString();
    QVERIFY2(text.startsWith(QLatin1String("[Follow-up] Follow-up ")), qPrintable(text));
    QVERIFY(text.endsWith(QLatin1String("Pricing")));

    // D on the selected call: done. The window asks; app/ writes and refreshes.
    QSignalSpy done(m_window, &CallHistoryWindow::followUpDoneRequested);
    connect(m_window, &CallHistoryWindow::followUpDoneRequested, this,
            [this](const QString &sessionId, bool isDone) {
                StorageProbe(m_storage.get()).run([&](StorageSession &s) {
                    return s.store().setFollowUpDone(sessionId, isDone);
                });
                m_window->refresh();
            });
    m_window->view()->setFocus();
    clickRow(0);
    QTest::keyClick(m_window->view(), Qt::Key_D);
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().at(0).toString(), QStringLiteral("overdue"));
    QCOMPARE(done.first().at(1).toBool(), true);
    QTRY_COMPARE(model->rowCount(), 0); // no longer overdue

    chooseFollowUps(CallQuery::FollowUps::Done);
    QTRY_COMPARE(model->query().followUps, CallQuery::FollowUps::Done);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, CallHistoryModel::NoteColumn)
                .data()
                .toString()
                .contains(QLatin1String("Follow-up done")));
    chooseFollowUps(CallQuery::FollowUps::Due);
    QTRY_COMPARE(model->query().followUps, CallQuery::FollowUps::Due);
    QVERIFY(settled());
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(CallHistoryModel::SessionIdRole).toString(),
             QStringLiteral("due"));

    // A call without a follow-up: the key does nothing.
    chooseFollowUps(CallQuery::FollowUps::Ignore);
    QTRY_COMPARE(model->query().followUps, CallQuery::FollowUps::Ignore);
    QVERIFY(settled());
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CallHistoryModel::SessionIdRole).toString()
            == QLatin1String("plain")) {
            clickRow(row);
        }
    }
    QTest::keyClick(m_window->view(), Qt::Key_D);
    QCOMPARE(done.size(), 1);
    delete m_window;
}

QTEST_MAIN(TestHistoryFollowUps)
#include "tst_historyfollowups.moc"
