#pragma once

#include "followup.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;

// The after-call part of the note dialog: the call outcome and a follow-up. Made for the
// keyboard: Alt+O goes to the outcome, where a digit picks that outcome (0: none) and letters
// search the list; Alt+F goes to the follow-up, whose quick picks (in 1 hour, tomorrow 9:00,
// next Monday 9:00) set date and time in one press.
class AfterCallEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterCallEditor)

public:
    enum class QuickPick { InOneHour, Tomorrow, NextMonday };

    explicit AfterCallEditor(QWidget *parent = nullptr);

    // The outcomes to choose from (Settings::callOutcomes). A stored outcome no longer in the
    // list is kept as an extra entry, so editing a note never loses it.
    void setOutcomes(const QStringList &outcomes);
    void setValue(const QString &outcome, const FollowUp &followUp);
    AfterCallNote value() const;

    // The local time a quick pick means at `now` (local time).
    static QDateTime quickPickTime(QuickPick pick, const QDateTime &now);
    // Tests pin "now" for the quick picks.
    void setClock(std::function<QDateTime()> now);

    QComboBox *outcomeBox() const { return m_outcome; }

signals:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyQuickPick(QuickPick pick);
    void updateEnabled();

    QComboBox *m_outcome = nullptr;
    QCheckBox *m_followUp = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QLineEdit *m_text = nullptr;
    QList<QPushButton *> m_picks;
    std::function<QDateTime()> m_now;
};
