#include "sqlitebaseline.h"

#include "callstoresql.h"
#include "calltypes.h"

#include <atomic>
#include <cstdio>
#include <sqlite3.h>

namespace {

std::optional<std::string> textOrNull(const QString &text) {
    if (text.isEmpty()) {
        return std::nullopt;
    }
    return text.toStdString();
}

void bindText(sqlite3_stmt *statement, int index, const std::optional<std::string> &text) {
    if (text) {
        sqlite3_bind_text(statement, index, text->data(), int(text->size()), SQLITE_STATIC);
    } else {
        sqlite3_bind_null(statement, index);
    }
}

void bindInteger(sqlite3_stmt *statement, int index, const std::optional<std::int64_t> &value) {
    if (value) {
        sqlite3_bind_int64(statement, index, *value);
    } else {
        sqlite3_bind_null(statement, index);
    }
}

std::string column(sqlite3_stmt *statement, int index) {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(statement, index)))
                : std::string();
}

} // namespace

SqliteBaseline::~SqliteBaseline() {
    sqlite3_finalize(m_upsert);
    sqlite3_finalize(m_match);
    sqlite3_finalize(m_matchSmall);
    sqlite3_finalize(m_matchMedium);
    sqlite3_close(m_db);
}

SqliteBaseline::Facts SqliteBaseline::convert(const CallFacts &facts) {
    Facts c;
    c.sessionId = facts.sessionId.toStdString();
    const QString texts[] = {facts.telephonySessionId,
                             facts.callLogId,
                             CallDirections::wireName(facts.direction),
                             facts.fromNumber,
                             facts.fromName,
                             facts.toNumber,
                             facts.toName,
                             facts.result,
                             facts.action};
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        c.text[i] = textOrNull(texts[i]);
    }
    c.startTimeMs = facts.startTimeMs;
    c.durationSeconds = facts.durationSeconds;
    c.isFinal = facts.isFinal;
    return c;
}

std::vector<std::string> SqliteBaseline::convert(const QStringList &ids) {
    std::vector<std::string> result;
    result.reserve(std::size_t(ids.size()));
    for (const QString &id : ids) {
        result.push_back(id.toStdString());
    }
    return result;
}

bool SqliteBaseline::fail(const char *what) {
    m_error =
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)));
    return false;
}

bool SqliteBaseline::exec(const char *sql) {
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK || fail(sql);
}

bool SqliteBaseline::open(const QString &path) {
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        return fail("open");
    }
    sqlite3_busy_timeout(m_db, 5000);
    if (!exec("PRAGMA journal_mode = WAL") || !exec("PRAGMA synchronous = NORMAL")
        || !exec("PRAGMA foreign_keys = ON")) {
        return false;
    }
    const QByteArray upsert = CallStoreSql::upsertCall().toUtf8();
    const QByteArray match = CallStoreSql::match().toUtf8();
    if (sqlite3_prepare_v2(m_db, upsert.constData(), int(upsert.size()), &m_upsert, nullptr)
        != SQLITE_OK) {
        return fail("prepare upsert");
    }
    const QByteArray small = CallStoreSql::match(CallStoreSql::kMatchSmallChunk).toUtf8();
    const QByteArray medium = CallStoreSql::match(CallStoreSql::kMatchMediumChunk).toUtf8();
    if (sqlite3_prepare_v2(m_db, match.constData(), int(match.size()), &m_match, nullptr)
            != SQLITE_OK
        || sqlite3_prepare_v2(m_db, small.constData(), int(small.size()), &m_matchSmall, nullptr)
               != SQLITE_OK
        || sqlite3_prepare_v2(m_db, medium.constData(), int(medium.size()), &m_matchMedium, nullptr)
               != SQLITE_OK) {
        return fail("prepare match");
    }
    return true;
}

bool SqliteBaseline::upsertOne(const Facts &facts, const char *loggedBy, std::int64_t nowMs) {
    // Same binding order as CallStore::upsertOne: session, candidate entity id, the facts,
    // logged_by, first_seen, last_update, final.
    // Unique per process (a counter, where CallStore makes a random UUID per upsert).
    static std::atomic<unsigned long long> nextEntity{0};
    char entity[40];
    std::snprintf(entity, sizeof entity, "cd-%032llx", ++nextEntity);
    int i = 1;
    sqlite3_bind_text(m_upsert, i++, facts.sessionId.data(), int(facts.sessionId.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(m_upsert, i++, entity, -1, SQLITE_STATIC);
    for (int t = 0; t < 7; ++t) {
        bindText(m_upsert, i++, facts.text[t]);
    }
    bindInteger(m_upsert, i++, facts.startTimeMs);
    bindInteger(m_upsert, i++, facts.durationSeconds);
    bindText(m_upsert, i++, facts.text[7]);
    bindText(m_upsert, i++, facts.text[8]);
    sqlite3_bind_text(m_upsert, i++, loggedBy, -1, SQLITE_STATIC);
    sqlite3_bind_int64(m_upsert, i++, nowMs);
    sqlite3_bind_int64(m_upsert, i++, nowMs);
    sqlite3_bind_int(m_upsert, i++, facts.isFinal ? 1 : 0);
    int status = SQLITE_ROW;
    std::string returned;
    while ((status = sqlite3_step(m_upsert)) == SQLITE_ROW) {
        returned = column(m_upsert, 0);
    }
    sqlite3_reset(m_upsert);
    return status == SQLITE_DONE || fail("upsert");
}

bool SqliteBaseline::upsert(const Facts &facts, const char *loggedBy, std::int64_t nowMs) {
    return upsertOne(facts, loggedBy, nowMs);
}

bool SqliteBaseline::upsertBatch(const std::vector<Facts> &calls, const char *loggedBy,
                                 std::int64_t nowMs) {
    if (!exec("BEGIN IMMEDIATE")) {
        return false;
    }
    for (const Facts &facts : calls) {
        if (!upsertOne(facts, loggedBy, nowMs)) {
            exec("ROLLBACK");
            return false;
        }
    }
    return exec("COMMIT");
}

int SqliteBaseline::match(const std::vector<std::string> &ids,
                          std::unordered_map<std::string, Match> *out) {
    for (std::size_t start = 0; start < ids.size();) {
        const std::size_t remaining = ids.size() - start;
        std::size_t chunk = CallStoreSql::kMatchChunk;
        sqlite3_stmt *statement = m_match;
        if (remaining <= std::size_t(CallStoreSql::kMatchSmallChunk)) {
            chunk = CallStoreSql::kMatchSmallChunk;
            statement = m_matchSmall;
        } else if (remaining <= std::size_t(CallStoreSql::kMatchMediumChunk)) {
            chunk = CallStoreSql::kMatchMediumChunk;
            statement = m_matchMedium;
        }
        for (std::size_t i = 0; i < chunk; ++i) {
            const int index = int(i) + 1;
            if (start + i < ids.size()) {
                const std::string &id = ids[start + i];
                sqlite3_bind_text(statement, index, id.data(), int(id.size()), SQLITE_STATIC);
            } else {
                sqlite3_bind_null(statement, index);
            }
        }
        int status = SQLITE_ROW;
        while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
            Match match{column(statement, 0), column(statement, 1), column(statement, 2),
                        column(statement, 3)};
            std::string key = match.sessionId;
            out->insert_or_assign(std::move(key), std::move(match));
        }
        sqlite3_reset(statement);
        if (status != SQLITE_DONE) {
            fail("match");
            return -1;
        }
        start += chunk;
    }
    return int(out->size());
}
