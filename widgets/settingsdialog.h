#pragma once

#include <QDialog>
#include <QString>

#include <functional>

class DataSettingsPage;
class GeneralSettingsPage;
class LoggingSettingsPage;
class PhoneSettingsPage;
class QDialogButtonBox;
class QListWidget;
class QStackedWidget;
class Settings;

// What the settings dialog shows but does not own.
struct SettingsDialogContext {
    QString dataFolder;
    QString databaseFile;
    QString defaultRecordingsFolder;
    bool trayAvailable = false;
};

// Settings ▸ General / Phone / Call logging / Data. The pages edit a copy; OK and Apply write it
// through Settings' typed setters. A value that cannot be used is explained next to its field
// and keeps OK and Apply disabled. Changes that only take effect when the widget loads again
// ask first and then emit reloadRequested().
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { General, Phone, Logging, Data };
    enum class ReloadAnswer { ReloadNow, Later, Cancel };
    // Asks whether to reload the phone now; replaceable so tests need no message box.
    using ReloadQuestion = std::function<ReloadAnswer(QWidget *parent)>;

    SettingsDialog(Settings &settings, const SettingsDialogContext &context,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    // Every field holds a usable value.
    bool isInputValid() const;
    // Applying the edited values would need the widget to load again.
    bool needsReload() const;

    void setReloadQuestion(ReloadQuestion question);

    // Writes the edited values (asking about a reload first when needed). Returns false when
    // nothing was written: invalid input or the user cancelled.
    bool apply();

    void accept() override;

    static ReloadAnswer askAboutReload(QWidget *parent);

signals:
    void reloadRequested();
    // Values were written to Settings.
    void applied();

private:
    void addPage(QWidget *page, const QString &title);
    void loadFromSettings();
    void updateButtons();

    Settings &m_settings;
    ReloadQuestion m_reloadQuestion;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    GeneralSettingsPage *m_general = nullptr;
    PhoneSettingsPage *m_phone = nullptr;
    LoggingSettingsPage *m_logging = nullptr;
    DataSettingsPage *m_data = nullptr;
};
