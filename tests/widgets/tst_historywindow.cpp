// CallHistoryModel and CallHistoryWindow on a generated database with real widgets (offscreen),
// reading through the app's StorageHistorySource on a real StorageThread: lazy paging, sorting
// through the header, search as you type, filters, focusCall, the actions and their signals,
// refresh keeping the selection, export of what the filters show, and that all of it runs off
// the GUI thread (CALLDOCK_STRICT_STORAGE_THREAD=1: a GUI-thread statement aborts the test).

#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistorywindow.h"
#include "historyfixture.h"
#include "storagehistorysource.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int kCalls = 1000;

QAction *actionNamed(QWidget *window, const QString &text) {
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text) {
            return action;
        }
    }
    return nullptr;
}

// Answers the next modal message box with `button` (polling, so it also works when the box
// opens after more events have been processed).
void answerMessageBox(QMessageBox::StandardButton button, int attempts = 500) {
    QTimer::singleShot(10, [button, attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box) {
            box->button(button)->click();
        } else if (attempts > 0) {
            answerMessageBox(button, attempts - 1);
        }
    });
}

} // namespace

class TestHistoryWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelLoadsLazily();
    void modelShowsCalls();
    void headerSorts();
    void searchAsYouType();
    void filters();
    void focusCallScrollsAndClearsFilters();
    void actionsEmitRequests();
    void deleteNeedsConfirmation();
    void refreshKeepsSelection();
    void exportsWhatFiltersShow();
    void loadsOffTheGuiThread();
    void staleAnswersAreDropped();
    void readErrorsAreShown();
    void accessibleNames();

private:
    // Waits until the window's model has its rows (and no page is on its way).
    bool settled(int timeoutMs = 5000);
    // focusCall() and its outcome.
    bool focus(const QString &sessionId);
    int countOf(const CallQuery &query);

    QTemporaryDir m_dir;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<StorageHistorySource> m_source;
    CallHistoryWindow *m_window = nullptr;
};

bool TestHistoryWindow::settled(int timeoutMs) {
    return QTest::qWaitFor(
        [this] { return !m_window->model()->isLoading() && !m_window->model()->isFetching(); },
        timeoutMs);
}

bool TestHistoryWindow::focus(const QString &sessionId) {
    QSignalSpy finished(m_window, &CallHistoryWindow::focusFinished);
    m_window->focusCall(sessionId);
    if (!finished.wait(5000) && finished.isEmpty()) {
        qWarning() << "focusCall did not finish";
        return false;
    }
    return finished.first().at(0).toString() == sessionId && finished.first().at(1).toBool();
}

int TestHistoryWindow::countOf(const CallQuery &query) {
    return HistoryFixture::onStorage(*m_storage, [query](StorageSession &session) {
        return session.history() ? session.history()->count(query) : -1;
    });
}

void TestHistoryWindow::initTestCase() {
    HistoryFixture::strictStorageThread();
    m_storage = std::make_unique<StorageThread>();
    QVERIFY(HistoryFixture::open(*m_storage, m_dir.filePath(QStringLiteral("calls.sqlite"))));
    QVERIFY(HistoryFixture::generate(*m_storage, kCalls));
    m_source = std::make_unique<StorageHistorySource>(*m_storage);
}

void TestHistoryWindow::init() {
    m_window = new CallHistoryWindow(*m_source);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Shortcuts (Delete, Return) only reach an active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(settled());
}

void TestHistoryWindow::cleanup() {
    delete m_window;
    m_window = nullptr;
}

