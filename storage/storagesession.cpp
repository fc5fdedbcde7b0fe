#include "storagesession.h"

CallStore::OpenResult StorageSession::open(const QString &path) {
    m_path = path;
    m_history.close();
    m_messages.close();
    return m_store.open(path);
}

void StorageSession::close() {
    m_history.close();
    m_messages.close();
    m_store.close();
}

CallHistoryReader *StorageSession::history() {
    if (m_history.isOpen()) {
        return &m_history;
    }
    const CallHistoryReader::Result opened = m_history.open(m_path);
    if (!opened.ok) {
        m_historyError = opened.error;
        return nullptr;
    }
    m_historyError.clear();
    return &m_history;
}

MessageStore *StorageSession::messages() {
    if (m_messages.isOpen()) {
        return &m_messages;
    }
    if (!m_store.isOpen()) {
        m_messagesError = StoreError::make(StoreError::Code::NotOpen,
                                           QStringLiteral("the call database is not open"));
        return nullptr;
    }
    const MessageStore::Result opened = m_messages.open(m_store.path());
    if (!opened.ok) {
        m_messagesError = opened.error;
        return nullptr;
    }
    m_messagesError = StoreError();
    return &m_messages;
}
