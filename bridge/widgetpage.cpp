#include "widgetpage.h"

#include "redaction.h"
#include "webpermissions.h"

#include <QLoggingCategory>
#include <QWebEngineNewWindowRequest>

Q_LOGGING_CATEGORY(lcPage, "calldock.bridge.page")

WidgetPage::WidgetPage(QWebEngineProfile *profile, const NavigationPolicy &policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy)
    , m_permissions(new WebPermissions(this, policy)) {
    connect(this, &QWebEnginePage::newWindowRequested, this, &WidgetPage::handleNewWindow);
}

void WidgetPage::setPolicy(const NavigationPolicy &policy) {
    m_policy = policy;
    delete m_permissions;
    m_permissions = new WebPermissions(this, policy);
}

bool WidgetPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    const bool linkClicked = type == NavigationTypeLinkClicked;
    switch (m_policy.navigation(url, isMainFrame, linkClicked)) {
    case NavigationPolicy::Decision::Allow:
        return true;
    case NavigationPolicy::Decision::OpenExternally:
        qCInfo(lcPage) << "opening in the system browser:" << Redaction::url(url);
        emit externalUrlRequested(url);
        return false;
    case NavigationPolicy::Decision::Block:
        break;
    }
    qCWarning(lcPage) << "blocked navigation of" << (isMainFrame ? "main frame" : "subframe")
                      << "to" << Redaction::url(url);
    return false;
}

void WidgetPage::handleNewWindow(QWebEngineNewWindowRequest &request) {
    const QUrl url = request.requestedUrl();
    switch (m_policy.popup(url, request.isUserInitiated())) {
    case NavigationPolicy::PopupDecision::OpenPopup: {
        qCInfo(lcPage) << "opening popup for" << Redaction::url(url);
        auto *popup = new PopupPage(profile(), m_policy, this);
        // openIn adopts the web contents Chromium created, so window.opener stays intact.
        request.openIn(popup);
        emit popupOpened(popup);
        return;
    }
    case NavigationPolicy::PopupDecision::OpenExternally:
        qCInfo(lcPage) << "popup to the system browser:" << Redaction::url(url);
        emit externalUrlRequested(url);
        return;
    case NavigationPolicy::PopupDecision::Drop:
        qCWarning(lcPage) << "dropped popup to" << Redaction::url(url);
        return;
    }
}

void WidgetPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                          const QString &message, int lineNumber,
                                          const QString &sourceId) {
    // The widget logs freely (including URLs with tokens): debug only, redacted.
    Q_UNUSED(level)
    qCDebug(lcPage).noquote() << Redaction::text(message).left(500) << "("
                              << Redaction::url(QUrl(sourceId)) << ":" << lineNumber << ")";
}

PopupPage::PopupPage(QWebEngineProfile *profile, const NavigationPolicy &policy, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy) {
    // Login pages get no special permissions: an empty policy origin matches nothing.
    new WebPermissions(this, NavigationPolicy());
    connect(this, &QWebEnginePage::newWindowRequested, this,
            [this](QWebEngineNewWindowRequest &request) {
                if (request.isUserInitiated()) {
                    emit externalUrlRequested(request.requestedUrl());
                }
            });
}

bool PopupPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    Q_UNUSED(type)
    Q_UNUSED(isMainFrame)
    if (m_policy.popupNavigation(url) == NavigationPolicy::Decision::Allow) {
        return true;
    }
    qCWarning(lcPage) << "blocked popup navigation to" << Redaction::url(url);
    return false;
}
