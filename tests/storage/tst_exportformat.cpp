// CallExporter output: RFC 4180 CSV and the JSON field set, with awkward text (quotes, commas,
// newlines, non-ASCII), nulls for unknown facts, and no credential in any export.

#include "callexporter.h"
#include "callexportformat.h"
#include "callhistoryreader.h"
#include "historyfixture.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAwkwardNote = QStringLiteral("He said \"call me\", then\r\nhung up.\nZoë – 東京 ✓");

// The player page as the widget builds it (<recordingLink>?media=<encoded contentUri>), here
// from a contentUri that carried a token, and with a token of its own, a fragment and user info.
const QString kPlayerLinkWithTokens = QStringLiteral(
    "https://user:pw@ringcentral.github.io/ringcentral-media-reader/"
    "?media=https%3A%2F%2Fmedia.example.invalid%2Frestapi%2Fv1.0%2Faccount%2F1%2Frecording%2F42"
    "%2Fcontent%3Faccess_token%3DSECRET-token-123&access_token=SECRET-token-123#frag");
// What may be exported of it: the page still opens the recording.
const QString kPlayerLink =
    QStringLiteral("https://ringcentral.github.io/ringcentral-media-reader/"
                   "?media=https%3A%2F%2Fmedia.example.invalid%2Frestapi%2Fv1.0%2Faccount%2F1"
                   "%2Frecording%2F42%2Fcontent");

// A small RFC 4180 reader, independent of the writer, to prove the output parses back.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    *ok = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size()
                && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size()
                   && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n') || c == QLatin1Char('"')) {
            *ok = false; // bare line break or quote outside a quoted field
        } else {
            field += c;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty()) {
        *ok = false; // the last record must end with CRLF
    }
    return records;
}

} // namespace

class TestExportFormat : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRecordQuoting();
    void csvRoundTrip();
    void jsonFieldsAndNulls();
    void filterApplies();
    void emptyExports();
    void fileIsPrivateAndAtomic();
    void formatNames();
    void recordingLinkKeepsItsQuery_data();
    void recordingLinkKeepsItsQuery();

private:
    QByteArray exportAll(CallExporter::Format format, const CallQuery &query = CallQuery());

    QTemporaryDir m_dir;
    CallStore m_store;
    CallHistoryReader m_reader;
};

void TestExportFormat::initTestCase() {
    const QString path = m_dir.filePath(QStringLiteral("calls.sqlite"));
    QVERIFY(m_store.open(path).ok);
    QVERIFY(HistoryFixture::generate(m_store, 20));

    // A call with everything awkward, a recording whose URL carried a token, and a bare call
    // with nothing known but its id.
    CallFacts awkward = HistoryFixture::generatedCall(1000);
    awkward.sessionId = QStringLiteral("awkward");
    awkward.startTimeMs = HistoryFixture::kNewestStartMs + 60000;
    awkward.fromName = QStringLiteral("O'Brien, \"Pat\"");
    RecordingFacts recording;
    recording.id = QStringLiteral("rec-awkward");
    recording.contentUri = QUrl(
        QStringLiteral("https://media.example.invalid/rec/content?access_token=SECRET-token-123"));
    recording.link = QUrl(kPlayerLinkWithTokens);
    awkward.recording = recording;
    QVERIFY(m_store.upsertCall(awkward).ok);
    QVERIFY(
        m_store.setNote(awkward.sessionId, QStringLiteral("Subject, with comma"), kAwkwardNote).ok);
    QVERIFY(m_store
                .setRecordingState(QStringLiteral("rec-awkward"), RecordingState::Done,
                                   QStringLiteral("/home/u/Recordings/rec, 1.mp3"), 10, 1,
                                   QString())
                .ok);
    CallFacts bare;
    bare.sessionId = QStringLiteral("bare");
    QVERIFY(m_store.upsertCall(bare, LoggedBy::CatchUp).ok);

    QVERIFY(m_reader.open(path).ok);
}

