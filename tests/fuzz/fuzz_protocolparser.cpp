// libFuzzer target for the widget protocol parser: arbitrary bytes -> JSON -> every parse
// function. Besides crashes and sanitizer findings it checks the parser's promises (caps, the
// requestId of a MalformedRequest, non-empty error fields) and that a parsed call survives a
// write and a re-parse unchanged; a broken promise aborts, which libFuzzer reports as a crash.
#include "protocolparser.h"
#include "protocolwriter.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Protocol;
using namespace ProtocolParser;

namespace {

template<typename... Ts>
struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

template<typename T>
void checkError(const Parsed<T> &parsed) {
    if (!parsed) {
        check(!parsed.error.field.isEmpty() && !parsed.error.reason.isEmpty());
    }
}

void checkParty(const CallParty &party) {
    check(party.phoneNumber.size() <= kMaxIdLength);
    check(party.extensionNumber.size() <= kMaxIdLength);
    check(party.name.size() <= kMaxNameLength);
    check(party.location.size() <= kMaxNameLength);
}

void checkCall(const WidgetCall &call) {
    check(!call.sessionId.isEmpty() && call.sessionId.size() <= kMaxIdLength);
    check(call.telephonySessionId.size() <= kMaxIdLength && call.callLogId.size() <= kMaxIdLength);
    check(call.result.size() <= kMaxLabelLength && call.action.size() <= kMaxLabelLength);
    checkParty(call.from);
    checkParty(call.to);
    if (call.startTime.isValid()) {
        const qint64 ms = call.startTime.toMSecsSinceEpoch();
        check(ms >= 0 && ms <= kMaxEpochMs);
    }
    if (call.durationSeconds) {
        check(*call.durationSeconds >= 0 && *call.durationSeconds <= kMaxDurationSeconds);
    }
    if (call.recording) {
        check(call.recording->contentUri.size() <= kMaxUrlLength);
    }
    const Parsed<WidgetCall> again = parseCall(ProtocolWriter::callObject(call));
    check(again.ok() && *again == call);
}

void checkCallParse(const Parsed<WidgetCall> &parsed) {
    checkError(parsed);
    if (parsed) {
        checkCall(*parsed);
    }
}

void checkBodies(const QJsonObject &body) {
    const Parsed<CallLoggerRequest> logger = parseCallLoggerBody(body);
    checkError(logger);
    if (logger) {
        checkCall(logger->call);
        check(logger->note.size() <= kMaxNoteLength && logger->formNote.size() <= kMaxNoteLength);
        check(logger->transcript.size() <= kMaxNoteLength);
    }
    const Parsed<MatchRequest> match = parseMatchBody(body);
    checkError(match);
    if (match) {
        check(match->sessionIds.size() <= kMaxSessionIds);
        for (const QString &id : match->sessionIds) {
            check(!id.isEmpty() && id.size() <= kMaxIdLength);
        }
        // What the host asks to re-match is what the widget's next match request names.
        const QJsonObject trigger = ProtocolWriter::triggerCallLoggerMatch(match->sessionIds);
        const Parsed<MatchRequest> again =
            parseMatchBody(QJsonObject{{"sessionIds", trigger.value(QLatin1String("sessionIds"))}});
        check(again.ok() && again->sessionIds == match->sessionIds);
    }
}

void checkResponses(const QJsonValue &response) {
    const Parsed<UnloggedCallsPage> page = parseUnloggedCallsResponse(response);
    checkError(page);
    if (page) {
        check(page->calls.size() + page->skippedCalls <= kMaxCallsPerPage);
        for (const WidgetCall &call : page->calls) {
            checkCall(call);
        }
    }
    const Parsed<std::optional<WidgetCall>> one = parseGetCallLogResponse(response);
    checkError(one);
    if (one && one->has_value()) {
        checkCall(**one);
    }
}

void checkEvent(const QJsonObject &message) {
    const EventResult result = parseEvent(message);
    std::visit(Overloaded{
                   [](const Event &event) {
                       std::visit(Overloaded{
                                      [](const PostMessageRequest &request) {
                                          check(!request.requestId.isEmpty());
                                          check(request.requestId.size() <= kMaxIdLength);
                                          check(!request.path.isEmpty());
                                          checkBodies(request.body);
                                      },
                                      [](const AdapterMessageResponse &response) {
                                          checkResponses(response.response);
                                      },
                                      [](const ActiveCall &active) { checkCall(active.call); },
                                      [](const auto &) {},
                                  },
                                  event);
                   },
                   [](const Ignored &ignored) { check(ignored.type.size() <= kMaxIdLength); },
                   [](const Malformed &error) { check(!error.field.isEmpty()); },
                   [](const MalformedRequest &request) {
                       // The bridge answers these: the id must be one it can echo.
                       check(!request.requestId.isEmpty());
                       check(request.requestId.size() <= kMaxIdLength);
                       check(!request.error.field.isEmpty());
                       const QJsonObject answer = ProtocolWriter::postMessageResponse(
                           request.requestId, ProtocolWriter::errorResponse(request.error.reason));
                       check(answer.value(QLatin1String("responseId")).toString()
                             == request.requestId);
                   },
               },
               result);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    // Malformed input is the norm here; logging every warning would only slow the fuzzer down.
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return 0;
    }
    if (document.isObject()) {
        const QJsonObject object = document.object();
        checkEvent(object);
        // The same bytes as a bare call, body or response reach deeper without the wrapper.
        checkCallParse(parseCall(object));
        checkError(parseBrowserCall(object));
        checkBodies(object);
        checkResponses(object);
    } else {
        checkResponses(document.array());
    }
    return 0;
}
