// Renders each page of the settings dialog into PNGs for the README. Not a test:
//   xvfb-run -a screenshot_settings [output-folder]
// Writes settings-general.png, settings-phone.png, settings-logging.png and settings-data.png
// (default folder: docs/screenshots under the current folder). The Phone page is shown with a
// custom address that is refused, to show how invalid input is explained.

#include "settings.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

void settle(int milliseconds) {
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString folder =
        arguments.size() > 1 ? arguments.at(1) : QStringLiteral("docs/screenshots");
    QDir().mkpath(folder);
    QTextStream err(stderr);

    // Realistic paths for a user "alex", without touching anyone's real settings.
    QTemporaryDir scratch;
    Settings settings(scratch.filePath(QStringLiteral("settings.ini")));
    settings.setStartAtLogin(true);
    settings.setNotesMode(Settings::NotesMode::Dialog);
    SettingsDialogContext context;
    context.dataFolder = QStringLiteral("/home/alex/.local/share/CallDock/CallDock");
    context.databaseFile = context.dataFolder + QStringLiteral("/calldock.sqlite");
    context.defaultRecordingsFolder = context.dataFolder + QStringLiteral("/recordings");
    context.trayAvailable = true;

    SettingsDialog dialog(settings, context);
    dialog.show();
    settle(400);

    const struct {
        SettingsDialog::Page page;
        const char *name;
    } pages[] = {{SettingsDialog::Page::General, "general"},
                 {SettingsDialog::Page::Phone, "phone"},
                 {SettingsDialog::Page::Logging, "logging"},
                 {SettingsDialog::Page::Data, "data"}};
    for (const auto &entry : pages) {
        dialog.showPage(entry.page);
        if (entry.page == SettingsDialog::Page::Phone) {
            auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channelCombo"));
            channel->setCurrentIndex(channel->findData(int(Settings::ReleaseChannel::Custom)));
            dialog.findChild<QLineEdit *>(QStringLiteral("customUrlEdit"))
                ->setText(QStringLiteral("http://phone.example.com/embeddable/app.html"));
            dialog.findChild<QLineEdit *>(QStringLiteral("clientIdEdit"))
                ->setText(QStringLiteral("a1B2c3D4e5F6g7H8"));
        }
        settle(200);
        const QString output =
            QDir(folder).filePath(QStringLiteral("settings-%1.png").arg(QLatin1String(entry.name)));
        const QPixmap pixmap = dialog.grab();
        if (pixmap.isNull() || !pixmap.save(output, "PNG")) {
            err << "cannot write " << output << '\n';
            return 1;
        }
        if (entry.page == SettingsDialog::Page::Phone) {
            // The other pages are shown as a user would normally see them: all valid.
            auto *channel = dialog.findChild<QComboBox *>(QStringLiteral("channelCombo"));
            channel->setCurrentIndex(channel->findData(int(Settings::ReleaseChannel::Latest)));
        }
        err << "wrote " << output << " (" << pixmap.width() << "x" << pixmap.height() << ")\n";
    }
    return 0;
}
