// CallHistoryReader on a generated database: every filter, search and sort order is checked
// against the same rule evaluated in C++ over the generated calls. The reader is used directly
// here (no StorageThread exists, as in `--export`); the last tests read it the way the history
// window does, as StorageSession::history() on the storage thread.

#include "callhistoryreader.h"
#include "callquerysql.h"
#include "historyfixture.h"

#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

namespace {

constexpr int kCalls = 300;

QStringList sessionsOf(const QList<CallHistoryRow> &rows) {
    QStringList ids;
    for (const CallHistoryRow &row : rows) {
        ids << row.call.sessionId;
    }
    return ids;
}

// The generated calls that satisfy `keep`, newest first (the default order).
QStringList expected(const std::function<bool(int, const CallFacts &)> &keep) {
    QStringList ids;
    for (int i = 0; i < kCalls; ++i) {
        const CallFacts facts = HistoryFixture::generatedCall(i);
        if (keep(i, facts)) {
            ids << facts.sessionId;
        }
    }
    return ids;
}

} // namespace

class TestHistoryReader : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void defaultOrderIsNewestFirst();
    void pagesCoverEveryRowOnce_data();
    void pagesCoverEveryRowOnce();
    void filters_data();
    void filters();
    void searchTerms();
    void wildcardsAreLiteral();
    void nonAsciiSearch();
    void sortOrders();
    void positionOfSession();
    void recordingOfRow();
    void seesLaterWrites();
    void missingFileIsNotCreated();
    void sessionReadsOnTheStorageThread();
    void sessionReportsAnUnreadableHistory();

private:
    QList<CallHistoryRow> all(const CallQuery &query);

    QTemporaryDir m_dir;
    QString m_path;
    CallStore m_store;
    CallHistoryReader m_reader;
};

void TestHistoryReader::initTestCase() {
    // While a StorageThread exists (the session tests), a GUI-thread statement aborts.
    HistoryFixture::strictStorageThread();
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(m_store.open(m_path).ok);
    QVERIFY(HistoryFixture::generate(m_store, kCalls));
    const CallHistoryReader::Result opened = m_reader.open(m_path);
    QVERIFY2(opened.ok, qPrintable(opened.error));
}

QList<CallHistoryRow> TestHistoryReader::all(const CallQuery &query) {
    const std::optional<QList<CallHistoryRow>> rows = m_reader.page(query, 0, 100000);
    return rows.value_or(QList<CallHistoryRow>());
}

void TestHistoryReader::defaultOrderIsNewestFirst() {
    const CallQuery query;
    QCOMPARE(m_reader.count(query), kCalls);
    const std::optional<QList<CallHistoryRow>> first = m_reader.page(query, 0, 3);
    QVERIFY(first);
    QCOMPARE(sessionsOf(*first),
             QStringList({QStringLiteral("session-0"), QStringLiteral("session-1"),
                          QStringLiteral("session-2")}));
    const std::optional<QList<CallHistoryRow>> last = m_reader.page(query, kCalls - 1, 10);
    QVERIFY(last);
    QCOMPARE(sessionsOf(*last), QStringList{QStringLiteral("session-299")});
}

void TestHistoryReader::pagesCoverEveryRowOnce_data() {
    QTest::addColumn<int>("column");
    for (int column = 0; column <= int(CallQuery::SortColumn::Recording); ++column) {
        QTest::addRow("column %d", column) << column;
    }
}

void TestHistoryReader::pagesCoverEveryRowOnce() {
    QFETCH(int, column);
    // Names, results and recording states have many ties: OFFSET paging only works when the
    // order is total.
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        CallQuery query;
        query.sortColumn = CallQuery::SortColumn(column);
        query.sortOrder = order;
        QStringList paged;
        for (int offset = 0; offset < kCalls; offset += 17) {
            const std::optional<QList<CallHistoryRow>> rows = m_reader.page(query, offset, 17);
            QVERIFY(rows);
            paged << sessionsOf(*rows);
        }
        QCOMPARE(paged.size(), kCalls);
        QCOMPARE(QSet<QString>(paged.begin(), paged.end()).size(), kCalls);
        QCOMPARE(paged, sessionsOf(all(query)));
    }
}