QByteArray TestExportFormat::exportAll(CallExporter::Format format, const CallQuery &query) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CallExporter exporter(m_reader);
    const CallExporter::Result result = exporter.write(query, format, &buffer);
    if (!result.ok) {
        qWarning() << result.error;
        return QByteArray();
    }
    return buffer.data();
}

void TestExportFormat::csvRecordQuoting() {
    QCOMPARE(CallExportFormat::csvRecord({QStringLiteral("a"), QStringLiteral("b c"), QString()}),
             QByteArray("a,b c,\r\n"));
    QCOMPARE(CallExportFormat::csvRecord({QStringLiteral("x,y"), QStringLiteral("say \"hi\"")}),
             QByteArray("\"x,y\",\"say \"\"hi\"\"\"\r\n"));
    QCOMPARE(CallExportFormat::csvRecord({QStringLiteral("1\n2"), QStringLiteral("3\r4")}),
             QByteArray("\"1\n2\",\"3\r4\"\r\n"));
    QCOMPARE(CallExportFormat::csvRecord({QStringLiteral("Zoë")}), QByteArray("Zo\xc3\xab\r\n"));
}

void TestExportFormat::csvRoundTrip() {
    const QByteArray csv = exportAll(CallExporter::Format::Csv);
    QVERIFY(!csv.contains("SECRET-token"));
    QVERIFY(!csv.contains("access_token"));
    bool ok = false;
    const QList<QStringList> records = parseCsv(csv, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), 1 + 22);
    const QStringList header = records.first();
    QCOMPARE(header, CallExportFormat::csvColumns());
    QCOMPARE(header.first(), QStringLiteral("sessionId"));
    QVERIFY(header.contains(QStringLiteral("from.phoneNumber")));
    QVERIFY(header.contains(QStringLiteral("recording.link")));
    for (const QStringList &record : records) {
        QCOMPARE(record.size(), header.size());
    }
    // Newest first: the awkward call, then the generated ones.
    const auto field = [&](int record, const char *name) {
        return records.at(record).at(header.indexOf(QLatin1String(name)));
    };
    QCOMPARE(field(1, "sessionId"), QStringLiteral("awkward"));
    QCOMPARE(field(1, "from.name"), QStringLiteral("O'Brien, \"Pat\""));
    QCOMPARE(field(1, "note"), kAwkwardNote);
    QCOMPARE(field(1, "subject"), QStringLiteral("Subject, with comma"));
    QCOMPARE(field(1, "startTime"), QStringLiteral("2024-03-01T12:01:00.000Z"));
    QCOMPARE(field(1, "recording.state"), QStringLiteral("done"));
    QCOMPARE(field(1, "recording.file"), QStringLiteral("/home/u/Recordings/rec, 1.mp3"));
    QCOMPARE(field(1, "recording.link"), kPlayerLink);
    QCOMPARE(field(2, "sessionId"), QStringLiteral("session-0"));
    QCOMPARE(field(2, "durationSeconds"), QStringLiteral("0"));
    QCOMPARE(field(2, "loggedBy"), QStringLiteral("auto"));
    // The bare call has no start time and sorts last; unknown fields are empty.
    QCOMPARE(field(22, "sessionId"), QStringLiteral("bare"));
    QCOMPARE(field(22, "startTime"), QString());
    QCOMPARE(field(22, "direction"), QString());
    QCOMPARE(field(22, "loggedBy"), QStringLiteral("catch-up"));
}

