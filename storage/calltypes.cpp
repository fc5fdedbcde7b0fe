#include "calltypes.h"

#include <utility>

namespace {

template<typename Enum, std::size_t N>
QString textOf(Enum value, const std::pair<const char *, Enum> (&names)[N]) {
    for (const auto &[name, candidate] : names) {
        if (candidate == value) {
            return QLatin1String(name);
        }
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const QString &text, const std::pair<const char *, Enum> (&names)[N]) {
    for (const auto &[name, value] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

const std::pair<const char *, LoggedBy> kLoggedBy[] = {
    {"auto", LoggedBy::Auto},
    {"manual", LoggedBy::Manual},
    {"catch-up", LoggedBy::CatchUp},
};

const std::pair<const char *, RecordingState> kRecordingStates[] = {
    {"queued", RecordingState::Queued}, {"downloading", RecordingState::Downloading},
    {"done", RecordingState::Done},     {"expired", RecordingState::Expired},
    {"failed", RecordingState::Failed},
};

} // namespace

namespace CallTypes {

QString loggedByText(LoggedBy loggedBy) {
    return textOf(loggedBy, kLoggedBy);
}

std::optional<LoggedBy> loggedByFromText(const QString &text) {
    return valueOf(text, kLoggedBy);
}

QString recordingStateText(RecordingState state) {
    return textOf(state, kRecordingStates);
}

std::optional<RecordingState> recordingStateFromText(const QString &text) {
    return valueOf(text, kRecordingStates);
}

} // namespace CallTypes
