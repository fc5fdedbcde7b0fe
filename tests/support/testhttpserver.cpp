#include "testhttpserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTcpSocket>

HttpExchange::HttpExchange(QTcpSocket *socket, QObject *parent)
    : QObject(parent)
    , m_socket(socket) {
    connect(socket, &QTcpSocket::disconnected, this, &HttpExchange::closed);
}

bool HttpExchange::isOpen() const {
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpExchange::respond(int status, const QByteArray &contentType, const QByteArray &content,
                           const QMap<QByteArray, QByteArray> &extraHeaders) {
    if (!isOpen()) {
        return;
    }
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(content.size()) + "\r\n";
    head += "Cache-Control: no-store\r\nConnection: close\r\n";
    for (auto it = extraHeaders.cbegin(); it != extraHeaders.cend(); ++it) {
        head += it.key() + ": " + it.value() + "\r\n";
    }
    writeRaw(head + "\r\n" + content);
    close();
}

void HttpExchange::writeRaw(const QByteArray &bytes) {
    if (isOpen()) {
        m_socket->write(bytes);
        m_socket->flush();
    }
}

void HttpExchange::close() {
    if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::accept);
}

TestHttpServer::~TestHttpServer() {
    // Sockets are children of m_server, which outlives this class's other members: detach
    // them first so their disconnected() handlers never see destroyed members.
    m_server.close();
    const auto sockets = m_server.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool TestHttpServer::listen(const QHostAddress &address) {
    return m_server.listen(address, 0);
}

quint16 TestHttpServer::port() const {
    return m_server.serverPort();
}

QUrl TestHttpServer::url(const QString &path) const {
    return urlWithHost(QStringLiteral("127.0.0.1"), path);
}

QUrl TestHttpServer::urlWithHost(const QString &host, const QString &path) const {
    return QUrl(QStringLiteral("http://%1:%2%3").arg(host).arg(port()).arg(path));
}

void TestHttpServer::route(const QString &path, Handler handler) {
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::serveDirectory(const QString &prefix, const QString &directory) {
    route(prefix, [directory, prefix](HttpExchange *exchange) {
        const QString relative = exchange->path.mid(prefix.size());
        const QString cleaned = QDir::cleanPath(relative);
        const QString file = QDir(directory).filePath(cleaned);
        QFile source(file);
        if (cleaned.startsWith(QLatin1String("..")) || !QFileInfo(file).isFile()
            || !source.open(QIODevice::ReadOnly)) {
            exchange->respond(404, "text/plain", "not found");
            return;
        }
        const QByteArray type = QMimeDatabase().mimeTypeForFile(file).name().toUtf8();
        exchange->respond(200, type + "; charset=utf-8", source.readAll());
    });
}

void TestHttpServer::accept() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void TestHttpServer::readFrom(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    if (buffer.isNull() && socket->property("calldockHandled").toBool()) {
        socket->readAll();
        return;
    }
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return;
    }
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    auto *exchange = new HttpExchange(socket, socket);
    exchange->method = requestLine.at(0);
    exchange->url = QUrl::fromEncoded(requestLine.at(1));
    exchange->path = exchange->url.path();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            exchange->headers.insert(line.left(colon).trimmed().toLower(),
                                     line.mid(colon + 1).trimmed());
        }
    }
    const qsizetype length = exchange->headers.value("content-length", "0").toLongLong();
    if (buffer.size() - headerEnd - 4 < length) {
        delete exchange;
        return; // wait for the rest of the body
    }
    exchange->body = buffer.mid(headerEnd + 4, length);
    m_buffers.remove(socket);
    socket->setProperty("calldockHandled", true);
    dispatch(exchange);
}

void TestHttpServer::dispatch(HttpExchange *exchange) {
    m_counts[exchange->path] += 1;
    auto exact = m_routes.constFind(exchange->path);
    if (exact != m_routes.constEnd()) {
        exact.value()(exchange);
        return;
    }
    QString best;
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        if (it.key().endsWith(QLatin1Char('/')) && exchange->path.startsWith(it.key())
            && it.key().size() > best.size()) {
            best = it.key();
        }
    }
    if (!best.isEmpty()) {
        m_routes.value(best)(exchange);
        return;
    }
    exchange->respond(404, "text/plain", "not found");
}
