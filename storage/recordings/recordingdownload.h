#pragma once

#include <QFile>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

Q_DECLARE_LOGGING_CATEGORY(lcRecordings)

// One HTTP GET of one recording into a folder; the building block of RecordingFetcher, which
// decides about retries. The body goes to "<final name>.part" (created 0600), is checked against
// Content-Length and only then renamed to its final name, so a reader never sees a partial
// recording under the final name and a failed download leaves no file behind.
//
// The URL (with its access token) stays in memory; it is logged only through Redaction::url and
// the user-readable errors are fixed texts, never Qt's error strings (they may quote the URL).
class RecordingDownload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingDownload)

public:
    enum class Outcome {
        Saved,        // the file is complete at Result::filePath
        Unauthorized, // HTTP 401/403: the token expired; a fresh URL may help
        Retryable,    // network error, timeout, server error, incomplete body
        // Retrying now cannot help: local disk or permission error, 404, bad redirect, TLS.
        Failed,
    };

    struct Result {
        Outcome outcome = Outcome::Failed;
        QString filePath; // absolute, when Saved
        qint64 sizeBytes = 0;
        QString error; // user-readable, empty when Saved
    };

    // `baseName` is the final file name without extension; the extension follows the response's
    // Content-Type. `transferTimeoutMs` aborts the transfer when no data arrives for that long.
    RecordingDownload(QNetworkAccessManager *network, const QUrl &url, const QString &folder,
                      const QString &baseName, int transferTimeoutMs, QObject *parent = nullptr);
    // Aborts a running transfer and removes its partial file.
    ~RecordingDownload() override;

    void start();
    QUrl url() const { return m_url; }
    // Stops the transfer and removes the partial file; finished() is not emitted.
    void abort();

signals:
    void progress(qint64 receivedBytes, qint64 totalBytes); // total -1 when unknown
    // Emitted once; the receiver may delete the download (deleteLater) from the slot.
    void finished(const RecordingDownload::Result &result);

private:
    void readBody();
    void replyFinished();
    bool openPartFile();
    void discardPartFile();
    Result savePartFile(qint64 expectedBytes);
    Result failureFromReply() const;
    Result writeFailure() const; // after the part file was opened
    void complete(const Result &result);
    void dropReply();

    QNetworkAccessManager *m_network;
    QUrl m_url;
    QString m_folder;
    QString m_baseName;
    int m_transferTimeoutMs;
    QPointer<QNetworkReply> m_reply;
    QFile m_part;
    QString m_finalPath;
    qint64 m_written = 0;
    bool m_writeFailed = false;
    bool m_certificateRejected = false; // sslErrors() came: the TLS failure is the certificate
    bool m_done = false;
};
