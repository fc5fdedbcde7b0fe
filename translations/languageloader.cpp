#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTranslations, "calldock.translations")

namespace {

const QString kEnglish = QStringLiteral("en");

// The .qm files are embedded by qt_add_lrelease/qt_add_resources under this prefix.
const QString kResourceDirectory = QStringLiteral(":/i18n");

// Maps one of the system's UI languages ("de-AT", "zh-Hans-CN", "pt") to a CallDock language,
// or an empty string when CallDock has none for it.
QString matchLanguage(const QString &uiLanguage, const QStringList &available) {
    const QLocale locale(uiLanguage);
    if (locale.language() == QLocale::C) {
        return QString();
    }
    if (locale.language() == QLocale::English) {
        return kEnglish;
    }
    if (locale.language() == QLocale::Chinese) {
        // Only Simplified Chinese is translated; Traditional Chinese readers are better served
        // by the next language on their list (often English) than by the other script.
        return locale.script() == QLocale::SimplifiedHanScript ? QStringLiteral("zh_CN")
                                                               : QString();
    }
    const QString code = QLocale::languageToCode(locale.language());
    return available.contains(code) ? code : QString();
}

} // namespace

LanguageLoader::~LanguageLoader() {
    if (m_calldockInstalled) {
        QCoreApplication::removeTranslator(&m_calldock);
    }
    if (m_qtBaseInstalled) {
        QCoreApplication::removeTranslator(&m_qtBase);
    }
    if (m_qtWebEngineInstalled) {
        QCoreApplication::removeTranslator(&m_qtWebEngine);
    }
}

QStringList LanguageLoader::available() {
    return {kEnglish,
            QStringLiteral("de"),
            QStringLiteral("es"),
            QStringLiteral("fr"),
            QStringLiteral("ja"),
            QStringLiteral("zh_CN")};
}

QString LanguageLoader::resolve(const QString &setting, const QLocale &system) {
    const QStringList languages = available();
    if (languages.contains(setting)) {
        return setting;
    }
    if (!setting.isEmpty()) {
        qCWarning(lcTranslations) << "no translation for the configured language" << setting
                                  << "- following the system";
    }
    // uiLanguages() is the user's ordered preference (LANGUAGE on Linux, the language list on
    // Windows and macOS), so a German user who ranks English first gets English.
    const QStringList preferred = system.uiLanguages();
    for (const QString &uiLanguage : preferred) {
        const QString match = matchLanguage(uiLanguage, languages);
        if (!match.isEmpty()) {
            return match;
        }
    }
    return kEnglish;
}

QString LanguageLoader::catalogueFile(const QString &language) {
    return kResourceDirectory + QStringLiteral("/calldock_") + language + QStringLiteral(".qm");
}

bool LanguageLoader::loadQtCatalogue(QTranslator &translator, const QString &name) {
    // Linux packages keep Qt's catalogues in Qt's translations folder; windeployqt and
    // macdeployqt put them next to the executable instead.
    const QStringList folders = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/translations")};
    for (const QString &folder : folders) {
        if (translator.load(name, folder)) {
            return true;
        }
    }
    return false;
}

bool LanguageLoader::install(const QString &language) {
    m_language = available().contains(language) ? language : kEnglish;
    // English needs its catalogue only for plural forms ("1 call", "5 calls").
    if (m_calldock.load(catalogueFile(m_language))) {
        m_calldockInstalled = QCoreApplication::installTranslator(&m_calldock);
    } else if (m_language != kEnglish) {
        qCWarning(lcTranslations) << "the embedded translation" << catalogueFile(m_language)
                                  << "is missing";
    }
    if (m_language != kEnglish) {
        if (loadQtCatalogue(m_qtBase, QStringLiteral("qtbase_") + m_language)) {
            m_qtBaseInstalled = QCoreApplication::installTranslator(&m_qtBase);
        } else {
            qCDebug(lcTranslations) << "Qt's own translation for" << m_language << "not found";
        }
        // The web view's context menu (Copy, Paste, Inspect…); not every language has one.
        if (loadQtCatalogue(m_qtWebEngine, QStringLiteral("qtwebengine_") + m_language)) {
            m_qtWebEngineInstalled = QCoreApplication::installTranslator(&m_qtWebEngine);
        }
    }
    // A chosen language that is not the system's also brings its dates and numbers, so a
    // Japanese window does not show German month names. The system's own language keeps its
    // regional formats (de_AT stays de_AT).
    if (QLocale::system().language() != QLocale(m_language).language()) {
        QLocale::setDefault(QLocale(m_language));
    }
    qCDebug(lcTranslations) << "language" << m_language << "(Qt's own translation"
                            << (m_qtBaseInstalled ? "loaded)" : "not loaded)");
    return m_calldockInstalled || m_language == kEnglish;
}
