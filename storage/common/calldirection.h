#pragma once

#include <QString>

// The direction of a call, one enum for every layer: the bridge parses it from the widget, the
// store keeps it, the widgets word it. Its text form is the widget's spelling, which is also what
// the database and the export store, so never rename it.
enum class CallDirection { Unknown, Inbound, Outbound };

namespace CallDirections {

// "Inbound" / "Outbound"; empty for Unknown.
QString wireName(CallDirection direction);
// Case-insensitive (the widget is not consistent); anything else is Unknown.
CallDirection fromWireName(const QString &text);

// The other party of a call: the caller of an inbound call, the callee of an outbound one. When
// the direction is unknown it is the "from" side, because the widget reports live calls that way
// (protocol.md 4.2). Every place that names the other party goes through this rule.
template<typename Side>
const Side &otherSide(CallDirection direction, const Side &from, const Side &to) {
    return direction == CallDirection::Outbound ? to : from;
}

} // namespace CallDirections
