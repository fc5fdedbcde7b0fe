#pragma once

#include "draft.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// Unsaved "Log call" notes on disk: one small JSON file (CallDock's own format, never anything
// from the web) per call in a private folder (0700, files 0600). Writes are atomic (QSaveFile),
// so a crash leaves either the previous draft or the new one, never half a file.
//
// Session ids come from the widget and are untrusted: the file name is a hash of the id, and the
// id stored inside the file must hash back to the file name to be accepted.
class DraftStore final {
    Q_DECLARE_TR_FUNCTIONS(DraftStore)
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    // `folder` is normally DataDirectory::draftsDirectory(); it is created on the first save.
    explicit DraftStore(const QString &folder);

    QString folder() const { return m_folder; }

    // Writes (or replaces) the draft of `draft.sessionId`. Returns false with a user-readable
    // reason in `error` when the id is empty or the file cannot be written.
    bool save(const Draft &draft, QString *error = nullptr) const;

    // Deletes the draft of `sessionId`. Removing a draft that does not exist succeeds.
    bool remove(const QString &sessionId, QString *error = nullptr) const;

    std::optional<Draft> load(const QString &sessionId) const;

    // Every readable draft, oldest first. Damaged or foreign files are skipped (and logged).
    QList<Draft> all() const;

    // The file that holds the draft of `sessionId` (whether or not it exists).
    QString filePath(const QString &sessionId) const;

    // Larger files are not drafts CallDock wrote; they are ignored instead of read into memory.
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

private:
    std::optional<Draft> readFile(const QString &path) const;

    QString m_folder;
};
