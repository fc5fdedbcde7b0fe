#include "activitychartpanel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPixmap>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString csvField(QString value) {
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

// A file name from the title: letters and digits kept, the rest dashes.
QString fileStem(const QString &title) {
    QString stem;
    for (const QChar c : title.toLower()) {
        stem += c.isLetterOrNumber() ? c : QLatin1Char('-');
    }
    return stem.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
}

} // namespace

ActivityChartPanel::ActivityChartPanel(const QString &title, QWidget *chart, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_chart(chart)
    , m_stack(new QStackedWidget(this))
    , m_model(new QStandardItemModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_menuButton(new QToolButton(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(fileStem(title));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_chart->setParent(this);
    m_chart->setAccessibleName(title);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("%1 (table)").arg(title));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_table);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_menuButton->setText(tr("Save"));
    m_menuButton->setAccessibleName(tr("Save %1").arg(title));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("Save Chart as &Image…"), this, [this] { saveWithDialog(true); });
    menu->addAction(tr("Save &Data as CSV…"), this, [this] { saveWithDialog(false); });
    m_menuButton->setMenu(menu);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);
}

ActivityChartPanel::~ActivityChartPanel() = default;

QString ActivityChartPanel::title() const {
    return m_title->text();
}

void ActivityChartPanel::setSummary(const QString &text) {
    m_summary->setText(text);
    m_summary->setAccessibleDescription(text);
}

void ActivityChartPanel::setShowTable(bool table) {
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : m_chart);
}

bool ActivityChartPanel::showsTable() const {
    return m_stack->currentWidget() == m_table;
}

bool ActivityChartPanel::savePng(const QString &path, QString *error) const {
    // The chart as drawn on screen; when the table is shown the chart keeps its last size.
    const QPixmap pixmap = m_chart->grab();
    QSaveFile file(path);
    if (pixmap.isNull() || !file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG")
        || !file.commit()) {
        *error = tr("Cannot save %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString().isEmpty()
                                                              ? tr("the image could not be written")
                                                              : file.errorString());
        return false;
    }
    return true;
}

bool ActivityChartPanel::saveCsv(const QString &path, QString *error) const {
    QByteArray data;
    QStringList fields;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        fields << csvField(m_model->headerData(column, Qt::Horizontal).toString());
    }
    data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int row = 0; row < m_model->rowCount(); ++row) {
        fields.clear();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            const QVariant plain = index.data(Qt::UserRole);
            fields << csvField(plain.isValid() ? plain.toString() : index.data().toString());
        }
        data += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void ActivityChartPanel::saveWithDialog(bool png) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        fileStem(title()) + (png ? QStringLiteral(".png") : QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, png ? tr("Save Chart as Image") : tr("Save Chart Data"), QDir(folder).filePath(name),
        png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    const bool ok = png ? savePng(path, &error) : saveCsv(path, &error);
    emit saved(ok, ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}
