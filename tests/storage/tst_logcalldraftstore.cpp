// DraftStore on real files: round trip, private permissions, atomic replacement, untrusted
// session ids and files it did not write.

#include "draftstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

Draft sampleDraft(const QString &sessionId, qint64 savedAtMs = 1709649000000) {
    Draft draft;
    draft.sessionId = sessionId;
    draft.subject = QStringLiteral("Inbound call from Ada Lovelace");
    draft.note = QStringLiteral("Line one\nLine two — ünïcödé ✓\t\"quoted\"");
    draft.savedAtMs = savedAtMs;
    draft.hasRecording = true;
    draft.alreadyLogged = true;
    CallRecord &call = draft.call;
    call.sessionId = sessionId;
    call.entityId = QStringLiteral("cd-42");
    call.telephonySessionId = QStringLiteral("t-9");
    call.callLogId = QStringLiteral("log-9");
    call.direction = CallDirection::Inbound;
    call.fromNumber = QStringLiteral("+1 650 555 0142");
    call.fromName = QStringLiteral("Ada Lovelace");
    call.toNumber = QStringLiteral("+1 650 555 0100");
    call.toName = QStringLiteral("Me");
    call.startTimeMs = 1709649000000;
    call.durationSeconds = 125;
    call.result = QStringLiteral("Accepted");
    call.action = QStringLiteral("VoIP Call");
    call.subject = QStringLiteral("stored subject");
    call.note = QStringLiteral("stored note");
    call.loggedBy = LoggedBy::CatchUp;
    call.isFinal = true;
    return draft;
}

constexpr QFileDevice::Permissions kOwnerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerAll =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOthersAny = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                | QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

class TestLogCallDraftStore final : public QObject {
    Q_OBJECT

private slots:
    void roundTrip();
    void privateFiles();
    void replaceIsAtomic();
    void hostileSessionIds_data();
    void hostileSessionIds();
    void emptyIdRefused();
    void remove();
    void skipsForeignAndDamagedFiles();
    void allOldestFirst();
    void unwritableFolder();
};

void TestLogCallDraftStore::roundTrip() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.all().isEmpty()); // no folder yet is not an error
    const Draft written = sampleDraft(QStringLiteral("s-1"));
    QString error;
    QVERIFY2(store.save(written, &error), qPrintable(error));

    const std::optional<Draft> read = store.load(QStringLiteral("s-1"));
    QVERIFY(read);
    QCOMPARE(read->sessionId, written.sessionId);
    QCOMPARE(read->subject, written.subject);
    QCOMPARE(read->note, written.note);
    QCOMPARE(read->savedAtMs, written.savedAtMs);
    QCOMPARE(read->hasRecording, true);
    QCOMPARE(read->alreadyLogged, true);
    const CallRecord &a = read->call;
    const CallRecord &b = written.call;
    QCOMPARE(a.sessionId, b.sessionId);
    QCOMPARE(a.entityId, b.entityId);
    QCOMPARE(a.telephonySessionId, b.telephonySessionId);
    QCOMPARE(a.callLogId, b.callLogId);
    QCOMPARE(a.direction, b.direction);
    QCOMPARE(a.fromNumber, b.fromNumber);
    QCOMPARE(a.fromName, b.fromName);
    QCOMPARE(a.toNumber, b.toNumber);
    QCOMPARE(a.toName, b.toName);
    QCOMPARE(a.startTimeMs, b.startTimeMs);
    QCOMPARE(a.durationSeconds, b.durationSeconds);
    QCOMPARE(a.result, b.result);
    QCOMPARE(a.action, b.action);
    QCOMPARE(a.subject, b.subject);
    QCOMPARE(a.note, b.note);
    QCOMPARE(a.loggedBy, b.loggedBy);
    QCOMPARE(a.isFinal, b.isFinal);

    // Unknown optional facts stay unknown (not 0).
    Draft sparse;
    sparse.sessionId = QStringLiteral("s-2");
    QVERIFY(store.save(sparse));
    const std::optional<Draft> sparseRead = store.load(QStringLiteral("s-2"));
    QVERIFY(sparseRead);
    QVERIFY(!sparseRead->call.startTimeMs.has_value());
    QVERIFY(!sparseRead->call.durationSeconds.has_value());
    QCOMPARE(sparseRead->call.direction, CallDirection::Unknown);
    QCOMPARE(sparseRead->call.sessionId, QStringLiteral("s-2"));
    QCOMPARE(store.all().size(), 2);
    QVERIFY(!store.load(QStringLiteral("s-3")));
}

void TestLogCallDraftStore::privateFiles() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(folder);
    QVERIFY(store.save(sampleDraft(QStringLiteral("s-1"))));
    const QFileDevice::Permissions filePermissions =
        QFile::permissions(store.filePath(QStringLiteral("s-1")));
    QCOMPARE(filePermissions & kOthersAny, QFileDevice::Permissions());
    QCOMPARE(filePermissions & kOwnerReadWrite, kOwnerReadWrite);
    const QFileDevice::Permissions folderPermissions = QFile::permissions(folder);
    QCOMPARE(folderPermissions & kOthersAny, QFileDevice::Permissions());
    QCOMPARE(folderPermissions & kOwnerAll, kOwnerAll);
}

