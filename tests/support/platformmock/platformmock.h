#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <functional>

// The test side of the RingCentral platform mock (platformmock.py): starts it, tells it what
// happens on the platform (calls in the call log, live calls, expired tokens) and reads back
// what the real widget asked it. The mock also serves the widget's unmodified files.
class PlatformMock final {
    Q_DISABLE_COPY_MOVE(PlatformMock)

public:
    PlatformMock();
    ~PlatformMock(); // stops the mock

    // Starts python3 with the mock; false (and a warning) when it did not come up.
    bool start();

    // https://127.0.0.1:<port>/app.html on the mock's widget server.
    QUrl widgetUrl() const;
    QString widgetOrigin() const { return m_widget.toString(); }
    // The platform (https) to pass as --app-server.
    QUrl appServer() const { return m_platform; }
    // Makes QtNetwork in this process trust the mock's self-signed certificate (CallDock
    // downloads recordings with QtNetwork; Chromium gets --ignore-certificate-errors instead).
    bool trustCertificateInQtNetwork() const;

    // POSTs `body` to the mock's control operation `op`; an empty object on failure.
    QJsonObject control(const QString &op, const QJsonObject &body = {}, int timeoutMs = 20000);
    QJsonObject state();
    // Requests the widget made (method, path, query, status) whose path starts with `prefix`.
    QJsonArray requests(const QString &prefix);
    // Spins the event loop until `predicate(state())` holds.
    bool waitForState(const std::function<bool(const QJsonObject &)> &predicate,
                      int timeoutMs = 30000);

    // Runs a JavaScript expression in the widget's frame (through widgetdriver.js); the
    // expression may be a promise. Returns its JSON value; `error` gets the exception text.
    QJsonValue eval(const QString &expression, int timeoutMs = 10000, QString *error = nullptr);
    // Spins until `expression` is truthy in the widget's frame.
    bool waitForWidget(const QString &expression, int timeoutMs = 30000);

    // The bytes the mock serves for a recording (to compare a download with).
    QByteArray recordingContent(const QString &recordingId);

    // widgetdriver.js for this mock, ready to be injected as a QWebEngineScript.
    QString driverScript() const;

private:
    QByteArray httpCall(const QByteArray &verb, const QString &path, const QByteArray &body,
                        int timeoutMs, bool *ok);

    QProcess m_process;
    QNetworkAccessManager m_network;
    QUrl m_platform;
    QUrl m_widget;
    QUrl m_control;
    QString m_certificateFile;
};
