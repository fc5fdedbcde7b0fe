#include "callhistorymodel.h"

#include "callhistorysource.h"
#include "calltext.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

#include <utility>

Q_LOGGING_CATEGORY(lcHistoryModel, "calldock.widgets.history")

namespace {

QString firstLine(const QString &text) {
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

CallHistoryModel::CallHistoryModel(CallHistorySource &source, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source) {}

CallHistoryModel::~CallHistoryModel() = default;

void CallHistoryModel::setQuery(const CallQuery &query) {
    m_query = query;
    load(kPageSize, true);
}

void CallHistoryModel::reload() {
    load(qMax(kPageSize, int(m_rows.size())), false);
}

void CallHistoryModel::load(int rows, bool clear) {
    // Whatever is still on its way belongs to the old query or the old rows.
    m_generation.advance();
    m_waiters.clear();
    const CallHistorySource::Stamp stamp = m_generation.stamp();
    if (clear) {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        m_countKnown = false;
        endResetModel();
        emit totalCountChanged(m_total);
    }
    m_requestedEnd = rows;
    setLoading(true);
    // Answers come in request order: the count first, so the window shows it before the rows.
    m_source.requestCount(m_query, stamp, this, [this](const CallHistorySource::CountResult &r) {
        if (!r.ok) {
            abandon(r.error);
            return;
        }
        m_countKnown = true;
        setTotal(r.count);
    });
    m_source.requestPage(m_query, 0, rows, stamp, this,
                         [this, rows](const CallHistorySource::PageResult &r) {
                             if (!r.ok) {
                                 abandon(r.error);
                                 return;
                             }
                             finishLoad(r.rows, rows);
                         });
}

void CallHistoryModel::finishLoad(const QList<CallHistoryRow> &rows, int requested) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
    m_lastError.clear();
    if (rows.size() < requested) {
        // Fewer rows than asked: that is all there is, whatever the count said.
        m_requestedEnd = int(rows.size());
        setTotal(int(rows.size()));
    } else {
        setTotal(qMax(m_total, int(rows.size())));
    }
    setLoading(false);
    emit loaded();
    answerWaiters();
}

void CallHistoryModel::abandon(const QString &error) {
    m_generation.advance();
    const bool wasLoading = m_loading;
    beginResetModel();
    m_rows.clear();
    m_requestedEnd = 0;
    endResetModel();
    setTotal(0);
    setLoading(false);
    fail(error);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        waiter.done(-1);
    }
    if (wasLoading) {
        emit loaded();
    }
}

void CallHistoryModel::fetchFailed(const QString &error) {
    // The rows shown stay; the next scroll asks again. Pages asked for after this one are dropped
    // (they would leave a gap). A failed page never overlaps a load: answers come in order.
    if (!m_loading) {
        m_generation.advance();
    }
    m_requestedEnd = int(m_rows.size());
    fail(error);
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        waiter.done(-1);
    }
}

void CallHistoryModel::requestRows(int count) {
    const int offset = m_requestedEnd;
    m_requestedEnd += count;
    m_source.requestPage(m_query, offset, count, m_generation.stamp(), this,
                         [this, offset, count](const CallHistorySource::PageResult &r) {
                             if (!r.ok) {
                                 fetchFailed(r.error);
                                 return;
                             }
                             appendPage(offset, count, r.rows);
                         });
}

void CallHistoryModel::appendPage(int offset, int requested, const QList<CallHistoryRow> &rows) {
    if (offset != m_rows.size()) {
        // Asked for while a reload was on its way that brought fewer rows: nothing follows.
        answerWaiters();
        return;
    }
    if (!rows.isEmpty()) {
        beginInsertRows(QModelIndex(), offset, offset + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    if (rows.size() < requested) {
        // Calls were deleted since the count: there is nothing more to fetch.
        m_requestedEnd = int(m_rows.size());
        setTotal(int(m_rows.size()));
    }
    answerWaiters();
}

void CallHistoryModel::answerWaiters() {
    if (m_loading) {
        return;
    }
    const bool complete = m_requestedEnd <= m_rows.size();
    for (qsizetype i = 0; i < m_waiters.size();) {
        if (m_waiters.at(i).rows <= m_rows.size() || complete) {
            const Waiter waiter = m_waiters.takeAt(i);
            // The database may have changed between the reads; trust what is loaded.
            waiter.done(rowOf(waiter.sessionId));
        } else {
            ++i;
        }
    }
}

void CallHistoryModel::setTotal(int total) {
    if (total != m_total) {
        m_total = total;
        emit totalCountChanged(m_total);
    }
}

void CallHistoryModel::setLoading(bool loading) {
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged(m_loading);
    }
}

void CallHistoryModel::fail(const QString &error) {
    m_lastError = tr("Cannot read the call history: %1").arg(error);
    qCWarning(lcHistoryModel) << m_lastError;
    emit loadFailed(m_lastError);
}

const CallHistoryRow *CallHistoryModel::callAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CallHistoryModel::rowOf(const QString &sessionId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).call.sessionId == sessionId) {
            return row;
        }
    }
    return -1;
}

void CallHistoryModel::loadRowOf(const QString &sessionId, std::function<void(int row)> done) {
    m_source.requestPosition(
        m_query, sessionId, m_generation.stamp(), this,
        [this, sessionId, done = std::move(done)](const CallHistorySource::PositionResult &r) {
            if (!r.ok) {
                fail(r.error);
                done(-1);
                return;
            }
            if (r.position < 0) {
                done(-1);
                return;
            }
            const int needed = r.position + 1;
            if (needed > m_requestedEnd && m_requestedEnd < m_total) {
                // One request for every page up to the call, not one per page.
                const int missing = needed - m_requestedEnd;
                requestRows((missing + kPageSize - 1) / kPageSize * kPageSize);
            }
            m_waiters.append(Waiter{needed, sessionId, done});
            answerWaiters();
        });
}

