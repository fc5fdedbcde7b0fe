// The Activity window on a real storage thread (StorageActivitySource, SQLite file written by
// CallStore): what the charts and tables show, the table view, PNG and CSV export, and the
// round trip of a click to the call history window, which must then list exactly the calls the
// bar or contact counted.

#include "activitychartpanel.h"
#include "activityfixture.h"
#include "activitywindow.h"
#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistorywindow.h"
#include "storageactivitysource.h"
#include "storagehistorysource.h"
#include "storagethread.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using ActivityFixture::Call;

namespace {

template<typename Job>
auto onStorage(StorageThread &storage, Job job) {
    auto future = storage.submit(std::move(job));
    future.waitForFinished();
    return future.result();
}

template<typename Series>
Series *seriesOf(QChart *chart) {
    for (QAbstractSeries *series : chart->series()) {
        if (auto *typed = qobject_cast<Series *>(series)) {
            return typed;
        }
    }
    return nullptr;
}

} // namespace

class TestActivityWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void chartsShowThePeriod();
    void periodPresets();
    void tableViewHasTheSameNumbers();
    void exportsPngAndCsv();
    void filtersApply();
    void barPartOpensHistoryOnItsCalls();
    void contactOpensHistoryOnItsCalls();
    void newCallsRefreshWhenVisible();

private:
    bool waitLoaded();
    int historyCount(const CallQuery &query);

    QTemporaryDir m_dir;
    QList<Call> m_calls;
    QDate m_last;
    std::unique_ptr<StorageThread> m_storage;
    std::unique_ptr<StorageActivitySource> m_source;
    std::unique_ptr<ActivityWindow> m_window;
};

void TestActivityWindow::initTestCase() {
    ActivityFixture::setTimeZone("Europe/Berlin");
    m_last = QDate::currentDate();
    m_calls = ActivityFixture::month(m_last);
    m_storage = std::make_unique<StorageThread>();
    auto opened = m_storage->open(m_dir.filePath(QStringLiteral("calls.sqlite")));
    opened.waitForFinished();
    QVERIFY(opened.result().ok);
    const QList<Call> calls = m_calls;
    QVERIFY(onStorage(*m_storage, [calls](StorageSession &session) {
        return ActivityFixture::write(session.store(), calls);
    }));
    m_source = std::make_unique<StorageActivitySource>(*m_storage);
}

void TestActivityWindow::init() {
    m_window = std::make_unique<ActivityWindow>(*m_source);
    m_window->show();
    QVERIFY(waitLoaded());
}

void TestActivityWindow::cleanup() {
    m_window.reset();
}

bool TestActivityWindow::waitLoaded() {
    if (!m_window->isLoading()) {
        return true;
    }
    QSignalSpy loaded(m_window.get(), &ActivityWindow::loaded);
    return loaded.wait(10000) || !m_window->isLoading();
}

int TestActivityWindow::historyCount(const CallQuery &query) {
    StorageHistorySource source(*m_storage);
    CallHistoryWindow history(source);
    history.showQuery(query);
    if (!QTest::qWaitFor([&] { return history.model()->countKnown(); }, 10000)) {
        return -1;
    }
    return history.model()->totalCount();
}

void TestActivityWindow::chartsShowThePeriod() {
    // The default period: the last 30 days, today included, every day present.
    const ActivitySummary &summary = m_window->summary();
    QCOMPARE(summary.last, m_last);
    QCOMPARE(summary.first, m_last.addDays(-29));
    QCOMPARE(summary.days.size(), 30);
    int inPeriod = 0;
    for (const Call &call : m_calls) {
        const QDate day = QDateTime::fromMSecsSinceEpoch(call.startMs).date();
        inPeriod += day >= summary.first && day <= summary.last;
    }
    QCOMPARE(summary.total.calls, inPeriod);
    QCOMPARE(summary.days.at(26).counts.calls, 0); // day 3 counted back has no calls
    QStackedBarSeries *calls =
        seriesOf<QStackedBarSeries>(m_window->chartOf(m_window->callsPanel()));
    QVERIFY(calls);
    QCOMPARE(calls->barSets().size(), 3);
    QCOMPARE(calls->barSets().at(0)->count(), 30);
    double stacked = 0;
    for (QBarSet *set : calls->barSets()) {
        stacked += set->sum();
    }
    QCOMPARE(int(stacked), inPeriod);
    QVERIFY(m_window->callsPanel()->summaryLabel()->text().contains(QString::number(inPeriod)));
    QVERIFY(!m_window->hoursPanel()->summaryLabel()->text().isEmpty());
    QCOMPARE(seriesOf<QHorizontalBarSeries>(m_window->chartOf(m_window->contactsByCallsPanel()))
                 ->barSets()
                 .at(0)
                 ->count(),
             10);

    // A shorter preset recomputes.
    m_window->setPeriod(ActivityPeriod::Last7Days);
    QVERIFY(waitLoaded());
    QCOMPARE(m_window->summary().days.size(), 7);
    m_window->setPeriod(ActivityPeriod::Custom, m_last.addDays(-59), m_last);
    QVERIFY(waitLoaded());
    QCOMPARE(m_window->summary().days.size(), 60);
    QCOMPARE(m_window->summary().total.calls, int(m_calls.size()));
}

