#pragma once

#include "simulator.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

// Event-loop waits for the WebEngine benchmarks. Unlike QTest::qWaitFor (which sleeps between
// checks), these wake up on each simulator report, so waiting adds no latency to what is timed.
namespace BenchWait {

// Runs the event loop until `done` holds (checked on every simulator report) or time runs out.
inline bool until(Simulator &simulator, const std::function<bool()> &done, int timeoutMs) {
    if (done()) {
        return true;
    }
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&simulator, &Simulator::reported, &loop, [&] {
        if (done()) {
            loop.quit();
        }
    });
    timer.start(timeoutMs);
    loop.exec();
    return done();
}

// Runs the event loop for `ms` milliseconds.
inline void settle(int ms) {
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace BenchWait
