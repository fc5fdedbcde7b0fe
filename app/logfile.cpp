#include "logfile.h"

#include "privatefiles.h"
#include "redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>

namespace LogFile {

namespace {

constexpr qint64 kRotateBytes = 2 * 1024 * 1024;

QMutex mutex;
QFile *file = nullptr;
QString filePath;
QtMessageHandler previousHandler = nullptr;

const char *levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void rotateIfNeeded() {
    if (file->size() < kRotateBytes) {
        return;
    }
    file->close();
    const QString previous = filePath + QStringLiteral(".1");
    QFile::remove(previous);
    QFile::rename(filePath, previous);
    file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    PrivateFiles::makeFilePrivate(filePath);
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString safe = Redaction::text(message);
    const QByteArray line =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + levelName(type)
        + ' ' + (context.category ? context.category : "default") + ": " + safe.toUtf8() + '\n';
    {
        QMutexLocker locker(&mutex);
        if (file && file->isOpen()) {
            rotateIfNeeded();
            if (file->write(line) < 0 || !file->flush()) {
                // A failed write (disk full) leaves the device in an error state: reopen so
                // logging resumes once there is space again. This line itself is lost.
                file->close();
                file->unsetError();
                file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
            }
        }
    }
    std::fputs(line.constData(), stderr);
    if (type == QtFatalMsg) {
        std::abort();
    }
}

} // namespace

void install(const QString &directory, bool verbose) {
    QLoggingCategory::setFilterRules(verbose ? QStringLiteral("calldock.*.debug=true")
                                             : QStringLiteral("calldock.*.debug=false"));
    if (!PrivateFiles::ensurePrivateDirectory(directory)) {
        return;
    }
    QMutexLocker locker(&mutex);
    filePath = QDir(directory).filePath(QStringLiteral("calldock.log"));
    file = new QFile(filePath);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        delete file;
        file = nullptr;
        return;
    }
    PrivateFiles::makeFilePrivate(filePath);
    previousHandler = qInstallMessageHandler(handler);
}

void uninstall() {
    QMutexLocker locker(&mutex);
    if (!file) {
        return;
    }
    qInstallMessageHandler(previousHandler);
    file->close();
    delete file;
    file = nullptr;
}

QString currentFile() {
    QMutexLocker locker(&mutex);
    return file ? filePath : QString();
}

} // namespace LogFile
