#include "callhistoryreader.h"

#include "activityqueries.h"
#include "callquerysql.h"
#include "callstorefile.h"
#include "callstorepragmas.h"
#include "schema.h"
#include "storagethreadguard.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcHistory, "calldock.storage.history")

namespace {

// Forward-only: Qt does not cache the rows, which matters when an export walks 100,000 calls.
bool run(QSqlQuery &query, const CallQuerySql::Statement &statement, QString *error) {
    query.setForwardOnly(true);
    if (!query.prepare(statement.sql)) {
        *error = query.lastError().text();
        return false;
    }
    for (int i = 0; i < statement.values.size(); ++i) {
        query.bindValue(i, statement.values.at(i));
    }
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

CallHistoryReader::CallHistoryReader()
    : m_db(std::make_unique<QSqlDatabase>()) {
    static std::atomic<quint64> counter{0};
    m_connectionName = QStringLiteral("calldock-history-%1").arg(++counter);
}

CallHistoryReader::~CallHistoryReader() {
    close();
}

CallHistoryReader::Result CallHistoryReader::open(const QString &path) {
    close();
    Result result;
    m_path = QFileInfo(path).absoluteFilePath();
    m_thread = QThread::currentThread();
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QFileInfo(m_path).isFile()) {
        result.error = tr("The call database %1 does not exist.").arg(shown);
        return result;
    }
    if (!CallStoreFile::looksLikeDatabase(m_path)) {
        result.error = tr("%1 is not a call database.").arg(shown);
        return result;
    }
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db->setDatabaseName(m_path);
    // Read-only: an export must never create, migrate or repair anything, and may run while
    // CallDock writes to the same file.
    m_db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
    if (!m_db->open()) {
        result.error =
            tr("Cannot open the call database %1: %2").arg(shown, m_db->lastError().text());
        close();
        return result;
    }
    QString error;
    if (CallStorePragmas::apply(*m_db, false, &error) != CallStorePragmas::Health::Ok) {
        result.error = tr("Cannot read the call database %1: %2").arg(shown, error);
        close();
        return result;
    }
    const int version = Schema::version(*m_db);
    if (version != Schema::currentVersion) {
        result.error =
            version < 0 ? tr("%1 is not a call database.").arg(shown)
            : version > Schema::currentVersion
                ? tr("The call database %1 was created by a newer version of CallDock.").arg(shown)
                : tr("The call database %1 has to be upgraded by CallDock before it can be read. "
                     "Start CallDock once.")
                      .arg(shown);
        close();
        return result;
    }
    qCDebug(lcHistory) << "History reader opened" << shown;
    result.ok = true;
    return result;
}

bool CallHistoryReader::isOpen() const {
    return m_db->isOpen();
}

void CallHistoryReader::close() {
    if (m_db->isValid()) {
        m_db->close();
        *m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool CallHistoryReader::usable() {
    StorageThreadGuard::checkStatement();
    if (!m_db->isOpen()) {
        m_lastError = tr("The call database is not open.");
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        qCCritical(lcHistory) << "CallHistoryReader used from a thread that did not open it";
        m_lastError = tr("Internal error: the call database was used from the wrong thread.");
        return false;
    }
    return true;
}

int CallHistoryReader::count(const CallQuery &query) {
    if (!usable()) {
        return -1;
    }
    QSqlQuery sql(*m_db);
    if (!run(sql, CallQuerySql::count(query), &m_lastError) || !sql.next()) {
        qCWarning(lcHistory) << "Count failed:" << m_lastError;
        return -1;
    }
    return sql.value(0).toInt();
}

std::optional<QList<CallHistoryRow>> CallHistoryReader::page(const CallQuery &query, int offset,
                                                             int limit) {
    if (!usable()) {
        return std::nullopt;
    }
    QSqlQuery sql(*m_db);
    if (!run(sql, CallQuerySql::page(query, qMax(0, offset), qMax(0, limit)), &m_lastError)) {
        qCWarning(lcHistory) << "Page query failed:" << m_lastError;
        return std::nullopt;
    }
    QList<CallHistoryRow> rows;
    rows.reserve(limit);
    while (sql.next()) {
        rows << CallQuerySql::readRow(sql);
    }
    return rows;
}

std::optional<int> CallHistoryReader::position(const CallQuery &query, const QString &sessionId) {
    if (!usable()) {
        return std::nullopt;
    }
    QSqlQuery sql(*m_db);
    if (!run(sql, CallQuerySql::position(query, sessionId), &m_lastError)) {
        qCWarning(lcHistory) << "Position query failed:" << m_lastError;
        return std::nullopt;
    }
    return sql.next() ? sql.value(0).toInt() : -1;
}

bool CallHistoryReader::forEach(const CallQuery &query,
                                const std::function<bool(const CallHistoryRow &)> &visit) {
    if (!usable()) {
        return false;
    }
    QSqlQuery sql(*m_db);
    // One statement: SQLite keeps its read snapshot until the statement ends, so an export is
    // consistent even while CallDock keeps writing.
    if (!run(sql, CallQuerySql::all(query), &m_lastError)) {
        qCWarning(lcHistory) << "Export query failed:" << m_lastError;
        return false;
    }
    while (sql.next()) {
        if (!visit(CallQuerySql::readRow(sql))) {
            break;
        }
    }
    if (sql.lastError().isValid()) {
        m_lastError = sql.lastError().text();
        return false;
    }
    return true;
}

std::optional<ActivitySummary> CallHistoryReader::activity(const CallQuery &filters,
                                                           const QDate &first, const QDate &last) {
    if (!usable()) {
        return std::nullopt;
    }
    ActivityQueries queries(*m_db);
    std::optional<ActivitySummary> summary = queries.summary(filters, first, last);
    if (!summary) {
        m_lastError = queries.lastError();
    }
    return summary;
}