void TestHistoryReader::filters_data() {
    using Keep = std::function<bool(int, const CallFacts &)>;
    QTest::addColumn<CallQuery>("query");
    QTest::addColumn<QStringList>("expected");

    CallQuery inbound;
    inbound.direction = CallDirection::Inbound;
    QTest::newRow("inbound") << inbound << expected([](int, const CallFacts &f) {
        return f.direction == CallDirection::Inbound;
    });
    CallQuery missed;
    missed.missedOnly = true;
    QTest::newRow("missed") << missed << expected([](int, const CallFacts &f) {
        return f.result == QLatin1String("Missed");
    });
    CallQuery recorded;
    recorded.withRecording = true;
    QTest::newRow("with recording")
        << recorded << expected([](int i, const CallFacts &) { return i % 5 == 0; });
    CallQuery noted;
    noted.withNote = true;
    QTest::newRow("with note") << noted
                               << expected([](int i, const CallFacts &) { return i % 3 == 0; });
    CallQuery range;
    range.sinceMs = HistoryFixture::kNewestStartMs - 20 * 60000;
    range.untilMs = HistoryFixture::kNewestStartMs - 10 * 60000;
    QTest::newRow("date range") << range << expected([](int i, const CallFacts &) {
        return i > 10 && i <= 20; // since inclusive, until exclusive
    });
    CallQuery name;
    name.text = QStringLiteral("ada");
    QTest::newRow("name, any case")
        << name << expected([](int i, const CallFacts &) { return i % 10 == 0; });
    CallQuery words;
    words.text = QStringLiteral("  lovelace   ADA ");
    QTest::newRow("all words") << words
                               << expected([](int i, const CallFacts &) { return i % 10 == 0; });
    CallQuery bothWords;
    bothWords.text = QStringLiteral("lovelace hopper");
    QTest::newRow("words must all match") << bothWords << QStringList();
    CallQuery number;
    number.text = QStringLiteral("(555) 000-0042");
    QTest::newRow("number as typed")
        << number << expected([](int i, const CallFacts &) { return i % 100 == 42; });
    CallQuery e164;
    e164.text = QStringLiteral("+15550000042");
    QTest::newRow("number as stored")
        << e164 << expected([](int i, const CallFacts &) { return i % 100 == 42; });
    CallQuery subject;
    subject.text = QStringLiteral("follow-up 27");
    QTest::newRow("subject") << subject << expected([](int i, const CallFacts &) {
        return i % 3 == 0 && QString::number(i).startsWith(QLatin1String("27"));
    });
    CallQuery note;
    note.text = QStringLiteral("DISCUSSED");
    QTest::newRow("note") << note << expected([](int i, const CallFacts &) { return i % 3 == 0; });
    CallQuery combined;
    combined.text = QStringLiteral("grace");
    combined.direction = CallDirection::Inbound;
    combined.withRecording = true;
    combined.withNote = true;
    const Keep keep = [](int i, const CallFacts &f) {
        return i % 10 == 1 && f.direction == CallDirection::Inbound && i % 5 == 0 && i % 3 == 0;
    };
    QTest::newRow("combined") << combined << expected(keep);
}

void TestHistoryReader::filters() {
    QFETCH(CallQuery, query);
    QFETCH(QStringList, expected);
    QVERIFY(query.hasFilter());
    QCOMPARE(m_reader.count(query), expected.size());
    QCOMPARE(sessionsOf(all(query)), expected);
}

void TestHistoryReader::searchTerms() {
    QCOMPARE(CallQuerySql::searchTerms(QStringLiteral(" a  b ")),
             QStringList({QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(CallQuerySql::searchTerms(QStringLiteral("(555) 123-4")),
             QStringList{QStringLiteral("(555) 123-4")});
    QVERIFY(CallQuerySql::searchTerms(QStringLiteral("   ")).isEmpty());
}

void TestHistoryReader::wildcardsAreLiteral() {
    CallFacts facts = HistoryFixture::generatedCall(100000);
    facts.sessionId = QStringLiteral("percent");
    QVERIFY(m_store.upsertCall(facts).ok);
    QVERIFY(m_store.setNote(facts.sessionId, QStringLiteral("100% done_ok"), QString()).ok);
    for (const char *text : {"%", "_", "% done_"}) {
        CallQuery query;
        query.text = QLatin1String(text);
        QCOMPARE(sessionsOf(all(query)), QStringList{QStringLiteral("percent")});
    }
    QVERIFY(m_store.deleteCall(facts.sessionId).ok);
}

void TestHistoryReader::nonAsciiSearch() {
    CallFacts facts = HistoryFixture::generatedCall(100001);
    facts.sessionId = QStringLiteral("unicode");
    facts.fromName = QStringLiteral("Zoë Müller-Łukasiewicz");
    QVERIFY(m_store.upsertCall(facts).ok);
    // SQLite's LIKE folds the case of ASCII letters only: other letters match as typed.
    CallQuery query;
    query.text = QStringLiteral("MÜLLER-Ł");
    QCOMPARE(sessionsOf(all(query)), QStringList());
    query.text = QStringLiteral("zoë müller-Ł");
    QCOMPARE(sessionsOf(all(query)), QStringList{QStringLiteral("unicode")});
    QVERIFY(m_store.deleteCall(facts.sessionId).ok);
}

void TestHistoryReader::sortOrders() {
    CallQuery query;
    query.sortColumn = CallQuery::SortColumn::Duration;
    query.sortOrder = Qt::AscendingOrder;
    QList<CallHistoryRow> rows = all(query);
    QCOMPARE(rows.size(), kCalls);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(*rows.at(i - 1).call.durationSeconds <= *rows.at(i).call.durationSeconds);
    }
    query.sortColumn = CallQuery::SortColumn::Name;
    query.sortOrder = Qt::DescendingOrder;
    rows = all(query);
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i - 1).call.otherName().compare(rows.at(i).call.otherName(),
                                                        Qt::CaseInsensitive)
                >= 0);
    }
    // Within equal names: newest first.
    QVERIFY(*rows.at(0).call.startTimeMs > *rows.at(1).call.startTimeMs);
    query.sortColumn = CallQuery::SortColumn::StartTime;
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(all(query).first().call.sessionId, QStringLiteral("session-299"));
}

