#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

// One chart of the Activity window: a title, the chart (or, for screen readers and for anyone
// who wants the numbers, a table of the same data), and the totals under it. It saves the chart
// as PNG and its data as CSV.
//
// The table's cells show localized text; a cell's Qt::UserRole holds the plain value the CSV
// gets (ISO dates, whole seconds, plain numbers), so the file reads the same in every language.
class ActivityChartPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityChartPanel)

public:
    ActivityChartPanel(const QString &title, QWidget *chart, QWidget *parent = nullptr);
    ~ActivityChartPanel() override;

    QString title() const;
    QWidget *chart() const { return m_chart; }
    QStandardItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    void setSummary(const QString &text);

    void setShowTable(bool table);
    bool showsTable() const;

    // False with the reason in `error` when the file cannot be written.
    bool savePng(const QString &path, QString *error) const;
    bool saveCsv(const QString &path, QString *error) const;

signals:
    // The panel's own menu asked for a file name and saved (or failed): for the status bar.
    void saved(bool ok, const QString &message);

private:
    void saveWithDialog(bool png);

    QLabel *m_title = nullptr;
    QWidget *m_chart = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_menuButton = nullptr;
};
