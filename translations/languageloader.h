#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

// Chooses CallDock's language and installs its translations together with Qt's own (standard
// buttons, the command line parser, the web view's context menu). One instance lives for the
// whole run, installed after the application object exists and before the first window or
// string is built: nothing already shown is translated again, which is why a language chosen in
// the settings takes effect after a restart.
class LanguageLoader final {
    Q_DISABLE_COPY_MOVE(LanguageLoader)

public:
    LanguageLoader() = default;
    // Removes the installed translators from the application.
    ~LanguageLoader();

    // Languages CallDock is translated into, as stored in Settings::language(): "en" (the source
    // language) first, then "de", "es", "fr", "ja", "zh_CN".
    static QStringList available();

    // The language to show for a Settings::language() value: the setting when CallDock has it,
    // otherwise (empty or unknown) the first of the system's preferred UI languages CallDock has,
    // otherwise "en".
    static QString resolve(const QString &setting, const QLocale &system = QLocale::system());

    // Loads the embedded CallDock translation and Qt's translations for `language` (a value of
    // available()) and installs them into the running QCoreApplication. For a language other
    // than the system's, dates and numbers follow it too. Returns false when nothing could be
    // installed (English is the source language: true without a catalogue of its own is fine).
    bool install(const QString &language);

    QString language() const { return m_language; }
    // Whether Qt's own catalogue (qtbase_<lang>) was found; false e.g. when qt6-translations-l10n
    // is not installed. CallDock's strings are translated either way.
    bool qtTranslationsLoaded() const { return m_qtBaseInstalled; }

    // Resource path of CallDock's compiled catalogue for `language`.
    static QString catalogueFile(const QString &language);

private:
    bool loadQtCatalogue(QTranslator &translator, const QString &name);

    QString m_language;
    QTranslator m_calldock;
    QTranslator m_qtBase;
    QTranslator m_qtWebEngine;
    bool m_calldockInstalled = false;
    bool m_qtBaseInstalled = false;
    bool m_qtWebEngineInstalled = false;
};
