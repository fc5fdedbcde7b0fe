#include "widgetbridge.h"

#include "phonenumber.h"
#include "protocolwriter.h"
#include "widgettransport.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcBridge, "calldock.bridge")

namespace {

// How long a new widget document may take to send its login status before CallDock registers
// anyway, and how often a registration the widget gave no sign of having received is repeated.
constexpr int kRegistrationRetryMs = 5'000;
constexpr int kMaxRegistrationAttempts = 6;
constexpr int kMaxHeldDials = 8;

template<class... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

WidgetBridge::WidgetBridge(WidgetTransport *channel, WidgetRequestHandler *handler, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_handler(handler) {
    m_registration.name = QStringLiteral("CallDock");
    m_registration.displayName = QStringLiteral("CallDock");
    m_registration.callLoggerPath = QLatin1String(kCallLoggerPath);
    m_registration.callLogEntityMatcherPath = QLatin1String(kMatcherPath);
    m_registration.recordingWithToken = true;
    m_registration.messageLoggerPath = QLatin1String(kMessageLoggerPath);
    m_registration.messageLogEntityMatcherPath = QLatin1String(kMessageMatcherPath);
    m_registration.attachmentWithToken = true;

    connect(channel, &WidgetTransport::messageReceived, this, &WidgetBridge::handleMessage);
    connect(channel, &WidgetTransport::widgetDocumentStarted, this, &WidgetBridge::resetForNewLoad);

    m_registrationRetry.setInterval(kRegistrationRetryMs);
    connect(&m_registrationRetry, &QTimer::timeout, this, [this] {
        if (m_registrationDelivered || m_registrationAttempts >= kMaxRegistrationAttempts) {
            m_registrationRetry.stop();
            return;
        }
        qCInfo(lcBridge)
            << (m_registered ? "widget gave no sign of life since registering; registering again"
                             : "widget sent no login status; registering anyway");
        postRegistration(false);
    });
}

void WidgetBridge::setRegistration(const Protocol::ServiceRegistration &registration) {
    m_registration = registration;
    // The paths are CallDock's; requests are dispatched by them.
    m_registration.callLoggerPath = QLatin1String(kCallLoggerPath);
    m_registration.callLogEntityMatcherPath = QLatin1String(kMatcherPath);
    m_registration.messageLoggerPath = QLatin1String(kMessageLoggerPath);
    m_registration.messageLogEntityMatcherPath = QLatin1String(kMessageMatcherPath);
}

void WidgetBridge::resetForNewLoad() {
    // Called when a new widget document starts, before any of its messages.
    qCInfo(lcBridge) << "new widget document";
    m_registered = false;
    m_registrationDelivered = false;
    m_loggerReady = false;
    m_dialerReady = false;
    m_seenLoginStatus = false;
    m_widgetAutoLog.reset();
    m_messageLoggerReady = false;
    m_widgetMessageAutoLog.reset();
    m_registrationAttempts = 0;
    // If no login status arrives (an old widget, a slow start), register anyway.
    m_registrationRetry.start();
    // Requests to the previous page will never be answered.
    const QStringList pending = m_hostRequests.keys();
    for (const QString &id : pending) {
        finishHostRequest(id, std::nullopt, tr("The phone reloaded before it answered."));
    }
    emit widgetReloaded();
}

void WidgetBridge::handleMessage(const QJsonObject &message) {
    qCDebug(lcBridge).noquote() << "widget message"
                                << message.value(QLatin1String("type")).toString().left(80);
    if (m_registered && !m_registrationDelivered) {
        // Anything the document says after CallDock registered shows it is up and listening.
        qCDebug(lcBridge) << "registration delivered: the widget spoke after it";
        m_registrationDelivered = true;
        m_registrationRetry.stop();
    }
    std::visit(Overloaded{
                   [this](const Protocol::Event &event) { handleEvent(event); },
                   [](const Protocol::Ignored &ignored) {
                       qCDebug(lcBridge) << "ignored widget message" << ignored.type.left(80);
                   },
                   [](const Protocol::Malformed &malformed) {
                       qCWarning(lcBridge).noquote() << "rejected a widget message: field"
                                                     << malformed.field << "-" << malformed.reason;
                   },
                   [this](const Protocol::MalformedRequest &request) {
                       qCWarning(lcBridge).noquote()
                           << "rejected request" << request.requestId << ": field"
                           << request.error.field << "-" << request.error.reason;
                       // Answer at once so the widget does not wait out its timeout.
                       m_channel->post(ProtocolWriter::postMessageResponse(
                           request.requestId,
                           ProtocolWriter::errorResponse(QStringLiteral("malformed request: ")
                                                         + request.error.field)));
                   },
               },
               ProtocolParser::parseEvent(message));
}

void WidgetBridge::handleEvent(const Protocol::Event &event) {
    std::visit(
        Overloaded{
            [this](const Protocol::LoginStatus &status) { handleLoginStatus(status); },
            [this](const Protocol::PostMessageRequest &request) { handleRequest(request); },
            [this](const Protocol::AdapterMessageResponse &response) { handleResponse(response); },
            [this](const Protocol::AutoLogNotify &notify) { handleAutoLogNotify(notify.autoLog); },
            [this](const Protocol::DialerStatus &status) { handleDialerStatus(status.ready); },
            [this](const Protocol::CallRing &ring) { emit callRinging(ring.call); },
            [this](const Protocol::CallStart &start) { emit callStarted(start.call); },
            [this](const Protocol::CallEnd &end) { emit callEnded(end.call); },
            [this](const Protocol::ActiveCall &active) { emit activeCallChanged(active.call); },
            [this](const Protocol::CallHistorySynced &) { emit callHistorySynced(); },
            [this](const Protocol::LoginPopup &popup) {
                emit loginPopupRequested(QUrl(popup.oAuthUri));
            },
            [this](const Protocol::MessageAutoLogNotify &notify) {
                handleMessageAutoLogNotify(notify.autoLog);
            },
        },
        event);
}

void WidgetBridge::handleLoginStatus(const Protocol::LoginStatus &status) {
    const bool changed = !m_seenLoginStatus || status.loggedIn != m_loggedIn;
    m_seenLoginStatus = true;
    m_loggedIn = status.loggedIn;
    // The widget keeps the service's paths only in memory: register again on every load (the
    // first status of a load) and when the login changes (the matcher works only signed in).
    if (changed) {
        qCDebug(lcBridge) << "login status:" << (status.loggedIn ? "signed in" : "signed out");
        // The widget just spoke, so it listens: this registration needs no repeating. (The
        // auto-log notify cannot confirm it: 2.3.1 sends that only once signed in.)
        postRegistration(true);
        emit loginStatusChanged(status.loggedIn, status.loginNumber);
    }
}

void WidgetBridge::registerService() {
    postRegistration(false);
}

void WidgetBridge::postRegistration(bool answeringWidget) {
    if (!m_channel) {
        return;
    }
    ++m_registrationAttempts;
    qCDebug(lcBridge) << "registering the service, attempt" << m_registrationAttempts;
    m_channel->post(ProtocolWriter::registerService(m_registration));
    m_registered = true;
    m_registrationDelivered = answeringWidget;
    if (m_registrationDelivered) {
        m_registrationRetry.stop();
    } else if (!m_registrationRetry.isActive()) {
        m_registrationRetry.start();
    }
    emit serviceRegistered();
}

void WidgetBridge::handleAutoLogNotify(bool enabled) {
    const bool first = !m_loggerReady;
    m_loggerReady = true;
    m_widgetAutoLog = enabled;
    qCDebug(lcBridge) << "auto-log notify:" << enabled << (first ? "(logger ready)" : "");
    if (m_heldAutoLog) {
        const bool held = *m_heldAutoLog;
        m_heldAutoLog.reset();
        if (held != enabled) {
            m_channel->post(ProtocolWriter::updateAutoLogSettings(held));
        }
    }
    emit autoLogNotified(enabled, first);
}

void WidgetBridge::handleDialerStatus(bool ready) {
    const bool changed = ready != m_dialerReady;
    m_dialerReady = ready;
    if (ready) {
        flushDials();
    }
    if (changed) {
        emit dialerReadyChanged(ready);
    }
}

Responder WidgetBridge::makeResponder(const QString &requestId, const QString &path) {
    QPointer<WidgetBridge> self(this);
    QElapsedTimer clock;
    clock.start();
    // The message paths have the same widget timeouts as the call ones (15 s, 30 s).
    const bool messagePath = path == m_registration.messageLoggerPath
                             || path == m_registration.messageLogEntityMatcherPath;
    const int deadline = messagePath
                             ? Responder::deadlineFor(path, m_registration.messageLoggerPath,
                                                      m_registration.messageLogEntityMatcherPath)
                             : Responder::deadlineFor(path, m_registration.callLoggerPath,
                                                      m_registration.callLogEntityMatcherPath);
    Responder responder(
        requestId, path, deadline,
        [self, clock, path](const QString &id, const QJsonObject &response) {
            if (!self) {
                return;
            }
            // The outcome and the time only: the body may hold notes.
            qCDebug(lcBridge).noquote()
                << "answered" << path.left(100) << id.left(80) << "in" << clock.elapsed()
                << "ms:" << (response.contains(QLatin1String("error")) ? "error" : "ok");
            self->m_openResponders.remove(id);
            if (self->m_channel) {
                self->m_channel->post(ProtocolWriter::postMessageResponse(id, response));
            }
        });
    // Kept until answered, so the deadline fires even if a handler drops its copy.
    m_openResponders.insert(requestId, responder);
    return responder;
}

void WidgetBridge::handleRequest(const Protocol::PostMessageRequest &request) {
    const Responder responder = makeResponder(request.requestId, request.path);
    if (request.path == m_registration.callLoggerPath) {
        const auto body = ProtocolParser::parseCallLoggerBody(request.body);
        if (body) {
            qCDebug(lcBridge).noquote() << "request" << request.path << request.requestId.left(80)
                                        << "trigger" << body->triggerName.left(40) << "ids: 1";
        }
        if (!body) {
            qCWarning(lcBridge).noquote()
                << "call logger request" << request.requestId << "malformed:" << body.error.field
                << "-" << body.error.reason;
            responder.fail(QStringLiteral("malformed request: ") + body.error.field);
        } else if (!m_handler) {
            responder.fail(QStringLiteral("call logging is not available"));
        } else {
            m_handler->handleCallLogger(*body, responder);
        }
        return;
    }
    if (request.path == m_registration.callLogEntityMatcherPath) {
        const auto body = ProtocolParser::parseMatchBody(request.body);
        if (body) {
            qCDebug(lcBridge).noquote()
                << "request" << request.path << request.requestId.left(80)
                << "ids:" << body->sessionIds.size() << "active:" << body->activeSessionIds.size();
        }
        if (!body) {
            qCWarning(lcBridge).noquote()
                << "match request" << request.requestId << "malformed:" << body.error.field;
            responder.fail(QStringLiteral("malformed request: ") + body.error.field);
        } else if (!m_handler) {
            responder.answerMatch({});
        } else {
            m_handler->handleMatch(*body, responder);
        }
        return;
    }
    if (handleMessageRequest(request, responder)) {
        return;
    }
    qCWarning(lcBridge) << "request for unknown path" << request.path.left(100);
    responder.fail(QStringLiteral("unknown path"));
}

void WidgetBridge::triggerCallLoggerMatch(const QStringList &sessionIds) {
    if (m_channel && !sessionIds.isEmpty()) {
        m_channel->post(ProtocolWriter::triggerCallLoggerMatch(sessionIds));
    }
}

void WidgetBridge::setAutoLog(bool enabled) {
    if (!m_loggerReady) {
        m_heldAutoLog = enabled;
        return;
    }
    m_heldAutoLog.reset();
    if (m_channel) {
        m_channel->post(ProtocolWriter::updateAutoLogSettings(enabled));
    }
}

bool WidgetBridge::newCall(const QString &number, bool dialNow) {
    const QString normalized = PhoneNumber::normalize(number);
    if (normalized.isEmpty()) {
        qCWarning(lcBridge) << "not dialing: not a phone number";
        return false;
    }
    if (m_heldDials.size() >= kMaxHeldDials) {
        m_heldDials.removeFirst();
    }
    m_heldDials.append({normalized, dialNow});
    flushDials();
    return true;
}

void WidgetBridge::flushDials() {
    if (!m_dialerReady || !m_channel) {
        return;
    }
    const auto dials = std::exchange(m_heldDials, {});
    for (const auto &[number, dialNow] : dials) {
        m_channel->post(ProtocolWriter::newCall(number, dialNow));
    }
}

void WidgetBridge::navigateTo(const QString &path) {
    if (m_channel) {
        m_channel->post(ProtocolWriter::navigateTo(path));
    }
}

void WidgetBridge::showAlert(const QString &message, Protocol::AlertLevel level, int ttlMs) {
    if (!m_channel) {
        return;
    }
    const QString id =
        QStringLiteral("calldock-alert-") + QUuid::createUuid().toString(QUuid::Id128);
    m_channel->post(ProtocolWriter::customAlert(id, message, level, ttlMs));
}

void WidgetBridge::logout() {
    if (m_channel) {
        m_channel->post(ProtocolWriter::logout());
    }
}

QString WidgetBridge::newRequestId() {
    return QStringLiteral("calldock-") + QUuid::createUuid().toString(QUuid::Id128);
}

void WidgetBridge::postHostRequest(const QString &id, const QJsonObject &message, int timeoutMs,
                                   RawReply done) {
    const QString path = message.value(QLatin1String("path")).toString();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, id, path] {
        qCWarning(lcBridge) << "widget did not answer" << path << "in time";
        finishHostRequest(id, std::nullopt, tr("The phone did not answer in time."));
    });
    HostRequest pending{path, std::move(done), timer, {}};
    pending.clock.start();
    m_hostRequests.insert(id, std::move(pending));
    timer->start(timeoutMs);
    qCDebug(lcBridge).noquote() << "host request" << path << id;
    if (m_channel) {
        m_channel->post(message);
    }
}

