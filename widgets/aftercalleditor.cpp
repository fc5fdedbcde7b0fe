#include "aftercalleditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

AfterCallEditor::AfterCallEditor(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTime(); }) {
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcomeBox"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->setAccessibleDescription(
        tr("Type the number of an outcome, or its first letters. 0 clears it."));
    // Digits pick an outcome by number; the combo box's own type-ahead handles letters.
    m_outcome->installEventFilter(this);
    auto *outcomeLabel = new QLabel(tr("&Outcome:"), this);
    outcomeLabel->setBuddy(m_outcome);

    m_followUp = new QCheckBox(tr("&Follow up:"), this);
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    m_when = new QDateTimeEdit(this);
    m_when->setObjectName(QStringLiteral("followUpTime"));
    m_when->setAccessibleName(tr("Follow-up date and time"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    // Screen readers announce the editor inside the spin box, not the spin box.
    for (QLineEdit *inner : m_when->findChildren<QLineEdit *>()) {
        inner->setAccessibleName(m_when->accessibleName());
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("followUpText"));
    m_text->setAccessibleName(tr("Follow-up text"));
    m_text->setPlaceholderText(tr("What to do, e.g. send the quote"));
    m_text->setMaxLength(200);

    auto *picks = new QHBoxLayout;
    const std::pair<QuickPick, QString> pickLabels[] = {
        {QuickPick::InOneHour, tr("In 1 &hour")},
        {QuickPick::Tomorrow, tr("&Tomorrow 9:00")},
        {QuickPick::NextMonday, tr("Next &Monday")},
    };
    for (const auto &[pick, label] : pickLabels) {
        auto *button = new QPushButton(label, this);
        button->setAutoDefault(false); // Return in the dialog saves, it never picks a time
        connect(button, &QPushButton::clicked, this, [this, pick = pick] { applyQuickPick(pick); });
        picks->addWidget(button);
        m_picks << button;
    }
    m_picks.at(0)->setObjectName(QStringLiteral("pickHour"));
    m_picks.at(1)->setObjectName(QStringLiteral("pickTomorrow"));
    m_picks.at(2)->setObjectName(QStringLiteral("pickMonday"));
    picks->addStretch();

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(outcomeLabel, m_outcome);
    form->addRow(m_followUp, m_when);
    form->addRow(QString(), picks);
    form->addRow(QString(), m_text);

    setOutcomes({});
    m_when->setDateTime(quickPickTime(QuickPick::Tomorrow, m_now()));
    updateEnabled();

    connect(m_outcome, qOverload<int>(&QComboBox::activated), this, &AfterCallEditor::edited);
    connect(m_outcome, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &AfterCallEditor::edited);
    connect(m_followUp, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        emit edited();
    });
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &AfterCallEditor::edited);
    connect(m_text, &QLineEdit::textEdited, this, &AfterCallEditor::edited);
}

void AfterCallEditor::setClock(std::function<QDateTime()> now) {
    m_now = std::move(now);
}

void AfterCallEditor::setOutcomes(const QStringList &outcomes) {
    const QString current = m_outcome->currentData().toString();
    const QSignalBlocker blocker(m_outcome);
    m_outcome->clear();
    // The name comes first so the combo box's type-ahead finds it by its first letters; the
    // number after it is the key that picks it (1-9).
    //: No outcome chosen for the call; 0 is the key that picks it.
    m_outcome->addItem(tr("(none)  [0]"), QString());
    int number = 1;
    for (const QString &outcome : outcomes) {
        m_outcome->addItem(
            number <= 9 ? QStringLiteral("%1  [%2]").arg(outcome).arg(number) : outcome, outcome);
        ++number;
    }
    const int index = m_outcome->findData(current);
    m_outcome->setCurrentIndex(qMax(0, index));
}

void AfterCallEditor::setValue(const QString &outcome, const FollowUp &followUp) {
    const QSignalBlocker blocker(this);
    if (!outcome.isEmpty() && m_outcome->findData(outcome) < 0) {
        m_outcome->addItem(outcome, outcome);
    }
    {
        const QSignalBlocker outcomeBlocker(m_outcome);
        m_outcome->setCurrentIndex(qMax(0, m_outcome->findData(outcome)));
    }
    const QSignalBlocker checkBlocker(m_followUp);
    const QSignalBlocker whenBlocker(m_when);
    m_followUp->setChecked(followUp.isSet());
    if (followUp.isSet()) {
        m_when->setDateTime(QDateTime::fromMSecsSinceEpoch(followUp.dueMs));
    }
    m_text->setText(followUp.text);
    updateEnabled();
}

AfterCallNote AfterCallEditor::value() const {
    AfterCallNote note;
    note.outcome = m_outcome->currentData().toString();
    if (m_followUp->isChecked()) {
        note.followUpMs = m_when->dateTime().toMSecsSinceEpoch();
        note.followUpText = m_text->text().simplified();
    }
    return note;
}

QDateTime AfterCallEditor::quickPickTime(QuickPick pick, const QDateTime &now) {
    const QTime nine(9, 0);
    switch (pick) {
    case QuickPick::InOneHour: {
        // To the minute: "in 1 hour" at 10:17:42 is 11:17.
        const QDateTime later = now.addSecs(3600);
        return QDateTime(later.date(), QTime(later.time().hour(), later.time().minute()));
    }
    case QuickPick::Tomorrow:
        return QDateTime(now.date().addDays(1), nine);
    case QuickPick::NextMonday: {
        // Always a Monday after today: on a Monday it is the one a week later.
        const int days = 8 - now.date().dayOfWeek();
        return QDateTime(now.date().addDays(days), nine);
    }
    }
    return now;
}

void AfterCallEditor::applyQuickPick(QuickPick pick) {
    m_followUp->setChecked(true);
    m_when->setDateTime(quickPickTime(pick, m_now()));
    m_text->setFocus(Qt::TabFocusReason);
}

void AfterCallEditor::updateEnabled() {
    m_when->setEnabled(m_followUp->isChecked());
    m_text->setEnabled(m_followUp->isChecked());
}

bool AfterCallEditor::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_outcome && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int digit = key->key() - Qt::Key_0;
        const bool plain = !(key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier));
        if (plain && digit >= 0 && digit <= 9 && digit < m_outcome->count()) {
            m_outcome->setCurrentIndex(digit);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
