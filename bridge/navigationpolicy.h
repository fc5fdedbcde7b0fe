#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

// Pure decisions about where the web content may go. WidgetPage and PopupPage ask; nothing here
// touches WebEngine, so every rule is covered by table-driven tests.
class NavigationPolicy final {
public:
    enum class Decision {
        Allow,          // load it here
        OpenExternally, // hand it to the system browser, do not load it here
        Block,          // refuse (and log)
    };
    enum class PopupDecision {
        OpenPopup,      // a real window on the same profile that keeps window.opener
        OpenExternally, // the system browser
        Drop,           // ignore
    };

    // `widgetUrl` is the widget's composed app.html (WidgetUrl::compose). The platform it uses
    // (its appServer parameter, whether set by CallDock's settings, the command line or the
    // configured URL's own query) is a self-hosted platform whose host may serve the login
    // pages: it is read from the URL the widget really gets, so the two cannot disagree.
    explicit NavigationPolicy(const QUrl &widgetUrl = QUrl());

    QString widgetOrigin() const { return m_widgetOrigin; }

    // A navigation of the main window's page. The main frame only ever shows the host page;
    // the widget frame only the widget origin (and about:blank).
    Decision navigation(const QUrl &url, bool isMainFrame, bool userClickedLink) const;

    // window.open / target=_blank from the widget.
    PopupDecision popup(const QUrl &url, bool userInitiated) const;

    // A navigation inside a login popup: web pages (sign-in may pass through a company's
    // identity provider) and the widget origin, nothing else.
    Decision popupNavigation(const QUrl &url) const;

    // Permission requests (microphone, notifications) are granted only to the widget origin.
    bool isWidgetOrigin(const QUrl &securityOrigin) const;

    // RingCentral's sign-in hosts, plus the self-hosted platform's host when configured.
    bool isLoginHost(const QString &host) const;

private:
    static bool isWebUrl(const QUrl &url);

    QString m_widgetOrigin;
    QStringList m_extraLoginHosts;
};
