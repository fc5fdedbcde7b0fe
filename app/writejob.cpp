#include "writejob.h"

#include "storagesession.h"

namespace {

WriteQueue::Outcome writeOne(CallStore &store, const WriteQueue::Write &write) {
    WriteQueue::Outcome outcome;
    if (write.onlyIfLogged && !store.call(write.facts.sessionId)) {
        outcome.ok = store.lastError().code == StoreError::Code::NotFound;
        outcome.skipped = outcome.ok;
        outcome.error = outcome.ok ? StoreError() : store.lastError();
        return outcome;
    }
    const CallStore::UpsertResult result =
        write.withNote ? store.logWithNote(write.facts, write.subject, write.note, write.afterCall)
                       : store.upsertCall(write.facts, write.loggedByIfNew);
    outcome.ok = result.ok;
    outcome.error = result.error;
    outcome.changed =
        result.ok && (write.withNote || result.change != CallStore::Change::Unchanged);
    return outcome;
}

bool batchable(const WriteQueue::Write &write) {
    return !write.withNote && !write.onlyIfLogged;
}

} // namespace

namespace WriteJob {

QList<WriteQueue::Outcome> run(StorageSession &session, const QList<WriteQueue::Write> &writes) {
    CallStore &store = session.store();
    QList<WriteQueue::Outcome> outcomes(writes.size());
    // The common case, a burst of automatic updates, is one transaction and one WAL sync.
    QList<CallFacts> batch;
    QList<int> batchIndexes;
    LoggedBy loggedBy = LoggedBy::Auto;
    for (int i = 0; i < writes.size(); ++i) {
        if (batchable(writes.at(i))
            && (batch.isEmpty() || writes.at(i).loggedByIfNew == loggedBy)) {
            loggedBy = writes.at(i).loggedByIfNew;
            batch.append(writes.at(i).facts);
            batchIndexes.append(i);
        }
    }
    QSet<int> done;
    if (batch.size() > 1) {
        const CallStore::BatchResult result = store.upsertCalls(batch, loggedBy);
        if (result.ok) {
            const QSet<QString> changed(result.changedSessionIds.cbegin(),
                                        result.changedSessionIds.cend());
            for (int index : std::as_const(batchIndexes)) {
                outcomes[index].ok = true;
                outcomes[index].changed = changed.contains(writes.at(index).facts.sessionId);
                done.insert(index);
            }
        } else if (result.error.code == StoreError::Code::Busy) {
            // Every further statement would wait out the busy timeout too.
            for (int i = 0; i < writes.size(); ++i) {
                outcomes[i].error = result.error;
            }
            return outcomes;
        }
    }
    bool busy = false;
    for (int i = 0; i < writes.size(); ++i) {
        if (done.contains(i)) {
            continue;
        }
        if (busy) {
            outcomes[i].error = StoreError::make(StoreError::Code::Busy,
                                                 QStringLiteral("not tried: database busy"));
            continue;
        }
        outcomes[i] = writeOne(store, writes.at(i));
        busy = !outcomes[i].ok && outcomes[i].error.code == StoreError::Code::Busy;
    }
    return outcomes;
}

} // namespace WriteJob