void WidgetBridge::handleResponse(const Protocol::AdapterMessageResponse &response) {
    if (!m_hostRequests.contains(response.responseId)) {
        qCDebug(lcBridge) << "response to an unknown or expired request";
        return;
    }
    finishHostRequest(response.responseId, response.response, QString());
}

void WidgetBridge::finishHostRequest(const QString &id, std::optional<QJsonValue> response,
                                     const QString &error) {
    HostRequest request = m_hostRequests.take(id);
    qCDebug(lcBridge).noquote() << "host request" << request.path << id << "finished in"
                                << (request.clock.isValid() ? request.clock.elapsed() : -1)
                                << "ms:" << (response ? "answered" : "no answer");
    if (request.timer) {
        request.timer->stop();
        request.timer->deleteLater();
    }
    if (request.done) {
        request.done(std::move(response), error);
    }
}

void WidgetBridge::requestUnloggedCalls(int perPage, int page, int timeoutMs,
                                        Reply<Protocol::UnloggedCallsPage> done) {
    const QString id = newRequestId();
    postHostRequest(
        id, ProtocolWriter::unloggedCallsRequest(id, perPage, page), timeoutMs,
        [done, page](std::optional<QJsonValue> response, const QString &error) {
            if (!response) {
                done(std::nullopt, error);
                return;
            }
            const auto parsed = ProtocolParser::parseUnloggedCallsResponse(*response);
            if (parsed) {
                qCDebug(lcBridge).noquote()
                    << QStringLiteral("un-logged calls page %1: %2 calls, %3 skipped, %4")
                           .arg(page)
                           .arg(parsed->calls.size())
                           .arg(parsed->skippedCalls)
                           .arg(parsed->hasMore ? QStringLiteral("more") : QStringLiteral("last"));
            }
            if (!parsed) {
                done(
                    std::nullopt,
                    tr("The phone sent an unreadable list of calls (%1).").arg(parsed.error.field));
                return;
            }
            done(*parsed, QString());
        });
}

void WidgetBridge::requestCallLog(const QString &sessionId, int timeoutMs,
                                  Reply<std::optional<Protocol::WidgetCall>> done) {
    const QString id = newRequestId();
    postHostRequest(
        id, ProtocolWriter::getCallLogRequest(id, sessionId), timeoutMs,
        [done](std::optional<QJsonValue> response, const QString &error) {
            if (!response) {
                done(std::nullopt, error);
                return;
            }
            const auto parsed = ProtocolParser::parseGetCallLogResponse(*response);
            if (!parsed) {
                done(std::nullopt,
                     tr("The phone sent an unreadable call (%1).").arg(parsed.error.field));
                return;
            }
            done(*parsed, QString());
        });
}
