#pragma once

#include "messagestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// MessageStore's prepared statements, shared by messagestore.cpp and messagestorereads.cpp.
struct MessageStore::Statements {
    explicit Statements(const QSqlDatabase &db)
        : begin(db)
        , commit(db)
        , rollback(db)
        , findDay(db)
        , insertDay(db)
        , updateDay(db)
        , findMessage(db)
        , upsertMessage(db)
        , setNote(db)
        , deleteDay(db)
        , match(db)
        , matchMessages(db)
        , selectDay(db)
        , selectMessages(db) {}

    QSqlQuery begin, commit, rollback, findDay, insertDay, updateDay, findMessage, upsertMessage,
        setNote, deleteDay, match, matchMessages, selectDay, selectMessages;
};
