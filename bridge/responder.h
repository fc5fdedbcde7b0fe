#pragma once

#include "protocol.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

// Answers one rc-post-message-request exactly once. Handlers get a copy and answer whenever
// their work is committed; later answers are ignored. If nobody answers shortly before the
// widget gives up on the request (15 s logger, 30 s matcher, 3 s others), the responder sends
// the best result the handler left with setFallbackMatch() — or an error — and logs a warning,
// so the widget never waits out its timeout (it would cache a missing match as "not logged"
// for two hours).
class Responder final {
public:
    using Send = std::function<void(const QString &requestId, const QJsonObject &response)>;

    Responder() = default;
    Responder(const QString &requestId, const QString &path, int deadlineMs, Send send);

    QString requestId() const;
    QString path() const;
    bool isAnswered() const;

    // Call logger: the request's effect is committed.
    void acknowledge() const;
    // Matcher answer.
    void answerMatch(const QList<Protocol::MatchEntry> &entries) const;
    // Message matcher, 3.x messages shape: (messageId, logId) of the logged messages.
    void answerMessageLogIds(const QList<QPair<QString, QString>> &messageLogIds) const;
    // Message logger, 3.x selectedLog: the log the selection went into.
    void answerLogId(const QString &logId) const;
    // The request cannot be served; `message` is for logs and the widget's developer console.
    void fail(const QString &message) const;

    // What to send if the deadline passes before an answer.
    void setFallbackMatch(const QList<Protocol::MatchEntry> &entries) const;

    // The widget's timeout for requests on `path` given the service's paths, minus a margin.
    static int deadlineFor(const QString &path, const QString &loggerPath,
                           const QString &matcherPath);

private:
    struct State;
    void answer(const QJsonObject &response) const;

    std::shared_ptr<State> m_state;
};
