// Message log benchmark (BENCHMARKS.md):
//   - match of 500 conversationLogIds (half logged) on 100k conversation-days: the widget asks
//     about every day it holds at once, and a timeout wipes its logged marks (protocol.md 9.4);
//     target < 5 ms;
//   - 1,000 messages logged at once (100 days of 10 new messages in one transaction), as a
//     burst of auto-log requests is written.
// Baseline of the match: the same statement (MessageStoreSql::kMatch) through the SQLite C API,
// interleaved round by round, so the cost of Qt's SQL layer shows apart from machine load.
// Full mode: 100k days of 2 messages. --quick: 5k days.
// Usage: bench_messagestore [--quick] [--json rows.jsonl]

#include "benchreport.h"
#include "callstore.h"
#include "messagestore.h"
#include "messagestoresql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

QString logId(int i) {
    // Slash-containing, like the widget's en-US ids.
    return QStringLiteral("%1/%2/%3/2026").arg(100000 + i / 7).arg(1 + i % 12).arg(1 + i % 28);
}

MessageFacts message(const QString &id, int i) {
    MessageFacts m;
    m.messageId = id;
    m.type = QStringLiteral("SMS");
    m.direction = i % 2 ? CallDirection::Inbound : CallDirection::Outbound;
    m.fromNumber = QStringLiteral("+1555%1").arg(i % 10000000, 7, 10, QLatin1Char('0'));
    m.toNumbers = QStringLiteral("+15550001111");
    m.text = QStringLiteral("Message number %1, about the order and the delivery date").arg(i);
    m.creationMs = 1780000000000 + qint64(i) * 1000;
    m.lastModifiedMs = m.creationMs;
    m.readStatus = QStringLiteral("Read");
    m.messageStatus = QStringLiteral("Delivered");
    return m;
}

ConversationDayFacts day(int i, int messages, const QString &idPrefix) {
    ConversationDayFacts d;
    d.conversationLogId = logId(i);
    d.conversationId = d.conversationLogId.section(QLatin1Char('/'), 0, 0);
    d.day = d.conversationLogId.section(QLatin1Char('/'), 1);
    d.type = QStringLiteral("SMS");
    d.correspondentNumber = QStringLiteral("+1555%1").arg(i, 7, 10, QLatin1Char('0'));
    for (int m = 0; m < messages; ++m) {
        d.messages.append(message(QStringLiteral("%1%2-%3").arg(idPrefix).arg(i).arg(m), i));
    }
    d.newestMs = d.messages.isEmpty() ? 0 : d.messages.last().creationMs;
    return d;
}

