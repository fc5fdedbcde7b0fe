// CallStore's read side: matching and lookups. Writes are in callstore.cpp.
#include "callstore.h"
#include "callstoresql.h"
#include "callstorestatements.h"

using namespace CallStoreDetail;

CallStore::MatchResult CallStore::match(const QStringList &sessionIds) {
    MatchResult result;
    if (!usable(&result.error)) {
        return result;
    }
    for (int start = 0; start < sessionIds.size();) {
        // The smallest statement that takes the rest (or a full chunk of it).
        const int remaining = int(sessionIds.size()) - start;
        int chunk = CallStoreSql::kMatchChunk;
        QSqlQuery *statement = &m_statements->match;
        if (remaining <= CallStoreSql::kMatchSmallChunk) {
            chunk = CallStoreSql::kMatchSmallChunk;
            statement = &m_statements->matchSmall;
        } else if (remaining <= CallStoreSql::kMatchMediumChunk) {
            chunk = CallStoreSql::kMatchMediumChunk;
            statement = &m_statements->matchMedium;
        }
        QSqlQuery &query = *statement;
        for (int i = 0; i < chunk; ++i) {
            const int index = start + i;
            query.bindValue(i, index < sessionIds.size() ? QVariant(sessionIds.at(index))
                                                         : QVariant());
        }
        if (!execute(query, &result.error)) {
            qCWarning(lcStore).noquote() << "Match failed:" << result.error.logText();
            return result;
        }
        while (query.next()) {
            result.matches.insert(query.value(0).toString(),
                                  CallMatch{query.value(1).toString(), query.value(2).toString(),
                                            query.value(3).toString(), query.value(4).toString()});
        }
        query.finish();
        start += chunk;
    }
    result.ok = true;
    return result;
}

std::optional<CallRecord> CallStore::call(const QString &sessionId) {
    if (!usable(&m_lastError)) {
        return std::nullopt;
    }
    QSqlQuery &query = m_statements->selectCall;
    query.bindValue(0, sessionId);
    if (!execute(query, &m_lastError)) {
        return std::nullopt;
    }
    std::optional<CallRecord> record;
    if (query.next()) {
        record = CallStoreSql::readCall(query);
    } else {
        m_lastError =
            StoreError::make(StoreError::Code::NotFound, QStringLiteral("call not logged"));
    }
    query.finish();
    return record;
}

int CallStore::callCount() {
    if (!usable(&m_lastError)) {
        return -1;
    }
    QSqlQuery &query = m_statements->countCalls;
    if (!execute(query, &m_lastError)) {
        return -1;
    }
    const int count = query.next() ? query.value(0).toInt() : -1;
    query.finish();
    return count;
}

std::optional<RecordingRecord> CallStore::recording(const QString &recordingId) {
    if (!usable(&m_lastError)) {
        return std::nullopt;
    }
    QSqlQuery &query = m_statements->selectRecording;
    query.bindValue(0, recordingId);
    if (!execute(query, &m_lastError)) {
        return std::nullopt;
    }
    std::optional<RecordingRecord> record;
    if (query.next()) {
        record = CallStoreSql::readRecording(query);
    } else {
        m_lastError =
            StoreError::make(StoreError::Code::NotFound, QStringLiteral("unknown recording"));
    }
    query.finish();
    return record;
}

QList<RecordingRecord> CallStore::recordingsInState(RecordingState state) {
    QList<RecordingRecord> records;
    if (!usable(&m_lastError)) {
        return records;
    }
    QSqlQuery &query = m_statements->recordingsInState;
    query.bindValue(0, CallTypes::recordingStateText(state));
    if (execute(query, &m_lastError)) {
        while (query.next()) {
            records << CallStoreSql::readRecording(query);
        }
        query.finish();
    }
    return records;
}

QList<RecordingRecord> CallStore::recordingsForCall(const QString &sessionId) {
    QList<RecordingRecord> records;
    if (!usable(&m_lastError)) {
        return records;
    }
    QSqlQuery &query = m_statements->recordingsForCall;
    query.bindValue(0, sessionId);
    if (execute(query, &m_lastError)) {
        while (query.next()) {
            records << CallStoreSql::readRecording(query);
        }
        query.finish();
    }
    return records;
}
