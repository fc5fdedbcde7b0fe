// Closing the main window: with the injected "hide on close" policy (a tray exists and the
// user chose it) the window hides and CallDock keeps running; without it (no tray, as offscreen)
// closing quits. A quit must get through even while the window would hide.

#include "mainwindow.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

class TestDesktopClose final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void withoutTrayClosingQuits();
    void policyFalseClosingQuits();
    void closeToTrayHides();
    void toggleShownHidesAndRestores();
    void quitGetsThroughCloseToTray();
    void settingsMenuEntry();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestDesktopClose::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDesktopClose::cleanup() {
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestDesktopClose::withoutTrayClosingQuits() {
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 1);
    // The geometry is remembered on the way out.
    QVERIFY(!m_settings->windowGeometry().isEmpty());
}

void TestDesktopClose::policyFalseClosingQuits() {
    // A tray exists but the user turned close-to-tray off.
    m_window->setHideOnClose([] { return false; });
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(m_window->close());
    QCOMPARE(quit.count(), 1);
}

void TestDesktopClose::closeToTrayHides() {
    m_window->setHideOnClose([] { return true; });
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    QVERIFY(!m_window->close()); // refused: hidden instead
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 0);
    m_window->bringToFront();
    QVERIFY(m_window->isVisible());
}

void TestDesktopClose::toggleShownHidesAndRestores() {
    m_window->toggleShown();
    QVERIFY(!m_window->isVisible());
    m_window->toggleShown();
    QVERIFY(m_window->isVisible());
    m_window->showMinimized();
    QTRY_VERIFY(m_window->isMinimized());
    m_window->toggleShown(); // a minimised window comes back rather than hiding
    QTRY_VERIFY(!m_window->isMinimized());
    QVERIFY(m_window->isVisible());
}

void TestDesktopClose::quitGetsThroughCloseToTray() {
    // As Application sets it up when a tray exists.
    m_window->setHideOnClose([] { return true; });
    QApplication::setQuitOnLastWindowClosed(false);
    QSignalSpy quit(m_window.get(), &MainWindow::quitRequested);
    // The real path of the menu, the tray and SIGTERM: QCoreApplication::quit() inside the
    // application's event loop. Since Qt 6 it closes the windows first and may be cancelled
    // when one refuses; then exec() would go on, and the guard ends it with 1 instead of 0.
    QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(1); });
    guard.start(10'000);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!m_window->isVisible());
    QCOMPARE(quit.count(), 0);

    // Had the program gone on (a quit refused by another window), the event loop would run
    // what was queued for that case: closing hides again.
    QCoreApplication::sendPostedEvents();
    m_window->show();
    QVERIFY(!m_window->close());
    QVERIFY(!m_window->isVisible());
    QApplication::setQuitOnLastWindowClosed(true);
}

void TestDesktopClose::settingsMenuEntry() {
    QAction *settings = m_window->findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QSignalSpy requested(m_window.get(), &MainWindow::settingsRequested);
    settings->trigger();
    QCOMPARE(requested.count(), 1);
}

int main(int argc, char **argv) {
    // WebEngine's widgets need this before the application object exists.
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestDesktopClose test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_desktopclose.moc"
