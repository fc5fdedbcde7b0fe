#pragma once

#include "callfacts.h"
#include "protocol.h"

// The one translation between the widget's typed call (bridge) and the store's facts (storage).
namespace CallFactsMapper {

CallFacts fromWidgetCall(const Protocol::WidgetCall &call);

} // namespace CallFactsMapper
