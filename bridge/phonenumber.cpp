#include "phonenumber.h"

#include <QRegularExpression>
#include <QUrl>

namespace PhoneNumber {

bool isDialUrl(const QString &input) {
    const QString lower = input.trimmed().toLower();
    return lower.startsWith(QLatin1String("tel:")) || lower.startsWith(QLatin1String("callto:"));
}

QString normalize(const QString &input) {
    QString text = QUrl::fromPercentEncoding(input.trimmed().toUtf8()).trimmed();
    const QString lower = text.toLower();
    if (lower.startsWith(QLatin1String("tel:"))) {
        text = text.mid(4);
    } else if (lower.startsWith(QLatin1String("callto:"))) {
        text = text.mid(7);
    }
    while (text.startsWith(QLatin1Char('/'))) {
        text.remove(0, 1);
    }

    QString extension;
    const QStringList parts = text.split(QLatin1Char(';'));
    text = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).startsWith(QLatin1String("ext="), Qt::CaseInsensitive)) {
            extension = parts.at(i).mid(4);
        }
    }

    static const QRegularExpression separators(QStringLiteral("[\\s\\-.()/\\[\\]\\x{00A0}]"));
    text.remove(separators);
    extension.remove(separators);

    static const QRegularExpression number(QStringLiteral("^\\+?[0-9][0-9*#]{0,31}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (!number.match(text).hasMatch()) {
        return QString();
    }
    if (!extension.isEmpty()) {
        if (!digits.match(extension).hasMatch()) {
            return QString();
        }
        text += QLatin1Char('*') + extension;
    }
    return text;
}

} // namespace PhoneNumber
