#include "callstore.h"

#include "callstorefile.h"
#include "callstorepragmas.h"
#include "callstoresql.h"
#include "callstorestatements.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <atomic>

using namespace CallStoreDetail;

Q_LOGGING_CATEGORY(lcStore, "calldock.storage")

CallStore::CallStore()
    : m_db(std::make_unique<QSqlDatabase>())
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }) {
    static std::atomic<quint64> counter{0};
    // QSqlDatabase connections are global by name; each store needs its own.
    m_connectionName = QStringLiteral("calldock-store-%1").arg(++counter);
}

CallStore::~CallStore() {
    close();
}

CallStore::OpenResult CallStore::open(const QString &path, OpenMode mode) {
    close();
    OpenResult result;
    m_path = QFileInfo(path).absoluteFilePath();
    m_mode = mode;
    m_thread = QThread::currentThread();
    if (mode == OpenMode::ReadWrite) {
        if (!CallStoreFile::prepareForWriting(m_path, &result.error)) {
            return result;
        }
    } else if (!QFileInfo(m_path).isFile()) {
        result.error =
            tr("The call database %1 does not exist.").arg(QDir::toNativeSeparators(m_path));
        return result;
    }

    Probe probe = Probe::Corrupt;
    if (CallStoreFile::looksLikeDatabase(m_path)) {
        probe = connect(mode, &result.error, &result.code);
    } else {
        result.error = tr("The file is not a database.");
        result.code = StoreError::Code::Corrupt;
    }
    if (probe == Probe::Corrupt && mode == OpenMode::ReadWrite) {
        disconnect();
        qCWarning(lcStore) << "Call database is damaged, moving it aside:" << result.error;
        result.movedAsidePath = CallStoreFile::moveAside(m_path, &result.error);
        if (result.movedAsidePath.isEmpty()
            || !CallStoreFile::prepareForWriting(m_path, &result.error)) {
            return result;
        }
        result.error.clear();
        probe = connect(mode, &result.error, &result.code);
    }
    if (probe != Probe::Ok) {
        if (probe == Probe::Corrupt) {
            result.error = tr("The call database %1 is damaged: %2")
                               .arg(QDir::toNativeSeparators(m_path), result.error);
        }
        disconnect();
        return result;
    }

    if (mode == OpenMode::ReadWrite) {
        const Schema::MigrationResult migration = Schema::migrate(*m_db);
        if (!migration.ok) {
            result.error = migration.error;
            disconnect();
            return result;
        }
        result.migratedFromVersion = migration.fromVersion;
        // -wal/-shm may predate the 0600 rule (or have been created by a sqlite3 shell).
        CallStoreFile::makePrivate(m_path);
    } else if (Schema::version(*m_db) != Schema::currentVersion) {
        result.error = tr("The call database %1 has to be upgraded by CallDock before it can be "
                          "read.")
                           .arg(QDir::toNativeSeparators(m_path));
        result.code = StoreError::Code::Schema;
        disconnect();
        return result;
    }

    StoreError prepareError;
    if (!prepareStatements(&prepareError)) {
        result.error = tr("The call database cannot be used: %1").arg(prepareError.detail);
        result.code = prepareError.code;
        disconnect();
        return result;
    }
    result.ok = true;
    result.code = StoreError::Code::None;
    return result;
}

CallStore::Probe CallStore::connect(OpenMode mode, QString *error, StoreError::Code *code) {
    *m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db->setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == OpenMode::ReadOnly) {
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    }
    m_db->setConnectOptions(options);
    if (!m_db->open()) {
        *error = tr("Cannot open the call database %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), m_db->lastError().text());
        *code = StoreError::fromSql(m_db->lastError()).code;
        return CallStoreFile::isCorruption(m_db->lastError()) ? Probe::Corrupt : Probe::Failed;
    }

    switch (CallStorePragmas::apply(*m_db, mode == OpenMode::ReadWrite, error, code)) {
    case CallStorePragmas::Health::Ok:
        return Probe::Ok;
    case CallStorePragmas::Health::Corrupt:
        return Probe::Corrupt;
    case CallStorePragmas::Health::Failed:
        break;
    }
    return Probe::Failed;
}

