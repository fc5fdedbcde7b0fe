// libFuzzer target for the path a widget request takes into the user's call log: JSON body ->
// ProtocolParser::parseCallLoggerBody -> CallFactsMapper::fromWidgetCall -> CallStore (a real
// SQLite file on tmpfs when there is one). The input is one logger body or an array of them,
// applied like CallLogger does (logForm logs with a note, everything else is an automatic
// update, batched). Invariants checked after every input; a broken one aborts:
//   - every write of a parsed call succeeds (the parser's caps fit the store);
//   - no more rows than distinct session ids, and every session id has its row;
//   - the last automatic update of each call, applied again on its own, changes nothing
//     (idempotent, and the batch statement agrees with the single one);
//   - automatic updates never change a note the user wrote;
//   - no stored recording URL keeps a query, fragment or user info (where tokens travel), and
//     no stored link keeps an access_token/token query item.
#include "callfactsmapper.h"
#include "callstore.h"
#include "protocolparser.h"

#include <QByteArray>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

constexpr int kMaxBodies = 8;

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

std::unique_ptr<QTemporaryDir> g_dir;
std::unique_ptr<CallStore> g_store;

struct Note {
    QString subject;
    QString note;
};

void checkRecordings(const QString &sessionId) {
    for (const RecordingRecord &recording : g_store->recordingsForCall(sessionId)) {
        check(recording.sessionId == sessionId);
        // Tokens travel in the query (protocol.md 4.3); fragments and user info could too.
        const QUrl &content = recording.contentUrl;
        check(!content.hasQuery() && !content.hasFragment() && content.userInfo().isEmpty());
        const QUrlQuery linkQuery(recording.link);
        check(recording.link.userInfo().isEmpty());
        check(!linkQuery.hasQueryItem(QStringLiteral("access_token")));
        check(!linkQuery.hasQueryItem(QStringLiteral("token")));
    }
}

void runOne(const QList<QJsonObject> &bodies) {
    QList<CallFacts> automatic;
    QSet<QString> sessions;
    QHash<QString, Note> notes; // what the user last wrote, per session
    for (const QJsonObject &body : bodies) {
        const ProtocolParser::Parsed<Protocol::CallLoggerRequest> request =
            ProtocolParser::parseCallLoggerBody(body);
        if (!request) {
            continue;
        }
        const CallFacts facts = CallFactsMapper::fromWidgetCall(request->call);
        check(!facts.sessionId.isEmpty());
        sessions.insert(facts.sessionId);
        if (request->trigger == Protocol::CallLoggerTrigger::LogForm) {
            const QString note = request->formNote.isEmpty() ? request->note : request->formNote;
            check(g_store->logWithNote(facts, request->subject, note).ok);
            notes.insert(facts.sessionId, Note{request->subject, note});
        } else {
            automatic.append(facts);
        }
    }
    if (!automatic.isEmpty()) {
        check(g_store->upsertCalls(automatic, LoggedBy::Auto).ok);
        // The last update of each call applied again changes nothing: whatever the policy
        // let through the first time is already stored (idempotent updates, and the batch
        // statement agrees with the single one).
        QHash<QString, CallFacts> last;
        for (const CallFacts &facts : std::as_const(automatic)) {
            last.insert(facts.sessionId, facts);
        }
        for (const CallFacts &facts : std::as_const(last)) {
            const CallStore::UpsertResult again = g_store->upsertCall(facts, LoggedBy::Auto);
            check(again.ok && !again.entityId.isEmpty());
            check(again.change == CallStore::Change::Unchanged && !again.recordingCreated);
        }
    }

    check(g_store->callCount() <= sessions.size());
    for (const QString &sessionId : std::as_const(sessions)) {
        const std::optional<CallRecord> stored = g_store->call(sessionId);
        check(stored.has_value());
        if (notes.contains(sessionId)) {
            check(stored->subject == notes.value(sessionId).subject);
            check(stored->note == notes.value(sessionId).note);
        }
        checkRecordings(sessionId);
    }

    // Start the next input from an empty log.
    for (const QString &sessionId : std::as_const(sessions)) {
        check(g_store->deleteCall(sessionId).ok);
    }
    check(g_store->callCount() == 0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.*=false"));
    // tmpfs keeps fsync cheap; the store behaves the same on any file system.
    const QString base =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    g_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/calldock-fuzz-XXXXXX"));
    g_store = std::make_unique<CallStore>();
    if (!g_dir->isValid() || !g_store->open(g_dir->filePath(QStringLiteral("calls.sqlite"))).ok) {
        std::abort();
    }
    // Registered after the store opened, so it runs before Qt's own exit-time clean-up
    // (QSqlDatabase's connection registry): a store closed later would touch a destroyed lock.
    std::atexit([] {
        g_store.reset();
        g_dir.reset();
    });
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
    QList<QJsonObject> bodies;
    if (document.isObject()) {
        bodies.append(document.object());
    } else {
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size() && i < kMaxBodies; ++i) {
            bodies.append(array.at(i).toObject());
        }
    }
    runOne(bodies);
    return 0;
}
