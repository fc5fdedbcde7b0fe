// Renders the "Log call" dialog with a realistic call into a PNG for the README. Not a test:
//   xvfb-run -a screenshot_logcall [output.png]
// The default output is docs/screenshots/log-call-dialog.png under the current folder.

#include "logcalldialog.h"
#include "logcallsamples.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString output = arguments.size() > 1
                               ? arguments.at(1)
                               : QStringLiteral("docs/screenshots/log-call-dialog.png");

    // A call that ended a moment ago, being logged for the first time, with a note half typed.
    LogCallData data = LogCallSamples::liveInbound();
    data.call.durationSeconds = 754;
    data.call.result = QStringLiteral("Accepted");
    data.call.isFinal = true;
    data.hasRecording = true;
    LogCallDialog dialog(data);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Asked for a quote for 25 seats, annual billing.\n"
                                      "Send the proposal by Thursday; she decides next week."));
    dialog.present();

    // Let the window manager map the window and the style settle before grabbing.
    QEventLoop settle;
    QTimer::singleShot(500, &settle, &QEventLoop::quit);
    settle.exec();

    QDir().mkpath(QFileInfo(output).absolutePath());
    const QPixmap pixmap = dialog.grab();
    QTextStream err(stderr);
    if (pixmap.isNull() || !pixmap.save(output, "PNG")) {
        err << "cannot write " << output << '\n';
        return 1;
    }
    err << "wrote " << output << " (" << pixmap.width() << "x" << pixmap.height() << ")\n";
    return 0;
}
