#pragma once

#include "messagerequesthandler.h"
#include "protocol.h"
#include "protocolparser.h"
#include "responder.h"
#include "widgetrequesthandler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <optional>

class WidgetTransport;

// CallDock's side of the Embeddable protocol. It turns the widget's JSON into typed events and
// requests, answers requests through Responders, registers the service on every load of the
// widget, and offers the host → widget API as typed calls. Nothing behind it sees JSON.
class WidgetBridge final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetBridge)

public:
    template<typename T>
    using Reply = std::function<void(std::optional<T> result, const QString &error)>;

    static constexpr char kCallLoggerPath[] = "/callLogger";
    static constexpr char kMatcherPath[] = "/callLogger/match";
    static constexpr char kMessageLoggerPath[] = "/messageLogger";
    static constexpr char kMessageMatcherPath[] = "/messageLogger/match";
    static constexpr int kDefaultRequestTimeoutMs = 10'000;

    // `handler` serves the widget's requests and must outlive the bridge; without one, call
    // logging requests fail and matches are answered "not logged".
    WidgetBridge(WidgetTransport *channel, WidgetRequestHandler *handler,
                 QObject *parent = nullptr);

    // What registerService() sends; the paths are CallDock's fixed ones.
    void setRegistration(const Protocol::ServiceRegistration &registration);
    Protocol::ServiceRegistration registration() const { return m_registration; }
    // Serves the message logging paths; must outlive the bridge. Without one, message logs fail
    // and message matches are answered "not logged".
    void setMessageHandler(MessageRequestHandler *handler) { m_messageHandler = handler; }

    // ---- host → widget
    void registerService();
    void triggerCallLoggerMatch(const QStringList &sessionIds);
    // Held until the widget's call logger is ready (its first auto-log notify after registering).
    void setAutoLog(bool enabled);
    // The message auto-log toggle; held until the widget's message logger is ready (its first
    // rc-messageLogger-auto-log-notify after registering).
    void setMessageAutoLog(bool enabled);
    // Accepts plain numbers and tel:/callto: URLs; returns false when `number` is not a phone
    // number. Held until the dialer reports ready.
    bool newCall(const QString &number, bool dialNow = true);
    void navigateTo(const QString &path);
    void showAlert(const QString &message, Protocol::AlertLevel level, int ttlMs = 10'000);
    void logout();

    // Host → widget requests (rc-adapter-message-request) with CallDock's own id; `done` gets
    // nullopt and a reason after `timeoutMs` or when the widget reloads.
    void requestUnloggedCalls(int perPage, int page, int timeoutMs,
                              Reply<Protocol::UnloggedCallsPage> done);
    // A call's record with a fresh recording URL; a result of nullopt with an empty error means
    // the widget does not know the call.
    void requestCallLog(const QString &sessionId, int timeoutMs,
                        Reply<std::optional<Protocol::WidgetCall>> done);

    // ---- state
    bool isLoggedIn() const { return m_loggedIn; }
    bool isRegistered() const { return m_registered; }
    bool isLoggerReady() const { return m_loggerReady; }
    bool isDialerReady() const { return m_dialerReady; }
    std::optional<bool> widgetAutoLog() const { return m_widgetAutoLog; }
    bool isMessageLoggerReady() const { return m_messageLoggerReady; }
    std::optional<bool> widgetMessageAutoLog() const { return m_widgetMessageAutoLog; }
    int pendingHostRequests() const { return int(m_hostRequests.size()); }
    int openRequests() const { return int(m_openResponders.size()); }

signals:
    void loginStatusChanged(bool loggedIn, const QString &loginNumber);
    void serviceRegistered();
    // The widget's auto-log setting, on every rc-callLogger-auto-log-notify.
    void autoLogNotified(bool enabled, bool firstSinceRegistration);
    // The widget's message auto-log setting, on every rc-messageLogger-auto-log-notify.
    void messageAutoLogNotified(bool enabled, bool firstSinceRegistration);
    void dialerReadyChanged(bool ready);
    void callRinging(const Protocol::BrowserCall &call);
    void callStarted(const Protocol::BrowserCall &call);
    void callEnded(const Protocol::BrowserCall &call);
    void activeCallChanged(const Protocol::WidgetCall &call);
    void callHistorySynced();
    void loginPopupRequested(const QUrl &oAuthUri);
    // A new widget document began (before its first message): registration and readiness start
    // over.
    void widgetReloaded();

private:
    using RawReply = std::function<void(std::optional<QJsonValue> response, const QString &error)>;
    struct HostRequest {
        QString path;
        RawReply done;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
    };

    void handleMessage(const QJsonObject &message);
    void handleEvent(const Protocol::Event &event);
    void handleRequest(const Protocol::PostMessageRequest &request);
    void handleResponse(const Protocol::AdapterMessageResponse &response);
    void handleLoginStatus(const Protocol::LoginStatus &status);
    void handleAutoLogNotify(bool enabled);
    // widgetbridgemessages.cpp
    void handleMessageAutoLogNotify(bool enabled);
    bool handleMessageRequest(const Protocol::PostMessageRequest &request,
                              const Responder &responder);
    void handleDialerStatus(bool ready);
    void resetForNewLoad();
    void postRegistration(bool answeringWidget);
    static QString newRequestId();
    // Posts `message` (built by ProtocolWriter with `id`) and waits for its answer.
    void postHostRequest(const QString &id, const QJsonObject &message, int timeoutMs,
                         RawReply done);
    void finishHostRequest(const QString &id, std::optional<QJsonValue> response,
                           const QString &error);
    Responder makeResponder(const QString &requestId, const QString &path);
    void flushDials();

    QPointer<WidgetTransport> m_channel;
    Protocol::ServiceRegistration m_registration;
    WidgetRequestHandler *m_handler = nullptr;
    MessageRequestHandler *m_messageHandler = nullptr;
    QHash<QString, Responder> m_openResponders;
    QHash<QString, HostRequest> m_hostRequests;
    QTimer m_registrationRetry;
    int m_registrationAttempts = 0;

    bool m_loggedIn = false;
    bool m_seenLoginStatus = false;
    bool m_registered = false;
    // The widget document got the registration: it was an answer to one of the document's
    // messages, or the document spoke after it. Until then it is repeated.
    bool m_registrationDelivered = false;
    bool m_loggerReady = false;
    bool m_dialerReady = false;
    std::optional<bool> m_widgetAutoLog;
    std::optional<bool> m_heldAutoLog;
    bool m_messageLoggerReady = false;
    std::optional<bool> m_widgetMessageAutoLog;
    std::optional<bool> m_heldMessageAutoLog;
    QList<QPair<QString, bool>> m_heldDials;
};
