#include "callhistoryfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
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
    m_dateRange = new QWidget(this);
    auto *dates = new QHBoxLayout(m_dateRange);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_anyDate);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addSpacing(12);
    auto *second = new QHBoxLayout;
    second->addWidget(m_dateRange);
    second->addWidget(m_missed);
    second->addWidget(m_withRecording);
    second->addWidget(m_withNote);
    second->addStretch(1);
    m_extra = new QWidget(this);
    m_extraLabel = new QLabel(m_extra);
    m_extraLabel->setTextFormat(Qt::PlainText);
    auto *removeExtra = new QToolButton(m_extra);
    removeExtra->setText(tr("Remove", "remove the filters set by Activity"));
    removeExtra->setAccessibleName(tr("Remove these filters"));
    auto *extra = new QHBoxLayout(m_extra);
    extra->setContentsMargins(0, 0, 0, 0);
    extra->addWidget(m_extraLabel);
    extra->addWidget(removeExtra);
    extra->addStretch(1);
    m_extra->hide();
    connect(removeExtra, &QToolButton::clicked, this, [this] {
        m_contact.clear();
        m_inboundNotMissed = false;
        updateExtra();
        changed();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(first);
    layout->addLayout(second);
    layout->addWidget(m_extra);

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
    base.contact = m_contact;
    base.inboundNotMissed = m_inboundNotMissed;
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
    m_contact.clear();
    m_inboundNotMissed = false;
    updateExtra();
    m_clearing = false;
    emit filtersChanged();
}

void CallHistoryFilterBar::setQuery(const CallQuery &query) {
    m_clearing = true;
    m_search->setText(query.text);
    m_searchTimer->stop();
    m_direction->setCurrentIndex(qMax(0, m_direction->findData(int(query.direction))));
    if (query.sinceMs || query.untilMs) {
        // Whole local days: the day of the first call to the day of the last one.
        const QDate from = query.sinceMs ? QDateTime::fromMSecsSinceEpoch(*query.sinceMs).date()
                                         : QDate(2000, 1, 1);
        const QDate to = query.untilMs ? QDateTime::fromMSecsSinceEpoch(*query.untilMs - 1).date()
                                       : QDate::currentDate();
        m_from->setDate(from);
        m_to->setDate(to);
        m_anyDate->setChecked(false);
    } else {
        m_anyDate->setChecked(true);
    }
    m_missed->setChecked(query.missedOnly);
    m_withRecording->setChecked(query.withRecording);
    m_withNote->setChecked(query.withNote);
    m_contact = query.contact;
    m_inboundNotMissed = query.inboundNotMissed;
    updateExtra();
    m_clearing = false;
    emit filtersChanged();
}

void CallHistoryFilterBar::setDateRangeVisible(bool visible) {
    m_dateRange->setVisible(visible);
}

void CallHistoryFilterBar::updateExtra() {
    QStringList parts;
    if (!m_contact.isEmpty()) {
        //: A filter set from Activity: only the calls with this number (or name).
        parts << tr("only calls with %1").arg(m_contact);
    }
    if (m_inboundNotMissed) {
        parts << tr("only inbound calls that were not missed");
    }
    m_extraLabel->setText(parts.join(QStringLiteral("; ")));
    m_extra->setVisible(!parts.isEmpty());
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
