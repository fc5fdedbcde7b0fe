#pragma once

#include <QString>
#include <QUrl>

// Tokens must never reach logs: recording URLs carry ?access_token=..., OAuth redirects carry
// codes. Everything CallDock logs about URLs or widget text goes through these.
namespace Redaction {

// The URL without query, fragment and user info (the query replaced by "?…" when present).
QString url(const QUrl &url);

// `text` with the values of access_token, code, token, password and similar parameters and any
// "Bearer ..." value replaced by "<redacted>".
QString text(const QString &text);

} // namespace Redaction
