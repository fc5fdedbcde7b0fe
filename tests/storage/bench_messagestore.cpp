// Message log benchmark (BENCHMARKS.md):
//   - match of 500 conversationLogIds (half logged) on 100k conversation-days: the widget asks
//     about every day it holds at once, and a timeout wipes its logged marks (protocol.md 9.4);
//     target < 5 ms;
//   - 1,000 messages logged at once (100 days of 10 new messages in one transaction), as a
//     burst of auto-log requests is written.
// Full mode: 100k days of 2 messages. --quick: 5k days.
// Usage: bench_messagestore [--quick] [--json rows.jsonl]

#include "benchreport.h"
#include "callstore.h"
#include "messagestore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

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
    int logged = 0;
    for (int round = 0; round < (report.quick() ? 20 : 100); ++round) {
        QElapsedTimer timer;
        timer.start();
        const MessageStore::MatchResult match = store.match(ids);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
        logged = int(match.matches.size());
    }
    const BenchStats match = BenchStats::of(samples);
    BenchRow matchRow;
    matchRow.what = QStringLiteral("messages: match 500 conversation ids (%1 days)").arg(sizeLabel);
    matchRow.unit = QStringLiteral("ms");
    matchRow.samples = match.count;
    matchRow.median = match.median;
    matchRow.p95 = match.p95;
    matchRow.p99 = match.p99;
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
