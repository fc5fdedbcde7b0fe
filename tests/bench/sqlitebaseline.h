#pragma once

#include "callfacts.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

// The baseline of the store benchmark: CallStore's own statements (CallStoreSql) and pragmas run
// through the SQLite C API with nothing in between: prepared once, plain UTF-8 strings bound
// without copies (SQLITE_STATIC), results read into std::string. What CallStore costs on top of
// this is Qt's SQL layer (QVariant binding, UTF-16 text) and CallStore's own bookkeeping.
class SqliteBaseline final {
public:
    // A CallFacts in C form, converted before timing starts.
    struct Facts {
        std::string sessionId;
        std::optional<std::string> text[9]; // telephony id, log id, direction, numbers, names,
                                            // result, action (the order of bindFacts)
        std::optional<std::int64_t> startTimeMs;
        std::optional<std::int64_t> durationSeconds;
        bool isFinal = false;
    };
    struct Match {
        std::string sessionId;
        std::string entityId;
        std::string subject;
        std::string note;
    };

    SqliteBaseline() = default;
    ~SqliteBaseline();
    SqliteBaseline(const SqliteBaseline &) = delete;
    SqliteBaseline &operator=(const SqliteBaseline &) = delete;

    static Facts convert(const CallFacts &facts);
    static std::vector<std::string> convert(const QStringList &ids);

    // Opens an existing CallStore database with CallStore's pragmas (WAL, synchronous=NORMAL,
    // foreign_keys, busy timeout 5 s) and prepares the statements.
    bool open(const QString &path);
    QString lastError() const { return m_error; }

    // One upsert in autocommit mode: the single-request commit CallStore::upsertCall makes.
    bool upsert(const Facts &facts, const char *loggedBy, std::int64_t nowMs);
    // Many upserts in one BEGIN IMMEDIATE ... COMMIT, like CallStore::upsertCalls.
    bool upsertBatch(const std::vector<Facts> &calls, const char *loggedBy, std::int64_t nowMs);
    // The match statements in CallStore's chunk sizes (16, 64, 500), NULL-padded, into a map by
    // session id (as CallStore::match). Returns the number of logged calls found, -1 on error.
    int match(const std::vector<std::string> &ids, std::unordered_map<std::string, Match> *out);

private:
    bool exec(const char *sql);
    bool upsertOne(const Facts &facts, const char *loggedBy, std::int64_t nowMs);
    bool fail(const char *what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_match = nullptr; // CallStoreSql::kMatchChunk ids
    sqlite3_stmt *m_matchSmall = nullptr;
    sqlite3_stmt *m_matchMedium = nullptr;
    QString m_error;
};
