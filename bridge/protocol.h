#pragma once

#include "calldirection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>
#include <variant>

// Typed values of the RingCentral Embeddable postMessage protocol (shared/protocol.md). The
// parser (ProtocolParser) turns widget JSON into these; the writer (ProtocolWriter) builds the
// host's JSON. Nothing outside bridge/ needs to see the JSON, except PostMessageRequest::body,
// which stays inside the bridge until a path-specific parser has typed it.
namespace Protocol {

// Caps on what the widget may send. Identifiers and URLs are never truncated (a shortened id
// names another call, a shortened URL fetches something else), so a longer one makes the message
// Malformed. Human-readable text is truncated, because a long name or note is still worth
// keeping. Lengths count UTF-16 code units.
inline constexpr int kMaxIdLength = 256;
inline constexpr int kMaxLabelLength = 256; // direction, status, result, action, type
inline constexpr int kMaxNameLength = 4 * 1024;
inline constexpr int kMaxNoteLength = 64 * 1024;
inline constexpr int kMaxUrlLength = 8 * 1024;
// The first match after login lists the calls of 7 days (hundreds); far more is not a widget.
inline constexpr int kMaxSessionIds = 5000;
inline constexpr int kMaxCallsPerPage = 1000;
inline constexpr int kMaxFeatureFlags = 128;
// Longer than any real call; a bigger value is garbage, not a duration.
inline constexpr int kMaxDurationSeconds = 31 * 24 * 3600;
// 9999-12-31T23:59:59.999Z: beyond it QDateTime and SQLite disagree, and no call is that late.
inline constexpr qint64 kMaxEpochMs = 253402300799999;

namespace MessageType {
// Widget -> host
inline constexpr char LoginStatus[] = "rc-login-status-notify";
inline constexpr char PostMessageRequest[] = "rc-post-message-request";
inline constexpr char AdapterMessageResponse[] = "rc-adapter-message-response";
inline constexpr char AutoLogNotify[] = "rc-callLogger-auto-log-notify";
inline constexpr char MessageAutoLogNotify[] = "rc-messageLogger-auto-log-notify";
inline constexpr char DialerStatus[] = "rc-dialer-status-notify";
inline constexpr char CallRing[] = "rc-call-ring-notify";
inline constexpr char CallStart[] = "rc-call-start-notify";
inline constexpr char CallEnd[] = "rc-call-end-notify";
inline constexpr char ActiveCall[] = "rc-active-call-notify";
inline constexpr char CallHistorySynced[] = "rc-call-history-synced-notify";
inline constexpr char LoginPopup[] = "rc-login-popup-notify";
// Host -> widget
inline constexpr char RegisterService[] = "rc-adapter-register-third-party-service";
inline constexpr char PostMessageResponse[] = "rc-post-message-response";
inline constexpr char TriggerCallLoggerMatch[] = "rc-adapter-trigger-call-logger-match";
inline constexpr char UpdateAutoLogSettings[] = "rc-adapter-update-auto-log-settings";
inline constexpr char NewCall[] = "rc-adapter-new-call";
inline constexpr char NavigateTo[] = "rc-adapter-navigate-to";
inline constexpr char MessageRequest[] = "rc-adapter-message-request";
inline constexpr char Logout[] = "rc-adapter-logout";
} // namespace MessageType

// Paths of host -> widget requests (protocol.md section 6).
namespace HostRequestPath {
inline constexpr char UnloggedCalls[] = "/unlogged-calls";
inline constexpr char GetCallLog[] = "/get-call-log";
inline constexpr char CustomAlert[] = "/custom-alert-message";
} // namespace HostRequestPath

// One direction enum for every layer (storage/common): the bridge only parses and writes it.
using CallDirection = ::CallDirection;

enum class CallLoggerTrigger {
    PresenceUpdate,
    CallLogSync,
    CreateLog,
    EditLog,
    ViewLog,
    LogForm,
    ContactUpdated,
    Unknown
};

enum class AlertLevel { Info, Warning, Danger };
enum class MatchStatus { Pending, Failed, Success };

// The widget's spelling of each value. (Not toString: QTest's toString lookup would find it.)
QString wireName(CallLoggerTrigger trigger);                          // "" for Unknown
CallLoggerTrigger callLoggerTriggerFromWireName(const QString &text); // exact; else Unknown
QString wireName(AlertLevel level);
QString wireName(MatchStatus status);

struct CallParty {
    QString phoneNumber;
    QString extensionNumber;
    QString name;
    QString location;

    bool isEmpty() const;
};

// recording.contentUri may carry ?access_token=...: a credential. Never log or store it as is.
struct CallRecording {
    QString id;
    QString type;
    QString uri;
    QString contentUri;
    QString link;
};

// Both shapes of protocol.md 4.2: the live presence call and the call-log record. Fields the
// shape lacks stay empty.
struct WidgetCall {
    QString sessionId; // the key; never empty after parsing
    QString telephonySessionId;
    QString callLogId; // `id` of a call-log record
    QString partyId;
    CallDirection direction = CallDirection::Unknown;
    CallParty from;
    CallParty to;
    QDateTime startTime; // UTC; invalid when absent
    std::optional<int> durationSeconds;
    QString telephonyStatus; // live calls: Ringing, CallConnected, OnHold, ...
    QString result;          // Accepted, Missed, Voicemail, ... (live calls: the status)
    QString action;          // records only: Phone Call, VoIP Call, ...
    QString type;            // records only: Voice, Fax
    std::optional<CallRecording> recording;

