#include "storagesession.h"

CallStore::OpenResult StorageSession::open(const QString &path) {
    m_path = path;
    m_history.close();
    return m_store.open(path);
}

void StorageSession::close() {
    m_history.close();
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
