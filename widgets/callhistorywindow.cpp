#include "callhistorywindow.h"

#include "callhistoryfilterbar.h"
#include "callhistorymodel.h"
#include "callhistorysource.h"
#include "calltext.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace {

// Bursts of call updates (a live call reports every few seconds) become one re-read.
constexpr int kRefreshDelayMs = 250;

} // namespace

CallHistoryWindow::CallHistoryWindow(CallHistorySource &source, QWidget *parent)
    : QMainWindow(parent)
    , m_source(source)
    , m_model(new CallHistoryModel(source, this))
    , m_filterBar(new CallHistoryFilterBar(this))
    , m_view(new QTableView(this))
    , m_countLabel(new QLabel(this))
    , m_refreshTimer(new QTimer(this))
    , m_busyBar(new QProgressBar(this)) {
    setWindowTitle(tr("Call History — CallDock"));
    setObjectName(QStringLiteral("CallHistoryWindow"));

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Calls"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    // Widths from typical contents instead of ResizeToContents, which would measure every loaded
    // row again on each page fetched.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QString samples[] = {
        QLocale().toString(QDateTime(QDate(2024, 12, 31), QTime(23, 59)), QLocale::ShortFormat),
        CallText::direction(CallDirection::Outbound),
        QString(18, QLatin1Char('x')),
        QStringLiteral("+44 20 7946 0000"),
        QStringLiteral("00:00:00"),
        CallText::result(QStringLiteral("No Answer")),
        QString(),
        CallHistoryModel::tr("Downloading %1%").arg(100),
    };
    int columnsWidth = 0;
    for (int column = 0; column < CallHistoryModel::ColumnCount; ++column) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        const int width = qMax(metrics.horizontalAdvance(samples[column]),
                               header->fontMetrics().horizontalAdvance(title) + 16)
                          + 16;
        header->resizeSection(column, width);
        columnsWidth += width;
    }
    header->setSectionResizeMode(CallHistoryModel::NoteColumn, QHeaderView::Stretch);
    // The default order is set before sorting is enabled: enabling it sorts by the indicator.
    header->setSortIndicator(CallHistoryModel::DateColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_countLabel);
    // A busy bar, not a percentage: the export streams rows without counting them first.
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(metrics.averageCharWidth() * 20);
    m_busyBar->setAccessibleName(tr("Exporting calls"));
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &CallHistoryWindow::reloadNow);

    createActions();
    createMenusAndToolBar();

    connect(m_filterBar, &CallHistoryFilterBar::filtersChanged, this,
            &CallHistoryWindow::applyFilters);
    connect(m_model, &CallHistoryModel::totalCountChanged, this, &CallHistoryWindow::updateCount);
    connect(m_model, &CallHistoryModel::loadingChanged, this, &CallHistoryWindow::updateCount);
    connect(m_model, &CallHistoryModel::loaded, this, [this] {
        if (m_restorePending) {
            m_restorePending = false;
            restoreSelection(m_restoreSessionId, m_restoreScroll);
        }
    });
    connect(m_model, &CallHistoryModel::loadFailed, this,
            [this](const QString &error) { statusBar()->showMessage(error); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallHistoryWindow::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CallHistoryWindow::updateActions);
    // A click on the current row (e.g. the first one, made current by focusing the table)
    // selects it without changing the current row: the actions follow the selection too.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CallHistoryWindow::updateActions);
    // Enter and double-click open the note, like opening a document.
    connect(m_view, &QAbstractItemView::activated, this, &CallHistoryWindow::editNote);

    m_model->setQuery(m_filterBar->applyTo(m_model->query()));
    updateCount();
    // Wide enough for every column plus room for the note, whatever the language's words add
    // (German headers and states are much wider than English ones).
    const int noteRoom = metrics.averageCharWidth() * 30;
    const int chrome = m_view->verticalScrollBar()->sizeHint().width() + 4 * m_view->frameWidth()
                       + 2 * layout->contentsMargins().left();
    resize(qMax(metrics.averageCharWidth() * 150, columnsWidth + noteRoom + chrome),
           metrics.height() * 36);
}

