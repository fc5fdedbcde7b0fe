// The real calldock binary exporting a known database: stdout and files, date ranges, errors,
// and exporting while another connection writes to the database and holds the instance lock.

#include "callexportformat.h"
#include "datadirectory.h"
#include "historyfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kCalls = 50;

// A recording as the widget sends it with recordingWithToken: the contentUri carries a token, the
// link is the player page for that media.
const QString kPlayerLink =
    QStringLiteral("https://ringcentral.github.io/ringcentral-media-reader/"
                   "?media=https%3A%2F%2Fmedia.example.invalid%2Frestapi%2Fv1.0%2Faccount%2F1"
                   "%2Frecording%2F99%2Fcontent");

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCalldock(const QStringList &arguments,
                const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment()) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CALLDOCK_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("calldock did not finish");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

int csvRecords(const QByteArray &csv) {
    // Notes hold bare LFs; only record ends are CRLF in the generated data.
    return int(csv.count("\r\n"));
}

} // namespace

class TestExportCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void csvToStdout();
    void jsonToFile();
    void dateRange();
    void badDateIsRefused();
    void missingDatabase_data();
    void missingDatabase();
    void unwritableFile();
    void whileAnotherProcessWrites();
    void recordingLinkOpensThePlayer();

private:
    QStringList args(const QStringList &extra) const;

    QTemporaryDir m_dir;
    QString m_dataDir;
};

void TestExportCli::initTestCase() {
    QVERIFY(QFileInfo(QStringLiteral(CALLDOCK_BINARY)).isExecutable());
    m_dataDir = m_dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(m_dataDir));
    CallStore store;
    QVERIFY(store.open(DataDirectory(m_dataDir).databaseFile()).ok);
    QVERIFY(HistoryFixture::generate(store, kCalls));
    CallFacts unicode = HistoryFixture::generatedCall(kCalls);
    unicode.sessionId = QStringLiteral("unicode");
    unicode.startTimeMs = HistoryFixture::kNewestStartMs - 1000LL * 3600 * 24 * 30;
    unicode.fromName = QStringLiteral("Zoë, \"東京\"");
    QVERIFY(store.upsertCall(unicode).ok);
    CallFacts recorded = HistoryFixture::generatedCall(kCalls + 2);
    recorded.sessionId = QStringLiteral("recorded");
    recorded.startTimeMs = HistoryFixture::kNewestStartMs - 1000LL * 3600 * 24 * 20;
    RecordingFacts recording;
    recording.id = QStringLiteral("rec-99");
    recording.contentUri =
        QUrl(QStringLiteral("https://media.example.invalid/restapi/v1.0/account/1/recording/99/"
                            "content?access_token=SECRET-token-99"));
    recording.link = QUrl(kPlayerLink + QStringLiteral("&access_token=SECRET-token-99"));
    recorded.recording = recording;
    QVERIFY(store.upsertCall(recorded).ok);
}

void TestExportCli::recordingLinkOpensThePlayer() {
    const Run json = runCalldock(args({QStringLiteral("--export"), QStringLiteral("-"),
                                       QStringLiteral("--format"), QStringLiteral("json")}));
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QVERIFY(!json.out.contains("SECRET-token"));
    QJsonObject recorded;
    for (const QJsonValue &call : QJsonDocument::fromJson(json.out).array()) {
        if (call.toObject().value(QStringLiteral("sessionId")) == QStringLiteral("recorded")) {
            recorded = call.toObject();
        }
    }
    const QJsonObject recording = recorded.value(QStringLiteral("recording")).toObject();
    QCOMPARE(recording.value(QStringLiteral("link")).toString(), kPlayerLink);

    const Run csv = runCalldock(args({QStringLiteral("--export"), QStringLiteral("-")}));
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(!csv.out.contains("SECRET-token"));
    // The link has no comma or quote, so it stands unquoted in its field.
    QVERIFY(csv.out.contains(QByteArray(",") + kPlayerLink.toUtf8() + ","));
}

QStringList TestExportCli::args(const QStringList &extra) const {
    return QStringList{QStringLiteral("--data-dir"), m_dataDir} + extra;
}

