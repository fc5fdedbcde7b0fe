#pragma once

#include "callhistoryreader.h"
#include "callstore.h"
#include "messagestore.h"

#include <QString>

// The database connections of one CallDock process, owned by the storage thread: the
// read-write call store and a read-only connection for history pages and exports (WAL lets it
// read while the store writes). Only jobs run by StorageThread touch it.
class StorageSession final {
    Q_DISABLE_COPY_MOVE(StorageSession)

public:
    StorageSession() = default;

    CallStore &store() { return m_store; }
    // The read-only history connection, opened on first use (the store has created the file by
    // then). Null, with the reason in historyError(), when it cannot be opened.
    CallHistoryReader *history();
    QString historyError() const { return m_historyError; }
    // The message log on its own read-write connection, opened on first use (after the store
    // created and migrated the file). Null, with the reason in messagesError(), when it cannot
    // be opened.
    MessageStore *messages();
    StoreError messagesError() const { return m_messagesError; }

    CallStore::OpenResult open(const QString &path);
    void close();

private:
    CallStore m_store;
    CallHistoryReader m_history;
    MessageStore m_messages;
    StoreError m_messagesError;
    QString m_path;
    QString m_historyError;
};
