#pragma once

#include <QString>
#include <QUrl>

// Builds the widget's app.html URL from CallDock's configuration.
struct WidgetUrlOptions {
    QUrl appUrl;      // the configured app.html, with its own path and query
    QString clientId; // empty: the widget's demo key
    QUrl appServer;   // empty: the widget's default platform
    bool autoLogCalls = true;
    bool autoLogMessages = true;
    QString version; // CallDock's version for userAgent
};

namespace WidgetUrl {

// Keeps the configured URL's path and query and sets CallDock's parameters on top, replacing
// any value the configured URL already had for them. The widget tests flags for truthiness of
// the *string* ("0" is true), so a flag that must be off is left out, never set to 0.
QUrl compose(const WidgetUrlOptions &options);

// The platform the widget at `widgetUrl` (a composed URL) talks to: its appServer parameter,
// wherever it came from; empty when it uses its default platform.
QUrl effectiveAppServer(const QUrl &widgetUrl);

} // namespace WidgetUrl
