#pragma once

#include "writequeue.h"

class StorageSession;

// What WriteQueue runs on the storage thread for a list of writes: all automatic updates in one
// transaction when possible, else each on its own so one bad update cannot hold the rest back
// (but not while the database is busy: each would wait out the busy timeout again).
namespace WriteJob {

QList<WriteQueue::Outcome> run(StorageSession &session, const QList<WriteQueue::Write> &writes);

} // namespace WriteJob
