#include "navigationpolicy.h"

#include "hostpage.h"
#include "widgeturl.h"

NavigationPolicy::NavigationPolicy(const QUrl &widgetUrl)
    : m_widgetOrigin(widgetUrl.isValid() ? HostPage::originOf(widgetUrl) : QString()) {
    const QUrl appServer = WidgetUrl::effectiveAppServer(widgetUrl);
    if (appServer.isValid() && !appServer.host().isEmpty()) {
        m_extraLoginHosts << appServer.host().toLower();
    }
}

bool NavigationPolicy::isWebUrl(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

NavigationPolicy::Decision NavigationPolicy::navigation(const QUrl &url, bool isMainFrame,
                                                        bool userClickedLink) const {
    if (isMainFrame) {
        if (HostPage::isHostPageUrl(url)) {
            return Decision::Allow;
        }
    } else {
        if (url.toString() == QLatin1String("about:blank")) {
            return Decision::Allow;
        }
        if (isWebUrl(url) && !m_widgetOrigin.isEmpty()
            && HostPage::originOf(url) == m_widgetOrigin) {
            return Decision::Allow;
        }
    }
    if (userClickedLink && isWebUrl(url)) {
        return Decision::OpenExternally;
    }
    return Decision::Block;
}

NavigationPolicy::PopupDecision NavigationPolicy::popup(const QUrl &url, bool userInitiated) const {
    if (isWebUrl(url)) {
        const bool sameAsWidget = HostPage::originOf(url) == m_widgetOrigin;
        // Login popups must stay inside CallDock: the redirect page calls back into its opener.
        // Only https login hosts qualify; a plain-http "login" page is never trusted.
        const bool loginPage =
            url.scheme().toLower() == QLatin1String("https") && isLoginHost(url.host());
        if (sameAsWidget || loginPage) {
            return PopupDecision::OpenPopup;
        }
        if (userInitiated) {
            return PopupDecision::OpenExternally;
        }
    }
    return PopupDecision::Drop;
}

NavigationPolicy::Decision NavigationPolicy::popupNavigation(const QUrl &url) const {
    if (url.toString() == QLatin1String("about:blank")) {
        return Decision::Allow;
    }
    if (isWebUrl(url)) {
        if (url.scheme().toLower() == QLatin1String("https")
            || HostPage::originOf(url) == m_widgetOrigin) {
            return Decision::Allow;
        }
    }
    return Decision::Block;
}

bool NavigationPolicy::isWidgetOrigin(const QUrl &securityOrigin) const {
    return isWebUrl(securityOrigin) && !m_widgetOrigin.isEmpty()
           && HostPage::originOf(securityOrigin) == m_widgetOrigin;
}

bool NavigationPolicy::isLoginHost(const QString &hostName) const {
    const QString host = hostName.toLower();
    if (host.isEmpty()) {
        return false;
    }
    const auto isDomainOrSubdomain = [&host](const QString &domain) {
        return host == domain || host.endsWith(QLatin1Char('.') + domain);
    };
    // *.devtest.ringcentral.com is a subdomain of ringcentral.com as well.
    if (isDomainOrSubdomain(QStringLiteral("ringcentral.com"))) {
        return true;
    }
    for (const QString &extra : m_extraLoginHosts) {
        if (host == extra) {
            return true;
        }
    }
    return false;
}
