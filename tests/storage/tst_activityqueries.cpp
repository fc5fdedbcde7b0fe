// ActivityQueries on real SQLite files written through CallStore: every chart's numbers against
// answers worked out independently (each call's local day and hour from Qt's own time zone
// conversion, one call at a time), literal answers around daylight-saving changes, empty days,
// the history's filters, and the round trip: the history query of each bar part counts exactly
// the calls the bar shows.

#include "activityfixture.h"
#include "activityqueries.h"
#include "callhistoryreader.h"
#include "localoffsets.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using ActivityFixture::Call;

namespace {

bool isMissed(const Call &call) {
    return call.direction != CallDirection::Outbound
           && (call.result == QLatin1String("Missed") || call.result == QLatin1String("Voicemail"));
}

// The answer computed the slow way, call by call.
ActivitySummary expectedSummary(const QList<Call> &calls, const QDate &first, const QDate &last) {
    ActivitySummary summary;
    summary.first = first;
    summary.last = last;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        summary.days.append(ActivityDay{day, {}});
    }
    QMap<QString, ActivityContact> contacts;
    for (const Call &call : calls) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(call.startMs, Qt::LocalTime);
        if (start.date() < first || start.date() > last) {
            continue;
        }
        ActivityCounts counts;
        counts.calls = 1;
        counts.outbound = call.direction == CallDirection::Outbound;
        counts.missed = isMissed(call);
        counts.inbound = 1 - counts.outbound - counts.missed;
        counts.talked = call.durationSeconds > 0;
        counts.talkSeconds = call.durationSeconds;
        counts.withNote = call.note;
        counts.withRecording = call.recording;
        summary.days[first.daysTo(start.date())].counts.add(counts);
        summary.total.add(counts);
        summary.callsByWeekdayHour[start.date().dayOfWeek() - 1][start.time().hour()] += 1;
        ActivityContact &contact = contacts[call.number];
        contact.key = call.number;
        if (call.name > contact.name) {
            contact.name = call.name;
        }
        contact.calls += 1;
        contact.talkSeconds += call.durationSeconds;
    }
    QList<ActivityContact> all = contacts.values(); // ordered by key
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &a, const auto &b) { return a.calls > b.calls; });
    summary.topByCalls = all.mid(0, ActivitySummary::kTopContacts);
    all.erase(std::remove_if(all.begin(), all.end(), [](const auto &c) { return !c.talkSeconds; }),
              all.end());
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return a.talkSeconds != b.talkSeconds ? a.talkSeconds > b.talkSeconds : a.key < b.key;
    });
    summary.topByTalkTime = all.mid(0, ActivitySummary::kTopContacts);
    return summary;
}

QString describe(const ActivityCounts &c) {
    return QStringLiteral("calls %1 in %2 out %3 missed %4 talked %5 talk %6 notes %7 rec %8")
        .arg(c.calls)
        .arg(c.inbound)
        .arg(c.outbound)
        .arg(c.missed)
        .arg(c.talked)
        .arg(c.talkSeconds)
        .arg(c.withNote)
        .arg(c.withRecording);
}

void compare(const ActivitySummary &actual, const ActivitySummary &expected) {
    QCOMPARE(actual.first, expected.first);
    QCOMPARE(actual.last, expected.last);
    QCOMPARE(actual.days.size(), expected.days.size());
    for (int i = 0; i < actual.days.size(); ++i) {
        QCOMPARE(actual.days.at(i).date, expected.days.at(i).date);
        QCOMPARE(describe(actual.days.at(i).counts), describe(expected.days.at(i).counts));
    }
    QCOMPARE(describe(actual.total), describe(expected.total));
    for (int day = 0; day < 7; ++day) {
        for (int hour = 0; hour < 24; ++hour) {
            QCOMPARE(actual.callsByWeekdayHour[day][hour], expected.callsByWeekdayHour[day][hour]);
        }
    }
    const auto keys = [](const QList<ActivityContact> &list) {
        QStringList out;
        for (const ActivityContact &c : list) {
            out << QStringLiteral("%1|%2|%3|%4").arg(c.key, c.name).arg(c.calls).arg(c.talkSeconds);
        }
        return out;
    };
    QCOMPARE(keys(actual.topByCalls), keys(expected.topByCalls));
    QCOMPARE(keys(actual.topByTalkTime), keys(expected.topByTalkTime));
}

} // namespace

