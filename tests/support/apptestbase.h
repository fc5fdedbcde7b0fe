#pragma once

#include "application.h"
#include "simulator.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// Shared set-up of the end-to-end tests: a fresh data folder, the simulator over HTTP and the
// real Application (main window, host page, bridge, store) pointed at it.
class AppTestBase : public QObject {
    Q_OBJECT

protected:
    void setUpFixture() {
        m_dataDir = std::make_unique<QTemporaryDir>();
        m_simulator = std::make_unique<Simulator>();
        QVERIFY(m_simulator->start());
    }

    void tearDownFixture() {
        m_app.reset();
        QTest::qWait(300); // the web profile shuts down asynchronously
        m_simulator.reset();
        m_dataDir.reset();
    }

    void startApp(const QUrlQuery &query = QUrlQuery()) {
        CommandLineOptions options;
        options.widgetUrl = m_simulator->appUrl(query);
        options.dataDir = m_dataDir->path();
        m_app = std::make_unique<Application>(options, DataDirectory(m_dataDir->path()));
        m_app->start();
    }

    // Waits until the simulator saw the service registration (the widget is up and ready).
    bool waitForRegistration(int count = 1) {
        return QTest::qWaitFor(
            [&] {
                return m_simulator
                           ->received(QStringLiteral("rc-adapter-register-third-party-service"))
                           .size()
                       >= count;
            },
            30000);
    }

    // The `response` of the simulator's request `requestId` (empty when none came).
    QJsonObject responseTo(const QString &requestId, int timeoutMs = 20000) {
        const auto report = m_simulator->waitForResponse(requestId, timeoutMs);
        return report ? report->value(QLatin1String("response")).toObject() : QJsonObject();
    }

    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Application> m_app;
};
