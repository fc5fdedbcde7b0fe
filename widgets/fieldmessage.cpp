#include "fieldmessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

FieldMessage::FieldMessage(QWidget *field, QWidget *parent)
    : QWidget(parent)
    , m_field(field)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this)) {
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A dark red that stays readable on light and on most dark palettes.
    QPalette palette = m_text->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_text->setPalette(palette);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    setVisible(false);
}

void FieldMessage::setMessage(const QString &message) {
    m_text->setText(message);
    m_text->setAccessibleName(message);
    if (m_field) {
        m_field->setAccessibleDescription(message);
    }
    setVisible(!message.isEmpty());
}

QString FieldMessage::message() const {
    return m_text->text();
}
