#include "mainwindow.h"

#include "loaderrorpanel.h"
#include "popupwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QStackedWidget>
#include <QWebEngineView>

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_stack(new QStackedWidget(this))
    , m_view(new QWebEngineView(m_stack))
    , m_errorPanel(new LoadErrorPanel(m_stack)) {
    setWindowTitle(tr("CallDock"));
    setWindowIcon(QIcon(QStringLiteral(":/calldock/icons/calldock.svg")));
    m_view->setAccessibleName(tr("RingCentral phone"));
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorPanel);
    setCentralWidget(m_stack);
    createMenus();
    qApp->installEventFilter(this);

    connect(m_errorPanel, &LoadErrorPanel::retryRequested, this, &MainWindow::retryRequested);

    // The Embeddable widget is designed for about 300×500; leave room for the menu.
    resize(360, 640);
    const QByteArray geometry = m_settings.windowGeometry();
    if (!geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus() {
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *history =
        fileMenu->addAction(tr("Call &History…"), this, &MainWindow::historyRequested);
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *activity = fileMenu->addAction(tr("&Activity…"), this, &MainWindow::activityRequested);
    activity->setObjectName(QStringLiteral("activityAction"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction *settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About CallDock"), this, &MainWindow::aboutRequested);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setPage(QWebEnginePage *page) {
    m_view->setPage(page);
}

void MainWindow::showWidget() {
    m_stack->setCurrentWidget(m_view);
}

void MainWindow::showLoadFailure(const QUrl &url, const QString &reason, int secondsUntilRetry) {
    m_errorPanel->showFailure(url, reason, secondsUntilRetry);
    m_stack->setCurrentWidget(m_errorPanel);
}

void MainWindow::bringToFront() {
    if (isMinimized()) {
        showNormal();
    } else {
        show();
    }
    raise();
    activateWindow();
}

void MainWindow::openPopup(QWebEnginePage *popup) {
    auto *window = new PopupWindow(popup, this);
    window->show();
    window->raise();
    window->activateWindow();
}

void MainWindow::toggleShown() {
    if (isVisible() && !isMinimized()) {
        hide();
    } else {
        bringToFront();
    }
}

void MainWindow::setHideOnClose(std::function<bool()> hideOnClose) {
    m_hideOnClose = std::move(hideOnClose);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    // Since Qt 6, QCoreApplication::quit() first closes every window, and Qt may give the quit
    // up when a window refuses its close event; hiding to the tray refuses. Remember that the
    // next close belongs to a quit (menu, tray, SIGTERM, logout) so that it is accepted. If the
    // quit is cancelled before reaching this window, the queued reset clears the mark.
    if (watched == qApp && event->type() == QEvent::Quit) {
        m_quitting = true;
        QMetaObject::invokeMethod(
            this, [this] { m_quitting = false; }, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
    m_settings.setWindowGeometry(saveGeometry());
    if (m_quitting) {
        m_quitting = false;
        QMainWindow::closeEvent(event);
        event->accept();
        return;
    }
    if (m_hideOnClose && m_hideOnClose()) {
        // Calls keep ringing and being logged; the tray brings the window back.
        event->ignore();
        hide();
        return;
    }
    QMainWindow::closeEvent(event);
    event->accept();
    // Say it explicitly: open note dialogs or popups would otherwise keep the app alive, and
    // with a tray quitOnLastWindowClosed is off.
    emit quitRequested();
}
