#pragma once

#include <QWidget>

// Settings ▸ Data: where CallDock keeps the call log, with a button that opens the folder.
// Nothing here is editable: the data folder is chosen with --data-dir at start.
class DataSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataSettingsPage)

public:
    DataSettingsPage(const QString &dataFolder, const QString &databaseFile,
                     QWidget *parent = nullptr);

signals:
    // The user asked to see the folder; the dialog opens it with the desktop's file manager.
    void openFolderRequested(const QString &folder);
};
