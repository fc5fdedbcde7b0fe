// Renders every CallDock window and dialog in German, the longest of the translations, so
// clipped or cut-off text shows up before users see it. Not a test; run under a virtual X
// server so fonts and the style match a desktop:
//   xvfb-run -a build/tests/widgets/screenshot_de [docs/screenshots/de]
// Writes one PNG per window, dialog and menu into the given folder.

#include "callhistorywindow.h"
#include "desktopintegration.h"
#include "desktopnotifier.h"
#include "historyfixture.h"
#include "languageloader.h"
#include "logcalldialog.h"
#include "logcallsamples.h"
#include "mainwindow.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storagehistorysource.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream &err() {
    static QTextStream stream(stderr);
    return stream;
}

bool save(QWidget *widget, const QString &folder, const QString &name) {
    QTest::qWait(300); // let the window manager map it and the style settle
    const QString file = QDir(folder).filePath(name);
    const QPixmap shot = widget->grab();
    if (shot.isNull() || !shot.save(file, "PNG")) {
        err() << "cannot write " << file << '\n';
        return false;
    }
    err() << "wrote " << file << " (" << shot.width() << 'x' << shot.height() << ")\n";
    return true;
}

// Opens the menu bar menu at `index` of `window` and saves it.
bool saveMenu(QMainWindow *window, int index, const QString &folder, const QString &name) {
    const QList<QAction *> menus = window->menuBar()->actions();
    if (index >= menus.size() || !menus.at(index)->menu()) {
        err() << "no menu " << index << '\n';
        return false;
    }
    QMenu *menu = menus.at(index)->menu();
    menu->popup(
        window->mapToGlobal(window->menuBar()->actionGeometry(menus.at(index)).bottomLeft()));
    const bool saved = save(menu, folder, name);
    menu->hide();
    return saved;
}

// Saves the modal dialog `trigger` opens (a QMessageBox), then closes it.
bool saveModal(const std::function<void()> &trigger, const QString &folder, const QString &name) {
    bool saved = false;
    QTimer::singleShot(0, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            err() << "no dialog for " << name << '\n';
            return;
        }
        saved = save(modal, folder, name);
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            box->reject();
        }
    });
    trigger();
    return saved;
}

bool logCallDialogs(const QString &folder) {
    // A call that ended a moment ago, logged for the first time, with a note half typed.
    LogCallData data = LogCallSamples::liveInbound();
    data.call.durationSeconds = 754;
    data.call.result = QStringLiteral("No Answer");
    data.call.isFinal = true;
    data.hasRecording = true;
    LogCallDialog dialog(data);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(
            QStringLiteral("Angebot für 25 Plätze mit jährlicher Abrechnung gewünscht."));
    dialog.present();
    bool ok = save(&dialog, folder, QStringLiteral("log-call-dialog.png"));

    // Editing a logged call, with a restored draft and a save error: every optional line shown.
    LogCallDialog edit(LogCallSamples::loggedOutbound());
    edit.setAttribute(Qt::WA_DeleteOnClose, false);
    edit.restoreDraft(QStringLiteral("Rückruf wegen Vertragsverlängerung"),
                      QStringLiteral("Wünscht ein Angebot bis Freitag."),
                      LogCallSamples::kStartMs + 3'600'000);
    edit.setSaveError(QCoreApplication::translate("CallStore", "The call database %1 is read-only.")
                          .arg(QStringLiteral("/home/anna/.local/share/CallDock/calls.sqlite")));
    edit.present();
    ok = save(&edit, folder, QStringLiteral("log-call-dialog-edit.png")) && ok;
    return ok;
}

bool historyWindow(const QString &folder, const QTemporaryDir &dir) {
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    StorageThread storage;
    if (!HistoryFixture::open(storage, path) || !HistoryFixture::generate(storage, 40)) {
        err() << "cannot generate the database\n";
        return false;
    }
    const std::pair<int, RecordingState> states[] = {
        {0, RecordingState::Done},    {5, RecordingState::Downloading},
        {10, RecordingState::Failed}, {15, RecordingState::Expired},
        {20, RecordingState::Queued},
    };
    HistoryFixture::onStorage(storage, [&states](StorageSession &session) {
        for (const auto &[i, state] : states) {
            const QString id = QStringLiteral("rec-%1").arg(i);
            session.store().setRecordingState(id, state, QString(), 2'000'000, 1, QString());
            if (state == RecordingState::Downloading) {
                session.store().setRecordingProgress(id, 1'300'000, 2'000'000);
            }
        }
    });
    StorageHistorySource source(storage);
    CallHistoryWindow window(source);
    // The window's own default size: the layout must fit without the user resizing.
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    QSignalSpy focused(&window, &CallHistoryWindow::focusFinished);
    window.focusCall(QStringLiteral("session-1"));
    if (!focused.wait(10000)) {
        err() << "the call was not focused\n";
        return false;
    }
    bool ok = save(&window, folder, QStringLiteral("call-history.png"));
    for (int i = 0; i < window.menuBar()->actions().size(); ++i) {
        ok = saveMenu(&window, i, folder, QStringLiteral("call-history-menu-%1.png").arg(i + 1))
             && ok;
    }
    const QString deleteText = QCoreApplication::translate("CallHistoryWindow", "&Delete Log…");
    QAction *deleteLog = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == deleteText) {
            deleteLog = action;
        }
    }
    if (!deleteLog) {
        err() << "no delete action\n";
        return false;
    }
    ok = saveModal([deleteLog] { deleteLog->trigger(); }, folder,
                   QStringLiteral("call-history-delete.png"))
         && ok;
    return ok;
}

