#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <optional>

// The test side of the widget simulator (tests/support/simulator): serves it over real HTTP, sends
// it commands (what to post to the host) and collects its reports (what it received).
class Simulator final : public QObject {
    Q_OBJECT

public:
    using Predicate = std::function<bool(const QJsonObject &)>;

    explicit Simulator(QObject *parent = nullptr);

    bool start();
    TestHttpServer &server() { return m_server; }

    // http://127.0.0.1:<port>/app.html with `query` (e.g. simLoggedIn=no).
    QUrl appUrl(const QUrlQuery &query = QUrlQuery()) const;
    // The same simulator under another origin (http://localhost:<port>).
    QString otherOrigin() const;
    QString origin() const;

    void command(const QJsonObject &command);
    void post(const QJsonObject &message);
    // Sends an rc-post-message-request; returns its requestId.
    QString request(const QString &path, const QJsonObject &body);
    void reload();
    void setState(const QJsonObject &state);

    // ---- calls (see the startCall / endCall commands in simulator.js)
    // A call comes up: the widget posts rc-active-call-notify and, with auto-log on, logs the
    // live call (presenceUpdate). `liveCall` is the live shape (CallSamples::liveCall).
    void startCall(const QJsonObject &liveCall);
    // The call `sessionId` ends and `record` (its call-log record) joins the widget's history,
    // where /unlogged-calls and /get-call-log find it. With `notifyHost` the widget reports the
    // end like the real one (with auto-log on or the call logged: the "ended" presenceUpdate
    // and the callLogSync record, then rc-call-history-synced-notify); without, the host hears
    // nothing, as when CallDock was not running.
    void endCall(const QString &sessionId, const QJsonObject &record, bool notifyHost = true);
    // Puts `record` into the history kept on the "server": the current page gets it now, and
    // every page loaded later (a reload, or CallDock started again) has it before it reports its
    // login status. Together with endCall(..., false) before quitting CallDock this models "a
    // call was live when CallDock quit and ended while it was not running".
    void addHistoryCall(const QJsonObject &record);
    QList<QJsonObject> historyCalls() const { return m_history; }

    QList<QJsonObject> reports(const QString &kind) const;
    // Messages the simulator received from the host with `type`.
    QList<QJsonObject> received(const QString &type) const;

    // Wait (spinning the event loop) until a report of `kind` matching `predicate` arrives.
    std::optional<QJsonObject> waitForReport(const QString &kind, int timeoutMs = 15000,
                                             const Predicate &predicate = {});
    // Wait for the simulator to receive a message of `type` from the host.
    std::optional<QJsonObject> waitForReceived(const QString &type, int timeoutMs = 15000,
                                               const Predicate &predicate = {});
    // Wait for the response to `requestId` (nullopt on simulator timeout or test timeout).
    std::optional<QJsonObject> waitForResponse(const QString &requestId, int timeoutMs = 20000);

    int loadCount() const { return reports(QStringLiteral("loaded")).size(); }
    void clearReports() { m_reports.clear(); }

signals:
    void reported(const QJsonObject &report);

private:
    void flushCommands();

    TestHttpServer m_server;
    QList<QJsonObject> m_reports;
    QList<QJsonObject> m_commands;
    QList<QJsonObject> m_history; // served to every page at /control/history
    QPointer<HttpExchange> m_poll;
};
