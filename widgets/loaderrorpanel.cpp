#include "loaderrorpanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

LoadErrorPanel::LoadErrorPanel(QWidget *parent)
    : QWidget(parent)
    , m_reason(new QLabel(this))
    , m_address(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry now"), this)) {
    auto *title = new QLabel(tr("The phone could not be loaded"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setTextFormat(Qt::PlainText);
    m_countdown->setWordWrap(true);
    m_retry->setAccessibleName(tr("Retry loading the phone"));
    m_retry->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(m_reason);
    layout->addWidget(m_address);
    layout->addWidget(m_countdown);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch(2);

    connect(m_retry, &QPushButton::clicked, this, &LoadErrorPanel::retryRequested);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_secondsLeft = qMax(0, m_secondsLeft - 1);
        updateCountdown();
    });
}

void LoadErrorPanel::showFailure(const QUrl &url, const QString &reason, int secondsUntilRetry) {
    m_reason->setText(reason.isEmpty() ? tr("The widget did not respond.") : reason);
    m_address->setText(tr("Address: %1").arg(url.toString(QUrl::RemoveQuery)));
    m_secondsLeft = secondsUntilRetry;
    updateCountdown();
    if (m_secondsLeft > 0) {
        m_tick.start();
    }
    m_retry->setFocus();
}

void LoadErrorPanel::updateCountdown() {
    if (m_secondsLeft <= 0) {
        m_tick.stop();
        m_countdown->setText(tr("Trying again…"));
        return;
    }
    m_countdown->setText(tr("CallDock tries again in %n second(s).", nullptr, m_secondsLeft));
}
