#include "singleinstance.h"

#include "instancemessage.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <memory>

Q_LOGGING_CATEGORY(lcInstance, "calldock.app.instance")

namespace {

// A client that does not finish its message in this time is dropped.
constexpr int kClientTimeoutMs = 5000;

} // namespace

SingleInstance::SingleInstance(const QString &lockFilePath, const QString &serverName,
                               QObject *parent)
    : QObject(parent)
    , m_lock(lockFilePath)
    , m_serverName(serverName) {
    // 0: never stale by age (CallDock runs for weeks); a dead owner is still detected by PID.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() {
    if (m_server) {
        m_server->close();
    }
}

SingleInstance::Role SingleInstance::start(QString *error) {
    if (!m_lock.tryLock(100)) {
        switch (m_lock.error()) {
        case QLockFile::LockFailedError:
            return Role::Secondary;
        case QLockFile::PermissionError:
            *error = tr("CallDock cannot write its lock file %1 (permission denied).")
                         .arg(m_lock.fileName());
            return Role::Failed;
        default:
            *error = tr("CallDock cannot create its lock file %1.").arg(m_lock.fileName());
            return Role::Failed;
        }
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We own the lock, so a socket file left behind is from a crashed instance.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        // Still the primary: the data directory is ours, only hand-over will not work.
        qCWarning(lcInstance) << "cannot listen for other launches:" << m_server->errorString();
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnection);
    return Role::Primary;
}

void SingleInstance::acceptConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        auto reader = std::make_shared<InstanceMessage::Reader>();
        auto *deadline = new QTimer(socket);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, socket, &QLocalSocket::abort);
        deadline->start(kClientTimeoutMs);
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, reader] {
            switch (reader->feed(socket->readAll())) {
            case InstanceMessage::Reader::Status::NeedMore:
                return;
            case InstanceMessage::Reader::Status::Invalid:
                qCWarning(lcInstance) << "dropped an oversized hand-over message";
                socket->abort();
                return;
            case InstanceMessage::Reader::Status::Complete:
                break;
            }
            const std::optional<QStringList> arguments =
                InstanceMessage::decodeArguments(reader->frame());
            if (!arguments) {
                qCWarning(lcInstance) << "dropped a malformed hand-over message";
                socket->abort();
                return;
            }
            socket->write(InstanceMessage::encodeAcknowledgement());
            socket->flush();
            socket->disconnectFromServer();
            emit argumentsReceived(*arguments);
        });
    }
}

bool SingleInstance::handOver(const QStringList &arguments, int timeoutMs, QString *error) {
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    // The running instance may still be starting up and not listen yet: keep trying.
    while (true) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
            break;
        }
        if (deadline.hasExpired()) {
            *error = tr("CallDock is already running for this data folder but does not answer.");
            return false;
        }
        QThread::msleep(100);
    }
    socket.write(InstanceMessage::encodeArguments(arguments));
    if (!socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
        *error = tr("Could not hand the request to the running CallDock.");
        return false;
    }
    InstanceMessage::Reader reader;
    while (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
        const auto status = reader.feed(socket.readAll());
        if (status == InstanceMessage::Reader::Status::Complete) {
            if (InstanceMessage::decodeAcknowledgement(reader.frame())) {
                return true;
            }
            break;
        }
        if (status == InstanceMessage::Reader::Status::Invalid) {
            break;
        }
    }
    *error = tr("The running CallDock did not confirm the request.");
    return false;
}