void TestHistoryWindow::modelLoadsLazily() {
    CallHistoryModel model(*m_source);
    QSignalSpy counted(&model, &CallHistoryModel::totalCountChanged);
    model.setQuery(CallQuery());
    // Nothing is read while the GUI thread waits: the answers come later.
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.countKnown());
    QTRY_VERIFY(!model.isLoading());
    QVERIFY(model.countKnown());
    QCOMPARE(counted.last().first().toInt(), kCalls);
    QCOMPARE(model.totalCount(), kCalls);
    QCOMPARE(model.rowCount(), CallHistoryModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    // One page on its way at a time.
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.rowCount(), CallHistoryModel::kPageSize);
    QTRY_COMPARE(model.rowCount(), 2 * CallHistoryModel::kPageSize);
    QVERIFY(QTest::qWaitFor([&model] {
        if (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
        }
        return model.rowCount() == kCalls;
    }));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QCOMPARE(model.callAt(kCalls - 1)->call.sessionId, QStringLiteral("session-999"));
    QVERIFY(!model.callAt(kCalls));

    // The window's view also loads only what it shows.
    QCOMPARE(m_window->model()->rowCount(), CallHistoryModel::kPageSize);
    m_window->view()->scrollToBottom();
    QTRY_VERIFY(m_window->model()->rowCount() > CallHistoryModel::kPageSize);
}

void TestHistoryWindow::modelShowsCalls() {
    const CallHistoryModel *model = m_window->model();
    const auto text = [model](int row, int column) {
        return model->index(row, column).data().toString();
    };
    QCOMPARE(text(0, CallHistoryModel::NameColumn), QStringLiteral("Ada Lovelace"));
    QCOMPARE(text(0, CallHistoryModel::NumberColumn), QStringLiteral("+15550000000"));
    QCOMPARE(text(0, CallHistoryModel::DirectionColumn), QStringLiteral("Outbound"));
    QCOMPARE(text(0, CallHistoryModel::NoteColumn),
             QStringLiteral("Follow-up 0 — Discussed item 0"));
    QCOMPARE(text(0, CallHistoryModel::RecordingColumn), QStringLiteral("Queued"));
    QCOMPARE(text(1, CallHistoryModel::NameColumn), QStringLiteral("Grace Hopper"));
    QCOMPARE(text(1, CallHistoryModel::DirectionColumn), QStringLiteral("Inbound"));
    QCOMPARE(text(1, CallHistoryModel::DurationColumn), QStringLiteral("0:37"));
    QCOMPARE(text(1, CallHistoryModel::NoteColumn), QString());
    QCOMPARE(text(1, CallHistoryModel::RecordingColumn), QString());
    QCOMPARE(text(7, CallHistoryModel::DurationColumn), QStringLiteral("0:00")); // missed
    QCOMPARE(text(7, CallHistoryModel::ResultColumn), QStringLiteral("Missed"));
    QCOMPARE(text(97, CallHistoryModel::DurationColumn), QStringLiteral("59:49")); // 97 * 37 s
    QCOMPARE(text(100, CallHistoryModel::DurationColumn), QStringLiteral("1:40"));
    QCOMPARE(model->index(0, CallHistoryModel::NoteColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Follow-up 0\n\nDiscussed item 0\nsecond line"));
    QCOMPARE(model->index(5, 0).data(CallHistoryModel::SessionIdRole).toString(),
             QStringLiteral("session-5"));
    QVERIFY(!text(0, CallHistoryModel::DateColumn).isEmpty());
}

void TestHistoryWindow::headerSorts() {
    QHeaderView *header = m_window->view()->horizontalHeader();
    const int x = header->sectionViewportPosition(CallHistoryModel::DurationColumn) + 5;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    QVERIFY(settled());
    const CallQuery query = m_window->model()->query();
    QCOMPARE(query.sortColumn, CallQuery::SortColumn::Duration);
    const qint64 first = *m_window->model()->callAt(0)->call.durationSeconds;
    const qint64 second = *m_window->model()->callAt(1)->call.durationSeconds;
    QVERIFY(query.sortOrder == Qt::AscendingOrder ? first <= second : first >= second);
    QCOMPARE(m_window->model()->totalCount(), kCalls);

    m_window->view()->sortByColumn(CallHistoryModel::NameColumn, Qt::AscendingOrder);
    QVERIFY(settled());
    QCOMPARE(m_window->model()->query().sortColumn, CallQuery::SortColumn::Name);
    QCOMPARE(m_window->model()->callAt(0)->call.otherName(), QStringLiteral("Ada Lovelace"));
}

void TestHistoryWindow::searchAsYouType() {
    CallHistoryFilterBar *bar = m_window->filterBar();
    QSignalSpy loaded(m_window->model(), &CallHistoryModel::loaded);
    QTest::keyClicks(bar->searchField(), QStringLiteral("grace"));
    // Debounced: five keys, at most one query once typing pauses.
    QCOMPARE(loaded.size(), 0);
    QVERIFY(!m_window->model()->isLoading());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(m_window->model()->totalCount(), kCalls / 10);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_window->model()->query().text, QStringLiteral("grace"));

    bar->searchField()->setText(QStringLiteral("(555) 000-0042"));
    QTRY_COMPARE(m_window->model()->totalCount(), kCalls / 100);
    bar->searchField()->setText(QStringLiteral("FOLLOW-UP"));
    QTRY_COMPARE(m_window->model()->totalCount(), (kCalls + 2) / 3);
    // Every word must match: subject word and name.
    bar->searchField()->setText(QStringLiteral("follow-up knuth"));
    QTRY_COMPARE(m_window->model()->totalCount(), 33); // i % 3 == 0 and i % 10 == 5
}

void TestHistoryWindow::filters() {
    CallHistoryFilterBar *bar = m_window->filterBar();
    bar->missedBox()->setChecked(true);
    CallQuery expected;
    expected.missedOnly = true;
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), countOf(expected));
    QVERIFY(m_window->model()->totalCount() > 0);
    bar->recordingBox()->setChecked(true);
    expected.withRecording = true;
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), countOf(expected));
    bar->clear();
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), kCalls);

    bar->directionBox()->setCurrentIndex(
        bar->directionBox()->findData(int(CallDirection::Inbound)));
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), kCalls / 2);
    bar->noteBox()->setChecked(true);
    QCOMPARE(m_window->model()->query().withNote, true);
    bar->clear();
    QVERIFY(settled());

    // The local day of the newest call, both ends included.
    const QDate day =
        QDateTime::fromMSecsSinceEpoch(HistoryFixture::kNewestStartMs).toLocalTime().date();
    bar->fromEdit()->setDate(day);
    bar->toEdit()->setDate(day);
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), kCalls); // "any date" still checked
    bar->anyDateBox()->setChecked(false);
    QVERIFY(bar->fromEdit()->isEnabled());
    CallQuery dayQuery;
    dayQuery.sinceMs = QDateTime(day, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    dayQuery.untilMs = QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    QCOMPARE(m_window->model()->query().sinceMs, dayQuery.sinceMs);
    QVERIFY(settled());
    QCOMPARE(m_window->model()->totalCount(), countOf(dayQuery));
    QVERIFY(m_window->model()->totalCount() > 0);
}

