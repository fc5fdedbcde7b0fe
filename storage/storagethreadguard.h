#pragma once

// The rule "the GUI thread never executes SQL", checked where every statement of the store
// runs. A process that hands its database to a StorageThread forbids SQL on the thread of
// QCoreApplication; `--export` (a process of its own) and tools never do, so they may read
// synchronously.
//
// A violation is logged as critical; with CALLDOCK_STRICT_STORAGE_THREAD=1 in the environment
// (the test suite sets it) it aborts, so a test that makes the GUI thread run SQL fails.
namespace StorageThreadGuard {

// Called by StorageThread while one exists (counted: nested threads in tests are fine).
void forbidGuiThread();
void allowGuiThread();
bool guiThreadForbidden();

// Checks the calling thread before a statement runs.
void checkStatement();

} // namespace StorageThreadGuard
