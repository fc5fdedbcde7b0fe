#pragma once

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QPlainTextEdit;
class Settings;

// Settings ▸ Call logging ▸ After a call: what CallDock does when a call ends (per direction),
// whether missed calls are left out, the call outcomes offered in the note dialog (one a line)
// and whether the widget's note shows the outcome.
class AfterCallSettingsBox final : public QGroupBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AfterCallSettingsBox)

public:
    explicit AfterCallSettingsBox(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void apply(Settings &settings) const;

signals:
    void edited();

private:
    QComboBox *makePromptBox(const QString &objectName, const QString &accessibleName);

    QComboBox *m_inbound = nullptr;
    QComboBox *m_outbound = nullptr;
    QCheckBox *m_skipMissed = nullptr;
    QPlainTextEdit *m_outcomes = nullptr;
    QCheckBox *m_outcomeInWidget = nullptr;
};