void TestHistoryWindow::focusCallScrollsAndClearsFilters() {
    // Beyond the first page: pages are loaded up to it.
    QVERIFY(focus(QStringLiteral("session-901")));
    QCOMPARE(m_window->selectedSessionId(), QStringLiteral("session-901"));
    const QModelIndex current = m_window->view()->currentIndex();
    QCOMPARE(current.row(), 901);
    QVERIFY(m_window->view()->viewport()->rect().intersects(m_window->view()->visualRect(current)));

    // Hidden by a filter (session-900 is outbound): the filters are cleared.
    m_window->filterBar()->directionBox()->setCurrentIndex(
        m_window->filterBar()->directionBox()->findData(int(CallDirection::Inbound)));
    QVERIFY(focus(QStringLiteral("session-900")));
    QCOMPARE(m_window->selectedSessionId(), QStringLiteral("session-900"));
    QVERIFY(!m_window->filterBar()->hasFilter());
    // Matching the filter: the filter stays.
    m_window->filterBar()->missedBox()->setChecked(true);
    QVERIFY(focus(QStringLiteral("session-7")));
    QVERIFY(m_window->filterBar()->missedBox()->isChecked());

    QVERIFY(!focus(QStringLiteral("not-logged")));
}

void TestHistoryWindow::actionsEmitRequests() {
    QVERIFY(focus(QStringLiteral("session-3")));
    QSignalSpy edit(m_window, &CallHistoryWindow::editNoteRequested);
    QSignalSpy dial(m_window, &CallHistoryWindow::callBackRequested);
    actionNamed(m_window, QStringLiteral("Edit Note…"))->trigger();
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.first().first().toString(), QStringLiteral("session-3"));
    actionNamed(m_window, QStringLiteral("Call Back"))->trigger();
    QCOMPARE(dial.first().first().toString(), QStringLiteral("+15550000003"));
    actionNamed(m_window, QStringLiteral("Copy Number"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("+15550000003"));
    // Enter on the table opens the note too.
    QTest::keyClick(m_window->view(), Qt::Key_Return);
    QCOMPARE(edit.size(), 2);

    // Queued recording, not downloaded: only its web page can be opened.
    QVERIFY(focus(QStringLiteral("session-5")));
    QVERIFY(actionNamed(m_window, QStringLiteral("Play Recording"))->isEnabled());
    QVERIFY(!actionNamed(m_window, QStringLiteral("Show Recording in Folder"))->isEnabled());
    QVERIFY(focus(QStringLiteral("session-4")));
    QVERIFY(!actionNamed(m_window, QStringLiteral("Play Recording"))->isEnabled());
}

