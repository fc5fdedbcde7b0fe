#include "simulator.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

#ifndef CALLDOCK_SIMULATOR_DIR
#error "CALLDOCK_SIMULATOR_DIR must point at tests/support/simulator"
#endif

Simulator::Simulator(QObject *parent)
    : QObject(parent) {
    m_server.serveDirectory(QStringLiteral("/"), QStringLiteral(CALLDOCK_SIMULATOR_DIR));
    m_server.route(QStringLiteral("/control/poll"), [this](HttpExchange *exchange) {
        // A newer page (after a reload) takes over; answer the old poll empty.
        if (m_poll && m_poll->isOpen()) {
            m_poll->respond(200, "application/json", "[]");
        }
        m_poll = exchange;
        flushCommands();
    });
    m_server.route(QStringLiteral("/control/history"), [this](HttpExchange *exchange) {
        QJsonArray calls;
        for (const QJsonObject &call : std::as_const(m_history)) {
            calls.append(call);
        }
        exchange->respond(200, "application/json",
                          QJsonDocument(calls).toJson(QJsonDocument::Compact));
    });
    // A slow resource: answers after ?ms= milliseconds (holds back the page's load event).
    m_server.route(QStringLiteral("/control/slow"), [](HttpExchange *exchange) {
        const int ms = QUrlQuery(exchange->url).queryItemValue(QStringLiteral("ms")).toInt();
        QPointer<HttpExchange> held(exchange);
        QTimer::singleShot(ms, exchange, [held] {
            if (held && held->isOpen()) {
                held->respond(404, "text/plain", QByteArray());
            }
        });
    });
    m_server.route(QStringLiteral("/control/report"), [this](HttpExchange *exchange) {
        const QJsonArray batch = QJsonDocument::fromJson(exchange->body).array();
        exchange->respond(204, "text/plain", QByteArray());
        for (const QJsonValue &value : batch) {
            const QJsonObject report = value.toObject();
            m_reports.append(report);
            emit reported(report);
        }
    });
}

bool Simulator::start() {
    return m_server.listen();
}

QUrl Simulator::appUrl(const QUrlQuery &query) const {
    QUrl url = m_server.url(QStringLiteral("/app.html"));
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

QString Simulator::origin() const {
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.port());
}

QString Simulator::otherOrigin() const {
    return QStringLiteral("http://localhost:%1").arg(m_server.port());
}

void Simulator::command(const QJsonObject &command) {
    m_commands.append(command);
    flushCommands();
}

void Simulator::flushCommands() {
    if (m_commands.isEmpty() || !m_poll || !m_poll->isOpen()) {
        return;
    }
    QJsonArray batch;
    for (const QJsonObject &command : std::as_const(m_commands)) {
        batch.append(command);
    }
    m_commands.clear();
    m_poll->respond(200, "application/json", QJsonDocument(batch).toJson(QJsonDocument::Compact));
    m_poll.clear();
}

void Simulator::post(const QJsonObject &message) {
    command({{QStringLiteral("op"), QStringLiteral("post")}, {QStringLiteral("message"), message}});
}

QString Simulator::request(const QString &path, const QJsonObject &body) {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    command({{QStringLiteral("op"), QStringLiteral("request")},
             {QStringLiteral("path"), path},
             {QStringLiteral("body"), body},
             {QStringLiteral("requestId"), id}});
    return id;
}

void Simulator::reload() {
    command({{QStringLiteral("op"), QStringLiteral("reload")}});
}

void Simulator::setState(const QJsonObject &state) {
    QJsonObject command = state;
    command.insert(QStringLiteral("op"), QStringLiteral("setState"));
    this->command(command);
}

void Simulator::startCall(const QJsonObject &liveCall) {
    command(
        {{QStringLiteral("op"), QStringLiteral("startCall")}, {QStringLiteral("call"), liveCall}});
}

void Simulator::endCall(const QString &sessionId, const QJsonObject &record, bool notifyHost) {
    QJsonObject command{{QStringLiteral("op"), QStringLiteral("endCall")},
                        {QStringLiteral("sessionId"), sessionId},
                        {QStringLiteral("notify"), notifyHost}};
    if (!record.isEmpty()) {
        command.insert(QStringLiteral("record"), record);
    }
    this->command(command);
}

void Simulator::addHistoryCall(const QJsonObject &record) {
    const QString sessionId = record.value(QLatin1String("sessionId")).toString();
    m_history.erase(std::remove_if(m_history.begin(), m_history.end(),
                                   [&sessionId](const QJsonObject &call) {
                                       return call.value(QLatin1String("sessionId")).toString()
                                              == sessionId;
                                   }),
                    m_history.end());
    m_history.append(record);
    command({{QStringLiteral("op"), QStringLiteral("addCalls")},
             {QStringLiteral("calls"), QJsonArray{record}}});
}

QList<QJsonObject> Simulator::reports(const QString &kind) const {
    QList<QJsonObject> result;
    for (const QJsonObject &report : m_reports) {
        if (report.value(QLatin1String("kind")).toString() == kind) {
            result.append(report);
        }
    }
    return result;
}

QList<QJsonObject> Simulator::received(const QString &type) const {
    QList<QJsonObject> result;
    for (const QJsonObject &report : reports(QStringLiteral("received"))) {
        const QJsonObject data = report.value(QLatin1String("data")).toObject();
        if (data.value(QLatin1String("type")).toString() == type) {
            result.append(report);
        }
    }
    return result;
}

std::optional<QJsonObject> Simulator::waitForReport(const QString &kind, int timeoutMs,
                                                    const Predicate &predicate) {
    const QDeadlineTimer deadline(timeoutMs);
    qsizetype checked = 0;
    while (true) {
        for (; checked < m_reports.size(); ++checked) {
            const QJsonObject &report = m_reports.at(checked);
            if (report.value(QLatin1String("kind")).toString() == kind
                && (!predicate || predicate(report))) {
                return report;
            }
        }
        if (deadline.hasExpired()) {
            return std::nullopt;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

std::optional<QJsonObject> Simulator::waitForReceived(const QString &type, int timeoutMs,
                                                      const Predicate &predicate) {
    return waitForReport(
        QStringLiteral("received"), timeoutMs, [&type, &predicate](const QJsonObject &report) {
            const QJsonObject data = report.value(QLatin1String("data")).toObject();
            return data.value(QLatin1String("type")).toString() == type
                   && (!predicate || predicate(data));
        });
}

std::optional<QJsonObject> Simulator::waitForResponse(const QString &requestId, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        const auto found = waitForReport(
            QStringLiteral("response"), int(qMax<qint64>(1, deadline.remainingTime())),
            [&requestId](const QJsonObject &report) {
                return report.value(QLatin1String("requestId")).toString() == requestId;
            });
        if (found) {
            return found;
        }
    }
    return std::nullopt;
}
