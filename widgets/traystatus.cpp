#include "traystatus.h"

#include <QLocale>

void TrayStatus::setLastLogged(const QString &who, const QDateTime &when) {
    m_lastLoggedWho = who;
    m_lastLoggedWhen = when;
}

void TrayStatus::setExtraLine(const QString &key, const QString &text) {
    if (text.isEmpty()) {
        m_extraLines.remove(key);
    } else {
        m_extraLines.insert(key, text);
    }
}

TrayStatus::State TrayStatus::state() const {
    if (!m_problem.isEmpty()) {
        return State::LoggingProblem;
    }
    if (m_callInProgress) {
        return State::CallInProgress;
    }
    return m_signedIn ? State::Ready : State::SignedOut;
}

QString TrayStatus::stateText(State state) {
    switch (state) {
    case State::SignedOut:
        return tr("Signed out");
    case State::Ready:
        return tr("Ready");
    case State::CallInProgress:
        return tr("Call in progress");
    case State::LoggingProblem:
        return tr("Calls are not being saved");
    }
    return QString();
}

QString TrayStatus::toolTip(const QDateTime &now) const {
    QStringList lines;
    lines << tr("CallDock — %1").arg(stateText(state()));
    if (!m_problem.isEmpty()) {
        lines << m_problem;
    }
    if (m_lastLoggedWho.isEmpty()) {
        lines << tr("Last logged: none yet");
    } else if (!m_lastLoggedWhen.isValid()) {
        lines << tr("Last logged: %1").arg(m_lastLoggedWho);
    } else {
        const QDateTime local = m_lastLoggedWhen.toLocalTime();
        const QLocale locale;
        // Today's calls need only the time; older ones need the date to make sense.
        const QString when = local.date() == now.toLocalTime().date()
                                 ? locale.toString(local.time(), QLocale::ShortFormat)
                                 : locale.toString(local, QLocale::ShortFormat);
        //: Tray tooltip: %1 is the other party of the last logged call, %2 its time or date.
        lines << tr("Last logged: %1, %2").arg(m_lastLoggedWho, when);
    }
    for (auto it = m_extraLines.cbegin(); it != m_extraLines.cend(); ++it) {
        lines << it.value();
    }
    return lines.join(QLatin1Char('\n'));
}
