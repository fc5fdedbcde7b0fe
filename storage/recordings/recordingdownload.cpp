#include "recordingdownload.h"

#include "privatefiles.h"
#include "recordingfilename.h"
#include "redaction.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcRecordings, "calldock.storage.recordings")

namespace {

const QString kPartSuffix = QStringLiteral(".part");
constexpr qint64 kLowDiskSpace = 1024 * 1024;

int httpStatus(const QNetworkReply *reply) {
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    return status.isValid() ? status.toInt() : 0;
}

bool isSuccess(int status) {
    return status >= 200 && status < 300;
}

} // namespace

RecordingDownload::RecordingDownload(QNetworkAccessManager *network, const QUrl &url,
                                     const QString &folder, const QString &baseName,
                                     int transferTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_url(url)
    , m_folder(folder)
    , m_baseName(baseName)
    , m_transferTimeoutMs(transferTimeoutMs) {}

RecordingDownload::~RecordingDownload() {
    if (!m_done) {
        m_done = true;
        dropReply();
        discardPartFile();
    }
}

void RecordingDownload::start() {
    QNetworkRequest request(m_url);
    // Never follow a redirect from https to http: the media URL carries a token.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setTransferTimeout(m_transferTimeoutMs);
    // Audio does not compress, and with transparent decompression Content-Length would describe
    // the compressed body, defeating the length check.
    request.setRawHeader("Accept-Encoding", "identity");
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    qCDebug(lcRecordings) << "GET" << Redaction::url(m_url);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, &RecordingDownload::readBody);
    connect(m_reply, &QNetworkReply::finished, this, &RecordingDownload::replyFinished);
    connect(m_reply, &QNetworkReply::redirected, this, [](const QUrl &target) {
        qCDebug(lcRecordings) << "Redirected to" << Redaction::url(target);
    });
    // Remembered to tell "the certificate is not trusted" from other TLS failures; the errors
    // are never ignored.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_certificateRejected = true;
        for (const QSslError &error : errors) {
            qCInfo(lcRecordings).noquote() << "TLS:" << error.errorString();
        }
    });
}

void RecordingDownload::abort() {
    if (m_done) {
        return;
    }
    m_done = true;
    dropReply();
    discardPartFile();
}

void RecordingDownload::readBody() {
    if (m_done || !m_reply) {
        return;
    }
    if (!isSuccess(httpStatus(m_reply))) {
        m_reply->readAll(); // an error page: never written anywhere
        return;
    }
    if (!m_part.isOpen() && !openPartFile()) {
        complete({Outcome::Failed,
                  {},
                  0,
                  tr("The recording could not be saved in %1: %2")
                      .arg(QDir::toNativeSeparators(m_folder), m_part.errorString())});
        return;
    }
    const QByteArray data = m_reply->readAll();
    if (m_part.write(data) != data.size()) {
        complete(writeFailure());
        return;
    }
    m_written += data.size();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    emit progress(m_written, length.isValid() ? length.toLongLong() : -1);
}

