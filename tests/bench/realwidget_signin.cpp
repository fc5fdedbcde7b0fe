// Signs a CallDock data folder in to the real widget for the memory benchmark: the real
// Application (as the calldock binary runs it) with the test driver in its page; the benchmark,
// which holds the platform mock, clicks Sign In through the driver. The calldock binary started
// on the same folder afterwards finds the widget signed in.
//   realwidget_signin DATA_DIR WIDGET_URL APP_SERVER CLIENT_ID DRIVER_JS
// Quits when its stdin closes (the profile is written out on the way).
#include "application.h"
#include "datadirectory.h"
#include "hostpage.h"
#include "mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <unistd.h>

int main(int argc, char **argv) {
    HostPage::registerScheme();
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 6) {
        return 2;
    }
    QFile driver(arguments.at(5));
    if (!driver.open(QIODevice::ReadOnly)) {
        return 2;
    }
    CommandLineOptions options;
    options.dataDir = arguments.at(1);
    options.widgetUrl = QUrl(arguments.at(2));
    options.appServer = QUrl(arguments.at(3));
    options.clientId = arguments.at(4);
    auto application = std::make_unique<Application>(options, DataDirectory(options.dataDir));
    application->start();
    QWebEngineScript script;
    script.setSourceCode(QString::fromUtf8(driver.readAll()));
    script.setWorldId(QWebEngineScript::ApplicationWorld + 7);
    script.setInjectionPoint(QWebEngineScript::DocumentCreation);
    script.setRunsOnSubFrames(true);
    application->mainWindow()->view()->page()->scripts().insert(script);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QApplication::quit();
        }
    });
    const int status = QApplication::exec();
    application.reset(); // pages and profile go before the QApplication
    return status;
}
