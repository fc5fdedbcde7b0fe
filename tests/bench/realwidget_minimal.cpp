// The real-widget memory benchmark's baseline: the least a Qt program needs to host the real
// widget and stay signed in with it. A QWebEngineView on a persistent profile (the widget keeps
// its sign-in there) loads app.html itself; popups (the sign-in) open as views of their own and
// close on window.close().
//   realwidget_minimal URL PROFILE_DIR [DRIVER_JS]
// DRIVER_JS (tests/support/platformmock/widgetdriver.js, filled in) is injected for the sign-in run
// only. The program quits when its stdin closes, so that the profile is written out.
#include <QApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineView>

#include <unistd.h>

namespace {

class View final : public QWebEngineView {
public:
    explicit View(QWebEngineProfile *profile) { setPage(new QWebEnginePage(profile, this)); }

protected:
    QWebEngineView *createWindow(QWebEnginePage::WebWindowType) override {
        auto *popup = new View(page()->profile());
        popup->setAttribute(Qt::WA_DeleteOnClose);
        connect(popup->page(), &QWebEnginePage::windowCloseRequested, popup, &QWidget::close);
        popup->resize(400, 600);
        popup->show();
        return popup;
    }
};

} // namespace

int main(int argc, char **argv) {
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3) {
        return 2;
    }
    QWebEngineProfile profile(QStringLiteral("realwidget-minimal"));
    profile.setPersistentStoragePath(arguments.at(2) + QStringLiteral("/web"));
    profile.setCachePath(arguments.at(2) + QStringLiteral("/web-cache"));
    View view(&profile);
    if (arguments.size() > 3) {
        QFile driver(arguments.at(3));
        if (!driver.open(QIODevice::ReadOnly)) {
            return 2;
        }
        QWebEngineScript script;
        script.setSourceCode(QString::fromUtf8(driver.readAll()));
        script.setWorldId(QWebEngineScript::ApplicationWorld + 7);
        script.setInjectionPoint(QWebEngineScript::DocumentCreation);
        script.setRunsOnSubFrames(true);
        view.page()->scripts().insert(script);
    }
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [&input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QApplication::quit();
        }
    });
    view.resize(400, 720);
    view.load(QUrl(arguments.at(1)));
    view.show();
    return QApplication::exec();
}
