#pragma once

#include "navigationpolicy.h"

#include <QWebEnginePage>

class QWebEngineNewWindowRequest;
class WebPermissions;

// The main window's page: shows only the host page, lets its iframe show only the widget, and
// routes popups and external links according to NavigationPolicy.
class WidgetPage final : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WidgetPage)

public:
    WidgetPage(QWebEngineProfile *profile, const NavigationPolicy &policy,
               QObject *parent = nullptr);

    void setPolicy(const NavigationPolicy &policy);
    const NavigationPolicy &policy() const { return m_policy; }

signals:
    // A user asked for a web page that belongs in the system browser.
    void externalUrlRequested(const QUrl &url);
    // A login popup was opened into `popup`; the receiver shows it and owns it from now on.
    void popupOpened(QWebEnginePage *popup);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    void handleNewWindow(QWebEngineNewWindowRequest &request);

    NavigationPolicy m_policy;
    WebPermissions *m_permissions = nullptr;
};

// A login popup opened by the widget. It keeps window.opener (the OAuth redirect page calls back
// into it) and may browse web pages during sign-in; anything else is refused.
class PopupPage final : public QWebEnginePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PopupPage)

public:
    PopupPage(QWebEngineProfile *profile, const NavigationPolicy &policy,
              QObject *parent = nullptr);

signals:
    void externalUrlRequested(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    NavigationPolicy m_policy;
};
