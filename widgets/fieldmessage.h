#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;

// The explanation shown next to a settings field whose value cannot be used: a warning icon
// and one sentence. Hidden while there is nothing to say. The sentence is also put on the
// field's accessible description, so a screen reader announces why the field is refused.
class FieldMessage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)

public:
    explicit FieldMessage(QWidget *field, QWidget *parent = nullptr);

    // An empty message hides the widget.
    void setMessage(const QString &message);
    QString message() const;

private:
    QPointer<QWidget> m_field;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};
