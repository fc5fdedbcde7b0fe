#pragma once

#include "application.h"
#include "datadirectory.h"
#include "hostpage.h"
#include "mainwindow.h"
#include "platformmock.h"
#include "popupwindow.h"
#include "webenginetest.h"
#include "widgetchannel.h"
#include "widgetdriver.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEngineView>

#include <memory>

// The real Application hosting the real widget against the platform mock, for the system
// tests: one data folder and one mock per test executable, the app started (and restarted) in
// it as a user would.
class RealWidgetFixture : public QObject {
    Q_OBJECT

protected:
    bool startMock() {
        m_mock = std::make_unique<PlatformMock>();
        if (!m_mock->start() || !m_mock->trustCertificateInQtNetwork()) {
            return false;
        }
        m_driver = std::make_unique<WidgetDriver>(*m_mock);
        return true;
    }

    void startApp() {
        CommandLineOptions options;
        options.widgetUrl = m_mock->widgetUrl();
        options.appServer = m_mock->appServer();
        options.clientId = QStringLiteral("calldockTestClient");
        options.dataDir = m_dataDir.path();
        m_app = std::make_unique<Application>(options, DataDirectory(m_dataDir.path()));
        m_app->start();
        // Everything the widget posts to CallDock, to tell which requests came in which order.
        connect(m_app->channel(), &WidgetChannel::messageReceived, this,
                [this](const QJsonObject &message) { m_widgetMessages.append(message); });
        // The page exists now; its frames have not loaded yet.
        m_driver->install(m_app->mainWindow()->view()->page());
        m_app->mainWindow()->resize(400, 720);
        m_app->mainWindow()->show();
    }

    void stopApp() {
        m_app.reset();
        QTest::qWait(300); // the web profile shuts down asynchronously
    }

    QWebEngineView *view() const { return m_app->mainWindow()->view(); }

    QList<PopupWindow *> popups() const {
        return m_app->mainWindow()->findChildren<PopupWindow *>();
    }

    // Messages CallDock posted into the widget frame with `type` (seen by the driver).
    QJsonArray received(const QString &type) {
        return m_mock
            ->eval(
                QStringLiteral("window.__calldockReceived.filter(m => m.type === '%1')").arg(type))
            .toArray();
    }

    // The newest note CallDock's matcher answered for `sessionId` (the widget's view of it).
    QString matchedNote(const QString &sessionId) {
        const QJsonValue note = m_mock->eval(
            QStringLiteral("(() => { const answers = window.__calldockReceived.filter(m =>"
                           " m.type === 'rc-post-message-response' && m.response &&"
                           " m.response.data && m.response.data['%1']);"
                           " if (!answers.length) return null;"
                           " const entries = answers[answers.length - 1].response.data['%1'];"
                           " const logged = entries.find(e => e.type !== 'status');"
                           " return logged ? (logged.note || '') : null; })()")
                .arg(sessionId));
        return note.isString() ? note.toString() : QString();
    }

    // The widget's call-logger requests for `sessionId`: "triggerType telephonyStatus|result".
    QStringList loggerRequests(const QString &sessionId) const {
        QStringList requests;
        for (const QJsonObject &message : m_widgetMessages) {
            const QJsonObject body = message.value(QLatin1String("body")).toObject();
            const QJsonObject call = body.value(QLatin1String("call")).toObject();
            if (message.value(QLatin1String("type")).toString()
                    != QLatin1String("rc-post-message-request")
                || call.value(QLatin1String("sessionId")).toString() != sessionId) {
                continue;
            }
            const QString status = call.contains(QLatin1String("action"))
                                       ? call.value(QLatin1String("result")).toString()
                                       : call.value(QLatin1String("telephonyStatus")).toString();
            requests << body.value(QLatin1String("triggerType")).toString() + QLatin1Char(' ')
                            + status;
        }
        return requests;
    }

    int widgetMessageCount(const QString &type) const {
        int count = 0;
        for (const QJsonObject &message : m_widgetMessages) {
            count += message.value(QLatin1String("type")).toString() == type ? 1 : 0;
        }
        return count;
    }

    QList<QJsonObject> m_widgetMessages;
    QTemporaryDir m_dataDir;
    std::unique_ptr<PlatformMock> m_mock;
    std::unique_ptr<WidgetDriver> m_driver;
    std::unique_ptr<Application> m_app;
};

// Like CALLDOCK_WEBENGINE_TEST_MAIN; when started by hand (not by ctest), also lets Chromium
// accept the mock's self-signed certificate, as tests/system/CMakeLists.txt does for ctest.
#define CALLDOCK_REAL_WIDGET_TEST_MAIN(TestClass)                                                  \
    int main(int argc, char **argv) {                                                              \
        prepareWebEngineEnvironment();                                                             \
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");                                  \
        if (!flags.contains("--ignore-certificate-errors")) {                                      \
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags + " --ignore-certificate-errors");         \
        }                                                                                          \
        HostPage::registerScheme();                                                                \
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                    \
        QApplication app(argc, argv);                                                              \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
