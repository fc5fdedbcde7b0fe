#include "historycontroller.h"

#include "callhistorywindow.h"
#include "calllogger.h"
#include "logcalldata.h"
#include "logcalldialogs.h"
#include "storagehistorysource.h"
#include "storagethread.h"
#include "storeerrortext.h"
#include "widgetbridge.h"

#include <QLoggingCategory>
#include <QMessageBox>
#include <QPointer>

#include <optional>

Q_LOGGING_CATEGORY(lcHistoryUi, "calldock.app.history")

namespace {

struct NoteTarget {
    std::optional<CallRecord> call;
    bool hasRecording = false;
};

} // namespace

HistoryController::HistoryController(StorageThread &storage, CallLogger &logger,
                                     WidgetBridge &bridge, LogCallDialogs &dialogs, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_logger(logger)
    , m_bridge(bridge)
    , m_dialogs(dialogs)
    , m_source(std::make_unique<StorageHistorySource>(storage)) {
    connect(&m_logger, &CallLogger::callsChanged, this, &HistoryController::refresh);
}

HistoryController::~HistoryController() {
    // The window reads through m_source: it goes first.
    delete m_window;
}

void HistoryController::show(const QString &sessionId) {
    if (m_window) {
        showWindow(sessionId);
        return;
    }
    // The last request wins while the connection opens.
    m_pendingFocus = sessionId;
    if (m_opening) {
        return;
    }
    m_opening = true;
    // Opened first so that a database CallDock cannot read is one message, not an empty window.
    m_storage
        .submit([](StorageSession &session) {
            return session.history() ? QString() : session.historyError();
        })
        .then(this, [this](const QString &error) {
            m_opening = false;
            if (!error.isEmpty()) {
                qCWarning(lcHistoryUi).noquote() << "cannot open the call history:" << error;
                QMessageBox::warning(nullptr, tr("Call history"),
                                     tr("The call history cannot be opened: %1").arg(error));
                return;
            }
            createWindow();
            showWindow(std::exchange(m_pendingFocus, QString()));
        });
}

void HistoryController::showQuery(const CallQuery &query) {
    m_pendingQuery = query;
    show();
}

void HistoryController::createWindow() {
    m_window = new CallHistoryWindow(*m_source);
    m_window->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_window, &CallHistoryWindow::editNoteRequested, this, &HistoryController::editNote);
    connect(m_window, &CallHistoryWindow::callBackRequested, this, [this](const QString &number) {
        if (!m_bridge.newCall(number, true)) {
            QMessageBox::information(m_window, tr("Call back"),
                                     tr("%1 is not a number the phone can dial.").arg(number));
        }
    });
    connect(m_window, &CallHistoryWindow::deleteRequested, this, &HistoryController::deleteLog);
    connect(m_window, &CallHistoryWindow::followUpDoneRequested, this,
            &HistoryController::setFollowUpDone);
}

void HistoryController::showWindow(const QString &sessionId) {
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    if (m_pendingQuery) {
        m_window->showQuery(*std::exchange(m_pendingQuery, std::nullopt));
    }
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
    m_storage
        .submit([sessionId](StorageSession &session) {
            NoteTarget target;
            target.call = session.store().call(sessionId);
            if (target.call) {
                target.hasRecording = !session.store().recordingsForCall(sessionId).isEmpty();
            }
            return target;
        })
        .then(this, [this](const NoteTarget &target) {
            if (!target.call) {
                QMessageBox::information(m_window, tr("Edit note"),
                                         tr("This call is no longer in the call log."));
                refresh();
                return;
            }
            m_dialogs.open(LogCallData{*target.call, target.hasRecording, true, {}, true});
        });
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

void HistoryController::setFollowUpDone(const QString &sessionId, bool done) {
    m_storage
        .submit([sessionId, done](StorageSession &session) {
            return session.store().setFollowUpDone(sessionId, done);
        })
        .then(this, [this](const CallStore::Result &result) {
            if (!result.ok) {
                QMessageBox::warning(m_window, tr("Follow-up"),
                                     tr("The follow-up could not be changed: %1")
                                         .arg(StoreErrorText::userMessage(result.error)));
                return;
            }
            refresh();
            emit followUpsChanged();
        });
}

CallHistoryWindow *HistoryController::window() const {
    return m_window;
}
