// The embedded catalogues: each loads and is complete enough to translate known strings, German
// and English plurals come out right, and the language follows the setting, else the system.

#include "languageloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

class TstTranslations final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void everyLanguageIsEmbedded_data() {
        QTest::addColumn<QString>("language");
        const QStringList languages = LanguageLoader::available();
        for (const QString &language : languages) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }
    void everyLanguageIsEmbedded() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(LanguageLoader::catalogueFile(language)),
                 qPrintable(LanguageLoader::catalogueFile(language)));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language().left(2), language.left(2));
    }

    void knownStringsAreTranslated_data() {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "es", "fr", "ja", "zh_CN"}) {
            QTest::newRow(language) << QString::fromLatin1(language);
        }
    }
    void knownStringsAreTranslated() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY(translator.load(LanguageLoader::catalogueFile(language)));
        // The registration labels the widget shows, a menu entry, a dialog title and a
        // disambiguated word: all must be there and differ from the English source.
        const std::pair<const char *, const char *> known[] = {
            {"Application", "Log to CallDock"},
            {"Application", "Log calls automatically in CallDock"},
            {"MainWindow", "Call &History…"},
            {"LogCallDialog", "Log call — %1"},
            {"CallHistoryWindow", "Call History — CallDock"},
            {"CommandLine", "Show this help and exit."},
        };
        for (const auto &[context, source] : known) {
            const QString translated = translator.translate(context, source);
            QVERIFY2(!translated.isEmpty(), source);
            QVERIFY2(translated != QString::fromUtf8(source), source);
        }
        const QString resultUnknown =
            translator.translate("CallText", "Unknown", "result of a call");
        QVERIFY(!resultUnknown.isEmpty());
        QVERIFY(resultUnknown != QLatin1String("Unknown"));
        // Placeholders survive translation.
        QVERIFY(translator.translate("LogCallDialog", "Log call — %1").contains(u"%1"));
    }

    void germanPluralsAndInstalledTranslator() {
        LanguageLoader loader;
        QVERIFY(loader.install(QStringLiteral("de")));
        QCOMPARE(loader.language(), QStringLiteral("de"));
        // Everything using tr() now speaks German, including the labels sent to the widget.
        QCOMPARE(QCoreApplication::translate("Application", "Log to CallDock"),
                 QStringLiteral("In CallDock protokollieren"));
        QCOMPARE(QCoreApplication::translate("CallHistoryWindow", "%n call(s)", nullptr, 1),
                 QStringLiteral("1 Anruf"));
        QCOMPARE(QCoreApplication::translate("CallHistoryWindow", "%n call(s)", nullptr, 5),
                 QStringLiteral("5 Anrufe"));
        QCOMPARE(QCoreApplication::translate("LoadErrorPanel",
                                             "CallDock tries again in %n second(s).", nullptr, 1),
                 QStringLiteral("CallDock versucht es in 1 Sekunde erneut."));
        QCOMPARE(QCoreApplication::translate("LoadErrorPanel",
                                             "CallDock tries again in %n second(s).", nullptr, 5),
                 QStringLiteral("CallDock versucht es in 5 Sekunden erneut."));
        if (QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                              .filePath(QStringLiteral("qtbase_de.qm")))) {
            QVERIFY(loader.qtTranslationsLoaded());
            // Qt's own strings (the command line parser's) come with it.
            QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Usage: %1"),
                     QStringLiteral("Aufruf: %1"));
        }
    }

    void translatorIsRemovedWithTheLoader() {
        {
            LanguageLoader loader;
            QVERIFY(loader.install(QStringLiteral("fr")));
            QVERIFY(QCoreApplication::translate("MainWindow", "&Quit") != QLatin1String("&Quit"));
        }
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Quit"), QStringLiteral("&Quit"));
    }

    void englishPlurals() {
        LanguageLoader loader;
        QVERIFY(loader.install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("CallHistoryWindow", "%n call(s)", nullptr, 1),
                 QStringLiteral("1 call"));
        QCOMPARE(QCoreApplication::translate("CallHistoryWindow", "%n call(s)", nullptr, 5),
                 QStringLiteral("5 calls"));
        // Non-plural strings stay the English source.
        QCOMPARE(QCoreApplication::translate("Application", "Log to CallDock"),
                 QStringLiteral("Log to CallDock"));
    }

    void resolve_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("setting wins") << "ja"
                                      << "de_DE"
                                      << "ja";
        QTest::newRow("setting zh_CN") << "zh_CN"
                                       << "en_US"
                                       << "zh_CN";
        QTest::newRow("system German") << ""
                                       << "de_AT"
                                       << "de";
        QTest::newRow("system French") << ""
                                       << "fr_CA"
                                       << "fr";
        QTest::newRow("system Spanish") << ""
                                        << "es_MX"
                                        << "es";
        QTest::newRow("system Japanese") << ""
                                         << "ja_JP"
                                         << "ja";
        QTest::newRow("system Simplified Chinese") << ""
                                                   << "zh_CN"
                                                   << "zh_CN";
        QTest::newRow("system Traditional Chinese") << ""
                                                    << "zh_TW"
                                                    << "en";
        QTest::newRow("system English") << ""
                                        << "en_GB"
                                        << "en";
        QTest::newRow("system untranslated") << ""
                                             << "pt_BR"
                                             << "en";
        QTest::newRow("system C") << ""
                                  << "C"
                                  << "en";
        QTest::newRow("unknown setting follows system") << "xx"
                                                        << "es_ES"
                                                        << "es";
    }
    void resolve() {
        QFETCH(QString, setting);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(LanguageLoader::resolve(setting, QLocale(system)), expected);
    }
};

QTEST_GUILESS_MAIN(TstTranslations)
#include "tst_translations.moc"
