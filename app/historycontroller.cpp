#include "historycontroller.h"

#include "callhistorywindow.h"
#include "calllogger.h"
#include "callstore.h"
#include "logcalldata.h"
#include "logcalldialogs.h"
#include "storeerrortext.h"
#include "widgetbridge.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>

Q_LOGGING_CATEGORY(lcHistoryUi, "calldock.app.history")

HistoryController::HistoryController(const QString &databasePath, CallStore &store,
                                     CallLogger &logger, WidgetBridge &bridge,
                                     LogCallDialogs &dialogs, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_store(store)
    , m_logger(logger)
    , m_bridge(bridge)
    , m_dialogs(dialogs) {
    connect(&m_logger, &CallLogger::callsChanged, this, &HistoryController::refresh);
}

HistoryController::~HistoryController() {
    // The window reads through m_reader: it goes first.
    delete m_window;
}

bool HistoryController::ensureWindow() {
    if (m_window) {
        return true;
    }
    if (!m_reader.isOpen()) {
        const CallHistoryReader::Result opened = m_reader.open(m_databasePath);
        if (!opened.ok) {
            qCWarning(lcHistoryUi).noquote() << "cannot open the call history:" << opened.error;
            QMessageBox::warning(nullptr, tr("Call history"),
                                 tr("The call history cannot be opened: %1").arg(opened.error));
            return false;
        }
    }
    m_window = new CallHistoryWindow(m_reader);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &CallHistoryWindow::editNoteRequested, this, &HistoryController::editNote);
    connect(m_window, &CallHistoryWindow::callBackRequested, this, [this](const QString &number) {
        if (!m_bridge.newCall(number, true)) {
            QMessageBox::information(m_window, tr("Call back"),
                                     tr("%1 is not a number the phone can dial.").arg(number));
        }
    });
    connect(m_window, &CallHistoryWindow::deleteRequested, this, &HistoryController::deleteLog);
    return true;
}

void HistoryController::show(const QString &sessionId) {
    if (!ensureWindow()) {
        return;
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (!sessionId.isEmpty()) {
        m_window->focusCall(sessionId);
    }
}

void HistoryController::refresh() {
    if (m_window) {
        m_window->refresh();
    }
}

void HistoryController::editNote(const QString &sessionId) {
    const std::optional<CallRecord> call = m_store.call(sessionId);
    if (!call) {
        QMessageBox::information(m_window, tr("Edit note"),
                                 tr("This call is no longer in the call log."));
        refresh();
        return;
    }
    const bool hasRecording = !m_store.recordingsForCall(sessionId).isEmpty();
    m_dialogs.open(LogCallData{*call, hasRecording, true});
}

void HistoryController::deleteLog(const QString &sessionId) {
    const QPointer<CallHistoryWindow> window(m_window);
    m_logger.deleteLog(sessionId, [window](bool ok, const StoreError &error) {
        if (!ok) {
            QMessageBox::warning(
                window, tr("Delete log"),
                tr("The log could not be deleted: %1").arg(StoreErrorText::userMessage(error)));
        }
    });
}

CallHistoryWindow *HistoryController::window() const {
    return m_window;
}
