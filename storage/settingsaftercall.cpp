// Settings of the after-call prompt, call outcomes and follow-ups (issue 20). A second
// translation unit of Settings, so the feature's settings stay together.
#include "settings.h"

#include <QSet>
#include <QStringList>

namespace {

const QString kPromptInbound = QStringLiteral("afterCall/promptInbound");
const QString kPromptOutbound = QStringLiteral("afterCall/promptOutbound");
const QString kSkipMissed = QStringLiteral("afterCall/skipMissed");
const QString kOutcomes = QStringLiteral("afterCall/outcomes");
const QString kOutcomeInWidget = QStringLiteral("afterCall/outcomeInWidgetNote");

QString promptName(Settings::AfterCallPrompt prompt) {
    switch (prompt) {
    case Settings::AfterCallPrompt::Nothing:
        return QStringLiteral("nothing");
    case Settings::AfterCallPrompt::Notify:
        return QStringLiteral("notify");
    case Settings::AfterCallPrompt::OpenDialog:
        return QStringLiteral("dialog");
    }
    return QStringLiteral("notify");
}

Settings::AfterCallPrompt promptFrom(const QString &name) {
    if (name == QLatin1String("nothing")) {
        return Settings::AfterCallPrompt::Nothing;
    }
    if (name == QLatin1String("dialog")) {
        return Settings::AfterCallPrompt::OpenDialog;
    }
    return Settings::AfterCallPrompt::Notify;
}

} // namespace

Settings::AfterCallPrompt Settings::afterCallPrompt(bool inbound) const {
    return promptFrom(m_settings.value(inbound ? kPromptInbound : kPromptOutbound).toString());
}

void Settings::setAfterCallPrompt(bool inbound, AfterCallPrompt prompt) {
    store(inbound ? Key::AfterCallPromptInbound : Key::AfterCallPromptOutbound,
          inbound ? kPromptInbound : kPromptOutbound, promptName(prompt));
}

bool Settings::afterCallSkipMissed() const {
    return m_settings.value(kSkipMissed, true).toBool();
}

void Settings::setAfterCallSkipMissed(bool skip) {
    store(Key::AfterCallSkipMissed, kSkipMissed, skip);
}

QStringList Settings::defaultCallOutcomes() {
    // Translated when read: a user who never edited the list sees it in their language.
    return {tr("Interested"), tr("Follow-up"), tr("Not interested"), tr("Left voicemail"),
            tr("Wrong number")};
}

QStringList Settings::callOutcomes() const {
    const QStringList stored = m_settings.value(kOutcomes).toStringList();
    return stored.isEmpty() ? defaultCallOutcomes() : stored;
}

void Settings::setCallOutcomes(const QStringList &outcomes) {
    QStringList cleaned;
    QSet<QString> seen;
    for (const QString &outcome : outcomes) {
        const QString trimmed = outcome.simplified();
        if (!trimmed.isEmpty() && !seen.contains(trimmed.toCaseFolded())) {
            seen.insert(trimmed.toCaseFolded());
            cleaned << trimmed;
        }
    }
    if (cleaned.isEmpty() || cleaned == defaultCallOutcomes()) {
        if (m_settings.contains(kOutcomes)) {
            m_settings.remove(kOutcomes);
            sync();
            emit changed(Key::CallOutcomes);
        }
        return;
    }
    store(Key::CallOutcomes, kOutcomes, cleaned);
}

bool Settings::outcomeInWidgetNote() const {
    return m_settings.value(kOutcomeInWidget, false).toBool();
}

void Settings::setOutcomeInWidgetNote(bool enabled) {
    store(Key::OutcomeInWidgetNote, kOutcomeInWidget, enabled);
}
