// Renders the note dialog with a call outcome and a follow-up into a PNG for the README. Not a
// test:
//   xvfb-run -a screenshot_aftercall [output.png]
// The default output is docs/screenshots/log-call-after-call.png under the current folder.
#include "aftercalleditor.h"
#include "logcalldialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString output = arguments.size() > 1
                               ? arguments.at(1)
                               : QStringLiteral("docs/screenshots/log-call-after-call.png");

    // An outgoing call that just ended: outcome "Follow-up", call back next Monday.
    LogCallData data;
    data.call.sessionId = QStringLiteral("s-3003");
    data.call.direction = CallDirection::Outbound;
    data.call.fromName = QStringLiteral("Me");
    data.call.toName = QStringLiteral("Grace Hopper");
    data.call.toNumber = QStringLiteral("+1 650 555 0177");
    data.call.startTimeMs = QDateTime(QDate(2026, 12, 2), QTime(10, 4)).toMSecsSinceEpoch();
    data.call.durationSeconds = 412;
    data.call.result = QStringLiteral("Call connected");
    data.call.isFinal = true;
    data.outcomes = QStringList{QStringLiteral("Interested"), QStringLiteral("Follow-up"),
                                QStringLiteral("Not interested"), QStringLiteral("Left voicemail"),
                                QStringLiteral("Wrong number")};
    LogCallDialog dialog(data);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->setPlainText(QStringLiteral("Likes the pilot; needs the security review first.\n"
                                      "Wants the SOC 2 report and a price for 40 seats."));
    FollowUp followUp;
    followUp.dueMs = QDateTime(QDate(2026, 12, 7), QTime(9, 0)).toMSecsSinceEpoch();
    followUp.text = QStringLiteral("Send the SOC 2 report, then call back");
    dialog.afterCallEditor()->setValue(QStringLiteral("Follow-up"), followUp);
    dialog.present();

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
