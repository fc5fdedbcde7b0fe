#include "stallprobe.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <ctime>
#endif

namespace {

// CPU time of the calling thread in milliseconds (0 where the platform has no such clock: the
// work column then reads 0).
double threadCpuMs() {
#ifdef Q_OS_LINUX
    timespec time{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
#else
    return 0;
#endif
}

QString ms(double value) {
    return QString::number(value, 'f', 2);
}

double maxOf(const QList<double> &values) {
    return values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
}

} // namespace

void StallProbe::Result::merge(const Result &other) {
    if (other.lagsMs.isEmpty()) {
        return;
    }
    if (lagsMs.isEmpty() || maxOf(other.lagsMs) > maxOf(lagsMs)) {
        worstAtMs = other.worstAtMs;
    }
    lagsMs += other.lagsMs;
    maxWorkMs = qMax(maxWorkMs, other.maxWorkMs);
    windowMs += other.windowMs;
}

StallProbe::StallProbe() {
    // PreciseTimer: a coarse timer may fire up to 5% late by design, which would read as lag.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
}

void StallProbe::start() {
    m_result = Result();
    m_worstMs = -1;
    m_clock.start();
    m_lastMs = 0;
    m_lastCpuMs = threadCpuMs();
    m_timer.start();
}

StallProbe::Result StallProbe::stop() {
    if (m_timer.isActive()) {
        m_timer.stop();
        tick();
        m_result.windowMs = m_lastMs;
    }
    return m_result;
}

void StallProbe::tick() {
    const double now = double(m_clock.nsecsElapsed()) / 1e6;
    const double cpu = threadCpuMs();
    const double lag = qMax(0.0, now - m_lastMs - kIntervalMs);
    m_result.lagsMs.append(lag);
    m_result.maxWorkMs = qMax(m_result.maxWorkMs, cpu - m_lastCpuMs);
    if (lag > m_worstMs) {
        m_worstMs = lag;
        m_result.worstAtMs = now;
    }
    m_lastMs = now;
    m_lastCpuMs = cpu;
}

BenchRow StallProbe::row(const QString &what, const Result &measured, const Result *baseline,
                         const QString &baselineName) {
    const BenchStats stats = measured.stats();
    const BenchStats base = baseline ? baseline->stats() : stats;
    BenchRow row;
    row.what = what;
    row.unit = QStringLiteral("ms");
    row.samples = stats.count;
    row.median = stats.median;
    row.p99 = stats.p99;
    row.max = stats.max;
    if (baseline) {
        row.baseline = base.p99;
        row.baselineName = baselineName + QStringLiteral(" p99");
        row.ratio = base.p99 > 0 ? std::optional<double>(stats.p99 / base.p99) : std::nullopt;
    }
    row.target = QStringLiteral("p99 < %1 ms, max < %2 ms").arg(kTargetP99Ms).arg(kTargetMaxMs);
    row.met = stats.count > 0 && stats.p99 < kTargetP99Ms && stats.max < kTargetMaxMs;
    row.note = QStringLiteral("lag of a 1 ms timer over %1 ms, worst at +%2 ms; longest "
                              "GUI-thread CPU work between two ticks %3 ms")
                   .arg(measured.windowMs, 0, 'f', 0)
                   .arg(measured.worstAtMs, 0, 'f', 0)
                   .arg(ms(measured.maxWorkMs));
    if (baseline) {
        row.note += QStringLiteral("; %1 p50 %2, p99 %3, max %4 ms")
                        .arg(baselineName, ms(base.median), ms(base.p99), ms(base.max));
    }
    return row;
}