void RecordingDownload::replyFinished() {
    if (m_done || !m_reply) {
        return;
    }
    const int status = httpStatus(m_reply);
    if (m_reply->error() != QNetworkReply::NoError || !isSuccess(status)) {
        complete(failureFromReply());
        return;
    }
    readBody();
    if (m_done) {
        return; // writing the rest failed
    }
    if (m_written == 0) {
        complete({Outcome::Retryable, {}, 0, tr("The server sent an empty recording.")});
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    complete(savePartFile(length.isValid() ? length.toLongLong() : -1));
}

bool RecordingDownload::openPartFile() {
    const QString extension =
        RecordingFileName::extensionForContentType(m_reply->rawHeader("Content-Type"));
    m_finalPath = QDir(m_folder).absoluteFilePath(m_baseName + QLatin1Char('.') + extension);
    const QString partPath = m_finalPath + kPartSuffix;
    // A leftover from a crash would block NewOnly. NewOnly (O_EXCL) then refuses to follow a
    // symlink planted at this name, and the file is created 0600 from the start.
    QFile::remove(partPath);
    m_part.setFileName(partPath);
    return m_part.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void RecordingDownload::discardPartFile() {
    const QString partPath = m_part.fileName();
    m_part.close();
    if (partPath.endsWith(kPartSuffix)) {
        QFile::remove(partPath);
    }
}

RecordingDownload::Result RecordingDownload::savePartFile(qint64 expectedBytes) {
    if (!m_part.flush()) {
        return writeFailure();
    }
    m_part.close();
    if (m_part.error() != QFileDevice::NoError) {
        return writeFailure();
    }
    if (expectedBytes >= 0 && m_written != expectedBytes) {
        qCWarning(lcRecordings).nospace() << "Length mismatch for " << Redaction::url(m_url)
                                          << ": got " << m_written << " of " << expectedBytes;
        return {Outcome::Retryable,
                {},
                0,
                tr("The download was incomplete: %1 of %2 bytes arrived.")
                    .arg(m_written)
                    .arg(expectedBytes)};
    }
    // The recording id is part of the name, so an existing file is this recording from an
    // earlier run that ended before the store was updated.
    if (QFile::exists(m_finalPath)) {
        QFile::remove(m_finalPath);
    }
    if (!m_part.rename(m_finalPath)) {
        return {Outcome::Failed,
                {},
                0,
                tr("The recording could not be saved as %1: %2")
                    .arg(QDir::toNativeSeparators(m_finalPath), m_part.errorString())};
    }
    PrivateFiles::makeFilePrivate(m_finalPath);
    return {Outcome::Saved, m_finalPath, m_written, {}};
}

RecordingDownload::Result RecordingDownload::failureFromReply() const {
    const int status = httpStatus(m_reply);
    if (status == 401 || status == 403) {
        return {Outcome::Unauthorized, {}, 0, tr("The download link has expired.")};
    }
    if (status == 404 || status == 410) {
        return {Outcome::Failed,
                {},
                0,
                tr("The server no longer has this recording (HTTP %1).").arg(status)};
    }
    if (status == 408 || status == 429 || status >= 500) {
        return {Outcome::Retryable,
                {},
                0,
                tr("The server could not send the recording right now (HTTP %1).").arg(status)};
    }
    if (status >= 300) {
        return {
            Outcome::Failed, {}, 0, tr("The server refused the download (HTTP %1).").arg(status)};
    }
    const QString host = m_url.host();
    switch (m_reply->error()) {
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() produces in Qt 6.4
    case QNetworkReply::TimeoutError:
        return m_written > 0
                   ? Result{Outcome::Retryable,
                            {},
                            0,
                            tr("The server %1 stopped sending data before the recording was "
                               "complete.")
                                .arg(host)}
                   : Result{Outcome::Retryable,
                            {},
                            0,
                            tr("The server %1 did not answer in time.").arg(host)};
    case QNetworkReply::SslHandshakeFailedError:
        // Retrying within seconds cannot fix a certificate or TLS setup; the next start tries
        // again (a captive portal or a clock that was wrong may be gone by then).
        return m_certificateRejected
                   ? Result{Outcome::Failed,
                            {},
                            0,
                            tr("The certificate of %1 is not trusted, so the recording was not "
                               "downloaded. Check the system's date and certificates, or a proxy "
                               "that intercepts secure connections.")
                                .arg(host)}
                   : Result{
                       Outcome::Failed,
                       {},
                       0,
                       tr("A secure (TLS) connection to %1 could not be established.").arg(host)};
    case QNetworkReply::RemoteHostClosedError:
        return m_written > 0
                   ? Result{Outcome::Retryable,
                            {},
                            0,
                            tr("The server %1 closed the connection before the recording was "
                               "complete.")
                                .arg(host)}
                   : Result{Outcome::Retryable,
                            {},
                            0,
                            tr("The server %1 closed the connection without sending the "
                               "recording.")
                                .arg(host)};
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return {Outcome::Retryable, {}, 0, tr("The network is not available.")};
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return {Outcome::Retryable, {}, 0, tr("The proxy server could not be used.")};
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return {Outcome::Failed,
                {},
                0,
                tr("The server redirected the download in a loop or to an unsafe address.")};
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return {Outcome::Failed, {}, 0, tr("The recording address is not supported.")};
    case QNetworkReply::HostNotFoundError:
        return {Outcome::Retryable, {}, 0, tr("The server %1 could not be found.").arg(host)};
    case QNetworkReply::ConnectionRefusedError:
        return {Outcome::Retryable, {}, 0, tr("The server %1 refused the connection.").arg(host)};
    default:
        return m_written > 0
                   ? Result{Outcome::Retryable,
                            {},
                            0,
                            tr("The connection to %1 failed before the recording was "
                               "complete.")
                                .arg(host)}
                   : Result{
                       Outcome::Retryable, {}, 0, tr("The connection to %1 failed.").arg(host)};
    }
}

RecordingDownload::Result RecordingDownload::writeFailure() const {
    const QString folder = QDir::toNativeSeparators(m_folder);
    // A short write (the disk filled up mid-call) leaves QFile without an error code; the free
    // space tells what happened.
    const QStorageInfo storage(m_folder);
    if (m_part.error() == QFileDevice::ResourceError
        || (storage.isValid() && storage.bytesTotal() > 0
            && storage.bytesAvailable() < kLowDiskSpace)) {
        return {Outcome::Failed,
                {},
                0,
                tr("The disk is full: the recording could not be saved in %1.").arg(folder)};
    }
    if (m_part.error() == QFileDevice::NoError) {
        return {Outcome::Failed,
                {},
                0,
                tr("The recording could not be written to %1. Check the free space and the "
                   "permissions of that folder.")
                    .arg(folder)};
    }
    return {Outcome::Failed,
            {},
            0,
            tr("The recording could not be saved in %1: %2").arg(folder, m_part.errorString())};
}

void RecordingDownload::complete(const Result &result) {
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_reply && m_reply->error() != QNetworkReply::NoError) {
        // Qt's own text (it may quote the URL): logs only, and redacted.
        qCInfo(lcRecordings).nospace() << "Download of " << Redaction::url(m_url) << " ended: HTTP "
                                       << httpStatus(m_reply) << ", "
                                       << Redaction::text(m_reply->errorString().replace(
                                              m_url.toString(), Redaction::url(m_url)));
    } else if (result.outcome != Outcome::Saved) {
        qCInfo(lcRecordings).nospace().noquote()
            << "Download of " << Redaction::url(m_url) << " failed: " << result.error;
    }
    dropReply();
    if (result.outcome != Outcome::Saved) {
        discardPartFile();
    }
    emit finished(result);
}

void RecordingDownload::dropReply() {
    if (!m_reply) {
        return;
    }
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning()) {
        reply->abort();
    }
    reply->deleteLater();
}