void CallStore::disconnect() {
    // Queries hold a reference to the driver; they must go before the connection is removed,
    // or QSqlDatabase warns "connection is still in use".
    m_statements.reset();
    if (m_db->isValid()) {
        m_db->close();
        *m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void CallStore::close() {
    disconnect();
}

bool CallStore::isOpen() const {
    return m_statements != nullptr;
}

bool CallStore::prepareStatements(StoreError *error) {
    auto statements = std::make_unique<Statements>(*m_db);
    const std::pair<QSqlQuery *, QString> all[] = {
        {&statements->begin, QStringLiteral("BEGIN IMMEDIATE")},
        {&statements->commit, QStringLiteral("COMMIT")},
        {&statements->rollback, QStringLiteral("ROLLBACK")},
        {&statements->upsertCall, CallStoreSql::upsertCall()},
        {&statements->insertRecording, CallStoreSql::insertRecording()},
        {&statements->refreshRecording, CallStoreSql::refreshRecording()},
        {&statements->setNote, CallStoreSql::setNote()},
        {&statements->deleteCall, CallStoreSql::deleteCall()},
        {&statements->match, CallStoreSql::match()},
        {&statements->matchSmall, CallStoreSql::match(CallStoreSql::kMatchSmallChunk)},
        {&statements->matchMedium, CallStoreSql::match(CallStoreSql::kMatchMediumChunk)},
        {&statements->selectCall, CallStoreSql::selectCall()},
        {&statements->countCalls, QStringLiteral("SELECT count(*) FROM calls")},
        {&statements->selectRecording, CallStoreSql::selectRecording()},
        {&statements->recordingsInState, CallStoreSql::selectRecordingsInState()},
        {&statements->recordingsForCall, CallStoreSql::selectRecordingsForCall()},
        {&statements->setRecordingState, CallStoreSql::setRecordingState()},
        {&statements->setRecordingProgress, CallStoreSql::setRecordingProgress()},
    };
    for (const auto &[query, sql] : all) {
        // Forward-only: rows are not cached by Qt, and each read is a single pass anyway.
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCWarning(lcStore) << "Cannot prepare statement:" << query->lastError().text();
            *error = StoreError::fromSql(query->lastError());
            return false;
        }
    }
    m_statements = std::move(statements);
    return true;
}

bool CallStore::usable(StoreError *error) const {
    if (!m_statements) {
        *error = StoreError::make(StoreError::Code::NotOpen, QStringLiteral("store not open"));
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        // A QSqlDatabase connection may only be used by the thread that opened it.
        qCCritical(lcStore) << "CallStore used from a thread that did not open it";
        *error = StoreError::make(StoreError::Code::Internal,
                                  QStringLiteral("used from a thread that did not open it"));
        return false;
    }
    return true;
}

qint64 CallStore::now() const {
    return m_clock();
}

void CallStore::setClock(std::function<qint64()> nowMs) {
    m_clock = std::move(nowMs);
}

bool CallStore::begin(StoreError *error) {
    return execute(m_statements->begin, error);
}

bool CallStore::commit(StoreError *error) {
    if (execute(m_statements->commit, error)) {
        return true;
    }
    rollback();
    return false;
}

void CallStore::rollback() {
    StoreError ignored;
    // Fails harmlessly when SQLite already rolled back by itself (e.g. after SQLITE_FULL).
    execute(m_statements->rollback, &ignored);
}

CallStore::UpsertResult CallStore::upsertOne(const CallFacts &facts, LoggedBy loggedByIfNew,
                                             qint64 now) {
    UpsertResult result;
    if (facts.sessionId.isEmpty()) {
        result.error = StoreError::make(StoreError::Code::InvalidInput,
                                        QStringLiteral("call without a session id"));
        return result;
    }
    // Bound always, used only if the row is created; RETURNING hands back the stored one, so
    // comparing both tells "created" from "updated" without a second query.
    const QString candidateId = QStringLiteral("cd-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlQuery &query = m_statements->upsertCall;
    query.bindValue(0, facts.sessionId);
    query.bindValue(1, candidateId);
    int i = CallStoreSql::bindFacts(query, 2, facts);
    query.bindValue(i++, CallTypes::loggedByText(loggedByIfNew));
    query.bindValue(i++, now);
    query.bindValue(i++, now);
    query.bindValue(i++, facts.isFinal ? 1 : 0);
    if (!execute(query, &result.error)) {
        qCWarning(lcStore).noquote() << "Upsert failed:" << result.error.logText();
        return result;
    }
    if (query.next()) {
        result.entityId = query.value(0).toString();
        result.change = result.entityId == candidateId ? Change::Created : Change::Updated;
        // Step to the end: the write (and in autocommit mode the commit) completes only when
        // the statement is done.
        while (query.next()) {
        }
    } else {
        result.change = Change::Unchanged;
    }
    // next() returns false for the end and for a failed step alike. In autocommit mode the
    // commit runs in that last step, so a commit the disk refused (SQLITE_FULL) shows only
    // here: without this check the call was reported stored, and the widget acknowledged.
    if (query.lastError().isValid()) {
        result.error = StoreError::fromSql(query.lastError());
        result.entityId.clear();
        query.finish();
        qCWarning(lcStore).noquote() << "Upsert failed:" << result.error.logText();
        return result;
    }
    query.finish();

    if (facts.recording && !facts.recording->id.isEmpty()) {
        if (!upsertRecording(facts.sessionId, *facts.recording, now, &result.recordingCreated,
                             &result.error)) {
            return result;
        }
    }
    if (result.entityId.isEmpty()) {
        // Unchanged: RETURNING gave no row, but the caller still wants the entity id.
        const std::optional<CallRecord> stored = call(facts.sessionId);
        if (!stored) {
            result.error = m_lastError;
            return result;
        }
        result.entityId = stored->entityId;
    }
    result.ok = true;
    return result;
}

bool CallStore::upsertRecording(const QString &sessionId, const RecordingFacts &facts, qint64 now,
                                bool *created, StoreError *error) {
    const QVariant contentUrl =
        CallStoreSql::textOrNull(CallStoreSql::storableContentUrl(facts.contentUri).toString());
    const QVariant link =
        CallStoreSql::textOrNull(CallStoreSql::storableLink(facts.link).toString());
    const QVariant type = CallStoreSql::textOrNull(facts.type);

    QSqlQuery &insert = m_statements->insertRecording;
    insert.bindValue(0, facts.id);
    insert.bindValue(1, sessionId);
    insert.bindValue(2, contentUrl);
    insert.bindValue(3, link);
    insert.bindValue(4, type);
    insert.bindValue(5, now);
    insert.bindValue(6, now);
    if (!execute(insert, error)) {
        qCWarning(lcStore).noquote() << "Recording insert failed:" << error->logText();
        return false;
    }
    *created = insert.numRowsAffected() > 0;
    insert.finish();
    if (*created) {
        return true;
    }
    QSqlQuery &refresh = m_statements->refreshRecording;
    refresh.bindValue(0, contentUrl);
    refresh.bindValue(1, link);
    refresh.bindValue(2, type);
    refresh.bindValue(3, now);
    refresh.bindValue(4, facts.id);
    refresh.bindValue(5, contentUrl);
    refresh.bindValue(6, link);
    refresh.bindValue(7, type);
    const bool ok = execute(refresh, error);
    refresh.finish();
    return ok;
}

CallStore::UpsertResult CallStore::upsertCall(const CallFacts &facts, LoggedBy loggedByIfNew) {
    UpsertResult result;
    if (!usable(&result.error)) {
        return result;
    }
    // Without a recording the upsert is one statement and autocommit is atomic (and cheaper);
    // with one, call and recording must commit together.
    const bool needsTransaction = facts.recording.has_value();
    if (needsTransaction && !begin(&result.error)) {
        return result;
    }
    result = upsertOne(facts, loggedByIfNew, now());
    if (needsTransaction) {
        if (!result.ok) {
            rollback();
        } else if (!commit(&result.error)) {
            result.ok = false;
        }
    }
    return result;
}

CallStore::BatchResult CallStore::upsertCalls(const QList<CallFacts> &calls,
                                              LoggedBy loggedByIfNew) {
    BatchResult batch;
    if (!usable(&batch.error) || !begin(&batch.error)) {
        return batch;
    }
    const qint64 timestamp = now();
    for (const CallFacts &facts : calls) {
        const UpsertResult one = upsertOne(facts, loggedByIfNew, timestamp);
        if (!one.ok) {
            rollback();
            BatchResult failed;
            failed.error = one.error;
            return failed;
        }
        switch (one.change) {
        case Change::Created:
            ++batch.created;
            batch.changedSessionIds << facts.sessionId;
            break;
        case Change::Updated:
            ++batch.updated;
            batch.changedSessionIds << facts.sessionId;
            break;
        case Change::Unchanged:
            ++batch.unchanged;
            break;
        }
        if (one.recordingCreated) {
            batch.createdRecordingIds << facts.recording->id;
        }
    }
    if (!commit(&batch.error)) {
        BatchResult failed;
        failed.error = batch.error;
        return failed;
    }
    batch.ok = true;
    return batch;
}

CallStore::Result CallStore::writeNote(const QString &sessionId, const QString &subject,
                                       const QString &note, qint64 now) {
    Result result;
    QSqlQuery &query = m_statements->setNote;
    query.bindValue(0, subject);
    query.bindValue(1, note);
    query.bindValue(2, now);
    query.bindValue(3, sessionId);
    if (!execute(query, &result.error)) {
        return result;
    }
    const bool found = query.numRowsAffected() > 0;
    query.finish();
    if (!found) {
        result.error = StoreError::make(StoreError::Code::NotFound,
                                        QStringLiteral("note for a call that is not logged"));
        return result;
    }
    result.ok = true;
    return result;
}

CallStore::Result CallStore::setNote(const QString &sessionId, const QString &subject,
                                     const QString &note) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    return writeNote(sessionId, subject, note, now());
}

CallStore::UpsertResult CallStore::logWithNote(const CallFacts &facts, const QString &subject,
                                               const QString &note,
                                               const std::optional<AfterCallNote> &afterCall) {
    UpsertResult result;
    if (!usable(&result.error) || !begin(&result.error)) {
        return result;
    }
    const qint64 timestamp = now();
    result = upsertOne(facts, LoggedBy::Manual, timestamp);
    if (result.ok) {
        // One statement for all the user's text: one 'note' change in the outbox.
        const Result written =
            afterCall ? writeAfterCall(facts.sessionId, subject, note, *afterCall, timestamp)
                      : writeNote(facts.sessionId, subject, note, timestamp);
        result.ok = written.ok;
        result.error = written.error;
    }
    if (!result.ok) {
        rollback();
    } else if (!commit(&result.error)) {
        result.ok = false;
    }
    return result;
}

CallStore::Result CallStore::deleteCall(const QString &sessionId) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery &query = m_statements->deleteCall;
    query.bindValue(0, sessionId);
    result.ok = execute(query, &result.error);
    query.finish();
    return result;
}

