// The call database as a file: migrations, damaged files, permissions, unwritable locations,
// tokens on disk and a second connection reading while the first writes.

#include "callstore.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

const QString kToken = QStringLiteral("SECRETtoken0123456789abcdef");

CallFacts finalCall(const QString &sessionId) {
    CallFacts facts;
    facts.sessionId = sessionId;
    facts.callLogId = QStringLiteral("log-") + sessionId;
    facts.direction = CallDirection::Outbound;
    facts.fromNumber = QStringLiteral("+15550000001");
    facts.toNumber = QStringLiteral("+15550000002");
    facts.startTimeMs = 1700000000000;
    facts.durationSeconds = 42;
    facts.result = QStringLiteral("Call connected");
    facts.action = QStringLiteral("VoIP Call");
    facts.isFinal = true;
    return facts;
}

// Runs raw SQL on a separate, plain connection (the way an old CallDock or a user's sqlite3
// shell would have written the file).
bool rawSql(const QString &path, const QStringList &statements, QString *error) {
    const QString name = QStringLiteral("raw-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                *error = sql + QStringLiteral(": ") + query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool ownerOnly(const QString &path) {
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                            | QFileDevice::ReadOther | QFileDevice::WriteOther
                                            | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner)
           && (permissions & QFileDevice::WriteOwner);
}

} // namespace

class TestStoreFile : public QObject {
    Q_OBJECT

private slots:
    void init();

    void newFileIsCurrentVersion();
    void migratesFromVersion1();
    void refusesNewerVersion();
    void garbageFileIsMovedAside();
    void damagedPagesAreMovedAside();
    void readOnlyDirectoryGivesError();
    void folderInsteadOfFileGivesError();
    void filesArePrivate();
    void tokenNeverReachesDisk();
    void concurrentReaderWhileWriting();
    void readOnlyModeRefusesWrites();

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("calls.sqlite")); }
};

void TestStoreFile::init() {
    QVERIFY(m_dir.isValid());
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
        QFile::remove(m_dir.filePath(name));
    }
    // A connection removed while queries still use it is a real bug in close().
    QTest::failOnWarning(QRegularExpression(QStringLiteral("still in use")));
}

void TestStoreFile::newFileIsCurrentVersion() {
    {
        CallStore store;
        const CallStore::OpenResult opened = store.open(path());
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QCOMPARE(opened.migratedFromVersion, 0);
        QVERIFY(store.upsertCall(finalCall(QStringLiteral("a"))).ok);
    }
    CallStore again;
    const CallStore::OpenResult reopened = again.open(path());
    QVERIFY(reopened.ok);
    QCOMPARE(reopened.migratedFromVersion, Schema::currentVersion);
    QCOMPARE(again.callCount(), 1);
    QString error;
    // Written by hand: the exact bytes an existing file would contain.
    QVERIFY(rawSql(path(), {QStringLiteral("SELECT 1")}, &error));
}

