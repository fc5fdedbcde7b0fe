#include "followupscheduler.h"

#include "calltext.h"
#include "desktopcontroller.h"
#include "desktopnotifier.h"
#include "storagethread.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFollowUps, "calldock.app.followups")

namespace {

const QString kContextPrefix = QStringLiteral("follow-up:");
const QString kCallBack = QStringLiteral("call-back");
const QString kSnooze = QStringLiteral("snooze");

QString otherNumber(const CallRecord &call) {
    return call.direction == CallDirection::Outbound ? call.toNumber : call.fromNumber;
}

} // namespace

FollowUpScheduler::FollowUpScheduler(StorageThread &storage, DesktopNotifier &notifier,
                                     QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_notifier(notifier) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FollowUpScheduler::check);
    connect(&m_notifier, &DesktopNotifier::actionInvoked, this,
            &FollowUpScheduler::onNotificationAction);
}

QString FollowUpScheduler::context(const QString &sessionId) {
    return kContextPrefix + sessionId;
}

void FollowUpScheduler::start() {
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    check();
}

void FollowUpScheduler::reschedule() {
    check();
}

void FollowUpScheduler::check() {
    if (m_checking) {
        m_checkAgain = true; // one read at a time; the newest wish wins
        return;
    }
    m_checking = true;
    m_timer.stop();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_storage
        .submit([now](StorageSession &session) {
            CallStore::FollowUpSchedule schedule = session.store().followUpSchedule(now);
            // Marked before they are shown: a crash now loses one reminder rather than showing
            // it at every start.
            for (const CallRecord &call : std::as_const(schedule.due)) {
                session.store().markFollowUpReminded(call.sessionId);
            }
            return schedule;
        })
        .then(this, [this, now](const CallStore::FollowUpSchedule &schedule) {
            m_checking = false;
            if (!schedule.ok) {
                qCWarning(lcFollowUps).noquote()
                    << "cannot read follow-ups:" << schedule.error.logText();
            }
            for (const CallRecord &call : schedule.due) {
                show(call);
            }
            m_nextMs = schedule.nextMs;
            if (m_checkAgain) {
                m_checkAgain = false;
                check();
                return;
            }
            const qint64 wait = m_nextMs > 0 ? m_nextMs - now : qint64(kMaxWaitMs);
            m_timer.start(int(qBound<qint64>(0, wait, qint64(kMaxWaitMs))));
        });
}

void FollowUpScheduler::show(const CallRecord &call) {
    const bool missed = call.followUp.remindMs < m_startedMs;
    m_shown.insert(call.sessionId, call);
    const QString party = CallText::otherPartyLabel(call);
    const QDateTime due = QDateTime::fromMSecsSinceEpoch(call.followUp.dueMs);
    QString message = call.followUp.text.isEmpty() ? tr("Call back %1").arg(party)
                                                   : tr("%1: %2").arg(party, call.followUp.text);
    if (missed) {
        //: A follow-up reminder whose time passed while CallDock was not running.
        message += QLatin1Char('\n')
                   + tr("Due %1, while CallDock was closed.")
                         .arg(QLocale().toString(due, QLocale::ShortFormat));
    }
    QList<DesktopNotifier::Action> actions;
    if (!otherNumber(call).isEmpty()) {
        actions.append({kCallBack, tr("Call back")});
    }
    actions.append({kSnooze, tr("Snooze %n min", nullptr, kSnoozeMinutes)});
    m_notifier.notifyWithActions(missed ? tr("Missed follow-up") : tr("Follow-up due"), message,
                                 actions, context(call.sessionId));
    emit reminderShown(call.sessionId, missed);
}

void FollowUpScheduler::snooze(const QString &sessionId, int minutes) {
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + qint64(minutes) * 60'000;
    m_storage
        .submit([sessionId, until](StorageSession &session) {
            return session.store().snoozeFollowUp(sessionId, until);
        })
        .then(this, [this, sessionId](const CallStore::Result &result) {
            if (!result.ok) {
                qCWarning(lcFollowUps).noquote() << "snooze failed:" << result.error.logText();
                return;
            }
            emit followUpChanged(sessionId);
            check();
        });
}

void FollowUpScheduler::onNotificationAction(const QString &notificationContext,
                                             const QString &actionKey) {
    if (!notificationContext.startsWith(kContextPrefix)) {
        return;
    }
    const QString sessionId = notificationContext.mid(kContextPrefix.size());
    if (actionKey == kSnooze) {
        snooze(sessionId);
    } else if (actionKey == kCallBack) {
        const QString number = otherNumber(m_shown.value(sessionId));
        if (!number.isEmpty()) {
            emit callBackRequested(number);
        }
    }
}
