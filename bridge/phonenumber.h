#pragma once

#include <QString>

// Turns what a user or another program hands CallDock ("tel:+1 (555) 123-4567",
// "callto://+15551234567", "555.123.4567") into the digits the widget's dialer expects.
namespace PhoneNumber {

// Strips a tel:/callto: scheme, slashes and visual separators. An RFC 3966 extension
// (";ext=12") becomes "*12" (RingCentral's extension dialing); other parameters are dropped.
// Returns an empty string when the result is not a phone number.
QString normalize(const QString &input);

bool isDialUrl(const QString &input);

} // namespace PhoneNumber
