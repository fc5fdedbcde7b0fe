#include "platformmock.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QTimer>

#ifndef CALLDOCK_PLATFORMMOCK_DIR
#error "CALLDOCK_PLATFORMMOCK_DIR must point at tests/support/platformmock"
#endif
#ifndef CALLDOCK_REAL_WIDGET_DIR
#error "CALLDOCK_REAL_WIDGET_DIR must point at the real widget's build"
#endif

PlatformMock::PlatformMock() = default;

PlatformMock::~PlatformMock() {
    if (m_process.state() != QProcess::NotRunning) {
        // The mock serves until its stdin closes.
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(3000);
        }
    }
}

bool PlatformMock::start() {
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList arguments{QStringLiteral(CALLDOCK_PLATFORMMOCK_DIR "/platformmock.py"),
                          QStringLiteral("--widget-dir"), QStringLiteral(CALLDOCK_REAL_WIDGET_DIR)};
    if (qEnvironmentVariableIsSet("CALLDOCK_MOCK_VERBOSE")) {
        arguments << QStringLiteral("--verbose");
    }
    m_process.start(QStringLiteral("python3"), arguments);
    if (!m_process.waitForStarted(10000)) {
        qWarning("platform mock: python3 did not start");
        return false;
    }
    // The first stdout line names the three servers once they listen (a certificate is made
    // first, which takes a moment).
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            break;
        }
        m_process.waitForReadyRead(200);
    }
    const QJsonObject ports = QJsonDocument::fromJson(m_process.readLine()).object();
    m_platform = QUrl(ports.value(QLatin1String("platform")).toString());
    m_widget = QUrl(ports.value(QLatin1String("widget")).toString());
    m_control = QUrl(ports.value(QLatin1String("control")).toString());
    m_certificateFile = ports.value(QLatin1String("certificate")).toString();
    if (!m_platform.isValid() || !m_widget.isValid() || !m_control.isValid()) {
        qWarning("platform mock: no ports announced");
        return false;
    }
    return true;
}

bool PlatformMock::trustCertificateInQtNetwork() const {
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(m_certificateFile);
    if (certificates.isEmpty()) {
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(certificates);
    QSslConfiguration::setDefaultConfiguration(configuration);
    return true;
}

QUrl PlatformMock::widgetUrl() const {
    return m_widget.resolved(QUrl(QStringLiteral("/app.html")));
}

QByteArray PlatformMock::httpCall(const QByteArray &verb, const QString &path,
                                  const QByteArray &body, int timeoutMs, bool *ok) {
    QNetworkRequest request(m_control.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *ok = reply->error() == QNetworkReply::NoError;
    const QByteArray answer = reply->readAll();
    if (!*ok) {
        qWarning() << "platform mock:" << path << reply->errorString();
    }
    reply->deleteLater();
    return answer;
}

QJsonObject PlatformMock::control(const QString &op, const QJsonObject &body, int timeoutMs) {
    bool ok = false;
    const QByteArray answer =
        httpCall(QByteArrayLiteral("POST"), QLatin1Char('/') + op,
                 QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs, &ok);
    return ok ? QJsonDocument::fromJson(answer).object() : QJsonObject();
}

QJsonObject PlatformMock::state() {
    bool ok = false;
    const QByteArray answer =
        httpCall(QByteArrayLiteral("GET"), QStringLiteral("/state"), QByteArray(), 10000, &ok);
    return ok ? QJsonDocument::fromJson(answer).object() : QJsonObject();
}

QJsonArray PlatformMock::requests(const QString &prefix) {
    QJsonArray matching;
    for (const QJsonValue &value : state().value(QLatin1String("requests")).toArray()) {
        if (value.toObject().value(QLatin1String("path")).toString().startsWith(prefix)) {
            matching.append(value);
        }
    }
    return matching;
}

bool PlatformMock::waitForState(const std::function<bool(const QJsonObject &)> &predicate,
                                int timeoutMs) {
    return QTest::qWaitFor([&] { return predicate(state()); }, timeoutMs);
}

QJsonValue PlatformMock::eval(const QString &expression, int timeoutMs, QString *error) {
    const QJsonObject answer =
        control(QStringLiteral("eval"),
                {{QStringLiteral("code"), expression}, {QStringLiteral("timeoutMs"), timeoutMs}},
                timeoutMs + 5000);
    if (error) {
        *error = answer.value(QLatin1String("error")).toString();
    }
    return answer.value(QLatin1String("result"));
}

bool PlatformMock::waitForWidget(const QString &expression, int timeoutMs) {
    const QString truthy = QStringLiteral("!!(%1)").arg(expression);
    return QTest::qWaitFor([&] { return eval(truthy, 5000).toBool(); }, timeoutMs);
}

QByteArray PlatformMock::recordingContent(const QString &recordingId) {
    bool ok = false;
    const QByteArray content =
        httpCall(QByteArrayLiteral("GET"), QStringLiteral("/recording/") + recordingId,
                 QByteArray(), 10000, &ok);
    return ok ? content : QByteArray();
}

QString PlatformMock::driverScript() const {
    QFile file(QStringLiteral(CALLDOCK_PLATFORMMOCK_DIR "/widgetdriver.js"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QString();
    }
    return QString::fromUtf8(file.readAll())
        .replace(QLatin1String("%PLATFORM%"), m_platform.toString(QUrl::StripTrailingSlash));
}
