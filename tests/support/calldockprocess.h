#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

// The real calldock binary, run by a black-box test: offscreen, Chromium's sandbox off (tests
// run as root; the shipped app never does this), with its own data folder and widget URL.
class CalldockProcess final {
    Q_DISABLE_COPY_MOVE(CalldockProcess)

public:
    explicit CalldockProcess(const QString &binary);
    ~CalldockProcess(); // kills a process that is still running

    // CallDock's stderr (its log) is forwarded to the test's by default, to diagnose failures.
    void start(const QString &dataDir, const QUrl &widgetUrl,
               QProcess::ProcessChannelMode channels = QProcess::ForwardedErrorChannel);
    bool isRunning() const;
    qint64 pid() const;
    // Resident memory of the main process in KiB (VmRSS / VmHWM of /proc/<pid>/status); -1 when
    // the process is gone or /proc is not there.
    qint64 residentKiB() const { return statusKiB("VmRSS:"); }
    qint64 peakResidentKiB() const { return statusKiB("VmHWM:"); }
    // SIGTERM (CallDock's clean shutdown), then wait; false when it did not exit in time or
    // exited with a failure.
    bool stop(int timeoutMs = 20000);
    QProcess &process() { return m_process; }

private:
    qint64 statusKiB(const char *field) const;

    QString m_binary;
    QProcess m_process;
};