class TestActivityQueries : public QObject {
    Q_OBJECT

private slots:
    void cleanup();
    void monthAgainstCallByCall_data();
    void monthAgainstCallByCall();
    void emptyDaysAreZero();
    void springForward();
    void autumnBack();
    void halfHourZone();
    void offsetPieces();
    void filtersApply();
    void barPartsRoundTripToHistory();
    void contactsRankAndName();

private:
    // A fresh database holding `calls`, read back through a history reader.
    bool load(const QList<Call> &calls);
    ActivitySummary summary(const CallQuery &filters, const QDate &first, const QDate &last);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CallStore> m_store;
    std::unique_ptr<CallHistoryReader> m_reader;
};

void TestActivityQueries::cleanup() {
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
    ActivityFixture::setTimeZone("UTC");
}

bool TestActivityQueries::load(const QList<Call> &calls) {
    m_reader.reset();
    m_store.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("calls.sqlite"));
    m_store = std::make_unique<CallStore>();
    if (!m_store->open(path).ok || !ActivityFixture::write(*m_store, calls)) {
        return false;
    }
    m_reader = std::make_unique<CallHistoryReader>();
    return m_reader->open(path).ok;
}

ActivitySummary TestActivityQueries::summary(const CallQuery &filters, const QDate &first,
                                             const QDate &last) {
    std::optional<ActivitySummary> result = m_reader->activity(filters, first, last);
    if (!result) {
        qWarning() << "activity failed:" << m_reader->lastError();
        return {};
    }
    return *result;
}

void TestActivityQueries::monthAgainstCallByCall_data() {
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QDate>("last");
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2024, 3, 15);
    // Both months hold a daylight-saving change.
    QTest::newRow("Berlin, spring") << QByteArray("Europe/Berlin") << QDate(2024, 4, 10);
    QTest::newRow("New York, autumn") << QByteArray("America/New_York") << QDate(2024, 11, 20);
    QTest::newRow("Sydney, autumn") << QByteArray("Australia/Sydney") << QDate(2024, 4, 20);
    QTest::newRow("Kolkata") << QByteArray("Asia/Kolkata") << QDate(2024, 6, 30);
}

void TestActivityQueries::monthAgainstCallByCall() {
    QFETCH(QByteArray, tz);
    QFETCH(QDate, last);
    ActivityFixture::setTimeZone(tz.constData());
    const QList<Call> calls = ActivityFixture::month(last);
    QVERIFY(load(calls));
    const QDate first = last.addDays(-29);
    const ActivitySummary actual = summary(CallQuery(), first, last);
    compare(actual, expectedSummary(calls, first, last));
    QVERIFY(actual.total.calls > 200);
    // A shorter period: calls outside it are not counted.
    compare(summary(CallQuery(), last.addDays(-6), last),
            expectedSummary(calls, last.addDays(-6), last));
}

