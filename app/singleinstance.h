#pragma once

#include <QLockFile>
#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One CallDock per data directory. The first launch holds a QLockFile in the data directory and
// listens on a local socket; a later launch finds the lock taken, hands its arguments to the
// running instance (length-prefixed, acknowledged) and exits. A lock left by a crashed process
// is recognised by its dead PID and taken over.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    enum class Role { Primary, Secondary, Failed };

    SingleInstance(const QString &lockFilePath, const QString &serverName,
                   QObject *parent = nullptr);
    ~SingleInstance() override;

    // Primary: this process owns the data directory and listens for hand-overs.
    Role start(QString *error);

    // Secondary: hands `arguments` to the running instance and waits for its acknowledgement.
    bool handOver(const QStringList &arguments, int timeoutMs, QString *error);

signals:
    void argumentsReceived(const QStringList &arguments);

private:
    void acceptConnection();
    void readFrom(QLocalSocket *socket);

    QLockFile m_lock;
    QString m_serverName;
    QLocalServer *m_server = nullptr;
};
