// Saves the README screenshot of the Activity window on a generated month of calls.
// Usage (from the source root): xvfb-run -a build/tests/widgets/screenshot_activity
//        [docs/screenshots/activity.png]

#include "activityfixture.h"
#include "activitywindow.h"
#include "storageactivitysource.h"
#include "storagethread.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QString output =
        app.arguments().value(1, QStringLiteral("docs/screenshots/activity.png"));
    QTemporaryDir dir;
    StorageThread storage;
    auto opened = storage.open(dir.filePath(QStringLiteral("calls.sqlite")));
    opened.waitForFinished();
    // The fixture's month, thinned so days and weekdays look like a real desk's: quiet weekends,
    // busier mid-week, deterministic.
    QList<ActivityFixture::Call> calls;
    const QList<ActivityFixture::Call> month =
        ActivityFixture::month(QDate::currentDate(), 1400, 30);
    for (int i = 0; i < month.size(); ++i) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(month.at(i).startMs);
        const int weekday = start.date().dayOfWeek();
        const int keepPercent =
            weekday >= 6 ? 12 : 45 + 12 * (3 - qAbs(3 - weekday)) - (start.date().day() * 7) % 20;
        if ((i * 7919) % 100 < keepPercent) {
            calls << month.at(i);
        }
    }
    auto written = storage.submit([calls](StorageSession &session) {
        return ActivityFixture::write(session.store(), calls);
    });
    written.waitForFinished();
    if (!opened.result().ok || !written.result()) {
        err << "cannot generate the database\n";
        return 1;
    }
    StorageActivitySource source(storage);
    ActivityWindow window(source);
    window.resize(1280, 1420);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "the window was not shown\n";
        return 1;
    }
    if (window.isLoading()) {
        QSignalSpy loaded(&window, &ActivityWindow::loaded);
        if (!loaded.wait(10000)) {
            err << "the activity did not load\n";
            return 1;
        }
    }
    QTest::qWait(300);
    const QPixmap shot = window.grab();
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!shot.save(output)) {
        err << "cannot save " << output << "\n";
        return 1;
    }
    err << "saved " << QFileInfo(output).absoluteFilePath() << "\n";
    return 0;
}
