// Saves the README screenshot of the call history window on a generated database.
// Usage (from the source root): xvfb-run -a build/tests/widgets/screenshot_history
//        [docs/screenshots/call-history.png]

#include "callhistorywindow.h"
#include "historyfixture.h"
#include "storagehistorysource.h"

#include <QApplication>
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
        app.arguments().value(1, QStringLiteral("docs/screenshots/call-history.png"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calls.sqlite"));
    HistoryFixture::strictStorageThread();
    StorageThread storage;
    if (!HistoryFixture::open(storage, path) || !HistoryFixture::generate(storage, 60)) {
        err << "cannot generate the database\n";
        return 1;
    }
    // A few recordings in each state, so the column shows what users will see.
    const std::pair<int, RecordingState> states[] = {
        {0, RecordingState::Done},         {5, RecordingState::Done},
        {10, RecordingState::Downloading}, {15, RecordingState::Failed},
        {20, RecordingState::Expired},     {25, RecordingState::Done},
    };
    HistoryFixture::onStorage(storage, [&states, &dir](StorageSession &session) {
        for (const auto &[i, state] : states) {
            const QString id = QStringLiteral("rec-%1").arg(i);
            session.store().setRecordingState(id, state,
                                              state == RecordingState::Done
                                                  ? dir.filePath(QStringLiteral("%1.mp3").arg(id))
                                                  : QString(),
                                              2'000'000, 1, QString());
            if (state == RecordingState::Downloading) {
                session.store().setRecordingProgress(id, 1'300'000, 2'000'000);
            }
        }
    });

    StorageHistorySource source(storage);
    CallHistoryWindow window(source);
    window.resize(1180, 620);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "the window was not shown\n";
        return 1;
    }
    QSignalSpy focused(&window, &CallHistoryWindow::focusFinished);
    window.focusCall(QStringLiteral("session-3"));
    if (!focused.wait(10000)) {
        err << "the call was not focused\n";
        return 1;
    }
    QTest::qWait(200);
    const QPixmap shot = window.grab();
    QDir().mkpath(QFileInfo(output).absolutePath());
    if (!shot.save(output)) {
        err << "cannot save " << output << "\n";
        return 1;
    }
    err << "saved " << QFileInfo(output).absoluteFilePath() << "\n";
    return 0;
}
