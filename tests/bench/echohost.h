#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class HostSchemeHandler;
class QWebEnginePage;
class QWebEngineProfile;
class QWebEngineView;
class WidgetChannel;

// Baseline (b) of the bridge benchmark, the transport floor of any native bridge: CallDock's own
// host page and QWebChannel transport (HostSchemeHandler, WidgetChannel and its bridge script),
// but each request answered at once by this object from a QHash: no typed protocol, no policy,
// no SQLite. Matches answer in the shape CallDock uses ({data: {id: [{id, note}]}}).
class EchoHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EchoHost)

public:
    explicit EchoHost(QObject *parent = nullptr);
    ~EchoHost() override;

    // Calls session-0 .. session-(count-1) are "logged".
    void preload(int count);
    // Shows a view with the host page embedding `widgetUrl`.
    void load(const QUrl &widgetUrl);

private:
    struct Entry {
        QString entityId;
        QString note;
    };

    void onMessage(const QJsonObject &message);

    std::unique_ptr<QWebEngineProfile> m_profile;
    std::unique_ptr<QWebEngineView> m_view;
    HostSchemeHandler *m_scheme = nullptr;
    QWebEnginePage *m_page = nullptr;
    WidgetChannel *m_channel = nullptr;
    QHash<QString, Entry> m_logged;
    bool m_registered = false;
};
