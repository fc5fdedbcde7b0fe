#pragma once

#include "callfacts.h"
#include "callrecord.h"
#include "protocol.h"

// The one translation between the widget's typed call (bridge) and the store's facts (storage).
namespace CallFactsMapper {

CallFacts fromWidgetCall(const Protocol::WidgetCall &call);

// Facts for logging a call shown from a record (e.g. a draft restored after a restart).
CallFacts fromRecord(const CallRecord &record);

// A record for showing a call that is not stored (yet), e.g. in the note dialog.
CallRecord toRecord(const CallFacts &facts);

} // namespace CallFactsMapper