    // Only call-log records carry `action`; their facts (result, duration) are authoritative.
    bool isFinalRecord() const { return !action.isEmpty(); }
};

// The browser phone's own session (ring/start/end notifications): `from`/`to` are plain numbers
// there, and the telephony session id sits in partyData.
struct BrowserCall {
    QString id; // the web phone's session id, not a telephony one
    QString sessionId;
    QString partyId;
    CallDirection direction = CallDirection::Unknown;
    CallParty from;
    CallParty to;
    QString fromUserName;
    QString toUserName;
    QString callStatus;
    QDateTime startTime;
};

// A contact the widget matched for a call side (fromEntity / toEntity).
struct MatchedEntity {
    QString id;
    QString type;
    QString name;
};

// ---- Widget -> host events (protocol.md 2.1)

struct LoginStatus {
    bool loggedIn = false;
    QString loginNumber;
    QVariantMap features; // top-level boolean flags only
};

struct PostMessageRequest {
    QString requestId;
    QString path;
    QJsonObject body; // typed per path by ProtocolParser::parse*Body
};

struct AdapterMessageResponse {
    QString responseId;
    QJsonValue response; // typed per request path by ProtocolParser::parse*Response
};

struct AutoLogNotify {
    bool autoLog = false;
};

// The widget's message auto-log setting (protocol.md 9.5).
struct MessageAutoLogNotify {
    bool autoLog = false;
};

struct DialerStatus {
    bool ready = false;
};

struct CallRing {
    BrowserCall call;
};

struct CallStart {
    BrowserCall call;
};

struct CallEnd {
    BrowserCall call;
};

struct ActiveCall {
    WidgetCall call;
};

struct CallHistorySynced {};

struct LoginPopup {
    QString oAuthUri; // carries OAuth state: log only through Redaction
};

using Event = std::variant<LoginStatus, PostMessageRequest, AdapterMessageResponse, AutoLogNotify,
                           DialerStatus, CallRing, CallStart, CallEnd, ActiveCall,
                           CallHistorySynced, LoginPopup, MessageAutoLogNotify>;

// ---- Parse outcomes

// An unknown message type: the widget sends many we do not use. Not an error.
struct Ignored {
    QString type;
};

// `field` is a dotted path ("body.call.startTime", "sessionIds[3]"); never a value.
struct Malformed {
    QString field;
    QString reason;
};

// A request whose requestId is usable but whose path or body is not: the bridge must still
// answer it (ProtocolWriter::errorResponse), or the widget keeps waiting until its timeout.
struct MalformedRequest {
    QString requestId;
    Malformed error;
};

// ---- Request bodies (service paths, section 4 and 5)

struct CallLoggerRequest {
    WidgetCall call;
    CallLoggerTrigger trigger = CallLoggerTrigger::Unknown;
    QString triggerName; // the raw triggerType, for logs when trigger is Unknown
    std::optional<MatchedEntity> fromEntity;
    std::optional<MatchedEntity> toEntity;
    bool redirect = false;
    QString note;     // body.note
    QString subject;  // body.formData.subject, else formData.title
    QString formNote; // body.formData.note
    QString aiNote;
    QString transcript;
};

struct MatchRequest {
    QStringList sessionIds;
    QStringList activeSessionIds;
};

// ---- Responses to host requests (section 6)

struct UnloggedCallsPage {
    QList<WidgetCall> calls;
    bool hasMore = false;
    // Entries that were not a usable call (logged by field); the rest of the page still counts,
    // so one odd record cannot block the catch-up of the others.
    int skippedCalls = 0;
};

// ---- Host -> widget values

struct ServiceRegistration {
    QString name; // required by the widget
    QString displayName;
    QString callLoggerPath;
    QString callLoggerTitle;
    QString callLoggerAutoSettingLabel;
    QString callLogEntityMatcherPath;
    bool recordingWithToken = true;
    bool showLogModal = false;
    // Message logging (protocol.md 9.1); left out of the registration when empty.
    QString messageLoggerPath;
    QString messageLoggerTitle;
    QString messageLoggerAutoSettingLabel;
    QString messageLogEntityMatcherPath;
    bool attachmentWithToken = true;
};

// One entry of a matcher answer: either a logged call (counted as "logged" by the widget) or a
// status line shown under the call (not counted).
struct MatchEntry {
    enum class Kind { Logged, Status };

    static MatchEntry logged(const QString &sessionId, const QString &logId, const QString &note);
    static MatchEntry withStatus(const QString &sessionId, MatchStatus status,
                                 const QString &message);

    QString sessionId;
    Kind kind = Kind::Logged;
    QString logId;
    QString note;
    MatchStatus status = MatchStatus::Pending;
    QString message;
};

bool operator==(const CallParty &a, const CallParty &b);
bool operator==(const CallRecording &a, const CallRecording &b);
bool operator==(const WidgetCall &a, const WidgetCall &b);
inline bool operator!=(const CallParty &a, const CallParty &b) {
    return !(a == b);
}
inline bool operator!=(const CallRecording &a, const CallRecording &b) {
    return !(a == b);
}
inline bool operator!=(const WidgetCall &a, const WidgetCall &b) {
    return !(a == b);
}

} // namespace Protocol
