#include "calldockprocess.h"

#include <QFile>

CalldockProcess::CalldockProcess(const QString &binary)
    : m_binary(binary) {}

CalldockProcess::~CalldockProcess() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void CalldockProcess::start(const QString &dataDir, const QUrl &widgetUrl,
                            QProcess::ProcessChannelMode channels) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(channels);
    m_process.start(m_binary,
                    {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--widget-url"),
                     widgetUrl.toString(), QStringLiteral("--minimized")});
    m_process.waitForStarted(10000);
}

bool CalldockProcess::isRunning() const {
    return m_process.state() == QProcess::Running;
}

qint64 CalldockProcess::pid() const {
    return m_process.processId();
}

bool CalldockProcess::stop(int timeoutMs) {
    if (m_process.state() == QProcess::NotRunning) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(timeoutMs)) {
        return false;
    }
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

qint64 CalldockProcess::statusKiB(const char *field) const {
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (pid() <= 0 || !status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray key(field);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            // "VmRSS:	  123456 kB"
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
        }
    }
    return -1;
}
