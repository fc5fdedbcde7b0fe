#pragma once

#include "callhistorygeneration.h"
#include "callhistoryrow.h"
#include "callquery.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>

class CallHistorySource;

// The call history as a table, loaded lazily: only the pages the view has scrolled to are read
// (fetchMore), and filtering and sorting are CallQuery changes that the source runs in SQL. So
// the model stays small and fast with a million calls. It never sees SQL, and never waits for
// it: every read is a request whose answer arrives later (on the storage thread's schedule), so
// the GUI keeps turning while a page loads. A query change drops the answers still on their way
// for the old query (CallHistoryGeneration).
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

    explicit CallHistoryModel(CallHistorySource &source, QObject *parent = nullptr);
    ~CallHistoryModel() override;

    CallQuery query() const { return m_query; }
    // Shows what `query` selects: the rows go at once (a model reset), the count and the first
    // page follow; loaded() says when they are there.
    void setQuery(const CallQuery &query);
    // Reads the database again with the same query, keeping at least as many rows loaded as
    // before. The old rows stay until the new ones arrive, then a model reset swaps them (views
    // restore their selection themselves).
    void reload();

    // A setQuery() or reload() is on its way.
    bool isLoading() const { return m_loading; }
    // Pages asked for (fetchMore, loadRowOf) have not all arrived yet.
    bool isFetching() const { return m_requestedEnd > m_rows.size(); }
    // How many calls the query selects; more than rowCount() until every page is loaded. While
    // loading, 0 until the count has arrived (countKnown()).
    int totalCount() const { return m_total; }
    bool countKnown() const { return m_countKnown; }
    // The loaded call at `row`, or nullptr.
    const CallHistoryRow *callAt(int row) const;
    // The loaded row of `sessionId`, or -1.
    int rowOf(const QString &sessionId) const;
    // Finds `sessionId` in the query's order, loads the pages up to it, and calls `done` with
    // its row, or -1 when the query does not select it (or on error). `done` is not called when
    // the query changes first.
    void loadRowOf(const QString &sessionId, std::function<void(int row)> done);
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
    void loadingChanged(bool loading);
    // The rows of a setQuery() or reload() have arrived (or reading them failed).
    void loaded();

private:
    struct Waiter {
        int rows; // loaded when m_rows has this many (or the query has no more)
        QString sessionId;
        std::function<void(int row)> done;
    };

    void load(int rows, bool clear);
    void finishLoad(const QList<CallHistoryRow> &rows, int requested);
    void requestRows(int count);
    void appendPage(int offset, int requested, const QList<CallHistoryRow> &rows);
    void setTotal(int total);
    void setLoading(bool loading);
    void answerWaiters();
    // A load failed: no rows. A page failed: the loaded rows stay.
    void abandon(const QString &error);
    void fetchFailed(const QString &error);
    QVariant display(const CallHistoryRow &row, int column) const;
    QVariant toolTip(const CallHistoryRow &row, int column) const;
    void fail(const QString &error);

    CallHistorySource &m_source;
    CallHistoryGeneration m_generation;
    CallQuery m_query;
    QList<CallHistoryRow> m_rows;
    int m_total = 0;
    bool m_countKnown = false;
    bool m_loading = false;
    // Rows loaded plus rows asked for and not arrived yet: the next page starts here.
    int m_requestedEnd = 0;
    QList<Waiter> m_waiters;
    QString m_lastError;
};
