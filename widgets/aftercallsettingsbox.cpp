#include "aftercallsettingsbox.h"

#include "settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

AfterCallSettingsBox::AfterCallSettingsBox(QWidget *parent)
    : QGroupBox(tr("After a call"), parent) {
    setObjectName(QStringLiteral("afterCallBox"));
    m_inbound = makePromptBox(QStringLiteral("afterInboundCombo"), tr("After an incoming call"));
    m_outbound = makePromptBox(QStringLiteral("afterOutboundCombo"), tr("After an outgoing call"));
    m_skipMissed = new QCheckBox(tr("Not after &missed calls"), this);
    m_skipMissed->setObjectName(QStringLiteral("skipMissedCheck"));
    m_outcomes = new QPlainTextEdit(this);
    m_outcomes->setObjectName(QStringLiteral("outcomesEdit"));
    m_outcomes->setAccessibleName(tr("Call outcomes, one a line"));
    m_outcomes->setTabChangesFocus(true);
    m_outcomes->setMaximumHeight(m_outcomes->fontMetrics().height() * 7);
    m_outcomeInWidget = new QCheckBox(tr("Show the &outcome in the phone's note"), this);
    m_outcomeInWidget->setObjectName(QStringLiteral("outcomeInWidgetCheck"));

    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Incoming call ended:"), m_inbound);
    form->addRow(tr("Outgoing call &ended:"), m_outbound);
    form->addRow(m_skipMissed);
    auto *outcomesLabel = new QLabel(tr("Call o&utcomes (one a line):"), this);
    outcomesLabel->setBuddy(m_outcomes);
    form->addRow(outcomesLabel, m_outcomes);
    form->addRow(m_outcomeInWidget);
    auto *shortcutNote =
        new QLabel(tr("Ctrl+Shift+N in CallDock opens the note of the last call."), this);
    shortcutNote->setWordWrap(true);
    form->addRow(shortcutNote);

    connect(m_skipMissed, &QCheckBox::toggled, this, &AfterCallSettingsBox::edited);
    connect(m_outcomes, &QPlainTextEdit::textChanged, this, &AfterCallSettingsBox::edited);
    connect(m_outcomeInWidget, &QCheckBox::toggled, this, &AfterCallSettingsBox::edited);
}

QComboBox *AfterCallSettingsBox::makePromptBox(const QString &objectName,
                                               const QString &accessibleName) {
    auto *box = new QComboBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItem(tr("Do nothing"), int(Settings::AfterCallPrompt::Nothing));
    box->addItem(tr("Notify with \"Add note\""), int(Settings::AfterCallPrompt::Notify));
    box->addItem(tr("Open the note window (without taking the keyboard)"),
                 int(Settings::AfterCallPrompt::OpenDialog));
    connect(box, &QComboBox::currentIndexChanged, this, &AfterCallSettingsBox::edited);
    return box;
}

void AfterCallSettingsBox::load(const Settings &settings) {
    m_inbound->setCurrentIndex(m_inbound->findData(int(settings.afterCallPrompt(true))));
    m_outbound->setCurrentIndex(m_outbound->findData(int(settings.afterCallPrompt(false))));
    m_skipMissed->setChecked(settings.afterCallSkipMissed());
    m_outcomes->setPlainText(settings.callOutcomes().join(QLatin1Char('\n')));
    m_outcomeInWidget->setChecked(settings.outcomeInWidgetNote());
}

void AfterCallSettingsBox::apply(Settings &settings) const {
    settings.setAfterCallPrompt(true, Settings::AfterCallPrompt(m_inbound->currentData().toInt()));
    settings.setAfterCallPrompt(false,
                                Settings::AfterCallPrompt(m_outbound->currentData().toInt()));
    settings.setAfterCallSkipMissed(m_skipMissed->isChecked());
    settings.setCallOutcomes(m_outcomes->toPlainText().split(QLatin1Char('\n')));
    settings.setOutcomeInWidgetNote(m_outcomeInWidget->isChecked());
}
