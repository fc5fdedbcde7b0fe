// Storage faults with the real binary: a read-only data folder, a full disk, and the database
// locked by another process for longer than the busy timeout. In every case CallDock keeps
// running, answers the widget's requests with an error instead of a false acknowledgement,
// tells the user (an alert inside the widget), and never loses a call it acknowledged.
#include "calldockprocess.h"
#include "callstore.h"
#include "loggerrequests.h"
#include "tmpfsmount.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestStorageFaults final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readOnlyDataFolder();
    void readOnlyDatabase();
    void diskFull();
    void databaseLockedLongerThanBusyTimeout();

private:
    QString dataPath() const { return m_root->filePath(QStringLiteral("data")); }
    QString databasePath() const { return dataPath() + QStringLiteral("/calls.sqlite"); }
    bool startApp(int registrations = 1);
    bool alertShown() const { return !m_simulator->reports(QStringLiteral("alert")).isEmpty(); }
    // Sessions among `sessions` that are not in the database (read through a second, read-only
    // connection, as an export would).
    QStringList missing(const QSet<QString> &sessions);

    std::unique_ptr<QTemporaryDir> m_root;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<CalldockProcess> m_app;
};

void TestStorageFaults::init() {
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_root->path()).mkdir(QStringLiteral("data")));
    m_simulator = std::make_unique<Simulator>();
    QVERIFY(m_simulator->start());
    m_app = std::make_unique<CalldockProcess>(QStringLiteral(CALLDOCK_BINARY));
}

void TestStorageFaults::cleanup() {
    m_app.reset();
    m_simulator.reset();
    m_root.reset();
}

bool TestStorageFaults::startApp(int registrations) {
    m_app->start(dataPath(), m_simulator->appUrl());
    return QTest::qWaitFor(
        [&] {
            return m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service"))
                       .size()
                   >= registrations;
        },
        40000);
}

QStringList TestStorageFaults::missing(const QSet<QString> &sessions) {
    QStringList result;
    CallStore store;
    if (!store.open(databasePath(), CallStore::OpenMode::ReadOnly).ok) {
        return QStringList{QStringLiteral("(database cannot be opened)")};
    }
    for (const QString &session : sessions) {
        if (!store.call(session)) {
            result.append(session);
        }
    }
    return result;
}

void TestStorageFaults::readOnlyDataFolder() {
    // chmod does not stop root (CI): a tmpfs remounted read-only does.
    TmpfsMount mount(dataPath(), 16 * 1024 * 1024);
    if (!mount.isMounted()) {
        QSKIP(qPrintable(QStringLiteral("cannot mount a file system here: ") + mount.error()));
    }
    QVERIFY(mount.setReadOnly(true));
    // Without a writable data folder there is no lock file, so no single instance: CallDock
    // refuses to start, saying which folder, instead of running with nowhere to log calls.
    m_app->start(dataPath(), m_simulator->appUrl(), QProcess::MergedChannels);
    QVERIFY(m_app->process().waitForFinished(30000));
    const QString output = QString::fromLocal8Bit(m_app->process().readAll());
    QCOMPARE(m_app->process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_app->process().exitCode(), 1);
    QVERIFY2(output.contains(dataPath()), qPrintable(output));
    QVERIFY(
        m_simulator->received(QStringLiteral("rc-adapter-register-third-party-service")).isEmpty());
}