void TestStoreFile::migratesFromVersion1() {
    // Version 1 exactly as the first release created it (no size/progress columns).
    QString error;
    QVERIFY2(
        rawSql(path(),
               {QStringLiteral(
                    "CREATE TABLE calls (id INTEGER PRIMARY KEY, session_id TEXT NOT NULL UNIQUE, "
                    "entity_id TEXT NOT NULL UNIQUE, telephony_session_id TEXT, call_log_id TEXT, "
                    "direction TEXT CHECK (direction IN ('Inbound', 'Outbound')), from_number "
                    "TEXT, from_name TEXT, to_number TEXT, to_name TEXT, start_time INTEGER, "
                    "duration INTEGER, result TEXT, action TEXT, subject TEXT NOT NULL DEFAULT '', "
                    "note TEXT NOT NULL DEFAULT '', logged_by TEXT NOT NULL CHECK (logged_by IN "
                    "('auto', 'manual', 'catch-up')), first_seen INTEGER NOT NULL, last_update "
                    "INTEGER NOT NULL, final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)))"),
                QStringLiteral("CREATE INDEX calls_start_time ON calls (start_time)"),
                QStringLiteral(
                    "CREATE TABLE recordings (id INTEGER PRIMARY KEY, recording_id TEXT NOT NULL "
                    "UNIQUE, call_id INTEGER NOT NULL REFERENCES calls (id) ON DELETE CASCADE, "
                    "content_url TEXT, link TEXT, type TEXT, local_file TEXT NOT NULL DEFAULT '', "
                    "state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', "
                    "'downloading', 'done', 'expired', 'failed')), attempts INTEGER NOT NULL "
                    "DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
                    "updated_at INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX recordings_call ON recordings (call_id)"),
                QStringLiteral("CREATE INDEX recordings_state ON recordings (state)"),
                QStringLiteral("INSERT INTO calls (session_id, entity_id, from_number, note, "
                               "logged_by, first_seen, last_update, final) VALUES ('old-1', "
                               "'cd-old', '+1555', 'old note', 'manual', 1, 2, 1)"),
                QStringLiteral("INSERT INTO recordings (recording_id, call_id, state, "
                               "local_file, created_at, updated_at) VALUES ('r-old', 1, "
                               "'done', '/x.mp3', 1, 2)"),
                QStringLiteral("PRAGMA user_version = 1")},
               &error),
        qPrintable(error));

    CallStore store;
    const CallStore::OpenResult opened = store.open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QCOMPARE(opened.migratedFromVersion, 1);
    const std::optional<CallRecord> old = store.call(QStringLiteral("old-1"));
    QVERIFY(old);
    QCOMPARE(old->entityId, QStringLiteral("cd-old"));
    QCOMPARE(old->note, QStringLiteral("old note"));
    QCOMPARE(old->loggedBy, LoggedBy::Manual);
    std::optional<RecordingRecord> recording = store.recording(QStringLiteral("r-old"));
    QVERIFY(recording);
    QCOMPARE(recording->state, RecordingState::Done);
    QCOMPARE(recording->sizeBytes, 0);
    // The new columns work.
    QVERIFY(store.setRecordingProgress(QStringLiteral("r-old"), 10, 20).ok);
    recording = store.recording(QStringLiteral("r-old"));
    QCOMPARE(recording->receivedBytes, 10);
    QCOMPARE(recording->sizeBytes, 20);
    QVERIFY(store.match({QStringLiteral("old-1")}).matches.contains(QStringLiteral("old-1")));
    // Version 3: the outbox starts empty (old rows are no new changes) and records new ones.
    QCOMPARE(store.outboxSize(), 0);
    QVERIFY(store.setNote(QStringLiteral("old-1"), QString(), QStringLiteral("new note")).ok);
    QCOMPARE(store.outboxSize(), 1);
    store.close();

    CallStore reopened;
    QCOMPARE(reopened.open(path()).migratedFromVersion, Schema::currentVersion);
}

void TestStoreFile::refusesNewerVersion() {
    QString error;
    QVERIFY(rawSql(path(), {QStringLiteral("PRAGMA user_version = 99")}, &error));
    CallStore store;
    const CallStore::OpenResult opened = store.open(path());
    QVERIFY(!opened.ok);
    QVERIFY(opened.error.contains(QLatin1String("newer")));
    QVERIFY(opened.movedAsidePath.isEmpty()); // not damaged: never moved aside
    QVERIFY(QFileInfo::exists(path()));
    QVERIFY(!store.isOpen());
}

void TestStoreFile::garbageFileIsMovedAside() {
    QByteArray garbage;
    for (int i = 0; i < 8192; ++i) {
        garbage.append(char((i * 7919) & 0xff));
    }
    for (const QString &file : {path(), path() + QStringLiteral("-wal")}) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(garbage);
    }

    CallStore store;
    const CallStore::OpenResult opened = store.open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QVERIFY(QFileInfo(opened.movedAsidePath)
                .fileName()
                .startsWith(QStringLiteral("calls.sqlite.corrupt-")));
    QCOMPARE(readAll(opened.movedAsidePath), garbage);
    QCOMPARE(readAll(opened.movedAsidePath + QStringLiteral("-wal")), garbage);
    QCOMPARE(opened.migratedFromVersion, 0);

    QVERIFY(store.upsertCall(finalCall(QStringLiteral("fresh"))).ok);
    QCOMPARE(store.callCount(), 1);
}

void TestStoreFile::damagedPagesAreMovedAside() {
    {
        CallStore store;
        QVERIFY(store.open(path()).ok);
        QList<CallFacts> calls;
        for (int i = 0; i < 2000; ++i) {
            calls << finalCall(QStringLiteral("s-%1").arg(i));
        }
        QVERIFY(store.upsertCalls(calls, LoggedBy::Auto).ok);
    }
    // Keep the header (page 1) intact, wreck the b-tree pages behind it.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 16 * 4096);
    QVERIFY(file.seek(4096));
    file.write(QByteArray(8 * 4096, '\xA5'));
    file.close();

    CallStore store;
    const CallStore::OpenResult opened = store.open(path());
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QCOMPARE(store.callCount(), 0);
}

