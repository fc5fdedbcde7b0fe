#include "recordingtestbed.h"

#include <QDir>

RecordingTestBed::RecordingTestBed() {
    m_ok = m_dir.isValid() && m_server.listen();
    m_store = std::make_unique<CallStore>();
    m_ok = m_ok && m_store->open(databaseFile()).ok;
    makeFetcher();
}

RecordingTestBed::~RecordingTestBed() {
    m_fetcher.reset(); // before the store it writes to
}

QString RecordingTestBed::databaseFile() const {
    return m_dir.filePath(QStringLiteral("calldock.sqlite"));
}

QString RecordingTestBed::folder() const {
    return m_dir.filePath(QStringLiteral("recordings"));
}

bool RecordingTestBed::restart() {
    m_fetcher.reset();
    m_store = std::make_unique<CallStore>();
    const bool opened = m_store->open(databaseFile()).ok;
    makeFetcher();
    return opened;
}

bool RecordingTestBed::addCall(const QString &sessionId, const QString &recordingId,
                               const QString &path, const QString &token) {
    CallFacts facts;
    facts.sessionId = sessionId;
    facts.callLogId = QStringLiteral("log-") + sessionId;
    facts.direction = CallDirection::Inbound;
    facts.fromNumber = QStringLiteral("+1 (555) 123-0001");
    facts.toNumber = QStringLiteral("+15551239999");
    facts.startTimeMs = kStartMs;
    facts.durationSeconds = 42;
    facts.result = QStringLiteral("Accepted");
    facts.isFinal = true;
    RecordingFacts recording;
    recording.id = recordingId;
    recording.contentUri = tokenUrl(path, token);
    recording.link =
        QUrl(QStringLiteral("https://service.example.invalid/recording/?id=") + recordingId);
    recording.type = QStringLiteral("Automatic");
    facts.recording = recording;
    const CallStore::UpsertResult result = m_store->upsertCall(facts);
    return result.ok;
}

QUrl RecordingTestBed::tokenUrl(const QString &path, const QString &token) const {
    QUrl url = m_server.url(path);
    url.setQuery(QStringLiteral("access_token=") + token);
    return url;
}

QStringList RecordingTestBed::folderEntries() const {
    return QDir(folder()).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

RecordingFetcher::Policy RecordingTestBed::quickPolicy() {
    RecordingFetcher::Policy policy;
    policy.transferTimeoutMs = 3000;
    policy.retryDelaysMs = {20, 20};
    policy.tokenLifetimeMs = 60000;
    policy.maxFreshUrls = 1;
    policy.freshUrlTimeoutMs = 5000;
    return policy;
}

void RecordingTestBed::makeFetcher() {
    m_fetcher = std::make_unique<RecordingFetcher>(*m_store);
    m_fetcher->setDownloadFolder(folder());
    m_fetcher->setPolicy(quickPolicy());
}

void serveRecording(TestHttpServer &server, const QString &path, const QByteArray &contentType,
                    const QByteArray &body) {
    server.route(path, [contentType, body](HttpExchange *exchange) {
        exchange->respond(200, contentType, body);
    });
}

QByteArray fakeAudio(int size) {
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        data[i] = static_cast<char>((i * 31 + i / 7) & 0xff);
    }
    return data;
}