void TestExportFormat::jsonFieldsAndNulls() {
    const QByteArray json = exportAll(CallExporter::Format::Json);
    QVERIFY(!json.contains("SECRET-token"));
    QVERIFY(!json.contains("access_token"));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray calls = document.array();
    QCOMPARE(calls.size(), 22);
    QStringList keys{QStringLiteral("sessionId"), QStringLiteral("telephonySessionId"),
                     QStringLiteral("callLogId"), QStringLiteral("direction"),
                     QStringLiteral("from"),      QStringLiteral("to"),
                     QStringLiteral("startTime"), QStringLiteral("durationSeconds"),
                     QStringLiteral("result"),    QStringLiteral("action"),
                     QStringLiteral("subject"),   QStringLiteral("note"),
                     QStringLiteral("loggedBy"),  QStringLiteral("recording"),
                     QStringLiteral("updatedAt"), QStringLiteral("outcome"),
                     QStringLiteral("followUp")};
    keys.sort();
    for (const QJsonValue &value : calls) {
        QCOMPARE(value.toObject().keys(), keys);
    }

    const QJsonObject awkward = calls.at(0).toObject();
    QCOMPARE(awkward.value(QStringLiteral("sessionId")).toString(), QStringLiteral("awkward"));
    QCOMPARE(awkward.value(QStringLiteral("direction")).toString(), QStringLiteral("Outbound"));
    QCOMPARE(awkward.value(QStringLiteral("note")).toString(), kAwkwardNote);
    const QJsonObject from = awkward.value(QStringLiteral("from")).toObject();
    QCOMPARE(from.keys(), QStringList({QStringLiteral("name"), QStringLiteral("phoneNumber")}));
    QCOMPARE(from.value(QStringLiteral("name")).toString(), QStringLiteral("O'Brien, \"Pat\""));
    QCOMPARE(awkward.value(QStringLiteral("durationSeconds")).toInteger(), (1000 * 37) % 3600);
    QVERIFY(awkward.value(QStringLiteral("updatedAt")).toString().endsWith(QLatin1Char('Z')));
    const QJsonObject recording = awkward.value(QStringLiteral("recording")).toObject();
    QCOMPARE(recording.keys(), QStringList({QStringLiteral("file"), QStringLiteral("id"),
                                            QStringLiteral("link"), QStringLiteral("state")}));
    QCOMPARE(recording.value(QStringLiteral("id")).toString(), QStringLiteral("rec-awkward"));
    QCOMPARE(recording.value(QStringLiteral("link")).toString(), kPlayerLink);

    QVERIFY(calls.at(2).toObject().value(QStringLiteral("recording")).isNull()); // session-1

    const QJsonObject bare = calls.last().toObject();
    QCOMPARE(bare.value(QStringLiteral("sessionId")).toString(), QStringLiteral("bare"));
    for (const char *key : {"telephonySessionId", "callLogId", "direction", "startTime",
                            "durationSeconds", "result", "action", "recording"}) {
        QVERIFY2(bare.value(QLatin1String(key)).isNull(), key);
    }
    QVERIFY(bare.value(QStringLiteral("to")).toObject().value(QStringLiteral("name")).isNull());
    QCOMPARE(bare.value(QStringLiteral("note")).toString(), QString());
    QCOMPARE(bare.value(QStringLiteral("loggedBy")).toString(), QStringLiteral("catch-up"));
}

void TestExportFormat::filterApplies() {
    CallQuery query;
    query.text = QStringLiteral("東京");
    const QJsonArray calls =
        QJsonDocument::fromJson(exportAll(CallExporter::Format::Json, query)).array();
    QCOMPARE(calls.size(), 1);
    query.text.clear();
    query.withRecording = true;
    bool ok = false;
    QCOMPARE(parseCsv(exportAll(CallExporter::Format::Csv, query), &ok).size(), 1 + 1 + 4);
    QVERIFY(ok);
}

void TestExportFormat::emptyExports() {
    CallQuery nothing;
    nothing.text = QStringLiteral("no such call anywhere");
    QCOMPARE(exportAll(CallExporter::Format::Json, nothing), QByteArray("[]\n"));
    const QByteArray csv = exportAll(CallExporter::Format::Csv, nothing);
    QCOMPARE(csv, CallExportFormat::csvRecord(CallExportFormat::csvColumns()));
}