void TestHistoryReader::positionOfSession() {
    CallQuery query;
    QCOMPARE(m_reader.position(query, QStringLiteral("session-42")), std::optional<int>(42));
    query.sortOrder = Qt::AscendingOrder;
    QCOMPARE(m_reader.position(query, QStringLiteral("session-42")),
             std::optional<int>(kCalls - 1 - 42));
    query.direction = CallDirection::Inbound;
    QCOMPARE(m_reader.position(query, QStringLiteral("session-42")), std::optional<int>(-1));
    QCOMPARE(m_reader.position(CallQuery(), QStringLiteral("never-logged")),
             std::optional<int>(-1));
    CallQuery byName;
    byName.sortColumn = CallQuery::SortColumn::Name;
    const std::optional<int> position = m_reader.position(byName, QStringLiteral("session-7"));
    QVERIFY(position && *position >= 0);
    QCOMPARE(m_reader.page(byName, *position, 1)->first().call.sessionId,
             QStringLiteral("session-7"));
}

void TestHistoryReader::recordingOfRow() {
    const QList<CallHistoryRow> rows = *m_reader.page(CallQuery(), 0, 6);
    QVERIFY(rows.at(0).recording);
    QCOMPARE(rows.at(0).recording->recordingId, QStringLiteral("rec-0"));
    QCOMPARE(rows.at(0).recording->state, RecordingState::Queued);
    QVERIFY(!rows.at(1).recording);
    QVERIFY(rows.at(5).recording);
    QCOMPARE(rows.at(0).call.otherName(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(rows.at(1).call.otherName(), QStringLiteral("Grace Hopper"));
}

void TestHistoryReader::seesLaterWrites() {
    const int before = m_reader.count(CallQuery());
    CallFacts facts = HistoryFixture::generatedCall(100002);
    facts.sessionId = QStringLiteral("later");
    facts.startTimeMs = HistoryFixture::kNewestStartMs + 1000;
    QVERIFY(m_store.upsertCall(facts).ok);
    QCOMPARE(m_reader.count(CallQuery()), before + 1);
    QCOMPARE(m_reader.page(CallQuery(), 0, 1)->first().call.sessionId, QStringLiteral("later"));
    QVERIFY(m_store.deleteCall(facts.sessionId).ok);
    QCOMPARE(m_reader.count(CallQuery()), before);
}

void TestHistoryReader::missingFileIsNotCreated() {
    CallHistoryReader reader;
    const QString path = m_dir.filePath(QStringLiteral("missing.sqlite"));
    const CallHistoryReader::Result opened = reader.open(path);
    QVERIFY(!opened.ok);
    QVERIFY2(opened.error.contains(QStringLiteral("missing.sqlite")), qPrintable(opened.error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(reader.count(CallQuery()), -1);
    QVERIFY(!reader.lastError().isEmpty());
}

void TestHistoryReader::sessionReadsOnTheStorageThread() {
    StorageThread storage;
    QVERIFY(HistoryFixture::open(storage, m_dir.filePath(QStringLiteral("session.sqlite"))));
    QVERIFY(HistoryFixture::generate(storage, 50));
    QThread *const gui = QThread::currentThread();
    const auto read = [gui](StorageSession &session) {
        CallHistoryReader *reader = session.history();
        return std::pair{reader ? reader->count(CallQuery()) : -1, QThread::currentThread() != gui};
    };
    const auto [count, offGui] = HistoryFixture::onStorage(storage, read);
    QCOMPARE(count, 50);
    QVERIFY(offGui);
    // The read-only connection sees what the session's store commits, in submission order.
    CallFacts facts = HistoryFixture::generatedCall(1000);
    QVERIFY(HistoryFixture::onStorage(storage, [facts](StorageSession &session) {
        return session.store().upsertCall(facts).ok;
    }));
    QCOMPARE(HistoryFixture::onStorage(storage, read).first, 51);
    const std::optional<int> position =
        HistoryFixture::onStorage(storage, [](StorageSession &session) {
            return session.history()->position(CallQuery(), QStringLiteral("session-1000"));
        });
    QCOMPARE(position, std::optional<int>(50)); // the oldest start time
}

void TestHistoryReader::sessionReportsAnUnreadableHistory() {
    StorageThread storage;
    const QString path = m_dir.filePath(QStringLiteral("missing-dir/calls.sqlite"));
    QVERIFY(!HistoryFixture::open(storage, path));
    const QString error = HistoryFixture::onStorage(storage, [](StorageSession &session) {
        return session.history() ? QString() : session.historyError();
    });
    QVERIFY2(error.contains(QStringLiteral("calls.sqlite")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestHistoryReader)
#include "tst_historyreader.moc"