CallQuery::SortColumn CallHistoryModel::sortColumnFor(int column) {
    switch (column) {
    case DirectionColumn:
        return CallQuery::SortColumn::Direction;
    case NameColumn:
        return CallQuery::SortColumn::Name;
    case NumberColumn:
        return CallQuery::SortColumn::Number;
    case DurationColumn:
        return CallQuery::SortColumn::Duration;
    case ResultColumn:
        return CallQuery::SortColumn::Result;
    case NoteColumn:
        return CallQuery::SortColumn::Note;
    case RecordingColumn:
        return CallQuery::SortColumn::Recording;
    default:
        return CallQuery::SortColumn::StartTime;
    }
}

int CallHistoryModel::columnFor(CallQuery::SortColumn sortColumn) {
    for (int column = 0; column < ColumnCount; ++column) {
        if (sortColumnFor(column) == sortColumn) {
            return column;
        }
    }
    return DateColumn;
}

int CallHistoryModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallHistoryModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const {
    const CallHistoryRow *row = callAt(index.row());
    if (!row || index.column() < 0 || index.column() >= ColumnCount) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DurationColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                : QVariant();
    case SessionIdRole:
        return row->call.sessionId;
    default:
        return QVariant();
    }
}

QVariant CallHistoryModel::display(const CallHistoryRow &row, int column) const {
    const CallRecord &call = row.call;
    switch (column) {
    case DateColumn:
        return call.startTimeMs ? QLocale().toString(
                   QDateTime::fromMSecsSinceEpoch(*call.startTimeMs), QLocale::ShortFormat)
                                : QString();
    case DirectionColumn:
        // An empty cell rather than "Unknown" in every row of live calls.
        return call.direction == CallDirection::Unknown ? QString()
                                                        : CallText::direction(call.direction);
    case NameColumn:
        return call.otherName();
    case NumberColumn:
        return call.otherNumber();
    case DurationColumn:
        return call.durationSeconds ? CallText::formatDuration(*call.durationSeconds) : QString();
    case ResultColumn:
        // RingCentral's English result words, shown in the user's language.
        return call.result.isEmpty() ? QString() : CallText::result(call.result);
    case NoteColumn: {
        const QString note = firstLine(call.note);
        QString text =
            call.subject.isEmpty() || note.isEmpty()
                ? (call.subject.isEmpty() ? note : call.subject)
                : tr("%1 — %2", "subject — first line of the note").arg(call.subject, note);
        // Outcome and follow-up in front: what a salesperson scans the list for.
        QStringList parts;
        if (!call.outcome.isEmpty()) {
            parts << QStringLiteral("[%1]").arg(call.outcome);
        }
        if (call.followUp.isSet()) {
            const QString due = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(call.followUp.dueMs), QLocale::ShortFormat);
            //: In the history's note column: a follow-up and its due time.
            parts << (call.followUp.isDone() ? tr("Follow-up done (%1)").arg(due)
                                             : tr("Follow-up %1").arg(due));
        }
        if (!text.isEmpty()) {
            parts << text;
        }
        return parts.join(QLatin1Char(' '));
    }
    case RecordingColumn:
        if (!row.recording) {
            return QString();
        }
        switch (row.recording->state) {
        case RecordingState::Queued:
            return tr("Queued", "state of a recording download");
        case RecordingState::Downloading:
            return row.recording->sizeBytes > 0
                       ? tr("Downloading %1%")
                             .arg(row.recording->receivedBytes * 100 / row.recording->sizeBytes)
                       : tr("Downloading", "state of a recording download");
        case RecordingState::Done:
            return tr("Saved", "state of a recording download");
        case RecordingState::Expired:
            return tr("Expired", "state of a recording download");
        case RecordingState::Failed:
            return tr("Failed", "state of a recording download");
        }
        return QString();
    default:
        return QVariant();
    }
}

QVariant CallHistoryModel::toolTip(const CallHistoryRow &row, int column) const {
    if (column == NoteColumn && (!row.call.subject.isEmpty() || !row.call.note.isEmpty())) {
        return row.call.subject.isEmpty()
                   ? row.call.note
                   : row.call.subject + QStringLiteral("\n\n") + row.call.note;
    }
    if (column == RecordingColumn && row.recording) {
        if (!row.recording->lastError.isEmpty()) {
            return row.recording->lastError;
        }
        return row.recording->localFile.isEmpty() ? QVariant() : row.recording->localFile;
    }
    if (column == DateColumn && row.call.startTimeMs) {
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(*row.call.startTimeMs),
                                  QLocale::LongFormat);
    }
    return QVariant();
}

QVariant CallHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case DirectionColumn:
        return tr("Direction");
    case NameColumn:
        return tr("Name");
    case NumberColumn:
        return tr("Number", "phone number");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        //: Column: how the call ended (answered, missed, voicemail…).
        return tr("Result");
    case NoteColumn:
        return tr("Subject / note");
    case RecordingColumn:
        //: Column: state of the call's audio recording.
        return tr("Recording");
    default:
        return QVariant();
    }
}

bool CallHistoryModel::canFetchMore(const QModelIndex &parent) const {
    // One page on its way at a time: the view asks again once it has arrived.
    return !parent.isValid() && !m_loading && m_requestedEnd == m_rows.size()
           && m_rows.size() < m_total;
}

void CallHistoryModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent)) {
        requestRows(kPageSize);
    }
}

void CallHistoryModel::sort(int column, Qt::SortOrder order) {
    CallQuery query = m_query;
    query.sortColumn = sortColumnFor(column);
    query.sortOrder = order;
    if (query != m_query) {
        setQuery(query);
    }
}
