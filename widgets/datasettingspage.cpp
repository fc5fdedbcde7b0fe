#include "datasettingspage.h"

#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *pathLabel(const QString &path, const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(QDir::toNativeSeparators(path), parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // Paths are for copying into a file manager or a support request.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

} // namespace

DataSettingsPage::DataSettingsPage(const QString &dataFolder, const QString &databaseFile,
                                   QWidget *parent)
    : QWidget(parent) {
    QLabel *folder = pathLabel(dataFolder, QStringLiteral("dataFolderLabel"), this);
    folder->setAccessibleName(tr("Data folder"));
    QLabel *database = pathLabel(databaseFile, QStringLiteral("databaseLabel"), this);
    database->setAccessibleName(tr("Call log database"));

    auto *open = new QPushButton(tr("&Open folder"), this);
    open->setObjectName(QStringLiteral("openFolderButton"));
    open->setAccessibleName(tr("Open the data folder"));

    auto *form = new QFormLayout;
    form->addRow(tr("Data folder:"), folder);
    form->addRow(tr("Call log:"), database);

    auto *note = new QLabel(tr("The call log, notes, recordings and the phone's sign-in live in "
                               "this folder and stay on this computer. Back it up like any "
                               "other personal data."),
                            this);
    note->setWordWrap(true);
    // Not wrapped: a line break inside the option name would make it uncopyable.
    //: %1 is the command line option, e.g. "--data-dir FOLDER".
    auto *otherFolder = new QLabel(tr("To use another folder, start CallDock with: %1")
                                       //: Placeholder for a folder in a command line example.
                                       .arg(QStringLiteral("--data-dir %1").arg(tr("FOLDER"))),
                                   this);
    otherFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(open, 0, Qt::AlignLeft);
    layout->addWidget(note);
    layout->addWidget(otherFolder);
    layout->addStretch(1);

    connect(open, &QPushButton::clicked, this,
            [this, dataFolder] { emit openFolderRequested(dataFolder); });
}
