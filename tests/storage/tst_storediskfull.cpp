// The store on a full disk, without the app around it: a write the disk refused must fail, and
// a write reported as committed must be visible to another connection (export, a restart).
#include "callstore.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

class TestStoreDiskFull final : public QObject {
    Q_OBJECT

private slots:
    void committedMeansStored();
};

static CallFacts callFacts(int index) {
    CallFacts facts;
    facts.sessionId = QStringLiteral("full-%1").arg(index, 6, 10, QLatin1Char('0'));
    facts.telephonySessionId = QStringLiteral("s-") + facts.sessionId;
    facts.direction = CallDirection::Inbound;
    facts.fromNumber = QStringLiteral("+15551230001");
    facts.fromName = QStringLiteral("Alice Example");
    facts.toNumber = QStringLiteral("+16505550100");
    facts.startTimeMs = 1'764'000'000'000 + index;
    facts.durationSeconds = index % 600;
    facts.result = QStringLiteral("Accepted");
    return facts;
}

void TestStoreDiskFull::committedMeansStored() {
    QTemporaryDir root;
    const QString folder = root.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    TmpfsMount mount(folder, 4 * 1024 * 1024);
    if (!mount.isMounted()) {
        QSKIP(
            qPrintable(QStringLiteral("cannot mount a small file system here: ") + mount.error()));
    }
    const QString path = folder + QStringLiteral("/calls.sqlite");
    CallStore store;
    QVERIFY(store.open(path).ok);
    for (int i = 0; i < 20; ++i) {
        QVERIFY(store.upsertCall(callFacts(i)).ok);
    }

    QFile filler(folder + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    for (qsizetype block = 1024 * 1024; block > 0; block /= 4) {
        const QByteArray bytes(block, 'x');
        while (filler.write(bytes) == block) {
        }
    }
    filler.close();

    QStringList committed;
    int failed = 0;
    QString firstError;
    // Single updates without a recording are one autocommit statement: its commit is the last
    // step of the statement (regression: a refused commit there was reported as stored).
    for (int i = 20; i < 220; ++i) {
        const CallStore::UpsertResult result = store.upsertCall(callFacts(i));
        if (result.ok) {
            committed.append(callFacts(i).sessionId);
        } else {
            ++failed;
            firstError = result.error.logText();
        }
    }
    for (int i = 220; i < 2020; i += 10) {
        QList<CallFacts> batch;
        for (int j = i; j < i + 10; ++j) {
            batch.append(callFacts(j));
        }
        const CallStore::BatchResult result = store.upsertCalls(batch, LoggedBy::Auto);
        if (result.ok) {
            for (const CallFacts &facts : std::as_const(batch)) {
                committed.append(facts.sessionId);
            }
        } else {
            ++failed;
            if (firstError.isEmpty()) {
                firstError = result.error.logText();
            }
        }
    }
    qInfo() << committed.size() << "calls committed," << failed << "batches failed:" << firstError;

    CallStore reader;
    QVERIFY(reader.open(path, CallStore::OpenMode::ReadOnly).ok);
    QStringList lost;
    for (const QString &session : std::as_const(committed)) {
        if (!reader.call(session)) {
            lost.append(session);
        }
    }
    QVERIFY2(lost.isEmpty(),
             qPrintable(QStringLiteral("%1 committed calls are not in the file").arg(lost.size())));
    QVERIFY(failed > 0);

    // Space again: the same store writes and the reader sees it.
    QVERIFY(filler.remove());
    QVERIFY(store.upsertCall(callFacts(5000)).ok);
    QVERIFY(reader.call(callFacts(5000).sessionId).has_value());
}

QTEST_GUILESS_MAIN(TestStoreDiskFull)
#include "tst_storediskfull.moc"
