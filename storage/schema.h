#pragma once

#include <QSqlDatabase>
#include <QString>

// The call database schema and its forward migrations, versioned with PRAGMA user_version.
//
// Version history (never edit a released step; add a new one):
//   0  empty file
//   1  calls, recordings
//   2  recordings.size_bytes and recordings.received_bytes (download progress)
//   3  outbox, outbox_consumers and the triggers that fill the outbox
//   4  conversation_days, messages (message logging) and their outbox triggers
//   5  calls.outcome and the follow-up columns; outbox triggers that carry them
namespace Schema {

constexpr int currentVersion = 5;
// Outbox rows kept while no consumer is registered (the outbox_bounded trigger).
constexpr int kOutboxRetainedWithoutConsumers = 10'000;

struct MigrationResult {
    bool ok = false;
    int fromVersion = 0; // the version found before migrating
    QString error;       // user-readable, set when !ok
};

// The version stored in the open database, or -1 when it cannot be read.
int version(const QSqlDatabase &db);

// Brings an open read-write database from whatever version it has to currentVersion. All steps
// run in one write transaction, so a failure leaves the file exactly as it was. A database from
// a newer CallDock (version > currentVersion) is refused, never downgraded.
MigrationResult migrate(QSqlDatabase &db);

} // namespace Schema
