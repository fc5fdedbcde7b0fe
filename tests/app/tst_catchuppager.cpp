// Which /unlogged-calls page catch-up asks for next, in both modes, including the guards against
// loops and against skipping calls.
#include "catchuppager.h"

#include <QtTest>

namespace {

QStringList ids(int first, int count) {
    QStringList result;
    for (int i = first; i < first + count; ++i) {
        result.append(QStringLiteral("s%1").arg(i));
    }
    return result;
}

} // namespace

class TestCatchUpPager final : public QObject {
    Q_OBJECT

private slots:
    void storeModeAsksForTheFirstPageWhileItShrinks();
    void storeModeStepsPastCallsThatStayListed();
    void countModeAdvancesAndCountsMovedCallsOnce();
    void pageLimitEndsARunThatNeverEnds();
    void emptyAnswerEndsTheRun();
};

void TestCatchUpPager::storeModeAsksForTheFirstPageWhileItShrinks() {
    CatchUpPager pager(CatchUpPager::Mode::Store, 50);
    QCOMPARE(pager.page(), 1);
    CatchUpPager::Step step = pager.accept(ids(0, 100), true);
    QCOMPARE(step.newSessionIds, ids(0, 100));
    QVERIFY(!step.finished);
    QCOMPARE(pager.page(), 1); // stored calls vanished; the next ones are on page 1 now
    step = pager.accept(ids(100, 100), true);
    QCOMPARE(step.newSessionIds.size(), 100);
    QCOMPARE(pager.page(), 1);
    step = pager.accept(ids(200, 50), false);
    QVERIFY(step.finished);
    QVERIFY(!step.hitPageLimit);
    QCOMPARE(pager.pagesDone(), 3);
    QCOMPARE(pager.seenCount(), 250);
}

void TestCatchUpPager::storeModeStepsPastCallsThatStayListed() {
    // The widget keeps listing 100 calls as not logged (a stale match): the pager must neither
    // loop on page 1 nor skip what follows.
    CatchUpPager pager(CatchUpPager::Mode::Store, 50);
    CatchUpPager::Step step = pager.accept(ids(0, 100), true);
    QCOMPARE(pager.page(), 1);
    step = pager.accept(ids(0, 100), true);
    QVERIFY(step.newSessionIds.isEmpty());
    QVERIFY(!step.finished);
    QCOMPARE(pager.page(), 2);
    // Page 2 brings new calls (some already seen ones mixed in): stay on page 2.
    QStringList mixed = ids(90, 10) + ids(100, 90);
    step = pager.accept(mixed, true);
    QCOMPARE(step.newSessionIds, ids(100, 90));
    QCOMPARE(pager.page(), 2);
    step = pager.accept(ids(190, 10), false);
    QVERIFY(step.finished);
    QCOMPARE(pager.seenCount(), 200);
}

void TestCatchUpPager::countModeAdvancesAndCountsMovedCallsOnce() {
    CatchUpPager pager(CatchUpPager::Mode::Count, 50);
    pager.accept(ids(0, 100), true);
    QCOMPARE(pager.page(), 2);
    // A new call ended meanwhile and pushed the list down: s99 shows up again on page 2.
    const CatchUpPager::Step step = pager.accept(ids(99, 100), true);
    QCOMPARE(step.newSessionIds, ids(100, 99));
    QCOMPARE(pager.page(), 3);
    QVERIFY(pager.accept(ids(199, 1), false).finished);
    QCOMPARE(pager.seenCount(), 200);
    QCOMPARE(pager.pagesDone(), 3);
}

void TestCatchUpPager::pageLimitEndsARunThatNeverEnds() {
    CatchUpPager pager(CatchUpPager::Mode::Store, 4);
    CatchUpPager::Step step;
    int pages = 0;
    // A widget that always says there is more.
    while (!step.finished && pages < 100) {
        step = pager.accept(ids(pages * 10, 10), true);
        ++pages;
    }
    QCOMPARE(pages, 4);
    QVERIFY(step.hitPageLimit);
    // A page limit of 0 still allows one page.
    CatchUpPager tiny(CatchUpPager::Mode::Count, 0);
    QVERIFY(tiny.accept(ids(0, 1), true).hitPageLimit);
}

void TestCatchUpPager::emptyAnswerEndsTheRun() {
    CatchUpPager pager(CatchUpPager::Mode::Store, 50);
    const CatchUpPager::Step step = pager.accept({}, false);
    QVERIFY(step.finished);
    QVERIFY(!step.hitPageLimit);
    QCOMPARE(pager.seenCount(), 0);
    // Empty ids (unusable entries) are not calls.
    CatchUpPager other(CatchUpPager::Mode::Count, 50);
    QVERIFY(other.accept({QString(), QStringLiteral("a")}, false).newSessionIds
            == QStringList{QStringLiteral("a")});
}

QTEST_GUILESS_MAIN(TestCatchUpPager)
#include "tst_catchuppager.moc"
