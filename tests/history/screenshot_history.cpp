// Saves the README screenshot of the call history window on a generated database.
// Usage (from the source root): xvfb-run -a build/tests/history/screenshot_history
//        [docs/screenshots/call-history.png]

#include "callhistoryreader.h"
#include "callhistorywindow.h"
#include "historyfixture.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
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
    CallStore store;
    if (!store.open(path).ok || !HistoryFixture::generate(store, 60)) {
        err << "cannot generate the database\n";
        return 1;
    }
    // A few recordings in each state, so the column shows what users will see.
    const std::pair<int, RecordingState> states[] = {
        {0, RecordingState::Done},         {5, RecordingState::Done},
        {10, RecordingState::Downloading}, {15, RecordingState::Failed},
        {20, RecordingState::Expired},     {25, RecordingState::Done},
    };
    for (const auto &[i, state] : states) {
        const QString id = QStringLiteral("rec-%1").arg(i);
        store.setRecordingState(id, state,
                                state == RecordingState::Done
                                    ? dir.filePath(QStringLiteral("%1.mp3").arg(id))
                                    : QString(),
                                2'000'000, 1, QString());
        if (state == RecordingState::Downloading) {
            store.setRecordingProgress(id, 1'300'000, 2'000'000);
        }
    }

    CallHistoryReader reader;
    if (!reader.open(path).ok) {
        err << "cannot open the database\n";
        return 1;
    }
    CallHistoryWindow window(reader);
    window.resize(1180, 620);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        err << "the window was not shown\n";
        return 1;
    }
    window.focusCall(QStringLiteral("session-3"));
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