// The match statement through the C API: prepared once, the JSON bound without a copy, the
// rows read into std::string. Returns the rows found, -1 on error.
class CMatch final {
public:
    explicit CMatch(const QString &path) {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr)
                != SQLITE_OK
            || sqlite3_prepare_v2(m_db, MessageStoreSql::kMatch, -1, &m_statement, nullptr)
                   != SQLITE_OK) {
            m_statement = nullptr;
        }
    }
    ~CMatch() {
        sqlite3_finalize(m_statement);
        sqlite3_close(m_db);
    }
    CMatch(const CMatch &) = delete;
    CMatch &operator=(const CMatch &) = delete;

    int run(const std::string &json) {
        if (!m_statement) {
            return -1;
        }
        sqlite3_reset(m_statement);
        sqlite3_bind_text(m_statement, 1, json.data(), int(json.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(m_statement) == SQLITE_ROW) {
            m_last.assign(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, 1)));
            ++rows;
        }
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::string m_last;
};

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    BenchReport report(app.arguments());
    const int days = report.quick() ? 5000 : 100000;
    const QString sizeLabel = report.quick() ? QStringLiteral("5k") : QStringLiteral("100k");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    CallStore calls;
    if (!calls.open(path).ok) {
        report.note(QStringLiteral("cannot create the database"));
        return 1;
    }
    MessageStore store;
    if (!store.open(path).ok) {
        report.note(QStringLiteral("cannot open the message log"));
        return 1;
    }
    QElapsedTimer setup;
    setup.start();
    for (int first = 0; first < days; first += 5000) {
        QList<ConversationDayFacts> batch;
        for (int i = first; i < std::min(days, first + 5000); ++i) {
            batch.append(day(i, 2, QStringLiteral("m")));
        }
        if (!store.upsertDays(batch, LoggedBy::Auto).ok) {
            report.note(QStringLiteral("cannot fill the message log"));
            return 1;
        }
    }
    report.note(QStringLiteral("%1 conversation-days (%2 messages) written in %3 ms")
                    .arg(store.dayCount())
                    .arg(store.messageCount())
                    .arg(setup.elapsed()));

    // 500 ids: 250 logged (spread over the table), 250 that are not.
    QStringList ids;
    for (int k = 0; k < 250; ++k) {
        ids.append(logId(int((qint64(k) * 7919) % days)));
        ids.append(QStringLiteral("9%1/1/1/2026").arg(k));
    }
    QList<double> samples;
    QList<double> baselineSamples;
    int logged = 0;
    CMatch baseline(path);
    std::string json;
    {
        QStringList quoted;
        for (const QString &id : ids) {
            quoted.append(QLatin1Char('"') + id + QLatin1Char('"'));
        }
        json = (QLatin1Char('[') + quoted.join(QLatin1Char(',')) + QLatin1Char(']')).toStdString();
    }
    for (int round = 0; round < (report.quick() ? 20 : 100); ++round) {
        QElapsedTimer timer;
        timer.start();
        const MessageStore::MatchResult match = store.match(ids);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        logged = int(match.matches.size());
        timer.restart();
        if (baseline.run(json) != logged) {
            report.note(QStringLiteral("baseline disagrees with the store"));
            return 1;
        }
        baselineSamples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const BenchStats match = BenchStats::of(samples);
    const BenchStats cMatch = BenchStats::of(baselineSamples);
    BenchRow matchRow;
    matchRow.what = QStringLiteral("messages: match 500 conversation ids (%1 days)").arg(sizeLabel);
    matchRow.unit = QStringLiteral("ms");
    matchRow.samples = match.count;
    matchRow.median = match.median;
    matchRow.p95 = match.p95;
    matchRow.p99 = match.p99;
    matchRow.baseline = cMatch.median;
    matchRow.baselineName = QStringLiteral("SQLite C API");
    matchRow.ratio = cMatch.median > 0 ? match.median / cMatch.median : 0;
    matchRow.target = QStringLiteral("< 5 ms");
    matchRow.met = match.p95 < 5.0;
    matchRow.note = QStringLiteral("%1 of 500 logged").arg(logged);
    report.add(matchRow);

    // 1,000 new messages in one write: 100 existing days re-sent with 10 new messages each.
    samples.clear();
    for (int round = 0; round < (report.quick() ? 3 : 10); ++round) {
        QList<ConversationDayFacts> burst;
        for (int k = 0; k < 100; ++k) {
            burst.append(day((k * 37 + round) % days, 10, QStringLiteral("r%1-").arg(round)));
        }
        QElapsedTimer timer;
        timer.start();
        const MessageStore::BatchResult written = store.upsertDays(burst, LoggedBy::Auto);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        if (!written.ok || written.newMessages != 1000) {
            report.note(QStringLiteral("burst write failed"));
            return 1;
        }
    }
    const BenchStats burst = BenchStats::of(samples);
    BenchRow burstRow;
    burstRow.what = QStringLiteral("messages: log 1,000 messages at once (%1 days)").arg(sizeLabel);
    burstRow.unit = QStringLiteral("ms");
    burstRow.samples = burst.count;
    burstRow.median = burst.median;
    burstRow.p95 = burst.p95;
    burstRow.target = QStringLiteral("< 1,000 ms (widget waits 15 s)");
    burstRow.met = burst.p95 < 1000.0;
    report.add(burstRow);
    return 0;
}
