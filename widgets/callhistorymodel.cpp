#include "callhistorymodel.h"

#include "callhistoryreader.h"
#include "logcalltext.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHistoryModel, "calldock.widgets.history")

namespace {

QString durationText(qint64 seconds) {
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    return hours > 0 ? QStringLiteral("%1:%2:%3")
                           .arg(hours)
                           .arg(minutes, 2, 10, QLatin1Char('0'))
                           .arg(rest, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString firstLine(const QString &text) {
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    return (end < 0 ? text : text.left(end)).trimmed();
}

} // namespace

CallHistoryModel::CallHistoryModel(CallHistoryReader &reader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_reader(reader) {}

CallHistoryModel::~CallHistoryModel() = default;

void CallHistoryModel::setQuery(const CallQuery &query) {
    m_query = query;
    load(kPageSize);
}

void CallHistoryModel::reload() {
    load(qMax(kPageSize, int(m_rows.size())));
}

void CallHistoryModel::load(int rows) {
    beginResetModel();
    m_rows.clear();
    const int total = m_reader.count(m_query);
    std::optional<QList<CallHistoryRow>> loaded;
    if (total >= 0) {
        loaded = m_reader.page(m_query, 0, rows);
    }
    if (loaded) {
        m_rows = *loaded;
        m_total = qMax(total, int(m_rows.size()));
        m_lastError.clear();
    } else {
        m_total = 0;
    }
    endResetModel();
    if (!loaded) {
        fail(m_reader.lastError());
    }
    emit totalCountChanged(m_total);
}

bool CallHistoryModel::fetchPage() {
    const std::optional<QList<CallHistoryRow>> page =
        m_reader.page(m_query, int(m_rows.size()), kPageSize);
    if (!page) {
        fail(m_reader.lastError());
        return false;
    }
    if (page->isEmpty()) {
        // Calls were deleted since the count: there is nothing more to fetch.
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
        return false;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows += *page;
    endInsertRows();
    if (page->size() < kPageSize && m_rows.size() < m_total) {
        m_total = int(m_rows.size());
        emit totalCountChanged(m_total);
    }
    return true;
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

int CallHistoryModel::loadRowOf(const QString &sessionId) {
    const std::optional<int> position = m_reader.position(m_query, sessionId);
    if (!position) {
        fail(m_reader.lastError());
        return -1;
    }
    if (*position < 0) {
        return -1;
    }
    while (m_rows.size() <= *position && fetchPage()) {
    }
    // The database may have changed between the two reads; trust what is loaded.
    return rowOf(sessionId);
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
        switch (call.direction) {
        case CallDirection::Inbound:
            //: Direction of a call: the other party called the user.
            return tr("Inbound");
        case CallDirection::Outbound:
            //: Direction of a call: the user called the other party.
            return tr("Outbound");
        case CallDirection::Unknown:
            break;
        }
        return QString();
    case NameColumn:
        return row.otherName();
    case NumberColumn:
        return row.otherNumber();
    case DurationColumn:
        return call.durationSeconds ? durationText(*call.durationSeconds) : QString();
    case ResultColumn:
        // RingCentral's English result words, shown in the user's language.
        return call.result.isEmpty() ? QString() : LogCallText::result(call.result);
    case NoteColumn: {
        const QString note = firstLine(call.note);
        if (call.subject.isEmpty() || note.isEmpty()) {
            return call.subject.isEmpty() ? note : call.subject;
        }
        return tr("%1 — %2", "subject — first line of the note").arg(call.subject, note);
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void CallHistoryModel::fetchMore(const QModelIndex &parent) {
    if (canFetchMore(parent)) {
        fetchPage();
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