void TestActivityQueries::emptyDaysAreZero() {
    ActivityFixture::setTimeZone("Europe/Berlin");
    QVERIFY(load({Call{ActivityFixture::local(2024, 5, 2, 10)},
                  Call{ActivityFixture::local(2024, 5, 6, 23, 59)}}));
    const ActivitySummary result = summary(CallQuery(), QDate(2024, 5, 1), QDate(2024, 5, 7));
    QCOMPARE(result.days.size(), 7);
    QList<int> perDay;
    for (const ActivityDay &day : result.days) {
        perDay << day.counts.calls;
    }
    QCOMPARE(perDay, (QList<int>{0, 1, 0, 0, 0, 1, 0}));
    QCOMPARE(result.days.first().date, QDate(2024, 5, 1));
    QCOMPARE(result.days.last().date, QDate(2024, 5, 7));
    // A period without any call: every day present, all zero.
    const ActivitySummary none = summary(CallQuery(), QDate(2023, 1, 1), QDate(2023, 1, 31));
    QCOMPARE(none.days.size(), 31);
    QCOMPARE(none.total.calls, 0);
    QVERIFY(none.topByCalls.isEmpty());
}

void TestActivityQueries::springForward() {
    // Berlin, 2024-03-31: 02:00 CET becomes 03:00 CEST; the day has 23 hours.
    ActivityFixture::setTimeZone("Europe/Berlin");
    const qint64 change = QDateTime(QDate(2024, 3, 31), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(load({
        Call{change - 1},               // 01:59:59.999 CET
        Call{change},                   // 03:00 CEST
        Call{change + 3600 * 1000 - 1}, // 03:59:59.999 CEST
        Call{ActivityFixture::local(2024, 3, 30, 23, 59)},
        Call{ActivityFixture::local(2024, 3, 31, 0, 0)},
        Call{ActivityFixture::local(2024, 3, 31, 23, 59)},
        Call{ActivityFixture::local(2024, 4, 1, 0, 0)},
    }));
    const ActivitySummary result = summary(CallQuery(), QDate(2024, 3, 30), QDate(2024, 4, 1));
    QCOMPARE(result.days.at(0).counts.calls, 1);
    QCOMPARE(result.days.at(1).counts.calls, 5);
    QCOMPARE(result.days.at(2).counts.calls, 1);
    const auto &sunday = result.callsByWeekdayHour[6];
    QCOMPARE(sunday[0], 1);
    QCOMPARE(sunday[1], 1);
    QCOMPARE(sunday[2], 0); // does not exist that day
    QCOMPARE(sunday[3], 2);
    QCOMPARE(sunday[23], 1);
    QCOMPARE(result.callsByWeekdayHour[5][23], 1); // Saturday
    QCOMPARE(result.callsByWeekdayHour[0][0], 1);  // Monday
}

void TestActivityQueries::autumnBack() {
    // Berlin, 2024-10-27: 03:00 CEST becomes 02:00 CET; 02:00-03:00 happens twice (25 hours).
    ActivityFixture::setTimeZone("Europe/Berlin");
    const qint64 change = QDateTime(QDate(2024, 10, 27), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(load({
        Call{change - 30 * 60 * 1000}, // 02:30 CEST
        Call{change + 30 * 60 * 1000}, // 02:30 CET
        Call{change + 60 * 60 * 1000}, // 03:00 CET
        Call{ActivityFixture::local(2024, 10, 27, 23, 30)},
        Call{ActivityFixture::local(2024, 10, 28, 0, 15)},
    }));
    const ActivitySummary result = summary(CallQuery(), QDate(2024, 10, 27), QDate(2024, 10, 28));
    QCOMPARE(result.days.at(0).counts.calls, 4);
    QCOMPARE(result.days.at(1).counts.calls, 1);
    QCOMPARE(result.callsByWeekdayHour[6][2], 2);
    QCOMPARE(result.callsByWeekdayHour[6][3], 1);
    QCOMPARE(result.callsByWeekdayHour[6][23], 1);
    QCOMPARE(result.callsByWeekdayHour[0][0], 1);
}

void TestActivityQueries::halfHourZone() {
    // Kolkata is UTC+05:30: 18:29 UTC is 23:59 local, 18:30 UTC is the next day's 00:00.
    ActivityFixture::setTimeZone("Asia/Kolkata");
    const qint64 utc = QDateTime(QDate(2024, 6, 3), QTime(18, 29), Qt::UTC).toMSecsSinceEpoch();
    QVERIFY(load({Call{utc}, Call{utc + 60 * 1000}}));
    const ActivitySummary result = summary(CallQuery(), QDate(2024, 6, 3), QDate(2024, 6, 4));
    QCOMPARE(result.days.at(0).counts.calls, 1);
    QCOMPARE(result.days.at(1).counts.calls, 1);
    QCOMPARE(result.callsByWeekdayHour[0][23], 1); // Monday 23:59
    QCOMPARE(result.callsByWeekdayHour[1][0], 1);  // Tuesday 00:00
}

void TestActivityQueries::offsetPieces() {
    ActivityFixture::setTimeZone("America/New_York");
    const qint64 begin = LocalOffsets::startOfDay(QDate(2024, 1, 1));
    const qint64 end = LocalOffsets::startOfDay(QDate(2025, 1, 1));
    const QList<LocalOffsets::Piece> pieces = LocalOffsets::between(begin, end);
    QCOMPARE(pieces.size(), 3);
    QCOMPARE(pieces.at(0).fromMs, begin);
    QCOMPARE(pieces.at(0).offsetMs, qint64(-5 * 3600 * 1000));
    // 2024-03-10 02:00 EST and 2024-11-03 02:00 EDT, to the millisecond.
    QCOMPARE(pieces.at(1).fromMs,
             QDateTime(QDate(2024, 3, 10), QTime(7, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(pieces.at(1).offsetMs, qint64(-4 * 3600 * 1000));
    QCOMPARE(pieces.at(2).fromMs,
             QDateTime(QDate(2024, 11, 3), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch());
    ActivityFixture::setTimeZone("UTC");
    QCOMPARE(LocalOffsets::between(begin, end).size(), 1);
}

void TestActivityQueries::filtersApply() {
    ActivityFixture::setTimeZone("Europe/Berlin");
    const QDate last(2024, 3, 15);
    const QList<Call> calls = ActivityFixture::month(last);
    QVERIFY(load(calls));
    const QDate first = last.addDays(-29);
    const auto keep = [&calls](const std::function<bool(const Call &)> &rule) {
        QList<Call> kept;
        for (const Call &call : calls) {
            if (rule(call)) {
                kept << call;
            }
        }
        return kept;
    };
    CallQuery query;
    query.direction = CallDirection::Outbound;
    compare(
        summary(query, first, last),
        expectedSummary(keep([](const Call &c) { return c.direction == CallDirection::Outbound; }),
                        first, last));
    query = CallQuery();
    query.text = QStringLiteral("turing");
    compare(
        summary(query, first, last),
        expectedSummary(keep([](const Call &c) { return c.name == QLatin1String("Alan Turing"); }),
                        first, last));
    query = CallQuery();
    query.withNote = true;
    query.withRecording = true;
    compare(
        summary(query, first, last),
        expectedSummary(keep([](const Call &c) { return c.note && c.recording; }), first, last));
    // The query's own date range is replaced by the period.
    query = CallQuery();
    query.sinceMs = 0;
    query.untilMs = 1;
    compare(summary(query, first, last), expectedSummary(calls, first, last));
}

void TestActivityQueries::barPartsRoundTripToHistory() {
    ActivityFixture::setTimeZone("America/New_York");
    const QDate last(2024, 11, 20);
    const QList<Call> calls = ActivityFixture::month(last);
    QVERIFY(load(calls));
    const QDate first = last.addDays(-29);
    const ActivitySummary result = summary(CallQuery(), first, last);
    for (const ActivityDay &day : result.days) {
        CallQuery query;
        query.sinceMs = LocalOffsets::startOfDay(day.date);
        query.untilMs = LocalOffsets::startOfDay(day.date.addDays(1));
        QCOMPARE(m_reader->count(query), day.counts.calls);
        CallQuery missed = query;
        missed.missedOnly = true;
        QCOMPARE(m_reader->count(missed), day.counts.missed);
        CallQuery outbound = query;
        outbound.direction = CallDirection::Outbound;
        QCOMPARE(m_reader->count(outbound), day.counts.outbound);
        CallQuery inbound = query;
        inbound.inboundNotMissed = true;
        QCOMPARE(m_reader->count(inbound), day.counts.inbound);
    }
    for (const ActivityContact &contact : result.topByCalls) {
        CallQuery query;
        query.sinceMs = LocalOffsets::startOfDay(first);
        query.untilMs = LocalOffsets::startOfDay(last.addDays(1));
        query.contact = contact.key;
        QCOMPARE(m_reader->count(query), contact.calls);
    }
}

void TestActivityQueries::contactsRankAndName() {
    const qint64 t = ActivityFixture::local(2024, 2, 1, 9);
    QList<Call> calls;
    // Grace: 3 calls, one logged without her name; Alan: 3 calls, longer; a number-less caller
    // known by name only; a call with neither is not a contact.
    calls << Call{t,  CallDirection::Inbound,         QStringLiteral("Accepted"),
                  10, QStringLiteral("+15550000002"), QStringLiteral("Grace Hopper")}
          << Call{t + 1, CallDirection::Outbound,        QStringLiteral("Accepted"),
                  10,    QStringLiteral("+15550000002"), QString()}
          << Call{t + 2, CallDirection::Inbound,         QStringLiteral("Missed"),
                  0,     QStringLiteral("+15550000002"), QStringLiteral("Grace Hopper")}
          << Call{t + 3, CallDirection::Inbound,         QStringLiteral("Accepted"),
                  500,   QStringLiteral("+15550000003"), QStringLiteral("Alan Turing")}
          << Call{t + 4, CallDirection::Inbound,         QStringLiteral("Accepted"),
                  500,   QStringLiteral("+15550000003"), QStringLiteral("Alan Turing")}
          << Call{t + 5, CallDirection::Inbound,         QStringLiteral("Accepted"),
                  500,   QStringLiteral("+15550000003"), QStringLiteral("Alan Turing")}
          << Call{t + 6,     CallDirection::Inbound,      QStringLiteral("Missed"), 0,
                  QString(), QStringLiteral("Front desk")}
          << Call{t + 7, CallDirection::Inbound, QStringLiteral("Missed"), 0, QString(), QString()};
    QVERIFY(load(calls));
    const ActivitySummary result = summary(CallQuery(), QDate(2024, 2, 1), QDate(2024, 2, 1));
    QCOMPARE(result.total.calls, 8);
    QCOMPARE(result.topByCalls.size(), 3);
    QCOMPARE(result.topByCalls.at(0).key, QStringLiteral("+15550000002")); // tie: by key
    QCOMPARE(result.topByCalls.at(0).name, QStringLiteral("Grace Hopper"));
    QCOMPARE(result.topByCalls.at(0).calls, 3);
    QCOMPARE(result.topByCalls.at(1).key, QStringLiteral("+15550000003"));
    QCOMPARE(result.topByCalls.at(2).key, QStringLiteral("Front desk"));
    QCOMPARE(result.topByCalls.at(2).name, QStringLiteral("Front desk"));
    // Talk time: Alan first; the front desk never talked and is left out.
    QCOMPARE(result.topByTalkTime.size(), 2);
    QCOMPARE(result.topByTalkTime.at(0).key, QStringLiteral("+15550000003"));
    QCOMPARE(result.topByTalkTime.at(0).talkSeconds, qint64(1500));
    QCOMPARE(result.topByTalkTime.at(1).talkSeconds, qint64(20));
    CallQuery byName;
    byName.contact = QStringLiteral("Front desk");
    QCOMPARE(m_reader->count(byName), 1);
}

QTEST_GUILESS_MAIN(TestActivityQueries)
#include "tst_activityqueries.moc"