void TestHistoryWindow::deleteNeedsConfirmation() {
    QVERIFY(focus(QStringLiteral("session-8")));
    QSignalSpy deleted(m_window, &CallHistoryWindow::deleteRequested);
    answerMessageBox(QMessageBox::Cancel);
    actionNamed(m_window, QStringLiteral("Delete Log…"))->trigger();
    QCOMPARE(deleted.size(), 0);
    // The offscreen platform does not hand activation back after a modal box closes.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_window->view()->setFocus();
    answerMessageBox(QMessageBox::Yes);
    QTest::keyClick(m_window->view(), Qt::Key_Delete);
    QCOMPARE(deleted.size(), 1);
    QCOMPARE(deleted.first().first().toString(), QStringLiteral("session-8"));
}

void TestHistoryWindow::refreshKeepsSelection() {
    QVERIFY(focus(QStringLiteral("session-2")));
    CallFacts facts = HistoryFixture::generatedCall(5000);
    facts.startTimeMs = HistoryFixture::kNewestStartMs + 60000;
    QVERIFY(HistoryFixture::onStorage(*m_storage, [facts](StorageSession &session) {
        return session.store().upsertCall(facts).ok;
    }));
    m_window->refresh();
    QTRY_COMPARE(m_window->model()->totalCount(), kCalls + 1);
    QVERIFY(settled());
    QCOMPARE(m_window->model()->callAt(0)->call.sessionId, facts.sessionId);
    QCOMPARE(m_window->selectedSessionId(), QStringLiteral("session-2"));
    // The app deletes a log and refreshes: the call disappears.
    QVERIFY(HistoryFixture::onStorage(*m_storage, [id = facts.sessionId](StorageSession &session) {
        return session.store().deleteCall(id).ok;
    }));
    m_window->refresh();
    QTRY_COMPARE(m_window->model()->totalCount(), kCalls);
    QVERIFY(settled());
    QCOMPARE(m_window->selectedSessionId(), QStringLiteral("session-2"));
}