void TestActivityWindow::periodPresets() {
    const QDate wednesday(2024, 3, 13);
    const auto days = [&](ActivityPeriod::Preset preset) {
        const ActivityPeriod period = ActivityPeriod::of(preset, wednesday);
        return qMakePair(period.first, period.last);
    };
    QCOMPARE(days(ActivityPeriod::Today), qMakePair(wednesday, wednesday));
    QCOMPARE(days(ActivityPeriod::Last7Days), qMakePair(QDate(2024, 3, 7), wednesday));
    QCOMPARE(days(ActivityPeriod::Last30Days), qMakePair(QDate(2024, 2, 13), wednesday));
    QCOMPARE(days(ActivityPeriod::Last90Days), qMakePair(QDate(2023, 12, 15), wednesday));
    QCOMPARE(days(ActivityPeriod::ThisMonth), qMakePair(QDate(2024, 3, 1), wednesday));
    // The week starts on the locale's first day: Monday in Germany, Sunday in the US.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(days(ActivityPeriod::ThisWeek), qMakePair(QDate(2024, 3, 11), wednesday));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(days(ActivityPeriod::ThisWeek), qMakePair(QDate(2024, 3, 10), wednesday));
    QLocale::setDefault(QLocale::c());
    // Custom days in either order.
    const ActivityPeriod custom = ActivityPeriod::of(ActivityPeriod::Custom, wednesday,
                                                     QDate(2024, 3, 20), QDate(2024, 3, 1));
    QCOMPARE(custom.first, QDate(2024, 3, 1));
    QCOMPARE(custom.last, QDate(2024, 3, 20));
    QCOMPARE(custom.days(), 20);
    // The window shows the custom days' editors only for Custom.
    m_window->setPeriod(ActivityPeriod::Custom, QDate(2024, 3, 1), QDate(2024, 3, 20));
    QVERIFY(waitLoaded());
    QCOMPARE(m_window->summary().days.size(), 20);
    QVERIFY(m_window->findChild<QDateEdit *>(QStringLiteral("customFirst"))->isVisible());
    m_window->setPeriod(ActivityPeriod::Today);
    QVERIFY(waitLoaded());
    QCOMPARE(m_window->summary().days.size(), 1);
    QVERIFY(!m_window->findChild<QDateEdit *>(QStringLiteral("customFirst"))->isVisible());
}

void TestActivityWindow::tableViewHasTheSameNumbers() {
    m_window->setShowTables(true);
    for (ActivityChartPanel *panel : m_window->panels()) {
        QVERIFY(panel->showsTable());
        QVERIFY(panel->table()->isVisibleTo(m_window.get()));
        QVERIFY(!panel->table()->accessibleName().isEmpty());
    }
    const ActivitySummary &summary = m_window->summary();
    QStandardItemModel *calls = m_window->callsPanel()->model();
    QCOMPARE(calls->rowCount(), 30);
    QCOMPARE(calls->columnCount(), 5);
    for (int row = 0; row < calls->rowCount(); ++row) {
        const ActivityCounts &counts = summary.days.at(row).counts;
        QCOMPARE(calls->index(row, 0).data(Qt::UserRole).toString(),
                 summary.days.at(row).date.toString(Qt::ISODate));
        QCOMPARE(calls->index(row, 1).data(Qt::UserRole).toInt(), counts.inbound);
        QCOMPARE(calls->index(row, 2).data(Qt::UserRole).toInt(), counts.outbound);
        QCOMPARE(calls->index(row, 3).data(Qt::UserRole).toInt(), counts.missed);
        QCOMPARE(calls->index(row, 4).data(Qt::UserRole).toInt(), counts.calls);
    }
    QStandardItemModel *hours = m_window->hoursPanel()->model();
    QCOMPARE(hours->rowCount(), 7);
    QCOMPARE(hours->columnCount(), 25);
    int cells = 0;
    for (int row = 0; row < 7; ++row) {
        for (int column = 1; column < 25; ++column) {
            cells += hours->index(row, column).data(Qt::UserRole).toInt();
        }
    }
    QCOMPARE(cells, summary.total.calls);
    QCOMPARE(m_window->contactsByCallsPanel()->model()->rowCount(), 10);
    m_window->setShowTables(false);
    QVERIFY(!m_window->callsPanel()->showsTable());
}

