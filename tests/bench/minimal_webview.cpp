// The baseline program of the start-up and memory benchmarks: the least a Qt application needs
// to show a web page. It loads the URL given as its only argument in a QWebEngineView.
#include <QApplication>
#include <QUrl>
#include <QWebEngineView>

int main(int argc, char **argv) {
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        return 2;
    }
    QWebEngineView view;
    view.resize(400, 700);
    view.load(QUrl(app.arguments().at(1)));
    view.show();
    return QApplication::exec();
}
