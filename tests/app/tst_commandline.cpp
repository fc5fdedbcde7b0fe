#include "commandline.h"

#include <QtTest>

class TestCommandLine final : public QObject {
    Q_OBJECT

private slots:
    void defaults();
    void allOptions();
    void helpAndVersion();
    void errors_data();
    void errors();
    void dialUrls_data();
    void dialUrls();
    void exportOptions();
    void exportFormatFromFileName();
    void exportTimes();
};

static CommandLineResult parse(QStringList arguments) {
    arguments.prepend(QStringLiteral("calldock"));
    return CommandLine::parse(arguments);
}

void TestCommandLine::defaults() {
    const CommandLineResult result = parse({});
    QCOMPARE(result.action, CommandLineResult::Action::Run);
    QVERIFY(result.options.widgetUrl.isEmpty());
    QVERIFY(result.options.dataDir.isEmpty());
    QVERIFY(!result.options.minimized);
    QVERIFY(!result.options.verbose);
    QVERIFY(result.options.dialNumber.isEmpty());
}

void TestCommandLine::allOptions() {
    const CommandLineResult result = parse(
        {QStringLiteral("--widget-url"), QStringLiteral("https://example.com/w/app.html?x=1"),
         QStringLiteral("--client-id"), QStringLiteral("AbC_12-3"), QStringLiteral("--app-server"),
         QStringLiteral("https://platform.devtest.ringcentral.com"), QStringLiteral("--data-dir"),
         QStringLiteral("/tmp/calldock-test-dir"), QStringLiteral("--minimized"),
         QStringLiteral("--verbose"), QStringLiteral("tel:+1 (555) 123-4567")});
    QCOMPARE(result.action, CommandLineResult::Action::Run);
    QCOMPARE(result.options.widgetUrl, QUrl(QStringLiteral("https://example.com/w/app.html?x=1")));
    QCOMPARE(result.options.clientId, QStringLiteral("AbC_12-3"));
    QCOMPARE(result.options.appServer.host(), QStringLiteral("platform.devtest.ringcentral.com"));
    QCOMPARE(result.options.dataDir, QStringLiteral("/tmp/calldock-test-dir"));
    QVERIFY(result.options.minimized);
    QVERIFY(result.options.verbose);
    QCOMPARE(result.options.dialNumber, QStringLiteral("+15551234567"));
}

void TestCommandLine::helpAndVersion() {
    const CommandLineResult help = parse({QStringLiteral("--help")});
    QCOMPARE(help.action, CommandLineResult::Action::ShowHelp);
    for (const char *option : {"--widget-url", "--client-id", "--app-server", "--data-dir",
                               "--minimized", "--verbose", "--version"}) {
        QVERIFY2(help.message.contains(QLatin1String(option)), option);
    }
    const CommandLineResult version = parse({QStringLiteral("--version")});
    QCOMPARE(version.action, CommandLineResult::Action::ShowVersion);
    QCOMPARE(version.message, QStringLiteral("CallDock ") + QLatin1String(CALLDOCK_VERSION));
}

void TestCommandLine::errors_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("--widget-url")} << QStringLiteral("widget-url");
    QTest::newRow("http widget") << QStringList{QStringLiteral("--widget-url"),
                                                QStringLiteral("http://example.com/app.html")}
                                 << QStringLiteral("https://");
    QTest::newRow("not a url") << QStringList{QStringLiteral("--widget-url"),
                                              QStringLiteral("app.html")}
                               << QStringLiteral("--widget-url");
    QTest::newRow("ftp widget") << QStringList{QStringLiteral("--widget-url"),
                                               QStringLiteral("ftp://example.com/app.html")}
                                << QStringLiteral("--widget-url");
    QTest::newRow("bad client id")
        << QStringList{QStringLiteral("--client-id"), QStringLiteral("a b;c")}
        << QStringLiteral("--client-id");
    QTest::newRow("http app server") << QStringList{QStringLiteral("--app-server"),
                                                    QStringLiteral("http://platform.example.com")}
                                     << QStringLiteral("--app-server");
    QTest::newRow("empty data dir")
        << QStringList{QStringLiteral("--data-dir"), QString()} << QStringLiteral("--data-dir");
    QTest::newRow("data dir is a file")
        << QStringList{QStringLiteral("--data-dir"), QStringLiteral("/etc/hostname")}
        << QStringLiteral("not a folder");
    QTest::newRow("not a dial url")
        << QStringList{QStringLiteral("https://example.com")} << QStringLiteral("tel:");
    QTest::newRow("tel without number")
        << QStringList{QStringLiteral("tel:hello")} << QStringLiteral("tel:hello");
    QTest::newRow("two urls") << QStringList{QStringLiteral("tel:123"), QStringLiteral("tel:456")}
                              << QStringLiteral("Only one");
    QTest::newRow("format without export")
        << QStringList{QStringLiteral("--format"), QStringLiteral("csv")}
        << QStringLiteral("--export");
    QTest::newRow("since without export")
        << QStringList{QStringLiteral("--since"), QStringLiteral("2024-01-01")}
        << QStringLiteral("--export");
    QTest::newRow("bad format") << QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                                               QStringLiteral("--format"), QStringLiteral("xml")}
                                << QStringLiteral("xml");
    QTest::newRow("bad since") << QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                                              QStringLiteral("--since"),
                                              QStringLiteral("yesterday")}
                               << QStringLiteral("--since");
    QTest::newRow("bad until") << QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                                              QStringLiteral("--until"),
                                              QStringLiteral("2024-02-30")}
                               << QStringLiteral("2024-02-30");
    QTest::newRow("since after until")
        << QStringList{QStringLiteral("--export"), QStringLiteral("-"),
                       QStringLiteral("--since"),  QStringLiteral("2024-03-02"),
                       QStringLiteral("--until"),  QStringLiteral("2024-03-01")}
        << QStringLiteral("before");
    QTest::newRow("empty export file")
        << QStringList{QStringLiteral("--export"), QString()} << QStringLiteral("--export");
    QTest::newRow("export and dial")
        << QStringList{QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("tel:123")}
        << QStringLiteral("--export");
}

