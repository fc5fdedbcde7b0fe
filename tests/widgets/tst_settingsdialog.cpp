// The settings dialog against a real Settings file in a temporary folder: values round-trip
// through the dialog and the file, unusable input is explained and blocks OK, and changes that
// need the widget to load again ask first.

#include "settings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSettingsDialog final : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsStoredValues();
    void roundTripThroughTheFile();
    void invalidCustomUrlIsExplainedAndBlocksOk();
    void invalidClientIdIsExplainedAndBlocksOk();
    void invalidCustomServerIsExplained();
    void relativeRecordingsFolderIsRefused();
    void reloadIsAskedOnlyForWidgetChanges();
    void cancelledReloadWritesNothing();
    void laterAppliesWithoutReload();
    void notesModeToWidgetNeedsReload();
    void autoLogChangedElsewhereIsNotReverted();
    void withoutTrayCloseToTrayIsDisabled();
    void keyboardMovesBetweenPages();
    void dataPageShowsPaths();

private:
    std::unique_ptr<SettingsDialog> makeDialog(bool trayAvailable = true);
    template<typename T>
    T *field(const SettingsDialog &dialog, const char *name) {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget) {
            qFatal("no field %s", name);
        }
        return widget;
    }
    static QPushButton *button(const SettingsDialog &dialog, QDialogButtonBox::StandardButton b) {
        return dialog.findChild<QDialogButtonBox *>()->button(b);
    }
    static void selectData(QComboBox *combo, const QVariant &data) {
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    // With the keyboard, as a user tabbing through the page would.
    static void toggle(QCheckBox *box) {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    static void retype(QLineEdit *edit, const QString &text) {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestSettingsDialog::cleanup() {
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog(bool trayAvailable) {
    SettingsDialogContext context;
    context.dataFolder = m_dir->path();
    context.databaseFile = m_dir->filePath(QStringLiteral("calldock.sqlite"));
    context.defaultRecordingsFolder = m_dir->filePath(QStringLiteral("recordings"));
    context.trayAvailable = trayAvailable;
    auto dialog = std::make_unique<SettingsDialog>(*m_settings, context);
    dialog->show();
    return dialog;
}

void TestSettingsDialog::showsStoredValues() {
    m_settings->setStartAtLogin(true);
    m_settings->setNotifyIncomingCalls(false);
    m_settings->setReleaseChannel(Settings::ReleaseChannel::Beta);
    QVERIFY(m_settings->setClientId(QStringLiteral("abc_123")));
    m_settings->setNotesMode(Settings::NotesMode::None);
    m_settings->setLanguage(QStringLiteral("ja"));

    const auto dialog = makeDialog();
    QVERIFY(field<QCheckBox>(*dialog, "startAtLoginCheck")->isChecked());
    QVERIFY(!field<QCheckBox>(*dialog, "notifyIncomingCheck")->isChecked());
    QCOMPARE(field<QComboBox>(*dialog, "channelCombo")->currentData().toInt(),
             int(Settings::ReleaseChannel::Beta));
    QCOMPARE(field<QLineEdit>(*dialog, "clientIdEdit")->text(), QStringLiteral("abc_123"));
    QCOMPARE(field<QComboBox>(*dialog, "notesModeCombo")->currentData().toInt(),
             int(Settings::NotesMode::None));
    QCOMPARE(field<QComboBox>(*dialog, "languageCombo")->currentData().toString(),
             QStringLiteral("ja"));
    // Offered in their own script, whatever the current language is.
    QCOMPARE(field<QComboBox>(*dialog, "languageCombo")->currentText(), QStringLiteral("日本語"));
    QVERIFY(dialog->isInputValid());
    QVERIFY(!dialog->needsReload());
}

void TestSettingsDialog::roundTripThroughTheFile() {
    const QString recordings = m_dir->filePath(QStringLiteral("my recordings"));
    {
        const auto dialog = makeDialog();
        dialog->setReloadQuestion([](QWidget *) { return SettingsDialog::ReloadAnswer::Later; });
        toggle(field<QCheckBox>(*dialog, "startAtLoginCheck"));
        toggle(field<QCheckBox>(*dialog, "startMinimizedCheck"));
        toggle(field<QCheckBox>(*dialog, "closeToTrayCheck"));
        toggle(field<QCheckBox>(*dialog, "notifyProblemsCheck"));
        selectData(field<QComboBox>(*dialog, "languageCombo"), QStringLiteral("zh_CN"));
        selectData(field<QComboBox>(*dialog, "platformCombo"), int(Settings::Platform::Sandbox));
        retype(field<QLineEdit>(*dialog, "clientIdEdit"), QStringLiteral("  MyClient-42 "));
        toggle(field<QCheckBox>(*dialog, "autoLogCheck"));
        selectData(field<QComboBox>(*dialog, "notesModeCombo"), int(Settings::NotesMode::None));
        retype(field<QLineEdit>(*dialog, "recordingsFolderEdit"), recordings);

        QSignalSpy applied(dialog.get(), &SettingsDialog::applied);
        QTest::mouseClick(button(*dialog, QDialogButtonBox::Apply), Qt::LeftButton);
        QCOMPARE(applied.count(), 1);
        QVERIFY(dialog->isVisible()); // Apply keeps the dialog open
    }

    // A new Settings object reads what the dialog wrote to the file.
    Settings reread(m_settings->fileName());
    QVERIFY(reread.startAtLogin());
    QVERIFY(reread.startMinimized());
    QVERIFY(!reread.closeToTray());
    QVERIFY(!reread.notifyLoggingProblems());
    QVERIFY(reread.notifyIncomingCalls());
    QCOMPARE(reread.language(), QStringLiteral("zh_CN"));
    QCOMPARE(reread.platform(), Settings::Platform::Sandbox);
    QCOMPARE(reread.clientId(), QStringLiteral("MyClient-42"));
    QVERIFY(!reread.autoLogCalls());
    QCOMPARE(reread.notesMode(), Settings::NotesMode::None);
    QCOMPARE(reread.recordingsFolder(), recordings);

    // And a new dialog shows it again.
    const auto again = makeDialog();
    QCOMPARE(field<QLineEdit>(*again, "clientIdEdit")->text(), QStringLiteral("MyClient-42"));
    QVERIFY(!field<QCheckBox>(*again, "autoLogCheck")->isChecked());
    QCOMPARE(field<QLineEdit>(*again, "recordingsFolderEdit")->text(), recordings);
    QVERIFY(!again->needsReload());
}

void TestSettingsDialog::invalidCustomUrlIsExplainedAndBlocksOk() {
    const auto dialog = makeDialog();
    dialog->showPage(SettingsDialog::Page::Phone);
    auto *url = field<QLineEdit>(*dialog, "customUrlEdit");
    QVERIFY(!url->isEnabled()); // only for the custom channel
    selectData(field<QComboBox>(*dialog, "channelCombo"), int(Settings::ReleaseChannel::Custom));
    QVERIFY(url->isEnabled());

    retype(url, QStringLiteral("http://widget.example.com/app.html"));
    const QString expected =
        Settings::validateWidgetUrl(QUrl(QStringLiteral("http://widget.example.com/app.html")));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(url->accessibleDescription(), expected);
    // The sentence is on screen next to the field, not only in the accessibility tree.
    bool shown = false;
    const auto labels = dialog->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        shown = shown || (label->text() == expected && label->isVisibleTo(dialog.get()));
    }
    QVERIFY(shown);
    QVERIFY(!dialog->isInputValid());
    QVERIFY(!button(*dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!button(*dialog, QDialogButtonBox::Apply)->isEnabled());
    // The page list marks the page that holds the problem.
    auto *pages = field<QListWidget>(*dialog, "pageList");
    QVERIFY(!pages->item(int(SettingsDialog::Page::Phone))->icon().isNull());
    QVERIFY(pages->item(int(SettingsDialog::Page::General))->icon().isNull());
    QVERIFY(!dialog->apply());
    QCOMPARE(m_settings->releaseChannel(), Settings::ReleaseChannel::Latest);

    retype(url, QStringLiteral("https://widget.example.com/app.html"));
    QVERIFY(url->accessibleDescription().isEmpty());
    QVERIFY(pages->item(int(SettingsDialog::Page::Phone))->icon().isNull());
    QVERIFY(button(*dialog, QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(dialog->needsReload());
}

void TestSettingsDialog::invalidClientIdIsExplainedAndBlocksOk() {
    const auto dialog = makeDialog();
    auto *clientId = field<QLineEdit>(*dialog, "clientIdEdit");
    retype(clientId, QStringLiteral("not a client id!"));
    QCOMPARE(clientId->accessibleDescription(),
             Settings::validateClientId(QStringLiteral("not a client id!")));
    QVERIFY(!button(*dialog, QDialogButtonBox::Ok)->isEnabled());
    // OK does nothing while the input is unusable.
    QTest::keyClick(dialog.get(), Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(m_settings->clientId().isEmpty());

    // Empty is fine: the widget's own demo client.
    retype(clientId, QString());
    QVERIFY(clientId->accessibleDescription().isEmpty());
    QVERIFY(button(*dialog, QDialogButtonBox::Ok)->isEnabled());
}

void TestSettingsDialog::invalidCustomServerIsExplained() {
    const auto dialog = makeDialog();
    selectData(field<QComboBox>(*dialog, "platformCombo"), int(Settings::Platform::Custom));
    auto *server = field<QLineEdit>(*dialog, "appServerEdit");
    QVERIFY(!server->accessibleDescription().isEmpty()); // empty is not a server
    retype(server, QStringLiteral("http://platform.example.com"));
    QCOMPARE(server->accessibleDescription(),
             Settings::validateAppServer(QUrl(QStringLiteral("http://platform.example.com"))));
    QVERIFY(!dialog->isInputValid());
    retype(server, QStringLiteral("https://platform.example.com"));
    QVERIFY(dialog->isInputValid());

    dialog->setReloadQuestion([](QWidget *) { return SettingsDialog::ReloadAnswer::Later; });
    QVERIFY(dialog->apply());
    QCOMPARE(m_settings->appServer(), QUrl(QStringLiteral("https://platform.example.com")));
}

void TestSettingsDialog::relativeRecordingsFolderIsRefused() {
    const auto dialog = makeDialog();
    auto *folder = field<QLineEdit>(*dialog, "recordingsFolderEdit");
    retype(folder, QStringLiteral("relative/folder"));
    QVERIFY(!folder->accessibleDescription().isEmpty());
    QVERIFY(!dialog->isInputValid());

    // A file is not a folder.
    const QString file = m_dir->filePath(QStringLiteral("afile"));
    QFile(file).open(QIODevice::WriteOnly);
    retype(folder, file);
    QVERIFY(!folder->accessibleDescription().isEmpty());

    // Turning recordings off makes the folder irrelevant, and it is not stored.
    toggle(field<QCheckBox>(*dialog, "recordingsCheck"));
    QVERIFY(!folder->isEnabled());
    QVERIFY(dialog->isInputValid());
    QVERIFY(dialog->apply());
    QVERIFY(!m_settings->recordingsEnabled());
    QVERIFY(m_settings->recordingsFolder().isEmpty());
}

void TestSettingsDialog::reloadIsAskedOnlyForWidgetChanges() {
    const auto dialog = makeDialog();
    int asked = 0;
    dialog->setReloadQuestion([&asked](QWidget *) {
        ++asked;
        return SettingsDialog::ReloadAnswer::ReloadNow;
    });
    QSignalSpy reload(dialog.get(), &SettingsDialog::reloadRequested);

    // General and logging changes apply silently.
    toggle(field<QCheckBox>(*dialog, "startMinimizedCheck"));
    toggle(field<QCheckBox>(*dialog, "autoLogCheck"));
    QVERIFY(!dialog->needsReload());
    QVERIFY(dialog->apply());
    QCOMPARE(asked, 0);
    QCOMPARE(reload.count(), 0);
    QVERIFY(m_settings->startMinimized());

    // Choosing the channel that is already in use is no change either.
    selectData(field<QComboBox>(*dialog, "channelCombo"), int(Settings::ReleaseChannel::Latest));
    QVERIFY(!dialog->needsReload());

    retype(field<QLineEdit>(*dialog, "clientIdEdit"), QStringLiteral("client2"));
    QVERIFY(dialog->needsReload());
    QTest::mouseClick(button(*dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(reload.count(), 1);
    QCOMPARE(m_settings->clientId(), QStringLiteral("client2"));
    QVERIFY(!dialog->isVisible()); // OK closes
}

void TestSettingsDialog::cancelledReloadWritesNothing() {
    const auto dialog = makeDialog();
    dialog->setReloadQuestion([](QWidget *) { return SettingsDialog::ReloadAnswer::Cancel; });
    QSignalSpy reload(dialog.get(), &SettingsDialog::reloadRequested);
    selectData(field<QComboBox>(*dialog, "channelCombo"), int(Settings::ReleaseChannel::Beta));
    toggle(field<QCheckBox>(*dialog, "startAtLoginCheck"));
    QTest::mouseClick(button(*dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(reload.count(), 0);
    QCOMPARE(m_settings->releaseChannel(), Settings::ReleaseChannel::Latest);
    QVERIFY(!m_settings->startAtLogin());
}

void TestSettingsDialog::laterAppliesWithoutReload() {
    const auto dialog = makeDialog();
    dialog->setReloadQuestion([](QWidget *) { return SettingsDialog::ReloadAnswer::Later; });
    QSignalSpy reload(dialog.get(), &SettingsDialog::reloadRequested);
    selectData(field<QComboBox>(*dialog, "channelCombo"), int(Settings::ReleaseChannel::Beta));
    QVERIFY(dialog->apply());
    QCOMPARE(reload.count(), 0);
    QCOMPARE(m_settings->widgetAppUrl(), Settings::channelUrl(Settings::ReleaseChannel::Beta));
    QVERIFY(!dialog->needsReload()); // applied: nothing pending any more
}

void TestSettingsDialog::notesModeToWidgetNeedsReload() {
    const auto dialog = makeDialog();
    selectData(field<QComboBox>(*dialog, "notesModeCombo"), int(Settings::NotesMode::None));
    QVERIFY(!dialog->needsReload());
    selectData(field<QComboBox>(*dialog, "notesModeCombo"), int(Settings::NotesMode::Widget));
    QVERIFY(dialog->needsReload());
}

void TestSettingsDialog::autoLogChangedElsewhereIsNotReverted() {
    const auto dialog = makeDialog();
    auto *autoLog = field<QCheckBox>(*dialog, "autoLogCheck");
    QVERIFY(autoLog->isChecked());
    m_settings->setAutoLogCalls(false); // the tray or the widget
    QVERIFY(!autoLog->isChecked());
    toggle(field<QCheckBox>(*dialog, "startMinimizedCheck"));
    QVERIFY(dialog->apply());
    QVERIFY(!m_settings->autoLogCalls());
}

void TestSettingsDialog::withoutTrayCloseToTrayIsDisabled() {
    m_settings->setCloseToTray(true);
    const auto dialog = makeDialog(false);
    auto *closeToTray = field<QCheckBox>(*dialog, "closeToTrayCheck");
    QVERIFY(!closeToTray->isEnabled());
    QVERIFY(!closeToTray->isChecked());
    QVERIFY(field<QLabel>(*dialog, "noTrayNote")->isVisibleTo(dialog.get()));
    QVERIFY(dialog->apply());
    QVERIFY(m_settings->closeToTray()); // kept for a desktop that has a tray
}

void TestSettingsDialog::keyboardMovesBetweenPages() {
    const auto dialog = makeDialog();
    auto *pages = field<QListWidget>(*dialog, "pageList");
    QCOMPARE(pages->count(), 4);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::General);
    pages->setFocus();
    QTest::keyClick(pages, Qt::Key_Down);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Phone);
    QTest::keyClick(pages, Qt::Key_End);
    QCOMPARE(dialog->currentPage(), SettingsDialog::Page::Data);
    QVERIFY(!pages->accessibleName().isEmpty());
    // Every input has a name a screen reader can say.
    const auto combos = dialog->findChildren<QComboBox *>();
    for (const QComboBox *combo : combos) {
        QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(combo->objectName()));
    }
    const auto edits = dialog->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits) {
        if (edit->parent() && qobject_cast<QComboBox *>(edit->parent())) {
            continue;
        }
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
    }
}

void TestSettingsDialog::dataPageShowsPaths() {
    const auto dialog = makeDialog();
    dialog->showPage(SettingsDialog::Page::Data);
    QCOMPARE(field<QLabel>(*dialog, "dataFolderLabel")->text(),
             QDir::toNativeSeparators(m_dir->path()));
    QCOMPARE(field<QLabel>(*dialog, "databaseLabel")->text(),
             QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("calldock.sqlite"))));
    QVERIFY(field<QPushButton>(*dialog, "openFolderButton")->isVisibleTo(dialog.get()));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
