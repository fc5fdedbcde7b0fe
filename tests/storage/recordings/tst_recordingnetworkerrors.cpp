// RecordingFetcher's words for network failures: each says what happened (TLS, an untrusted
// certificate, a refused connection, a server that does not answer or closes early), never the
// catch-all "failed before the recording was complete". Real sockets on the loopback interface.

#include "recordingtestbed.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestRecordingNetworkErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tlsHandshakeFailure();
    void untrustedCertificate();
    void connectionRefused();
    void serverNeverAnswers();
    void closedWithoutBody();

private:
    // A recording whose (tokenized) URL is `url`; waits until the fetcher gave up.
    bool downloadUntilFinished(const QString &id, const QUrl &url);
    RecordingState finalState() const { return m_finished->at(0).at(1).value<RecordingState>(); }
    QString finalError() const { return m_finished->at(0).at(2).toString(); }

    std::unique_ptr<RecordingTestBed> m_bed;
    std::unique_ptr<QSignalSpy> m_finished;
};

void TestRecordingNetworkErrors::initTestCase() {
    forbidGuiThreadSql();
    qputenv("TZ", "UTC");
}

void TestRecordingNetworkErrors::init() {
    m_bed = std::make_unique<RecordingTestBed>();
    QVERIFY(m_bed->ok());
    RecordingFetcher::Policy policy = RecordingTestBed::quickPolicy();
    policy.transferTimeoutMs = 500;
    m_bed->fetcher().setPolicy(policy);
    m_finished = std::make_unique<QSignalSpy>(&m_bed->fetcher(), &RecordingFetcher::finished);
}

void TestRecordingNetworkErrors::cleanup() {
    m_finished.reset();
    m_bed.reset();
}

bool TestRecordingNetworkErrors::downloadUntilFinished(const QString &id, const QUrl &url) {
    if (!m_bed->addCall(QStringLiteral("s-") + id, id, QStringLiteral("/unused"))
        || !m_bed->fetcher().enqueue(id, url)) {
        return false;
    }
    return QTest::qWaitFor([this] { return !m_finished->isEmpty(); }, 15000);
}

void TestRecordingNetworkErrors::tlsHandshakeFailure() {
    // https:// to a server that speaks plain HTTP: the TLS handshake cannot succeed.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain, &connections] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            ++connections;
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        }
    });
    QUrl url(QStringLiteral("https://127.0.0.1/media/t1?access_token=%1")
                 .arg(QLatin1String(RecordingTestBed::kToken)));
    url.setPort(plain.serverPort());
    QVERIFY(downloadUntilFinished(QStringLiteral("t1"), url));
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("TLS")), qPrintable(finalError()));
    QVERIFY2(!finalError().contains(QLatin1String("before the recording was complete")),
             qPrintable(finalError()));
    QCOMPARE(connections, 1); // retrying within seconds cannot fix TLS: no second attempt
    QCOMPARE(m_bed->recording(QStringLiteral("t1"))->lastError, finalError());
}

void TestRecordingNetworkErrors::untrustedCertificate() {
    if (!QSslSocket::supportsSsl()) {
        QSKIP("no TLS backend");
    }
    // A self-signed certificate made for this run: no system trusts it.
    const QString dir = m_bed->dataDir();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                   dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    if (!openssl.waitForStarted(5000)) {
        QSKIP("openssl is not installed");
    }
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir + QStringLiteral("/cert.pem"));
    QFile keyFile(dir + QStringLiteral("/key.pem"));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certFile.readAll()));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QUrl url(QStringLiteral("https://127.0.0.1/media/t2?access_token=%1")
                 .arg(QLatin1String(RecordingTestBed::kToken)));
    url.setPort(server.serverPort());
    QVERIFY(downloadUntilFinished(QStringLiteral("t2"), url));
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("certificate")), qPrintable(finalError()));
    QVERIFY2(finalError().contains(QLatin1String("127.0.0.1")), qPrintable(finalError()));
}

void TestRecordingNetworkErrors::connectionRefused() {
    quint16 port = 0;
    {
        QTcpServer closed; // a port that was free a moment ago and now has no listener
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        port = closed.serverPort();
    }
    QUrl url = m_bed->tokenUrl(QStringLiteral("/media/t3"));
    url.setPort(port);
    QVERIFY(downloadUntilFinished(QStringLiteral("t3"), url));
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("refused the connection")),
             qPrintable(finalError()));
    QCOMPARE(m_bed->recording(QStringLiteral("t3"))->attempts, 3); // retried, then given up
}

void TestRecordingNetworkErrors::serverNeverAnswers() {
    m_bed->server().route(QStringLiteral("/media/t4"), [](HttpExchange *) {
        // Holds the request without a byte of answer.
    });
    QVERIFY(
        downloadUntilFinished(QStringLiteral("t4"), m_bed->tokenUrl(QStringLiteral("/media/t4"))));
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("did not answer in time")),
             qPrintable(finalError()));
}

void TestRecordingNetworkErrors::closedWithoutBody() {
    m_bed->server().route(QStringLiteral("/media/t5"),
                          [](HttpExchange *exchange) { exchange->close(); });
    QVERIFY(
        downloadUntilFinished(QStringLiteral("t5"), m_bed->tokenUrl(QStringLiteral("/media/t5"))));
    QCOMPARE(finalState(), RecordingState::Failed);
    QVERIFY2(finalError().contains(QLatin1String("closed the connection without sending")),
             qPrintable(finalError()));
}

QTEST_GUILESS_MAIN(TestRecordingNetworkErrors)
#include "tst_recordingnetworkerrors.moc"
