#include "draftstore.h"

#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDrafts, "calldock.storage.drafts")

namespace {

// Bumped when the file layout changes incompatibly; files of another version are ignored.
constexpr int kFormatVersion = 1;
const QLatin1String kSuffix(".draft.json");

QString fileNameFor(const QString &sessionId) {
    // A hash gives a fixed-length name of [0-9a-f] only: no "..", no separators, no length limit
    // problems, whatever the widget sends as id.
    const QByteArray hash =
        QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash) + kSuffix;
}

void putOptional(QJsonObject &object, const char *key, const std::optional<qint64> &value) {
    if (value) {
        object.insert(QLatin1String(key), double(*value));
    }
}

std::optional<qint64> takeOptional(const QJsonObject &object, const char *key) {
    const QJsonValue value = object.value(QLatin1String(key));
    if (!value.isDouble()) {
        return std::nullopt;
    }
    return qint64(value.toDouble());
}

QJsonObject callToJson(const CallRecord &call) {
    QJsonObject object{
        {QStringLiteral("entityId"), call.entityId},
        {QStringLiteral("telephonySessionId"), call.telephonySessionId},
        {QStringLiteral("callLogId"), call.callLogId},
        {QStringLiteral("direction"), CallDirections::wireName(call.direction)},
        {QStringLiteral("fromNumber"), call.fromNumber},
        {QStringLiteral("fromName"), call.fromName},
        {QStringLiteral("toNumber"), call.toNumber},
        {QStringLiteral("toName"), call.toName},
        {QStringLiteral("result"), call.result},
        {QStringLiteral("action"), call.action},
        {QStringLiteral("subject"), call.subject},
        {QStringLiteral("note"), call.note},
        {QStringLiteral("loggedBy"), CallTypes::loggedByText(call.loggedBy)},
        {QStringLiteral("isFinal"), call.isFinal},
    };
    putOptional(object, "startTimeMs", call.startTimeMs);
    putOptional(object, "durationSeconds", call.durationSeconds);
    return object;
}

CallRecord callFromJson(const QJsonObject &object) {
    const auto text = [&object](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    CallRecord call;
    call.entityId = text("entityId");
    call.telephonySessionId = text("telephonySessionId");
    call.callLogId = text("callLogId");
    call.direction = CallDirections::fromWireName(text("direction"));
    call.fromNumber = text("fromNumber");
    call.fromName = text("fromName");
    call.toNumber = text("toNumber");
    call.toName = text("toName");
    call.result = text("result");
    call.action = text("action");
    call.subject = text("subject");
    call.note = text("note");
    call.loggedBy = CallTypes::loggedByFromText(text("loggedBy")).value_or(LoggedBy::Auto);
    call.isFinal = object.value(QLatin1String("isFinal")).toBool();
    call.startTimeMs = takeOptional(object, "startTimeMs");
    call.durationSeconds = takeOptional(object, "durationSeconds");
    return call;
}

} // namespace

DraftStore::DraftStore(const QString &folder)
    : m_folder(QDir::cleanPath(folder)) {}

QString DraftStore::filePath(const QString &sessionId) const {
    return QDir(m_folder).filePath(fileNameFor(sessionId));
}

bool DraftStore::save(const Draft &draft, QString *error) const {
    if (draft.sessionId.isEmpty()) {
        if (error) {
            *error = tr("The draft belongs to no call.");
        }
        return false;
    }
    if (!PrivateFiles::ensurePrivateDirectory(m_folder, error)) {
        return false;
    }
    const QJsonObject object{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("sessionId"), draft.sessionId},
        {QStringLiteral("subject"), draft.subject},
        {QStringLiteral("note"), draft.note},
        {QStringLiteral("savedAtMs"), double(draft.savedAtMs)},
        {QStringLiteral("hasRecording"), draft.hasRecording},
        {QStringLiteral("alreadyLogged"), draft.alreadyLogged},
        {QStringLiteral("call"), callToJson(draft.call)},
    };
    const QString path = filePath(draft.sessionId);
    QSaveFile file(path);
    const auto fail = [&](const QString &reason) {
        qCWarning(lcDrafts) << "cannot write draft" << path << reason;
        if (error) {
            *error =
                tr("Cannot save the draft to %1: %2").arg(QDir::toNativeSeparators(path), reason);
        }
        return false;
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(file.errorString());
    }
    // Tighten the temporary file before any byte of the note is in it; the rename keeps the mode.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(QJsonDocument(object).toJson(QJsonDocument::Compact)) < 0) {
        return fail(file.errorString());
    }
    if (!file.commit()) {
        return fail(file.errorString());
    }
    PrivateFiles::makeFilePrivate(path);
    return true;
}

bool DraftStore::remove(const QString &sessionId, QString *error) const {
    const QString path = filePath(sessionId);
    if (!QFile::exists(path) || QFile::remove(path)) {
        return true;
    }
    qCWarning(lcDrafts) << "cannot remove draft" << path;
    if (error) {
        *error = tr("Cannot delete the draft %1.").arg(QDir::toNativeSeparators(path));
    }
    return false;
}

std::optional<Draft> DraftStore::load(const QString &sessionId) const {
    const QString path = filePath(sessionId);
    if (!QFile::exists(path)) {
        return std::nullopt;
    }
    return readFile(path);
}

QList<Draft> DraftStore::all() const {
    QList<Draft> drafts;
    const QStringList names = QDir(m_folder).entryList({QLatin1String("*") + kSuffix},
                                                       QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (auto draft = readFile(QDir(m_folder).filePath(name))) {
            drafts.append(std::move(*draft));
        }
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.savedAtMs < b.savedAtMs; });
    return drafts;
}

std::optional<Draft> DraftStore::readFile(const QString &path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcDrafts) << "cannot read draft" << path << file.errorString();
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        qCWarning(lcDrafts) << "ignoring oversized draft" << path << file.size();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || object.value(QLatin1String("version")).toInt() != kFormatVersion) {
        qCWarning(lcDrafts) << "ignoring unreadable draft" << path;
        return std::nullopt;
    }
    Draft draft;
    draft.sessionId = object.value(QLatin1String("sessionId")).toString();
    // A file whose id does not hash to its own name was not written by save() for that id
    // (renamed, copied, tampered with): trusting it could open a dialog for the wrong call.
    if (draft.sessionId.isEmpty() || QFileInfo(path).fileName() != fileNameFor(draft.sessionId)) {
        qCWarning(lcDrafts) << "ignoring draft with a mismatched name" << path;
        return std::nullopt;
    }
    draft.subject = object.value(QLatin1String("subject")).toString();
    draft.note = object.value(QLatin1String("note")).toString();
    draft.savedAtMs = qint64(object.value(QLatin1String("savedAtMs")).toDouble());
    draft.hasRecording = object.value(QLatin1String("hasRecording")).toBool();
    draft.alreadyLogged = object.value(QLatin1String("alreadyLogged")).toBool();
    draft.call = callFromJson(object.value(QLatin1String("call")).toObject());
    draft.call.sessionId = draft.sessionId;
    return draft;
}