void TestLogCallDraftStore::replaceIsAtomic() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(folder);
    Draft draft = sampleDraft(QStringLiteral("s-1"));
    draft.note = QString(10000, QLatin1Char('x'));
    QVERIFY(store.save(draft));
    const QString path = store.filePath(QStringLiteral("s-1"));
    // Someone (an older CallDock, a backup tool) loosened the file: a rewrite makes it private.
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
    const qint64 sizeBefore = QFileInfo(path).size();

    draft.note = QStringLiteral("short");
    QVERIFY(store.save(draft));
    QCOMPARE(store.load(QStringLiteral("s-1"))->note, QStringLiteral("short"));
    // A new file took the old one's place (rename), and no temporary file is left behind.
    const QStringList entries =
        QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    QCOMPARE(entries, QStringList{QFileInfo(path).fileName()});
    QVERIFY(QFileInfo(path).size() < sizeBefore);
    QCOMPARE(QFile::permissions(path) & kOthersAny, QFileDevice::Permissions());
}

void TestLogCallDraftStore::hostileSessionIds_data() {
    QTest::addColumn<QString>("sessionId");
    QTest::newRow("parent dirs") << QStringLiteral("../../x");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("windows") << QStringLiteral("C:\\Windows\\x");
    QTest::newRow("dot dot") << QStringLiteral("..");
    QTest::newRow("5000 chars") << QString(5000, QLatin1Char('a'));
    QTest::newRow("nul and newline") << QString::fromUtf8("a\0b\nc", 5);
    QTest::newRow("unicode") << QStringLiteral("☎️ call/⁄∕ ");
    QTest::newRow("json-like") << QStringLiteral("{\"version\":1}");
}

void TestLogCallDraftStore::hostileSessionIds() {
    QFETCH(QString, sessionId);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(folder);
    QString error;
    QVERIFY2(store.save(sampleDraft(sessionId), &error), qPrintable(error));

    const QFileInfo file(store.filePath(sessionId));
    QCOMPARE(file.absolutePath(), QFileInfo(folder).absoluteFilePath());
    QVERIFY(file.fileName().length() <= 80);
    QVERIFY(file.exists());
    // Nothing landed anywhere else.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("drafts")});
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(),
             1);

    const QList<Draft> all = store.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).sessionId, sessionId);
    QCOMPARE(all.at(0).call.sessionId, sessionId);
    QVERIFY(store.remove(sessionId));
    QVERIFY(store.all().isEmpty());
}

void TestLogCallDraftStore::emptyIdRefused() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QString error;
    QVERIFY(!store.save(sampleDraft(QString()), &error));
    QVERIFY(!error.isEmpty());
}

void TestLogCallDraftStore::remove() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.remove(QStringLiteral("never-saved")));
    QVERIFY(store.save(sampleDraft(QStringLiteral("s-1"))));
    QVERIFY(store.save(sampleDraft(QStringLiteral("s-2"))));
    QVERIFY(store.remove(QStringLiteral("s-1")));
    QVERIFY(!store.load(QStringLiteral("s-1")));
    QVERIFY(store.load(QStringLiteral("s-2")));
}

void TestLogCallDraftStore::skipsForeignAndDamagedFiles() {
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("drafts"));
    DraftStore store(folder);
    QVERIFY(store.save(sampleDraft(QStringLiteral("good"))));
    QVERIFY(store.save(sampleDraft(QStringLiteral("victim"))));

    const auto writeFile = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    // A draft copied under another call's name must not open a window for the wrong call.
    QFile victim(store.filePath(QStringLiteral("victim")));
    QVERIFY(victim.open(QIODevice::ReadOnly));
    const QByteArray victimBytes = victim.readAll();
    victim.close();
    QVERIFY(store.remove(QStringLiteral("victim")));
    writeFile(QFileInfo(store.filePath(QStringLiteral("other"))).fileName(), victimBytes);
    writeFile(QStringLiteral("garbage.draft.json"), "{not json");
    writeFile(QStringLiteral("array.draft.json"), "[1,2,3]");
    writeFile(QFileInfo(store.filePath(QStringLiteral("future"))).fileName(),
              R"({"version":99,"sessionId":"future"})");
    writeFile(QStringLiteral("notes.txt"), "not a draft");

    const QList<Draft> all = store.all();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0).sessionId, QStringLiteral("good"));
    QVERIFY(!store.load(QStringLiteral("other")));
    QVERIFY(!store.load(QStringLiteral("future")));
}

void TestLogCallDraftStore::allOldestFirst() {
    QTemporaryDir dir;
    DraftStore store(dir.filePath(QStringLiteral("drafts")));
    QVERIFY(store.save(sampleDraft(QStringLiteral("b"), 3000)));
    QVERIFY(store.save(sampleDraft(QStringLiteral("a"), 1000)));
    QVERIFY(store.save(sampleDraft(QStringLiteral("c"), 2000)));
    QStringList order;
    for (const Draft &draft : store.all()) {
        order.append(draft.sessionId);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
}

void TestLogCallDraftStore::unwritableFolder() {
    QTemporaryDir dir;
    // A file where the folder should be: saving fails with a reason instead of crashing.
    const QString blocker = dir.filePath(QStringLiteral("drafts"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    DraftStore store(blocker);
    QString error;
    QVERIFY(!store.save(sampleDraft(QStringLiteral("s-1")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(store.all().isEmpty());
}

QTEST_GUILESS_MAIN(TestLogCallDraftStore)
#include "tst_logcalldraftstore.moc"
