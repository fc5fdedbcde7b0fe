#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

// A small real HTTP/1.1 server for tests (the simulator, recording downloads). Each request is
// answered once and the connection closed, which keeps the server simple and Chromium happy.
// Handlers may answer later (long polls, slow servers) through the HttpExchange they get.
class HttpExchange final : public QObject {
    Q_OBJECT

public:
    HttpExchange(QTcpSocket *socket, QObject *parent);

    QByteArray method;
    QString path;
    QUrl url;                             // path + query, relative
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;

    bool isOpen() const;
    void respond(int status, const QByteArray &contentType, const QByteArray &body,
                 const QMap<QByteArray, QByteArray> &extraHeaders = {});
    // Raw access for fault injection (wrong lengths, truncated bodies, dropped connections).
    void writeRaw(const QByteArray &bytes);
    void close();

signals:
    void closed();

private:
    QPointer<QTcpSocket> m_socket;
};

class TestHttpServer final : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<void(HttpExchange *exchange)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    // http://127.0.0.1:<port><path>
    QUrl url(const QString &path) const;
    // The same server reached under another host name (another origin for the browser).
    QUrl urlWithHost(const QString &host, const QString &path) const;

    // Exact path match first, then the longest registered prefix ending in '/'.
    void route(const QString &path, Handler handler);
    // Serves files below `directory` under `prefix` (e.g. "/" → tests/support/simulator).
    void serveDirectory(const QString &prefix, const QString &directory);

    int requestCount(const QString &path) const { return m_counts.value(path); }

private:
    void accept();
    void readFrom(QTcpSocket *socket);
    void dispatch(HttpExchange *exchange);

    QTcpServer m_server;
    QMap<QString, Handler> m_routes;
    QHash<QString, int> m_counts;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
