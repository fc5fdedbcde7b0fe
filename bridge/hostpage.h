#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// CallDock's own page that embeds the widget. Its origin (calldock://host) must never change
// between versions: the widget keeps its login in storage that belongs to the top-level site.
namespace HostPage {

inline constexpr char kScheme[] = "calldock";
inline constexpr char kHost[] = "host";
inline constexpr char kFrameId[] = "rc-widget-adapter-frame";

// Registers the scheme as secure. Must run before QApplication is constructed.
void registerScheme();

QUrl url();       // calldock://host/
QString origin(); // calldock://host
bool isHostPageUrl(const QUrl &url);

// The origin of a web URL in the form browsers report it in MessageEvent.origin
// ("https://apps.example.com", no default port, no path).
QString originOf(const QUrl &url);

// The host page HTML with the iframe pointing at `widgetUrl`. The page carries a Content
// Security Policy that forbids every script of its own and frames from any other origin.
QByteArray html(const QUrl &widgetUrl);

} // namespace HostPage
