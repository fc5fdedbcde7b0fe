#pragma once

#include "callrecord.h"

#include <optional>

// One line of the call history: the call and its newest recording, if it has one.
struct CallHistoryRow {
    CallRecord call;
    std::optional<RecordingRecord> recording;
};