CallHistoryWindow::~CallHistoryWindow() = default;

void CallHistoryWindow::createActions() {
    const auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_exportAction =
        make(tr("&Export…"), QKeySequence(tr("Ctrl+E")), &CallHistoryWindow::exportWithDialog);
    m_closeAction = make(tr("&Close"), QKeySequence::Close, &QWidget::close);
    m_editNoteAction = make(tr("&Edit Note…"), QKeySequence(), &CallHistoryWindow::editNote);
    m_callBackAction =
        make(tr("Call &Back"), QKeySequence(tr("Ctrl+Return")), &CallHistoryWindow::callBack);
    m_playAction =
        make(tr("&Play Recording"), QKeySequence(tr("Ctrl+P")), &CallHistoryWindow::playRecording);
    m_revealAction = make(tr("Show Recording in &Folder"), QKeySequence(),
                          &CallHistoryWindow::showRecordingInFolder);
    m_copyNumberAction =
        make(tr("&Copy Number"), QKeySequence::Copy, &CallHistoryWindow::copyNumber);
    m_deleteAction = make(tr("&Delete Log…"), QKeySequence::Delete, &CallHistoryWindow::deleteLog);
    m_followUpDoneAction = make(tr("Follow-up D&one"), QKeySequence(Qt::Key_D), [this] {
        if (const CallHistoryRow *row = selectedCall(); row && row->call.followUp.isSet()) {
            emit followUpDoneRequested(row->call.sessionId, !row->call.followUp.isDone());
        }
    });
    m_followUpDoneAction->setObjectName(QStringLiteral("followUpDoneAction"));
    m_findAction = make(tr("&Find"), QKeySequence::Find, [this] { m_filterBar->focusSearch(); });
    m_clearFiltersAction = make(tr("C&lear Filters"), QKeySequence(tr("Ctrl+Shift+L")),
                                [this] { m_filterBar->clear(); });
    m_refreshAction = make(tr("&Refresh"), QKeySequence::Refresh, &CallHistoryWindow::reloadNow);

    // Copy and Delete would steal the keys from the search field: they act on the table only.
    for (QAction *action : {m_copyNumberAction, m_deleteAction, m_followUpDoneAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    m_view->addActions({m_editNoteAction, m_callBackAction, m_playAction, m_revealAction,
                        m_copyNumberAction, m_deleteAction, m_followUpDoneAction});
}

void CallHistoryWindow::createMenusAndToolBar() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    QMenu *call = menuBar()->addMenu(tr("&Call", "menu title"));
    call->addActions(
        {m_editNoteAction, m_callBackAction, m_playAction, m_revealAction, m_copyNumberAction});
    call->addAction(m_followUpDoneAction);
    call->addSeparator();
    call->addAction(m_deleteAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions({m_findAction, m_clearFiltersAction, m_refreshAction});

    QToolBar *toolBar = addToolBar(tr("Call actions"));
    toolBar->setObjectName(QStringLiteral("callActions"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions({m_editNoteAction, m_callBackAction, m_playAction, m_copyNumberAction});
    toolBar->addSeparator();
    toolBar->addAction(m_deleteAction);
}

void CallHistoryWindow::applyFilters() {
    const QString selected = m_restorePending ? m_restoreSessionId : selectedSessionId();
    m_model->setQuery(m_filterBar->applyTo(m_model->query()));
    restoreWhenLoaded(selected, 0);
}

void CallHistoryWindow::refresh() {
    m_stale = true;
    if (isVisible()) {
        m_refreshTimer->start();
    }
}

void CallHistoryWindow::reloadNow() {
    m_refreshTimer->stop();
    m_stale = false;
    const QString selected = m_restorePending ? m_restoreSessionId : selectedSessionId();
    const int scroll = m_restorePending ? m_restoreScroll : m_view->verticalScrollBar()->value();
    m_model->reload();
    restoreWhenLoaded(selected, scroll);
}

void CallHistoryWindow::showEvent(QShowEvent *event) {
    QMainWindow::showEvent(event);
    if (m_stale) {
        reloadNow();
    }
}

void CallHistoryWindow::restoreSelection(const QString &sessionId, int scrollValue) {
    m_view->verticalScrollBar()->setValue(scrollValue);
    const int row = sessionId.isEmpty() ? -1 : m_model->rowOf(sessionId);
    if (row >= 0) {
        m_view->selectRow(row);
    }
    updateActions();
}

void CallHistoryWindow::restoreWhenLoaded(const QString &sessionId, int scrollValue) {
    m_restorePending = true;
    m_restoreSessionId = sessionId;
    m_restoreScroll = scrollValue;
}

void CallHistoryWindow::focusCall(const QString &sessionId) {
    if (m_stale || m_refreshTimer->isActive()) {
        reloadNow();
    }
    m_filterBar->flush();
    // Requests are answered in order: the position comes after any reload asked for above.
    m_model->loadRowOf(sessionId, [this, sessionId](int row) {
        if (row < 0 && m_model->query().hasFilter()) {
            m_filterBar->clear(); // applies the cleared filters through applyFilters()
            m_model->loadRowOf(sessionId, [this, sessionId](int rowUnfiltered) {
                focusLoadedRow(sessionId, rowUnfiltered, true);
            });
            return;
        }
        focusLoadedRow(sessionId, row, false);
    });
}

void CallHistoryWindow::showQuery(const CallQuery &query) {
    m_filterBar->setQuery(query); // applies it through applyFilters()
}

void CallHistoryWindow::focusLoadedRow(const QString &sessionId, int row, bool filtersCleared) {
    if (row < 0) {
        statusBar()->showMessage(tr("This call is not logged."), 10000);
        emit focusFinished(sessionId, false);
        return;
    }
    if (filtersCleared) {
        // The selection restored after clearing would otherwise replace this one.
        m_restorePending = false;
    }
    const QModelIndex index = m_model->index(row, CallHistoryModel::DateColumn);
    m_view->setCurrentIndex(index);
    m_view->selectRow(row);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setFocus(Qt::OtherFocusReason);
    updateActions();
    emit focusFinished(sessionId, true);
}

const CallHistoryRow *CallHistoryWindow::selectedCall() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->callAt(rows.first().row());
}

QString CallHistoryWindow::selectedSessionId() const {
    const CallHistoryRow *row = selectedCall();
    return row ? row->call.sessionId : QString();
}

void CallHistoryWindow::updateActions() {
    const CallHistoryRow *row = selectedCall();
    const bool hasFile = row && row->recording && row->recording->state == RecordingState::Done
                         && QFileInfo::exists(row->recording->localFile);
    m_editNoteAction->setEnabled(row);
    m_deleteAction->setEnabled(row);
    m_callBackAction->setEnabled(row && !row->call.otherNumber().isEmpty());
    m_copyNumberAction->setEnabled(row && !row->call.otherNumber().isEmpty());
    m_playAction->setEnabled(hasFile || (row && row->recording && !row->recording->link.isEmpty()));
    m_revealAction->setEnabled(hasFile);
    m_followUpDoneAction->setEnabled(row && row->call.followUp.isSet());
}

void CallHistoryWindow::updateCount() {
    if (!m_model->countKnown()) {
        m_countLabel->setText(m_model->isLoading() ? tr("Loading…") : QString());
        return;
    }
    const int count = m_model->totalCount();
    m_countLabel->setText(m_model->query().hasFilter() ? tr("%n call(s) match", nullptr, count)
                                                       : tr("%n call(s)", nullptr, count));
}

void CallHistoryWindow::editNote() {
    const QString sessionId = selectedSessionId();
    if (!sessionId.isEmpty()) {
        emit editNoteRequested(sessionId);
    }
}

void CallHistoryWindow::callBack() {
    const CallHistoryRow *row = selectedCall();
    if (row && !row->call.otherNumber().isEmpty()) {
        emit callBackRequested(row->call.otherNumber());
    }
}

void CallHistoryWindow::playRecording() {
    const CallHistoryRow *row = selectedCall();
    if (!row || !row->recording) {
        return;
    }
    // The downloaded file plays offline; otherwise the recording's web page (which needs a
    // browser login to RingCentral) is the best there is.
    const QUrl url = QFileInfo::exists(row->recording->localFile)
                         ? QUrl::fromLocalFile(row->recording->localFile)
                         : row->recording->link;
    if (url.isEmpty() || !QDesktopServices::openUrl(url)) {
        statusBar()->showMessage(tr("The recording cannot be opened."), 10000);
    }
}

void CallHistoryWindow::showRecordingInFolder() {
    const CallHistoryRow *row = selectedCall();
    if (!row || !row->recording || row->recording->localFile.isEmpty()) {
        return;
    }
    // Qt has no portable "select this file" call; opening the folder works everywhere.
    const QString folder = QFileInfo(row->recording->localFile).absolutePath();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
        statusBar()->showMessage(tr("The folder cannot be opened."), 10000);
    }
}

void CallHistoryWindow::copyNumber() {
    const CallHistoryRow *row = selectedCall();
    if (row && !row->call.otherNumber().isEmpty()) {
        QApplication::clipboard()->setText(row->call.otherNumber());
        statusBar()->showMessage(tr("Copied %1.").arg(row->call.otherNumber()), 5000);
    }
}

void CallHistoryWindow::deleteLog() {
    const CallHistoryRow *row = selectedCall();
    if (!row) {
        return;
    }
    const QString sessionId = row->call.sessionId;
    const QString who =
        row->call.otherName().isEmpty() ? row->call.otherNumber() : row->call.otherName();
    QMessageBox box(QMessageBox::Question, tr("Delete Log"),
                    tr("Delete the log of this call with %1?").arg(who),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("Its subject, note and recording record are removed from CallDock. The phone then "
           "shows the call as not logged."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() == QMessageBox::Yes) {
        emit deleteRequested(sessionId);
    }
}

void CallHistoryWindow::exportTo(const QString &path) {
    if (m_exporting) {
        return;
    }
    m_filterBar->flush();
    m_exporting = true;
    m_exportAction->setEnabled(false);
    m_busyBar->show();
    statusBar()->showMessage(tr("Exporting calls to %1…").arg(QDir::toNativeSeparators(path)));
    // Not cancelled by filter changes: it writes what the filters showed when it was asked for.
    m_source.exportTo(
        path, m_model->query(), this, [this, path](const CallHistorySource::ExportResult &result) {
            m_exporting = false;
            m_exportAction->setEnabled(true);
            m_busyBar->hide();
            const bool fromDialog = std::exchange(m_exportFromDialog, false);
            if (!result.ok) {
                statusBar()->clearMessage();
                emit exportFinished(false, result.error);
                if (fromDialog) {
                    QMessageBox::warning(this, tr("Export Calls"), result.error);
                }
                return;
            }
            const QString message = tr("Exported %n call(s) to %1.", nullptr, result.count)
                                        .arg(QDir::toNativeSeparators(path));
            statusBar()->showMessage(message, 10000);
            emit exportFinished(true, message);
        });
}

void CallHistoryWindow::exportWithDialog() {
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString jsonFilter = tr("JSON files (*.json)");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("calls-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QString selectedFilter = csvFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Calls"), QDir(folder).filePath(name),
        csvFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json")) {
        path += selectedFilter == jsonFilter ? QStringLiteral(".json") : QStringLiteral(".csv");
    }
    m_exportFromDialog = true;
    exportTo(path);
}
