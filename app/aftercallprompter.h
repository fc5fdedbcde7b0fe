#pragma once

#include "callrecord.h"
#include "settings.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class CallLogger;
class DesktopNotifier;
class NotesController;
class StorageThread;
class WidgetBridge;

namespace Protocol {
struct BrowserCall;
} // namespace Protocol

// The ten seconds after hanging up: when a call ends (the browser phone's end of a live call,
// or the final call-log record of an auto-logged call), CallDock offers the note once per call,
// as the settings say for that direction: nothing, a notification with "Add note", or the note
// dialog raised without taking the keyboard. Missed calls are left out unless the user wants
// them, calls whose note is already written or open are not offered again, and a final record
// that arrives long after the call (completed after a restart) is no prompt. The last call that
// ended is kept for the "note of the last call" shortcut.
class AfterCallPrompter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterCallPrompter)

public:
    // A final record is a prompt only this soon after the call ended.
    static constexpr qint64 kRecentMs = 15 * 60 * 1000;

    AfterCallPrompter(Settings &settings, StorageThread &storage, DesktopNotifier &notifier,
                      NotesController &notes, QObject *parent = nullptr);

    void connectBridge(WidgetBridge *bridge);
    void connectCallLogger(CallLogger *logger);

    // Public so tests drive them with typed values.
    void onCallStarted(const Protocol::BrowserCall &call);
    void onCallEnded(const Protocol::BrowserCall &call);
    void onFinalRecordStored(const QString &sessionId);
    void onNotificationAction(const QString &context, const QString &actionKey);
    // The keyboard shortcut: the note of the call that ended last (focused: the user asked).
    bool openLastCallNote();

    QString lastCallSessionId() const { return m_lastCall ? m_lastCall->sessionId : QString(); }

    // Notification context and action of the "Add note" button.
    static QString noteContext(const QString &sessionId);
    static QString addNoteAction() { return QStringLiteral("add-note"); }

signals:
    // For tests and the log: the prompt for `sessionId` was given in this way.
    void prompted(const QString &sessionId, Settings::AfterCallPrompt how);

private:
    void offer(const CallRecord &call, bool missed);
    static CallRecord recordOf(const Protocol::BrowserCall &call, bool connected);

    Settings &m_settings;
    StorageThread &m_storage;
    DesktopNotifier &m_notifier;
    NotesController &m_notes;
    QSet<QString> m_connected;            // browser-phone sessions that were answered
    QStringList m_prompted;               // sessions already offered, newest last (bounded)
    QHash<QString, CallRecord> m_offered; // notifications waiting for "Add note" (bounded)
    std::optional<CallRecord> m_lastCall;
};