void TestStoreFile::readOnlyDirectoryGivesError() {
    // /proc refuses new files even to root, who ignores a folder's permission bits.
    {
        CallStore store;
        const CallStore::OpenResult opened = store.open(QStringLiteral("/proc/calldock.sqlite"));
        QVERIFY(!opened.ok);
        QVERIFY(!opened.error.isEmpty());
        QVERIFY(!store.upsertCall(finalCall(QStringLiteral("x"))).ok);
    }
    if (::geteuid() != 0) {
        const QString folder = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        CallStore store;
        const CallStore::OpenResult opened = store.open(folder + QStringLiteral("/c.sqlite"));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                          | QFileDevice::ExeOwner);
        QVERIFY(!opened.ok);
        QVERIFY(opened.error.contains(QLatin1String("read-only")));
    }
}

void TestStoreFile::folderInsteadOfFileGivesError() {
    QVERIFY(QDir().mkpath(path()));
    CallStore store;
    const CallStore::OpenResult opened = store.open(path());
    QVERIFY(!opened.ok);
    QVERIFY(!opened.error.isEmpty());
    QVERIFY(opened.movedAsidePath.isEmpty());
    QVERIFY(QDir().rmdir(path()));
}

void TestStoreFile::filesArePrivate() {
    CallStore store;
    QVERIFY(store.open(path()).ok);
    QVERIFY(store.upsertCall(finalCall(QStringLiteral("p"))).ok);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(path() + suffix), qPrintable(suffix));
        QVERIFY2(ownerOnly(path() + suffix), qPrintable(suffix));
    }
    store.close();
    // An existing file made readable by others is tightened again on open.
    QFile::setPermissions(path(), QFileInfo(path()).permissions() | QFileDevice::ReadOther);
    QVERIFY(!ownerOnly(path()));
    QVERIFY(store.open(path()).ok);
    QVERIFY(ownerOnly(path()));
}

void TestStoreFile::tokenNeverReachesDisk() {
    CallStore store;
    QVERIFY(store.open(path()).ok);
    CallFacts facts = finalCall(QStringLiteral("rec-call"));
    RecordingFacts recording;
    recording.id = QStringLiteral("r-1");
    recording.contentUri = QUrl(QStringLiteral("https://media.example.invalid/recording/r-1/"
                                               "content?access_token=")
                                + kToken);
    recording.link =
        QUrl(QStringLiteral("https://apps.example.invalid/?id=1&access_token=") + kToken);
    facts.recording = recording;
    QVERIFY(store.upsertCall(facts).ok);
    const std::optional<RecordingRecord> stored = store.recording(QStringLiteral("r-1"));
    QVERIFY(stored);
    QCOMPARE(stored->contentUrl.toString(),
             QStringLiteral("https://media.example.invalid/recording/r-1/content"));
    QCOMPARE(stored->link.toString(), QStringLiteral("https://apps.example.invalid/?id=1"));

    const QByteArray token = kToken.toUtf8();
    QByteArray onDisk = readAll(path()) + readAll(path() + QStringLiteral("-wal"));
    QVERIFY(onDisk.contains("media.example.invalid")); // the check can see stored text at all
    QVERIFY(!onDisk.contains(token));
    store.close();
    onDisk = readAll(path()) + readAll(path() + QStringLiteral("-wal"));
    QVERIFY(onDisk.contains("media.example.invalid"));
    QVERIFY(!onDisk.contains(token));
}

void TestStoreFile::concurrentReaderWhileWriting() {
    CallStore writer;
    QVERIFY(writer.open(path()).ok);
    QVERIFY(writer.upsertCall(finalCall(QStringLiteral("first"))).ok);
    CallStore reader;
    const CallStore::OpenResult opened = reader.open(path(), CallStore::OpenMode::ReadOnly);
    QVERIFY2(opened.ok, qPrintable(opened.error));
    QVERIFY(reader.call(QStringLiteral("first")));

    // Interleave: each write is visible to the reader right after it commits, and the reader
    // never blocks the writer (a reader holding a lock would make upsertCalls time out).
    for (int round = 0; round < 20; ++round) {
        QList<CallFacts> calls;
        for (int i = 0; i < 50; ++i) {
            calls << finalCall(QStringLiteral("w-%1-%2").arg(round).arg(i));
        }
        QVERIFY(writer.upsertCalls(calls, LoggedBy::Auto).ok);
        QCOMPARE(reader.callCount(), 1 + (round + 1) * 50);
        QVERIFY(reader.match({QStringLiteral("w-%1-7").arg(round)}).matches.size() == 1);
    }
    QVERIFY(!reader.upsertCall(finalCall(QStringLiteral("from-reader"))).ok);
    QVERIFY(!writer.call(QStringLiteral("from-reader")));
}

void TestStoreFile::readOnlyModeRefusesWrites() {
    CallStore reader;
    QVERIFY(!reader.open(path(), CallStore::OpenMode::ReadOnly).ok); // no file yet
    QVERIFY(!QFileInfo::exists(path()));                             // and none created
}

QTEST_GUILESS_MAIN(TestStoreFile)
#include "tst_store_file.moc"