bool mainWindow(const QString &folder, const QTemporaryDir &dir) {
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(settings);
    window.resize(400, 640); // the phone's own width
    window.showLoadFailure(QUrl(QStringLiteral("https://apps.ringcentral.com/integration/"
                                               "ringcentral-embeddable/latest/app.html")),
                           QCoreApplication::translate("WidgetLoader",
                                                       "The phone did not start within %n seconds.",
                                                       nullptr, 30),
                           25);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    bool ok = save(&window, folder, QStringLiteral("main-window-load-error.png"));
    for (int i = 0; i < window.menuBar()->actions().size(); ++i) {
        ok = saveMenu(&window, i, folder, QStringLiteral("main-window-menu-%1.png").arg(i + 1))
             && ok;
    }
    // The About box as Application shows it.
    ok = saveModal(
             [&window] {
                 QMessageBox::about(
                     &window, QCoreApplication::translate("Application", "About CallDock"),
                     QCoreApplication::translate(
                         "Application",
                         "<h3>CallDock %1</h3><p>Hosts the RingCentral Embeddable phone and "
                         "logs every call to a local database.</p><p>Data folder: %2</p>")
                         .arg(QLatin1String(CALLDOCK_VERSION),
                              QStringLiteral("/home/anna/.local/share/CallDock")));
             },
             folder, QStringLiteral("about.png"))
         && ok;
    return ok;
}

bool settingsDialog(const QString &folder, const QTemporaryDir &dir) {
    Settings settings(dir.filePath(QStringLiteral("settings-dialog.ini")));
    settings.setStartAtLogin(true);
    SettingsDialogContext context;
    context.dataFolder = QStringLiteral("/home/anna/.local/share/CallDock");
    context.databaseFile = context.dataFolder + QStringLiteral("/calls.sqlite");
    context.defaultRecordingsFolder = context.dataFolder + QStringLiteral("/recordings");
    context.trayAvailable = true;
    SettingsDialog dialog(settings, context);
    dialog.show();
    if (!QTest::qWaitForWindowExposed(&dialog)) {
        return false;
    }
    const std::pair<SettingsDialog::Page, const char *> pages[] = {
        {SettingsDialog::Page::General, "general"},
        {SettingsDialog::Page::Phone, "phone"},
        {SettingsDialog::Page::Logging, "logging"},
        {SettingsDialog::Page::Data, "data"}};
    bool ok = true;
    for (const auto &[page, name] : pages) {
        dialog.showPage(page);
        if (page == SettingsDialog::Page::Phone) {
            // With a refused custom address: the explanation under the field must fit too.
            auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channelCombo"));
            channel->setCurrentIndex(channel->findData(int(Settings::ReleaseChannel::Custom)));
            dialog.findChild<QLineEdit *>(QStringLiteral("customUrlEdit"))
                ->setText(QStringLiteral("http://phone.example.com/embeddable/app.html"));
        }
        ok =
            save(&dialog, folder, QStringLiteral("settings-%1.png").arg(QLatin1String(name))) && ok;
    }
    ok = saveModal([&dialog] { SettingsDialog::askAboutReload(&dialog); }, folder,
                   QStringLiteral("settings-reload-question.png"))
         && ok;
    return ok;
}

// The tray menu exists even without a tray (Xvfb has none); shown as a popup.
bool trayMenu(const QString &folder, const QTemporaryDir &dir) {
    Settings settings(dir.filePath(QStringLiteral("tray.ini")));
    DesktopNotifier notifier;
    DesktopIntegration desktop(settings, notifier);
    desktop.menu()->popup(QPoint(100, 100));
    const bool ok = save(desktop.menu(), folder, QStringLiteral("tray-menu.png"));
    desktop.menu()->hide();
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    // QWebEngineView (inside MainWindow) needs shared contexts; screenshots run as any user,
    // and Chromium refuses root with its sandbox on. Never done in the shipped app.
    qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    LanguageLoader language;
    if (!language.install(QStringLiteral("de"))) {
        err() << "the German translation is not embedded\n";
        return 1;
    }
    const QString folder = app.arguments().value(1, QStringLiteral("docs/screenshots/de"));
    QDir().mkpath(folder);
    QTemporaryDir dir;
    bool ok = logCallDialogs(folder);
    ok = historyWindow(folder, dir) && ok;
    ok = mainWindow(folder, dir) && ok;
    ok = settingsDialog(folder, dir) && ok;
    ok = trayMenu(folder, dir) && ok;
    return ok ? 0 : 1;
}