void TestExportFormat::fileIsPrivateAndAtomic() {
    const QString path = m_dir.filePath(QStringLiteral("out.json"));
    CallExporter exporter(m_reader);
    const CallExporter::Result result =
        exporter.writeFile(CallQuery(), CallExporter::formatForPath(path), path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.count, 22);
    // Group and others get nothing (0x0FFF: the user, group and other bits).
    QCOMPARE(QFileInfo(path).permissions() & 0x0FFF,
             QFileDevice::ReadUser | QFileDevice::WriteUser);
    const CallExporter::Result failed = exporter.writeFile(
        CallQuery(), CallExporter::Format::Csv, m_dir.filePath(QStringLiteral("no/such/dir.csv")));
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("dir.csv")), qPrintable(failed.error));
}

void TestExportFormat::formatNames() {
    QCOMPARE(CallExporter::formatFromName(QStringLiteral("JSON")), CallExporter::Format::Json);
    QCOMPARE(CallExporter::formatFromName(QStringLiteral("csv")), CallExporter::Format::Csv);
    QVERIFY(!CallExporter::formatFromName(QStringLiteral("xml")));
    QCOMPARE(CallExporter::formatForPath(QStringLiteral("a/b.Json")), CallExporter::Format::Json);
    QCOMPARE(CallExporter::formatForPath(QStringLiteral("a/b.txt")), CallExporter::Format::Csv);
    QCOMPARE(CallExporter::formatForPath(QStringLiteral("-")), CallExporter::Format::Csv);
}

void TestExportFormat::recordingLinkKeepsItsQuery_data() {
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("exported");
    const QString page = QStringLiteral("https://ringcentral.github.io/ringcentral-media-reader/");
    const QString media = QStringLiteral("https%3A%2F%2Fmedia.ringcentral.com%2Frestapi%2Fv1.0%"
                                         "2Faccount%2F~%2Frecording%2F7%2Fcontent");
    // The usual case: nothing secret, so the link is exported exactly as the widget gave it.
    QTest::newRow("player page") << page + QStringLiteral("?media=") + media
                                 << page + QStringLiteral("?media=") + media;
    QTest::newRow("sandbox player, more parameters")
        << page + QStringLiteral("sandbox?media=") + media + QStringLiteral("&t=1%2B2&lang=de")
        << page + QStringLiteral("sandbox?media=") + media + QStringLiteral("&t=1%2B2&lang=de");
    // Credentials go wherever they are, other parameters (also inside media) stay.
    QTest::newRow("token beside media") << page + QStringLiteral("?Access_Token=abc&media=") + media
                                        << page + QStringLiteral("?media=") + media;
    QTest::newRow("token inside media")
        << page + QStringLiteral("?media=") + media
               + QStringLiteral("%3Fx%3D1%26access_token%3Dabc&lang=de")
        << page + QStringLiteral("?media=") + media + QStringLiteral("%3Fx%3D1&lang=de");
    QTest::newRow("only a token") << QStringLiteral("https://service.example.invalid/rec?token=abc")
                                  << QStringLiteral("https://service.example.invalid/rec");
    QTest::newRow("no link") << QString() << QString();
}

void TestExportFormat::recordingLinkKeepsItsQuery() {
    QFETCH(QString, link);
    QFETCH(QString, exported);
    CallHistoryRow row;
    row.call.sessionId = QStringLiteral("s");
    row.recording.emplace();
    row.recording->recordingId = QStringLiteral("r");
    row.recording->link = QUrl(link, QUrl::StrictMode);
    const QJsonObject json = CallExportFormat::jsonObject(row);
    const QJsonValue jsonLink =
        json.value(QStringLiteral("recording")).toObject().value(QStringLiteral("link"));
    QCOMPARE(jsonLink, exported.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(exported));
    const QStringList fields = CallExportFormat::csvFields(row);
    QCOMPARE(fields.at(CallExportFormat::csvColumns().indexOf(QStringLiteral("recording.link"))),
             exported);
    QVERIFY(!fields.join(QLatin1Char(',')).contains(QStringLiteral("abc")));
}

QTEST_GUILESS_MAIN(TestExportFormat)
#include "tst_exportformat.moc"