void TestStorageFaults::readOnlyDatabase() {
    // The database file read-only while the folder stays writable: a read-only bind mount where
    // mounting is allowed (root, CI); otherwise a database path that cannot be created at all
    // (calls.sqlite is a folder; chmod does not stop root).
    TmpfsMount mount(dataPath(), 64 * 1024 * 1024);
    LoggerRequests before(*m_simulator, QStringLiteral("ro-before"));
    if (mount.isMounted()) {
        // A first run logs calls normally; the file turns read-only between two runs.
        QVERIFY(startApp());
        before.burst(before.make(0, 10));
        QTRY_COMPARE_WITH_TIMEOUT(before.acknowledged().size(), 10, 20000);
        QVERIFY(m_app->stop());
        QVERIFY2(mount.bindFileReadOnly(databasePath()), qPrintable(mount.error()));
        qInfo("read-only database: calls.sqlite bind-mounted read-only");
    } else {
        qInfo("read-only database: mount refused (%s); calls.sqlite is a folder instead",
              qPrintable(mount.error()));
        QVERIFY(QDir(dataPath()).mkdir(QStringLiteral("calls.sqlite")));
    }

    m_simulator->clearReports();
    QVERIFY(startApp()); // the reports of the first run are cleared
    LoggerRequests during(*m_simulator, QStringLiteral("ro-during"));
    during.burst(during.make(0, 10));
    QTRY_COMPARE_WITH_TIMEOUT(during.answered(), 10, 30000);
    QVERIFY2(during.acknowledged().isEmpty(), "a call was acknowledged but cannot be stored");
    qInfo() << "refused with:" << during.anyError();
    QVERIFY(!during.anyError().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(alertShown(), 20000);
    QVERIFY(m_app->isRunning());
    QVERIFY(m_app->stop());

    if (mount.isMounted()) {
        QVERIFY(mount.unbindFile());
        QCOMPARE(missing(before.acknowledged()), QStringList());
    }
}

void TestStorageFaults::diskFull() {
    TmpfsMount mount(dataPath(), 48 * 1024 * 1024);
    if (!mount.isMounted()) {
        QSKIP(
            qPrintable(QStringLiteral("cannot mount a small file system here: ") + mount.error()));
    }
    QVERIFY(startApp());
    LoggerRequests calls(*m_simulator, QStringLiteral("full"));
    calls.burst(calls.make(0, 20));
    QTRY_COMPARE_WITH_TIMEOUT(calls.acknowledged().size(), 20, 20000);

    // Fill what is left of the file system, to the last byte.
    QFile filler(dataPath() + QStringLiteral("/filler"));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    for (qsizetype block = 1024 * 1024; block > 0; block /= 4) {
        const QByteArray bytes(block, 'x');
        while (filler.write(bytes) == block) {
        }
    }
    filler.close();
    qInfo() << "disk full: filler of" << filler.size() / 1024 << "KiB";

    const auto fileKiB = [this](const QString &name) {
        return QFileInfo(dataPath() + QLatin1Char('/') + name).size() / 1024;
    };
    calls.burst(calls.make(20, 2000), 100, 20);
    QTRY_COMPARE_WITH_TIMEOUT(calls.answered(), 2020, 90000);
    qInfo() << "while full:" << calls.acknowledged().size() - 20 << "acknowledged,"
            << calls.refused().size() << "refused:" << calls.anyError() << "; calls.sqlite"
            << fileKiB(QStringLiteral("calls.sqlite")) << "KiB, -wal"
            << fileKiB(QStringLiteral("calls.sqlite-wal")) << "KiB";
    QVERIFY(m_app->isRunning());
    // What the widget saw acknowledged is stored, full disk or not.
    QCOMPARE(missing(calls.acknowledged()), QStringList());
    // SQLite may fit some commits into pages it already owns; what the disk refused must have
    // been refused to the widget too, and the user told.
    QVERIFY2(!calls.refused().isEmpty(), "the full disk never reached the database");
    QTRY_VERIFY_WITH_TIMEOUT(alertShown(), 20000);

    // Space again: the retry queue writes what was refused, once.
    QVERIFY(filler.remove());
    const QSet<QString> refused = calls.refused();
    QTRY_VERIFY_WITH_TIMEOUT(missing(refused).isEmpty(), 90000);
    QVERIFY(m_app->stop());
    QCOMPARE(missing(calls.acknowledged() + refused), QStringList());
    CallStore store;
    QVERIFY(store.open(databasePath(), CallStore::OpenMode::ReadOnly).ok);
    QCOMPARE(store.callCount(), 2020);
}

void TestStorageFaults::databaseLockedLongerThanBusyTimeout() {
    QVERIFY(startApp());
    LoggerRequests calls(*m_simulator, QStringLiteral("locked"));
    calls.burst(calls.make(0, 5));
    QTRY_COMPARE_WITH_TIMEOUT(calls.acknowledged().size(), 5, 20000);

    // Another program holds the write lock for longer than CallDock's 5 s busy timeout.
    const QString connection = QStringLiteral("locker");
    {
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        locker.setDatabaseName(databasePath());
        QVERIFY(locker.open());
        QSqlQuery query(locker);
        QVERIFY(query.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QElapsedTimer held;
        held.start();
        calls.burst(calls.make(5, 20));
        QTRY_VERIFY_WITH_TIMEOUT(calls.answered() == 25, 30000);
        qInfo() << "lock held" << held.elapsed() << "ms;" << calls.refused().size()
                << "refused:" << calls.anyError();
        QVERIFY(m_app->isRunning());
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        locker.close();
    }
    QSqlDatabase::removeDatabase(connection);

    QCOMPARE(calls.acknowledged().size() + calls.refused().size(), 25);
    QVERIFY2(!calls.refused().isEmpty(), "the lock never reached CallDock");
    QTRY_VERIFY_WITH_TIMEOUT(alertShown(), 20000);
    // No request waited past the widget's 15 s logger timeout.
    QVERIFY(m_simulator->reports(QStringLiteral("timeout")).isEmpty());
    // Released: the retry queue writes the refused calls, each once.
    QTRY_VERIFY_WITH_TIMEOUT(missing(calls.refused()).isEmpty(), 60000);
    QCOMPARE(missing(calls.acknowledged()), QStringList());
    QVERIFY(m_app->stop());
    CallStore store;
    QVERIFY(store.open(databasePath(), CallStore::OpenMode::ReadOnly).ok);
    QCOMPARE(store.callCount(), 25);
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
