#pragma once

#include "callhistoryrow.h"
#include "callquery.h"

#include <QAbstractTableModel>
#include <QList>

class CallHistoryReader;

// The call history as a table, loaded lazily: only the pages the view has scrolled to are read
// (fetchMore), and filtering and sorting are CallQuery changes that the reader runs in SQL. So
// the model stays small and fast with 100,000 calls. It never sees SQL.
class CallHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallHistoryModel)

public:
    enum Column {
        DateColumn,
        DirectionColumn,
        NameColumn,
        NumberColumn,
        DurationColumn,
        ResultColumn,
        NoteColumn,
        RecordingColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 200;

    explicit CallHistoryModel(CallHistoryReader &reader, QObject *parent = nullptr);
    ~CallHistoryModel() override;

    CallQuery query() const { return m_query; }
    // Shows what `query` selects, from the first page (a model reset).
    void setQuery(const CallQuery &query);
    // Reads the database again with the same query, keeping at least as many rows loaded as
    // before (a model reset: views restore their selection themselves).
    void reload();

    // How many calls the query selects; more than rowCount() until every page is loaded.
    int totalCount() const { return m_total; }
    // The loaded call at `row`, or nullptr.
    const CallHistoryRow *callAt(int row) const;
    // The loaded row of `sessionId`, or -1.
    int rowOf(const QString &sessionId) const;
    // Loads pages until `sessionId` is loaded and returns its row; -1 when the query does not
    // select it (or on error).
    int loadRowOf(const QString &sessionId);
    QString lastError() const { return m_lastError; }

    static CallQuery::SortColumn sortColumnFor(int column);
    static int columnFor(CallQuery::SortColumn sortColumn);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    // Reading failed (the message is user-readable); the model then shows what it had.
    void loadFailed(const QString &error);
    void totalCountChanged(int count);

private:
    void load(int rows);
    bool fetchPage();
    QVariant display(const CallHistoryRow &row, int column) const;
    QVariant toolTip(const CallHistoryRow &row, int column) const;
    void fail(const QString &error);

    CallHistoryReader &m_reader;
    CallQuery m_query;
    QList<CallHistoryRow> m_rows;
    int m_total = 0;
    QString m_lastError;
};