void TestCommandLine::errors() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const CommandLineResult result = parse(arguments);
    QCOMPARE(result.action, CommandLineResult::Action::Error);
    QVERIFY2(result.message.contains(mentions), qPrintable(result.message));
}

void TestCommandLine::dialUrls_data() {
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("number");
    QTest::newRow("tel") << QStringLiteral("tel:+15551234567") << QStringLiteral("+15551234567");
    QTest::newRow("callto slashes")
        << QStringLiteral("callto://+15551234567") << QStringLiteral("+15551234567");
    QTest::newRow("separators") << QStringLiteral("tel:+1-555-123.4567")
                                << QStringLiteral("+15551234567");
    QTest::newRow("percent encoded")
        << QStringLiteral("tel:%2B1%20555%201234567") << QStringLiteral("+15551234567");
    QTest::newRow("extension") << QStringLiteral("tel:+15551234567;ext=12")
                               << QStringLiteral("+15551234567*12");
    QTest::newRow("upper case scheme") << QStringLiteral("TEL:101") << QStringLiteral("101");
}

void TestCommandLine::dialUrls() {
    QFETCH(QString, argument);
    QFETCH(QString, number);
    const CommandLineResult result = parse({argument});
    QCOMPARE(result.action, CommandLineResult::Action::Run);
    QCOMPARE(result.options.dialNumber, number);
}

void TestCommandLine::exportOptions() {
    const CommandLineResult result =
        parse({QStringLiteral("--export"), QStringLiteral("-"), QStringLiteral("--format"),
               QStringLiteral("JSON"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/cd-x"),
               QStringLiteral("--since"), QStringLiteral("2024-03-01T10:00:00Z"),
               QStringLiteral("--until"), QStringLiteral("2024-03-01T11:00:00.500+01:00")});
    QCOMPARE(result.action, CommandLineResult::Action::Export);
    QCOMPARE(result.exportOptions.file, QStringLiteral("-"));
    QCOMPARE(result.exportOptions.format, ExportOptions::Format::Json);
    QCOMPARE(result.options.dataDir, QStringLiteral("/tmp/cd-x"));
    QCOMPARE(result.exportOptions.sinceMs, std::optional<qint64>(1709287200000));
    // Inclusive: one millisecond after the given instant (10:00:00.500Z).
    QCOMPARE(result.exportOptions.untilMs, std::optional<qint64>(1709287200501));

    const CommandLineResult plain = parse({QStringLiteral("--export"), QStringLiteral("a.csv")});
    QCOMPARE(plain.action, CommandLineResult::Action::Export);
    QVERIFY(!plain.exportOptions.sinceMs);
    QVERIFY(!plain.exportOptions.untilMs);

    const CommandLineResult help = parse({QStringLiteral("--help")});
    for (const char *option : {"--export", "--format", "--since", "--until"}) {
        QVERIFY2(help.message.contains(QLatin1String(option)), option);
    }
}

void TestCommandLine::exportFormatFromFileName() {
    const auto formatOf = [](const QString &file) {
        return parse({QStringLiteral("--export"), file}).exportOptions.format;
    };
    QCOMPARE(formatOf(QStringLiteral("calls.json")), ExportOptions::Format::Json);
    QCOMPARE(formatOf(QStringLiteral("CALLS.JSON")), ExportOptions::Format::Json);
    QCOMPARE(formatOf(QStringLiteral("calls.csv")), ExportOptions::Format::Csv);
    QCOMPARE(formatOf(QStringLiteral("calls")), ExportOptions::Format::Csv);
    QCOMPARE(formatOf(QStringLiteral("-")), ExportOptions::Format::Csv);
    // An explicit --format wins over the name.
    QCOMPARE(parse({QStringLiteral("--export"), QStringLiteral("calls.json"),
                    QStringLiteral("--format"), QStringLiteral("csv")})
                 .exportOptions.format,
             ExportOptions::Format::Csv);
}

void TestCommandLine::exportTimes() {
    // Plain dates are local days; --until includes the whole day.
    const QDateTime midnight(QDate(2024, 3, 1), QTime(0, 0), Qt::LocalTime);
    QCOMPARE(CommandLine::parseExportTime(QStringLiteral("2024-03-01"), false),
             std::optional<qint64>(midnight.toMSecsSinceEpoch()));
    QCOMPARE(CommandLine::parseExportTime(QStringLiteral("2024-03-01"), true),
             std::optional<qint64>(midnight.addDays(1).toMSecsSinceEpoch()));
    const QDateTime local(QDate(2024, 3, 1), QTime(14, 30), Qt::LocalTime);
    QCOMPARE(CommandLine::parseExportTime(QStringLiteral("2024-03-01T14:30"), false),
             std::optional<qint64>(local.toMSecsSinceEpoch()));
    QCOMPARE(CommandLine::parseExportTime(QStringLiteral("2024-03-01T14:30:00Z"), false),
             std::optional<qint64>(1709303400000));
    for (const char *bad : {"", "2024", "2024-13-01", "01.03.2024", "2024-03-01 14:30", "tomorrow",
                            "2024-03-01T25:00"}) {
        QVERIFY2(!CommandLine::parseExportTime(QLatin1String(bad), false), bad);
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