void TestExportCli::csvToStdout() {
    const Run run = runCalldock(args({QStringLiteral("--export"), QStringLiteral("-")}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.startsWith(CallExportFormat::csvRecord(CallExportFormat::csvColumns())));
    QCOMPARE(csvRecords(run.out), 1 + kCalls + 2);
    // Oldest first from the command line: the unicode call is a month older than the others.
    const qsizetype headerEnd = run.out.indexOf("\r\n") + 2;
    QVERIFY(run.out.mid(headerEnd).startsWith("unicode,"));
    QVERIFY(run.out.contains("\"Zo\xc3\xab, \"\"\xe6\x9d\xb1\xe4\xba\xac\"\"\""));
    QVERIFY(run.out.indexOf("\r\nsession-1,") < run.out.indexOf("\r\nsession-0,"));
    QVERIFY(run.out.indexOf("\r\nsession-1,") > 0);
    QVERIFY(!run.out.contains("access_token"));
}

void TestExportCli::jsonToFile() {
    const QString file = m_dir.filePath(QStringLiteral("calls.json"));
    const Run run = runCalldock(args({QStringLiteral("--export"), file}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(exported.readAll());
    QCOMPARE(document.array().size(), kCalls + 2);
    QCOMPARE(document.array()
                 .first()
                 .toObject()
                 .value(QStringLiteral("from"))
                 .toObject()
                 .value(QStringLiteral("name")),
             QJsonValue(QStringLiteral("Zoë, \"東京\"")));
    QCOMPARE(QFileInfo(file).permissions() & 0x0FFF,
             QFileDevice::ReadUser | QFileDevice::WriteUser);

    // --format wins over the file name.
    const QString csvNamedJson = m_dir.filePath(QStringLiteral("really-csv.json"));
    QCOMPARE(runCalldock(args({QStringLiteral("--export"), csvNamedJson, QStringLiteral("--format"),
                               QStringLiteral("csv")}))
                 .exitCode,
             0);
    QFile csv(csvNamedJson);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("sessionId,"));
}

void TestExportCli::dateRange() {
    const QString since =
        QDateTime::fromMSecsSinceEpoch(HistoryFixture::kNewestStartMs - 9 * 60000, Qt::UTC)
            .toString(Qt::ISODate);
    const QString until =
        QDateTime::fromMSecsSinceEpoch(HistoryFixture::kNewestStartMs - 2 * 60000, Qt::UTC)
            .toString(Qt::ISODate);
    const Run run =
        runCalldock(args({QStringLiteral("--export"), QStringLiteral("-"),
                          QStringLiteral("--format"), QStringLiteral("json"),
                          QStringLiteral("--since"), since, QStringLiteral("--until"), until}));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray calls = QJsonDocument::fromJson(run.out).array();
    // Calls 9 down to 2, both ends included, oldest first.
    QCOMPARE(calls.size(), 8);
    QCOMPARE(calls.first().toObject().value(QStringLiteral("sessionId")).toString(),
             QStringLiteral("session-9"));
    QCOMPARE(calls.last().toObject().value(QStringLiteral("sessionId")).toString(),
             QStringLiteral("session-2"));
}

void TestExportCli::badDateIsRefused() {
    const Run run = runCalldock(args({QStringLiteral("--export"), QStringLiteral("-"),
                                      QStringLiteral("--since"), QStringLiteral("last week")}));
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("last week")), qPrintable(run.err));
}

void TestExportCli::missingDatabase_data() {
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected"); // the error, translated
    QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString()
                       << QStringLiteral("does not exist");
    // A translated run: loading the catalogues must not be reported on stderr.
    QTest::newRow("de_DE, LANGUAGE=de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de")
                                        << QStringLiteral("existiert nicht");
}

void TestExportCli::missingDatabase() {
    QFETCH(QString, lang);
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), lang);
    if (language.isEmpty()) {
        environment.remove(QStringLiteral("LANGUAGE"));
    } else {
        environment.insert(QStringLiteral("LANGUAGE"), language);
    }
    const QString empty = m_dir.filePath(QStringLiteral("never-used"));
    const Run run = runCalldock(
        {QStringLiteral("--data-dir"), empty, QStringLiteral("--export"), QStringLiteral("-")},
        environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    // Exactly one line: the error, nothing else.
    QVERIFY2(run.err.startsWith(QLatin1String("calldock: ")), qPrintable(run.err));
    QVERIFY2(run.err.endsWith(QLatin1Char('\n')), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("never-used")), qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(empty)); // an export creates nothing
}

void TestExportCli::unwritableFile() {
    const QString file = m_dir.filePath(QStringLiteral("no/such/folder/calls.csv"));
    const Run run = runCalldock(args({QStringLiteral("--export"), file}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("calls.csv")), qPrintable(run.err));
}

void TestExportCli::whileAnotherProcessWrites() {
    const DataDirectory directory(m_dataDir);
    // What a running CallDock holds: the instance lock, a writing CallStore, and here also an
    // open write transaction that the export must neither wait for nor see.
    QLockFile lock(directory.lockFile());
    QVERIFY(lock.tryLock(0));
    CallStore writer;
    QVERIFY(writer.open(directory.databaseFile()).ok);
    const int before = writer.callCount();
    {
        QSqlDatabase pending =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pending"));
        pending.setDatabaseName(directory.databaseFile());
        QVERIFY(pending.open());
        QSqlQuery query(pending);
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY2(query.exec(QStringLiteral(
                     "INSERT INTO calls (session_id, entity_id, logged_by, first_seen, "
                     "last_update) VALUES ('uncommitted', 'cd-uncommitted', 'auto', 1, 1)")),
                 qPrintable(query.lastError().text()));

        QProcess process;
        process.start(QStringLiteral(CALLDOCK_BINARY),
                      args({QStringLiteral("--export"), QStringLiteral("-"),
                            QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY(process.waitForStarted());
        // The transaction above holds the write lock, so the store's writes here would wait for
        // it; the export only reads and must finish anyway.
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QJsonArray calls = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
        QCOMPARE(calls.size(), before);
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        query.finish();
        pending.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pending"));

    // Now the writer keeps committing while the export runs.
    QProcess process;
    process.start(QStringLiteral(CALLDOCK_BINARY),
                  args({QStringLiteral("--export"), QStringLiteral("-")}));
    QVERIFY(process.waitForStarted());
    int written = 0;
    while (!process.waitForFinished(5)) {
        CallFacts facts = HistoryFixture::generatedCall(1000 + written);
        QVERIFY(writer.upsertCall(facts).ok);
        ++written;
        QVERIFY(written < 100000);
    }
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const int exported = csvRecords(process.readAllStandardOutput()) - 1;
    QVERIFY(exported >= before);
    QVERIFY(exported <= before + written);
    QCOMPARE(writer.callCount(), before + written);
    // Clean up for other tests: the lock goes with `lock`, the extra rows stay harmlessly after
    // every other test has run.
}

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
