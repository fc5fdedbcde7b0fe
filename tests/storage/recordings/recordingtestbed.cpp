#include "recordingtestbed.h"

#include <QDir>

RecordingTestBed::RecordingTestBed() {
    m_ok = m_dir.isValid() && m_server.listen();
    m_storage = std::make_unique<StorageThread>();
    m_ok = m_ok && resultOf(m_storage->open(databaseFile())).ok;
    makeFetcher();
}

RecordingTestBed::~RecordingTestBed() {
    m_fetcher.reset(); // before the storage thread it submits to
}

QString RecordingTestBed::databaseFile() const {
    return m_dir.filePath(QStringLiteral("calldock.sqlite"));
}

QString RecordingTestBed::folder() const {
    return m_dir.filePath(QStringLiteral("recordings"));
}

bool RecordingTestBed::restart() {
    m_fetcher.reset();
    m_storage.reset(); // runs what is queued, closes the connections
    m_storage = std::make_unique<StorageThread>();
    const bool opened = resultOf(m_storage->open(databaseFile())).ok;
    makeFetcher();
    return opened;
}

std::optional<RecordingRecord> RecordingTestBed::recording(const QString &recordingId) {
    return run(
        [recordingId](StorageSession &session) { return session.store().recording(recordingId); });
}

bool RecordingTestBed::setState(const QString &recordingId, RecordingState state, int attempts,
                                const QString &error) {
    return run([=](StorageSession &session) {
        return session.store().setRecordingState(recordingId, state, {}, 0, attempts, error).ok;
    });
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
    return run([facts](StorageSession &session) { return session.store().upsertCall(facts).ok; });
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
    policy.restartRetryDelayMs = 50;
    policy.progressWriteMs = 50;
    return policy;
}

void RecordingTestBed::makeFetcher() {
    m_fetcher = std::make_unique<RecordingFetcher>(*m_storage);
    m_fetcher->setDownloadFolder(folder());
    m_fetcher->setPolicy(quickPolicy());
}

void forbidGuiThreadSql() {
    qputenv("CALLDOCK_STRICT_STORAGE_THREAD", "1");
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
