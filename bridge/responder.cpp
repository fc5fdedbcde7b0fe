#include "responder.h"

#include "protocolwriter.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcResponder, "calldock.bridge.responder")

namespace {

// Widget-side timeouts (protocol.md 3.2) and how much earlier CallDock answers at the latest.
constexpr int kLoggerTimeoutMs = 15'000;
constexpr int kMatcherTimeoutMs = 30'000;
constexpr int kOtherTimeoutMs = 3'000;
constexpr int kMarginMs = 1'000;

} // namespace

struct Responder::State {
    QString requestId;
    QString path;
    Send send;
    bool answered = false;
    std::optional<QJsonObject> fallback;
    std::unique_ptr<QTimer> deadline;
};

Responder::Responder(const QString &requestId, const QString &path, int deadlineMs, Send send)
    : m_state(std::make_shared<State>()) {
    m_state->requestId = requestId;
    m_state->path = path;
    m_state->send = std::move(send);
    m_state->deadline = std::make_unique<QTimer>();
    m_state->deadline->setSingleShot(true);
    // The timer holds only a weak reference: once every copy is gone, nothing is left to answer.
    std::weak_ptr<State> weak = m_state;
    QObject::connect(m_state->deadline.get(), &QTimer::timeout, [weak] {
        const std::shared_ptr<State> state = weak.lock();
        if (!state || state->answered) {
            return;
        }
        qCWarning(lcResponder) << "no answer for" << state->path << "request" << state->requestId
                               << "before the widget's deadline; sending"
                               << (state->fallback ? "the best available result" : "an error");
        Responder responder;
        responder.m_state = state;
        responder.answer(state->fallback ? *state->fallback
                                         : ProtocolWriter::errorResponse(
                                             QStringLiteral("CallDock could not answer in time")));
    });
    m_state->deadline->start(deadlineMs);
}

QString Responder::requestId() const {
    return m_state ? m_state->requestId : QString();
}

QString Responder::path() const {
    return m_state ? m_state->path : QString();
}

bool Responder::isAnswered() const {
    return !m_state || m_state->answered;
}

void Responder::answer(const QJsonObject &response) const {
    if (!m_state || m_state->answered) {
        return;
    }
    m_state->answered = true;
    m_state->deadline->stop();
    if (m_state->send) {
        m_state->send(m_state->requestId, response);
    }
}

void Responder::acknowledge() const {
    answer(ProtocolWriter::loggerAck());
}

void Responder::answerMatch(const QList<Protocol::MatchEntry> &entries) const {
    answer(ProtocolWriter::matchResponse(entries));
}

void Responder::answerMessageLogIds(const QList<QPair<QString, QString>> &messageLogIds) const {
    answer(ProtocolWriter::messageLogIdsResponse(messageLogIds));
}

void Responder::answerLogId(const QString &logId) const {
    answer(ProtocolWriter::logIdResponse(logId));
}

void Responder::fail(const QString &message) const {
    answer(ProtocolWriter::errorResponse(message));
}

void Responder::setFallbackMatch(const QList<Protocol::MatchEntry> &entries) const {
    if (m_state) {
        m_state->fallback = ProtocolWriter::matchResponse(entries);
    }
}

int Responder::deadlineFor(const QString &path, const QString &loggerPath,
                           const QString &matcherPath) {
    if (!loggerPath.isEmpty() && path == loggerPath) {
        return kLoggerTimeoutMs - kMarginMs * 2;
    }
    if (!matcherPath.isEmpty() && path == matcherPath) {
        return kMatcherTimeoutMs - kMarginMs * 3;
    }
    return kOtherTimeoutMs - kMarginMs / 2;
}