CallStore::Result CallStore::setRecordingState(const QString &recordingId, RecordingState state,
                                               const QString &localFile, qint64 sizeBytes,
                                               int attempts, const QString &error) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery &query = m_statements->setRecordingState;
    query.bindValue(0, CallTypes::recordingStateText(state));
    query.bindValue(1, localFile);
    query.bindValue(2, sizeBytes);
    query.bindValue(3, state == RecordingState::Done ? QVariant(sizeBytes) : QVariant());
    query.bindValue(4, attempts);
    query.bindValue(5, error);
    query.bindValue(6, now());
    query.bindValue(7, recordingId);
    if (!execute(query, &result.error)) {
        return result;
    }
    result.ok = query.numRowsAffected() > 0;
    query.finish();
    if (!result.ok) {
        result.error =
            StoreError::make(StoreError::Code::NotFound, QStringLiteral("unknown recording"));
    }
    return result;
}

CallStore::Result CallStore::setRecordingProgress(const QString &recordingId, qint64 receivedBytes,
                                                  qint64 sizeBytes) {
    Result result;
    if (!usable(&result.error)) {
        return result;
    }
    QSqlQuery &query = m_statements->setRecordingProgress;
    query.bindValue(0, receivedBytes);
    query.bindValue(1, sizeBytes);
    query.bindValue(2, now());
    query.bindValue(3, recordingId);
    if (!execute(query, &result.error)) {
        return result;
    }
    result.ok = query.numRowsAffected() > 0;
    query.finish();
    if (!result.ok) {
        result.error =
            StoreError::make(StoreError::Code::NotFound, QStringLiteral("unknown recording"));
    }
    return result;
}
