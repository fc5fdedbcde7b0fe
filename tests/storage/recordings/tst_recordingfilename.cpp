// File names of downloaded recordings: format, extensions and the sanitizing of widget data.

#include "recordingfilename.h"

#include <QTest>

class TestRecordingFileName : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void extension_data();
    void extension();
    void numbers_data();
    void numbers();
    void ids_data();
    void ids();
    void baseName_data();
    void baseName();
};

void TestRecordingFileName::initTestCase() {
    // Names use local time; fix the zone so the expected strings are exact.
    qputenv("TZ", "UTC");
}

void TestRecordingFileName::extension_data() {
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("extension");
    QTest::newRow("mpeg") << QByteArray("audio/mpeg") << QStringLiteral("mp3");
    QTest::newRow("upper case") << QByteArray("Audio/MPEG") << QStringLiteral("mp3");
    QTest::newRow("wav") << QByteArray("audio/wav") << QStringLiteral("wav");
    QTest::newRow("x-wav") << QByteArray("audio/x-wav") << QStringLiteral("wav");
    QTest::newRow("ogg with codecs")
        << QByteArray("audio/ogg; codecs=opus") << QStringLiteral("ogg");
    QTest::newRow("mp4") << QByteArray("audio/mp4") << QStringLiteral("m4a");
    QTest::newRow("octet-stream") << QByteArray("application/octet-stream")
                                  << QStringLiteral("bin");
    QTest::newRow("html") << QByteArray("text/html; charset=utf-8") << QStringLiteral("bin");
    QTest::newRow("missing") << QByteArray() << QStringLiteral("bin");
}

void TestRecordingFileName::extension() {
    QFETCH(QByteArray, contentType);
    QFETCH(QString, extension);
    QCOMPARE(RecordingFileName::extensionForContentType(contentType), extension);
}

void TestRecordingFileName::numbers_data() {
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("sanitized");
    QTest::newRow("formatted") << QStringLiteral("+1 (555) 123-0001")
                               << QStringLiteral("+15551230001");
    QTest::newRow("extension") << QStringLiteral("101") << QStringLiteral("101");
    QTest::newRow("path") << QStringLiteral("../../etc/passwd") << QStringLiteral("unknown");
    QTest::newRow("empty") << QString() << QStringLiteral("unknown");
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << QStringLiteral("unknown");
}

void TestRecordingFileName::numbers() {
    QFETCH(QString, number);
    QFETCH(QString, sanitized);
    QCOMPARE(RecordingFileName::sanitizedNumber(number), sanitized);
}

void TestRecordingFileName::ids_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("sanitized");
    QTest::newRow("plain") << QStringLiteral("2481632001") << QStringLiteral("2481632001");
    QTest::newRow("traversal") << QStringLiteral("../../x") << QStringLiteral("x");
    QTest::newRow("separators") << QStringLiteral("a/b\\c:d") << QStringLiteral("abcd");
    QTest::newRow("dashes") << QStringLiteral("rec-1_a") << QStringLiteral("rec-1_a");
    QTest::newRow("long") << QString(100, QLatin1Char('7')) << QString(64, QLatin1Char('7'));
    QTest::newRow("only dots") << QStringLiteral("..") << QStringLiteral("unknown");
}

void TestRecordingFileName::ids() {
    QFETCH(QString, id);
    QFETCH(QString, sanitized);
    QCOMPARE(RecordingFileName::sanitizedId(id), sanitized);
}

void TestRecordingFileName::baseName_data() {
    QTest::addColumn<int>("direction");
    QTest::addColumn<bool>("knownStart");
    QTest::addColumn<QString>("expected");
    QTest::newRow("inbound") << static_cast<int>(CallDirection::Inbound) << true
                             << QStringLiteral("2023-11-14_221320_Inbound_+15551230001_rec-9");
    QTest::newRow("outbound") << static_cast<int>(CallDirection::Outbound) << true
                              << QStringLiteral("2023-11-14_221320_Outbound_101_rec-9");
    QTest::newRow("unknown") << static_cast<int>(CallDirection::Unknown) << true
                             << QStringLiteral("2023-11-14_221320_Unknown_+15551230001_rec-9");
    QTest::newRow("no start time")
        << static_cast<int>(CallDirection::Inbound) << false
        << QStringLiteral("2024-01-02_030405_Inbound_+15551230001_rec-9");
}

void TestRecordingFileName::baseName() {
    QFETCH(int, direction);
    QFETCH(bool, knownStart);
    QFETCH(QString, expected);
    CallRecord call;
    call.direction = static_cast<CallDirection>(direction);
    call.fromNumber = QStringLiteral("+1 555 123 0001");
    call.toNumber = QStringLiteral("101");
    if (knownStart) {
        call.startTimeMs = 1700000000000;
    }
    RecordingRecord recording;
    recording.recordingId = QStringLiteral("rec-9");
    recording.createdMs = 1704164645000; // 2024-01-02 03:04:05 UTC
    QCOMPARE(RecordingFileName::baseName(call, recording), expected);
}

QTEST_GUILESS_MAIN(TestRecordingFileName)
#include "tst_recordingfilename.moc"