void TestActivityWindow::exportsPngAndCsv() {
    QTemporaryDir out;
    QString error;
    const QString png = out.filePath(QStringLiteral("calls.png"));
    QVERIFY2(m_window->callsPanel()->savePng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 100 && image.height() > 100);
    // Not blank: the bars are drawn in more than one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            colours.insert(image.pixel(x, y));
        }
    }
    QVERIFY(colours.size() > 5);

    const QString csv = out.filePath(QStringLiteral("calls.csv"));
    QVERIFY2(m_window->callsPanel()->saveCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 31);
    QCOMPARE(lines.first(), QStringLiteral("Date,Inbound,Outbound,Missed,Calls"));
    int total = 0;
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(','));
        QCOMPARE(fields.size(), 5);
        QCOMPARE(QDate::fromString(fields.at(0), Qt::ISODate),
                 m_window->summary().days.at(i - 1).date);
        QCOMPARE(fields.at(1).toInt() + fields.at(2).toInt() + fields.at(3).toInt(),
                 fields.at(4).toInt());
        total += fields.at(4).toInt();
    }
    QCOMPARE(total, m_window->summary().total.calls);

    // Contacts: names with a comma are quoted; talk time in whole seconds.
    const QString contacts = out.filePath(QStringLiteral("talk.csv"));
    QVERIFY(m_window->contactsByTalkPanel()->saveCsv(contacts, &error));
    QFile talk(contacts);
    QVERIFY(talk.open(QIODevice::ReadOnly));
    const QStringList talkLines =
        QString::fromUtf8(talk.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(talkLines.size(), 11);
    const ActivityContact &top = m_window->summary().topByTalkTime.first();
    QCOMPARE(talkLines.at(1).split(QLatin1Char(',')).last().toLongLong(), top.talkSeconds);

    // A folder that cannot be written: an error, no file.
    QVERIFY(!m_window->callsPanel()->saveCsv(QStringLiteral("/proc/no/such/dir/x.csv"), &error));
    QVERIFY(!error.isEmpty());
}

void TestActivityWindow::filtersApply() {
    m_window->filterBar()->directionBox()->setCurrentIndex(
        m_window->filterBar()->directionBox()->findData(int(CallDirection::Outbound)));
    QVERIFY(waitLoaded());
    const ActivityCounts &total = m_window->summary().total;
    QVERIFY(total.outbound > 0);
    QCOMPARE(total.inbound, 0);
    QCOMPARE(total.missed, 0);
    QCOMPARE(total.calls, total.outbound);
    // The period replaces the history's date range, which is hidden here.
    QVERIFY(!m_window->filterBar()->fromEdit()->isVisibleTo(m_window.get()));
}

