#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

// What the tray icon says: the state its picture shows and the text of its tooltip. A plain
// value with no QSystemTrayIcon in it, so every rule is tested without a tray (offscreen and
// Xvfb have none).
class TrayStatus final {
    Q_DECLARE_TR_FUNCTIONS(TrayStatus)

public:
    enum class State { SignedOut, Ready, CallInProgress, LoggingProblem };

    void setSignedIn(bool signedIn) { m_signedIn = signedIn; }
    void setCallInProgress(bool inProgress) { m_callInProgress = inProgress; }
    // A non-empty message marks a logging problem; an empty one clears it.
    void setLoggingProblem(const QString &message) { m_problem = message; }
    void setLastLogged(const QString &who, const QDateTime &when);
    // Extra tooltip lines owned by other parts (recordings, un-logged calls), each under its own
    // key so that they never overwrite one another. An empty text removes the line.
    void setExtraLine(const QString &key, const QString &text);

    // A logging problem wins over a call, a call over plain "ready".
    State state() const;
    static QString stateText(State state);
    // "CallDock — Ready\nLast logged: Jane Roe (+1 650 555 0101), 14:05\n<extra lines>"
    QString toolTip(const QDateTime &now = QDateTime::currentDateTime()) const;

private:
    bool m_signedIn = false;
    bool m_callInProgress = false;
    QString m_problem;
    QString m_lastLoggedWho;
    QDateTime m_lastLoggedWhen;
    QMap<QString, QString> m_extraLines;
};
