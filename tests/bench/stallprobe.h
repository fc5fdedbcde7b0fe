#pragma once

#include "benchreport.h"

#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTimer>

// The GUI event loop's stall, as a user feels it: a 1 ms timer on the thread that creates the
// probe records how late each tick fires (the time since the previous tick minus the interval).
// Beside each lag it records the thread's own CPU time between the two ticks, which tells a
// stall caused by work on this thread from one where the (shared) CPU was busy elsewhere.
//
//     StallProbe probe;
//     probe.start();
//     ... run the event loop while the scenario runs ...
//     const StallProbe::Result stall = probe.stop();
//
// Several windows can be joined (Result::merge), e.g. idle periods spread over a run.
class StallProbe final {
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    static constexpr int kIntervalMs = 1;
    // What the issue asks of every scenario: no dropped frame at 60 Hz for 99% of the ticks,
    // and no pause a user notices (a swallowed key press, a frozen scroll).
    static constexpr double kTargetP99Ms = 16;
    static constexpr double kTargetMaxMs = 50;

    struct Result {
        QList<double> lagsMs;
        double maxWorkMs = 0; // the most CPU time this thread used between two ticks
        double worstAtMs = 0; // when the worst lag ended, from the start of its window
        double windowMs = 0;

        BenchStats stats() const { return BenchStats::of(lagsMs); }
        void merge(const Result &other);
    };

    StallProbe();

    void start();
    // Stops the timer; the wait after the last tick counts too (a stall at the very end).
    Result stop();
    bool isRunning() const { return m_timer.isActive(); }

    // A table row for `measured`: median = p50, p99, max, against `baseline` (by default the
    // same run's idle event loop; its p99 is the baseline column) unless this is the idle row
    // itself. The target is kTargetP99Ms / kTargetMaxMs.
    static BenchRow row(const QString &what, const Result &measured,
                        const Result *baseline = nullptr,
                        const QString &baselineName = QStringLiteral("idle"));

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_lastMs = 0;
    double m_lastCpuMs = 0;
    double m_worstMs = -1;
    Result m_result;
};
