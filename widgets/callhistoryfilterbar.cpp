#include "callhistoryfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace {

qint64 localMidnight(const QDate &date) {
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
}

} // namespace

CallHistoryFilterBar::CallHistoryFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_searchTimer(new QTimer(this))
    , m_direction(new QComboBox(this))
    , m_anyDate(new QCheckBox(tr("&Any date"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_missed(new QCheckBox(tr("&Missed", "filter: only missed calls"), this))
    , m_withRecording(new QCheckBox(tr("With &recording"), this))
    , m_withNote(new QCheckBox(tr("With &note"), this)) {
    m_search->setPlaceholderText(tr("Search name, number, subject or note"));
    m_search->setAccessibleName(tr("Search calls"));
    m_search->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_direction->addItem(tr("All directions"), int(CallDirection::Unknown));
    //: Filter: only calls the user received.
    m_direction->addItem(tr("Inbound"), int(CallDirection::Inbound));
    //: Filter: only calls the user made.
    m_direction->addItem(tr("Outbound"), int(CallDirection::Outbound));
    m_direction->setAccessibleName(tr("Direction"));
    m_followUps = new QComboBox(this);
    m_followUps->setObjectName(QStringLiteral("followUpsFilter"));
    m_followUps->setAccessibleName(tr("Follow-ups"));
    //: History filter: calls regardless of follow-ups.
    m_followUps->addItem(tr("Any call"), int(CallQuery::FollowUps::Ignore));
    m_followUps->addItem(tr("All follow-ups"), int(CallQuery::FollowUps::Any));
    //: History filter: open follow-ups whose time has not come yet.
    m_followUps->addItem(tr("Follow-ups due"), int(CallQuery::FollowUps::Due));
    m_followUps->addItem(tr("Follow-ups overdue"), int(CallQuery::FollowUps::Overdue));
    m_followUps->addItem(tr("Follow-ups done"), int(CallQuery::FollowUps::Done));

    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_anyDate->setChecked(true);

    auto *fromLabel = new QLabel(tr("&From", "start of a date range"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To", "end of a date range"), this);
    toLabel->setBuddy(m_to);

    auto *first = new QHBoxLayout;
    first->addWidget(m_search, 1);
    first->addWidget(m_direction);
    first->addWidget(m_followUps);
    auto *second = new QHBoxLayout;
    second->addWidget(m_anyDate);
    second->addWidget(fromLabel);
    second->addWidget(m_from);
    second->addWidget(toLabel);
    second->addWidget(m_to);
    second->addSpacing(12);
    second->addWidget(m_missed);
    second->addWidget(m_withRecording);
    second->addWidget(m_withNote);
    second->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CallHistoryFilterBar::changed);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &CallHistoryFilterBar::changed);
    connect(m_followUps, &QComboBox::currentIndexChanged, this, &CallHistoryFilterBar::changed);
    connect(m_anyDate, &QCheckBox::toggled, this, [this](bool any) {
        m_from->setEnabled(!any);
        m_to->setEnabled(!any);
        changed();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_anyDate->isChecked()) {
                changed();
            }
        });
    }
    for (QCheckBox *box : {m_missed, m_withRecording, m_withNote}) {
        connect(box, &QCheckBox::toggled, this, &CallHistoryFilterBar::changed);
    }
}

CallHistoryFilterBar::~CallHistoryFilterBar() = default;

CallQuery CallHistoryFilterBar::applyTo(CallQuery base) const {
    base.text = m_search->text();
    base.direction = CallDirection(m_direction->currentData().toInt());
    base.sinceMs.reset();
    base.untilMs.reset();
    if (!m_anyDate->isChecked()) {
        // Whole local days, both ends included, whichever way round they were entered.
        const QDate from = qMin(m_from->date(), m_to->date());
        const QDate to = qMax(m_from->date(), m_to->date());
        base.sinceMs = localMidnight(from);
        base.untilMs = localMidnight(to.addDays(1));
    }
    base.missedOnly = m_missed->isChecked();
    base.withRecording = m_withRecording->isChecked();
    base.withNote = m_withNote->isChecked();
    base.followUps = CallQuery::FollowUps(m_followUps->currentData().toInt());
    return base;
}

bool CallHistoryFilterBar::hasFilter() const {
    return applyTo(CallQuery()).hasFilter();
}

void CallHistoryFilterBar::clear() {
    // One query for the whole reset, not one per control.
    m_clearing = true;
    m_search->clear();
    m_searchTimer->stop();
    m_direction->setCurrentIndex(0);
    m_followUps->setCurrentIndex(0);
    m_anyDate->setChecked(true);
    for (QCheckBox *box : {m_missed, m_withRecording, m_withNote}) {
        box->setChecked(false);
    }
    m_clearing = false;
    emit filtersChanged();
}

void CallHistoryFilterBar::flush() {
    if (m_searchTimer->isActive()) {
        m_searchTimer->stop();
        changed();
    }
}

void CallHistoryFilterBar::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CallHistoryFilterBar::changed() {
    if (!m_clearing) {
        m_searchTimer->stop();
        emit filtersChanged();
    }
}