void TestActivityWindow::barPartOpensHistoryOnItsCalls() {
    const ActivitySummary &summary = m_window->summary();
    int day = -1;
    for (int i = 0; i < summary.days.size(); ++i) {
        if (summary.days.at(i).counts.missed > 0 && summary.days.at(i).counts.inbound > 0) {
            day = i;
            break;
        }
    }
    QVERIFY(day >= 0);
    QStackedBarSeries *calls =
        seriesOf<QStackedBarSeries>(m_window->chartOf(m_window->callsPanel()));
    QSignalSpy requested(m_window.get(), &ActivityWindow::historyRequested);
    const QList<QBarSet *> sets = calls->barSets();
    // The click of a user on each part of the day's bar.
    for (int kind = 0; kind < 3; ++kind) {
        emit calls->clicked(day, sets.at(kind));
    }
    QCOMPARE(requested.size(), 3);
    const ActivityCounts &counts = summary.days.at(day).counts;
    const int expected[] = {counts.inbound, counts.outbound, counts.missed};
    for (int kind = 0; kind < 3; ++kind) {
        const CallQuery query = requested.at(kind).at(0).value<CallQuery>();
        QCOMPARE(historyCount(query), expected[kind]);
    }

    // The history shows the filters: the day as its date range, missed ticked.
    StorageHistorySource source(*m_storage);
    CallHistoryWindow history(source);
    history.showQuery(requested.at(2).at(0).value<CallQuery>());
    CallHistoryFilterBar *bar = history.filterBar();
    QVERIFY(!bar->anyDateBox()->isChecked());
    QCOMPARE(bar->fromEdit()->date(), summary.days.at(day).date);
    QCOMPARE(bar->toEdit()->date(), summary.days.at(day).date);
    QVERIFY(bar->missedBox()->isChecked());
    QVERIFY(bar->extraFilters()->isHidden());
    // Inbound: the part the controls cannot show is listed, and can be removed.
    history.showQuery(requested.at(0).at(0).value<CallQuery>());
    QVERIFY(!bar->extraFilters()->isHidden());
    QVERIFY(history.model()->query().inboundNotMissed);
    bar->extraFilters()->findChild<QToolButton *>()->click();
    QVERIFY(bar->extraFilters()->isHidden());
    QVERIFY(!history.model()->query().inboundNotMissed);
    QTRY_COMPARE(history.model()->totalCount(), counts.calls);
    // Clear Filters clears them too.
    history.showQuery(requested.at(0).at(0).value<CallQuery>());
    bar->clear();
    QVERIFY(!history.model()->query().hasFilter());

    // The talk time bar opens the whole day.
    QBarSeries *talk = seriesOf<QBarSeries>(m_window->chartOf(m_window->talkPanel()));
    emit talk->clicked(day, talk->barSets().first());
    QCOMPARE(historyCount(requested.last().at(0).value<CallQuery>()), counts.calls);
}

void TestActivityWindow::contactOpensHistoryOnItsCalls() {
    const ActivitySummary &summary = m_window->summary();
    QHorizontalBarSeries *contacts =
        seriesOf<QHorizontalBarSeries>(m_window->chartOf(m_window->contactsByCallsPanel()));
    QSignalSpy requested(m_window.get(), &ActivityWindow::historyRequested);
    // Bars are bottom-up: the top bar (the first contact) has the highest index.
    const int bars = contacts->barSets().first()->count();
    emit contacts->clicked(bars - 1, contacts->barSets().first());
    emit contacts->clicked(0, contacts->barSets().first());
    QCOMPARE(requested.size(), 2);
    const CallQuery first = requested.at(0).at(0).value<CallQuery>();
    QCOMPARE(first.contact, summary.topByCalls.first().key);
    QCOMPARE(historyCount(first), summary.topByCalls.first().calls);
    const CallQuery tenth = requested.at(1).at(0).value<CallQuery>();
    QCOMPARE(tenth.contact, summary.topByCalls.last().key);
    QCOMPARE(historyCount(tenth), summary.topByCalls.last().calls);

    // A table row opens the same (keyboard users).
    QTableView *table = m_window->contactsByTalkPanel()->table();
    emit table->activated(table->model()->index(0, 0));
    QCOMPARE(requested.last().at(0).value<CallQuery>().contact, summary.topByTalkTime.first().key);

    // Notes and recordings.
    QHorizontalBarSeries *shares =
        seriesOf<QHorizontalBarSeries>(m_window->chartOf(m_window->sharesPanel()));
    emit shares->clicked(1, shares->barSets().first());
    QCOMPARE(historyCount(requested.last().at(0).value<CallQuery>()), summary.total.withNote);
    emit shares->clicked(0, shares->barSets().first());
    QCOMPARE(historyCount(requested.last().at(0).value<CallQuery>()), summary.total.withRecording);
}

void TestActivityWindow::newCallsRefreshWhenVisible() {
    const int before = m_window->summary().total.calls;
    const QList<Call> more{Call{QDateTime(m_last, QTime(1, 0)).toMSecsSinceEpoch()}};
    QVERIFY(onStorage(*m_storage, [more](StorageSession &session) {
        CallFacts facts = ActivityFixture::factsOf(more.first(), 0);
        facts.sessionId = QStringLiteral("refresh-1");
        facts.callLogId = QStringLiteral("refresh-log-1");
        return session.store().upsertCalls({facts}, LoggedBy::Auto).ok;
    }));
    QSignalSpy loaded(m_window.get(), &ActivityWindow::loaded);
    m_window->refresh();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_window->summary().total.calls, before + 1);
}

QTEST_MAIN(TestActivityWindow)
#include "tst_activitywindow.moc"
