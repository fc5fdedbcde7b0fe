#include "databaselock.h"

#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

namespace {

// Prints "locked" once the write lock is taken and "released" after the commit. The busy
// timeout covers a write CallDock may be committing at that moment.
const char kScript[] = R"(import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
db.execute('BEGIN IMMEDIATE')
print('locked', flush=True)
time.sleep(int(sys.argv[2]) / 1000.0)
db.execute('COMMIT')
print('released', flush=True)
)";

} // namespace

DatabaseLock::DatabaseLock(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DatabaseLock::onOutput);
    connect(&m_process, &QProcess::finished, this, [this] {
        onOutput();
        if (m_held) {
            // Exited without saying so (killed): the lock is gone all the same.
            m_held = false;
            m_releasedAfterMs = m_heldFor.elapsed();
            emit released();
        }
    });
}

DatabaseLock::~DatabaseLock() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DatabaseLock::interpreter() {
    return QStandardPaths::findExecutable(QStringLiteral("python3"));
}

bool DatabaseLock::hold(const QString &databasePath, int holdMs, int timeoutMs) {
    const QString python = interpreter();
    if (python.isEmpty()) {
        m_error = QStringLiteral("python3 not found");
        return false;
    }
    m_held = false;
    m_releasedAfterMs = -1;
    m_process.start(python, {QStringLiteral("-c"), QString::fromLatin1(kScript), databasePath,
                             QString::number(holdMs)});
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
        if (m_held) {
            loop.quit();
        }
    });
    connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!m_held) {
        loop.exec();
    }
    if (!m_held) {
        m_error = m_process.state() == QProcess::NotRunning
                      ? QStringLiteral("the lock holder exited: %1").arg(m_process.errorString())
                      : QStringLiteral("the lock holder did not take the lock in time");
    }
    return m_held;
}

void DatabaseLock::onOutput() {
    while (m_process.canReadLine()) {
        const QByteArray line = m_process.readLine().trimmed();
        if (line == "locked" && !m_held) {
            m_held = true;
            m_heldFor.start();
        } else if (line == "released" && m_held) {
            m_held = false;
            m_releasedAfterMs = m_heldFor.elapsed();
            emit released();
        }
    }
}
