#include "popupwindow.h"

#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>

PopupWindow::PopupWindow(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new QWebEngineView(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    page->setParent(m_view); // the page dies with its window, before the profile
    m_view->setPage(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(520, 680);

    connect(page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
    connect(page, &QWebEnginePage::urlChanged, this, &PopupWindow::updateTitle);
    connect(page, &QWebEnginePage::titleChanged, this, &PopupWindow::updateTitle);
    connect(page, &QWebEnginePage::geometryChangeRequested, this, [this](const QRect &geometry) {
        if (geometry.isValid()) {
            resize(geometry.size());
        }
    });
    updateTitle();
}

QWebEnginePage *PopupWindow::page() const {
    return m_view->page();
}

void PopupWindow::updateTitle() {
    const QString host = page()->url().host();
    setWindowTitle(host.isEmpty() ? tr("Sign in — CallDock")
                                  : tr("Sign in at %1 — CallDock").arg(host));
}
