#include "benchreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace {

QJsonValue optionalNumber(const std::optional<double> &value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString number(double value) {
    return QString::number(value, 'g', 4);
}

} // namespace

BenchStats BenchStats::of(QList<double> values) {
    BenchStats stats;
    if (values.isEmpty()) {
        return stats;
    }
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least q of the sample at or below it.
    const auto rank = [&values](double q) {
        const auto index = qsizetype(std::ceil(q * double(values.size()))) - 1;
        return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
    };
    stats.count = int(values.size());
    stats.median = rank(0.5);
    stats.p95 = rank(0.95);
    stats.p99 = rank(0.99);
    stats.min = values.first();
    stats.max = values.last();
    return stats;
}

BenchReport::BenchReport(const QStringList &arguments) {
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--quick")) {
            m_quick = true;
        } else if (argument == QLatin1String("--json") && i + 1 < arguments.size()) {
            m_json.setFileName(arguments.at(++i));
        } else {
            m_remaining << argument;
        }
    }
    if (!m_json.fileName().isEmpty() && !m_json.open(QIODevice::Append | QIODevice::Text)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(m_json.fileName()));
    }
}

BenchReport::~BenchReport() = default;

void BenchReport::add(BenchRow row) {
    if (!row.ratio && row.baseline && *row.baseline > 0) {
        row.ratio = row.median / *row.baseline;
    }
    QString line = QStringLiteral("%1: median %2 %3").arg(row.what, number(row.median), row.unit);
    if (row.p95) {
        line += QStringLiteral(", p95 %1").arg(number(*row.p95));
    }
    if (row.p99) {
        line += QStringLiteral(", p99 %1").arg(number(*row.p99));
    }
    if (row.max) {
        line += QStringLiteral(", max %1").arg(number(*row.max));
    }
    if (row.baseline) {
        line += QStringLiteral("; baseline (%1) %2").arg(row.baselineName, number(*row.baseline));
    }
    if (row.ratio) {
        line += QStringLiteral("; ratio %1").arg(number(*row.ratio));
    }
    if (!row.target.isEmpty()) {
        line += QStringLiteral("; target %1").arg(row.target);
        if (row.met) {
            line += *row.met ? QStringLiteral(" (met)") : QStringLiteral(" (MISSED)");
        }
    }
    line += QStringLiteral(" [n=%1]").arg(row.samples);
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);

    if (!m_json.isOpen()) {
        return;
    }
    const QJsonObject object{
        {QStringLiteral("what"), row.what},
        {QStringLiteral("unit"), row.unit},
        {QStringLiteral("samples"), row.samples},
        {QStringLiteral("median"), row.median},
        {QStringLiteral("p95"), optionalNumber(row.p95)},
        {QStringLiteral("p99"), optionalNumber(row.p99)},
        {QStringLiteral("max"), optionalNumber(row.max)},
        {QStringLiteral("baseline"), optionalNumber(row.baseline)},
        {QStringLiteral("baselineName"), row.baselineName},
        {QStringLiteral("ratio"), optionalNumber(row.ratio)},
        {QStringLiteral("target"), row.target},
        {QStringLiteral("met"), row.met ? QJsonValue(*row.met) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note"), row.note},
        {QStringLiteral("quick"), m_quick},
    };
    m_json.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
    m_json.flush();
}

void BenchReport::note(const QString &text) {
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}
