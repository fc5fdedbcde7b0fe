#pragma once

#include "settings.h"

#include <QWidget>

class FieldMessage;
class QComboBox;
class QLineEdit;

// Settings ▸ Phone: which widget to load (channel or a custom app.html), the client ID and the
// RingCentral platform. Every value here ends up in the widget URL, so a change means a reload.
class PhoneSettingsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneSettingsPage)

public:
    explicit PhoneSettingsPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    // Writes the edited values; call only while isValid().
    void apply(Settings &settings) const;
    bool isValid() const;
    // True when applying would change the widget URL (app.html, client ID or platform).
    bool needsReload(const Settings &settings) const;

signals:
    // A field changed: validity and the dialog's buttons may have changed.
    void edited();

private:
    void validate();
    Settings::ReleaseChannel channel() const;
    Settings::Platform platform() const;
    QUrl effectiveAppUrl() const;
    QUrl effectiveAppServer() const;

    QComboBox *m_channel = nullptr;
    QLineEdit *m_customUrl = nullptr;
    FieldMessage *m_customUrlMessage = nullptr;
    QLineEdit *m_clientId = nullptr;
    FieldMessage *m_clientIdMessage = nullptr;
    QComboBox *m_platform = nullptr;
    QLineEdit *m_appServer = nullptr;
    FieldMessage *m_appServerMessage = nullptr;
};
