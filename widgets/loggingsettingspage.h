#pragma once

#include <QWidget>

class AfterCallSettingsBox;
class FieldMessage;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class Settings;

// Settings ▸ Call logging: automatic logging, where notes are typed, and recordings.
class LoggingSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoggingSettingsPage)

public:
    // `defaultRecordingsFolder` is shown as the placeholder of an empty folder field.
    explicit LoggingSettingsPage(const QString &defaultRecordingsFolder, QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;
    bool isValid() const;
    // Follows a change made elsewhere (tray, widget) without touching the other fields.
    void showAutoLog(bool enabled);
    void showAutoLogMessages(bool enabled);
    // The widget learns whether it shows its own log page only when it registers CallDock,
    // which happens on a (re)load.
    bool needsReload(const Settings &settings) const;

    // Why `folder` cannot hold recordings, or empty when it can (empty means the default).
    static QString validateRecordingsFolder(const QString &folder);

signals:
    void edited();

private:
    void validate();
    void chooseFolder();

    QCheckBox *m_autoLog = nullptr;
    QCheckBox *m_autoLogMessages = nullptr;
    QComboBox *m_notesMode = nullptr;
    QCheckBox *m_recordings = nullptr;
    QLineEdit *m_folder = nullptr;
    QPushButton *m_browse = nullptr;
    FieldMessage *m_folderMessage = nullptr;
    AfterCallSettingsBox *m_afterCall = nullptr;
};
