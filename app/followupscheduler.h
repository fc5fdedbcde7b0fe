#pragma once

#include "callrecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>

class DesktopNotifier;
class StorageThread;

// Follow-up reminders: one timer for the next due follow-up (read from the store, so nothing
// is lost across restarts). When one falls due, a notification offers "Call back" (dials
// through the widget) and "Snooze"; reminders that fell due while CallDock was closed are shown
// at the next start, marked as missed. Each reminder is shown once until snoozed.
class FollowUpScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpScheduler)

public:
    static constexpr int kSnoozeMinutes = 10;
    // The schedule is read again at least this often (suspend, clock changes).
    static constexpr int kMaxWaitMs = 15 * 60 * 1000;

    FollowUpScheduler(StorageThread &storage, DesktopNotifier &notifier, QObject *parent = nullptr);

    // Reads the schedule: shows what is due (missed while closed too) and waits for the next.
    void start();
    // Follow-ups changed (a note saved, marked done): read the schedule again.
    void reschedule();
    void snooze(const QString &sessionId, int minutes = kSnoozeMinutes);
    void onNotificationAction(const QString &context, const QString &actionKey);

    // When the timer fires next (ms since the epoch), 0 when nothing is waiting. For tests.
    qint64 nextReminderMs() const { return m_nextMs; }

    static QString context(const QString &sessionId);

signals:
    void reminderShown(const QString &sessionId, bool missedWhileClosed);
    // "Call back": dial this number through the widget.
    void callBackRequested(const QString &number);
    // A follow-up changed here (snoozed): e.g. the history shows it.
    void followUpChanged(const QString &sessionId);

private:
    void check();
    void show(const CallRecord &call);

    StorageThread &m_storage;
    DesktopNotifier &m_notifier;
    QTimer m_timer;
    qint64 m_startedMs = 0; // reminders due before this fell due while CallDock was closed
    qint64 m_nextMs = 0;
    bool m_checking = false;
    bool m_checkAgain = false;
    QHash<QString, CallRecord> m_shown; // for "Call back" (the number)
};