void TestHistoryWindow::exportsWhatFiltersShow() {
    m_window->filterBar()->searchField()->setText(QStringLiteral("knuth"));
    // Not waiting for the search delay: exporting applies the pending search first.
    const QString path = m_dir.filePath(QStringLiteral("knuth.json"));
    QSignalSpy finished(m_window, &CallHistoryWindow::exportFinished);
    QAction *exportAction = actionNamed(m_window, QStringLiteral("Export…"));
    m_window->exportTo(path);
    // Busy while the storage thread writes; the GUI thread did not wait for it.
    QVERIFY(m_window->isExporting());
    QVERIFY(!exportAction->isEnabled());
    auto *busy = m_window->findChild<QProgressBar *>();
    QVERIFY(busy && busy->isVisible());
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("100")));
    QVERIFY(!m_window->isExporting());
    QVERIFY(exportAction->isEnabled());
    QVERIFY(!busy->isVisible());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QCOMPARE(json.count("\"sessionId\""), kCalls / 10);

    finished.clear();
    m_window->exportTo(m_dir.filePath(QStringLiteral("missing/x.csv")));
    QVERIFY(finished.wait(10000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(!finished.first().at(1).toString().isEmpty());
}

void TestHistoryWindow::loadsOffTheGuiThread() {
    // A long job holds the storage thread (an export of a huge history, a slow disk).
    auto gate = std::make_shared<QSemaphore>();
    m_storage->submit([gate](StorageSession &) { gate->tryAcquire(1, 20000); });
    auto release = qScopeGuard([gate] { gate->release(); });

    m_window->filterBar()->missedBox()->setChecked(true);
    // The filter change returned without its answer...
    QVERIFY(m_window->model()->isLoading());
    QCOMPARE(m_window->model()->rowCount(), 0);
    // ...and the GUI keeps turning meanwhile: timers fire, the window repaints and answers.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
    ticker.start(5);
    QTest::qWait(300);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    const auto *count = m_window->statusBar()->findChild<QLabel *>();
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("Loading…"));
    QVERIFY(!m_window->grab().isNull());
    QVERIFY(m_window->model()->isLoading());

    release.dismiss();
    gate->release();
    QVERIFY(settled());
    CallQuery missed;
    missed.missedOnly = true;
    QCOMPARE(m_window->model()->totalCount(), countOf(missed));
    QVERIFY2(count->text().startsWith(QString::number(countOf(missed)) + QLatin1Char(' ')),
             qPrintable(count->text()));
}

void TestHistoryWindow::staleAnswersAreDropped() {
    CallQuery missed;
    missed.missedOnly = true;
    CallQuery missedWithRecording = missed;
    missedWithRecording.withRecording = true;
    const int staleCount = countOf(missed);
    const int wantedCount = countOf(missedWithRecording);
    QVERIFY(staleCount != wantedCount);

    auto gate = std::make_shared<QSemaphore>();
    m_storage->submit([gate](StorageSession &) { gate->tryAcquire(1, 20000); });
    auto release = qScopeGuard([gate] { gate->release(); });
    QSignalSpy counts(m_window->model(), &CallHistoryModel::totalCountChanged);
    QSignalSpy loaded(m_window->model(), &CallHistoryModel::loaded);
    m_window->filterBar()->missedBox()->setChecked(true);
    m_window->filterBar()->recordingBox()->setChecked(true);
    release.dismiss();
    gate->release();
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(100);
    QCOMPARE(loaded.size(), 1);
    for (const QList<QVariant> &emitted : counts) {
        QVERIFY(emitted.first().toInt() != staleCount);
    }
    QCOMPARE(m_window->model()->totalCount(), wantedCount);
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        QVERIFY(m_window->model()->callAt(row)->recording.has_value());
    }
}

void TestHistoryWindow::readErrorsAreShown() {
    // A storage thread whose database could not be opened: every read fails.
    StorageThread broken;
    QVERIFY(!HistoryFixture::open(broken, m_dir.filePath(QStringLiteral("missing/calls.sqlite"))));
    StorageHistorySource source(broken);
    CallHistoryWindow window(source);
    QSignalSpy failed(window.model(), &CallHistoryModel::loadFailed);
    window.show();
    QTRY_VERIFY(!window.model()->isLoading());
    QCOMPARE(failed.size(), 1);
    QVERIFY2(window.statusBar()->currentMessage().startsWith(
                 QStringLiteral("Cannot read the call history: ")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.model()->rowCount(), 0);
    QVERIFY(!window.model()->canFetchMore(QModelIndex()));
}

void TestHistoryWindow::accessibleNames() {
    CallHistoryFilterBar *bar = m_window->filterBar();
    for (QWidget *widget :
         std::initializer_list<QWidget *>{bar->searchField(), bar->directionBox(), bar->fromEdit(),
                                          bar->toEdit(), m_window->view()}) {
        QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
    QVERIFY(!actionNamed(m_window, QStringLiteral("Export…"))->shortcut().isEmpty());
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
