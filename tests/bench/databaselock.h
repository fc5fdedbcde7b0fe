#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QString>

// Another program holding the call database's write lock, as a backup tool or a database browser
// with an unsaved edit does: a python3 child that opens the same file with its own SQLite and
// keeps a `BEGIN IMMEDIATE` transaction open for a given time, then commits and exits.
class DatabaseLock final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    explicit DatabaseLock(QObject *parent = nullptr);
    // Ends the child if it still runs (the lock goes with it).
    ~DatabaseLock() override;

    // The interpreter used, empty when there is none (the scenario cannot run).
    static QString interpreter();

    // Starts the child; returns once it holds the lock, false when it could not take it within
    // `timeoutMs` (the error is in errorText()).
    bool hold(const QString &databasePath, int holdMs, int timeoutMs = 15000);
    bool isHeld() const { return m_held; }
    // How long the lock was held (until now while it is).
    qint64 heldMs() const { return m_heldFor.isValid() ? m_heldFor.elapsed() : 0; }
    qint64 releasedAfterMs() const { return m_releasedAfterMs; }
    QString errorText() const { return m_error; }

signals:
    void released();

private:
    void onOutput();

    QProcess m_process;
    QElapsedTimer m_heldFor;
    qint64 m_releasedAfterMs = -1;
    bool m_held = false;
    QString m_error;
};
