#pragma once

// CallStore's private parts shared by its translation units (callstore.cpp writes,
// callstorereads.cpp reads). Not for use outside CallStore.

#include "callstore.h"
#include "storagethreadguard.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace CallStoreDetail {

// A SELECT keeps a read transaction (a WAL snapshot) open until the statement is reset; a
// reused prepared statement left half-read would pin old data and block checkpoints.
inline bool execute(QSqlQuery &query, StoreError *error) {
    StorageThreadGuard::checkStatement();
    if (query.exec()) {
        return true;
    }
    *error = StoreError::fromSql(query.lastError());
    query.finish();
    return false;
}

} // namespace CallStoreDetail

// Prepared once per open and reused: preparing costs more than running these statements.
struct CallStore::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db)
        , commit(db)
        , rollback(db)
        , upsertCall(db)
        , insertRecording(db)
        , refreshRecording(db)
        , setNote(db)
        , deleteCall(db)
        , match(db)
        , matchSmall(db)
        , matchMedium(db)
        , selectCall(db)
        , countCalls(db)
        , selectRecording(db)
        , recordingsInState(db)
        , recordingsForCall(db)
        , setRecordingState(db)
        , setRecordingProgress(db) {}

    QSqlQuery begin;
    QSqlQuery commit;
    QSqlQuery rollback;
    QSqlQuery upsertCall;
    QSqlQuery insertRecording;
    QSqlQuery refreshRecording;
    QSqlQuery setNote;
    QSqlQuery deleteCall;
    QSqlQuery match; // CallStoreSql::kMatchChunk ids
    QSqlQuery matchSmall;
    QSqlQuery matchMedium;
    QSqlQuery selectCall;
    QSqlQuery countCalls;
    QSqlQuery selectRecording;
    QSqlQuery recordingsInState;
    QSqlQuery recordingsForCall;
    QSqlQuery setRecordingState;
    QSqlQuery setRecordingProgress;
};
