#include "activitycontroller.h"

#include "activitywindow.h"
#include "historycontroller.h"
#include "storageactivitysource.h"

ActivityController::ActivityController(StorageThread &storage, HistoryController &history,
                                       QObject *parent)
    : QObject(parent)
    , m_history(history)
    , m_source(std::make_unique<StorageActivitySource>(storage)) {}

ActivityController::~ActivityController() {
    // The window reads through m_source: it goes first.
    delete m_window;
}

void ActivityController::show() {
    if (!m_window) {
        m_window = new ActivityWindow(*m_source);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        connect(m_window, &ActivityWindow::historyRequested, this,
                [this](const CallQuery &query) { m_history.showQuery(query); });
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void ActivityController::refresh() {
    if (m_window) {
        m_window->refresh();
    }
}

ActivityWindow *ActivityController::window() const {
    return m_window;
}
