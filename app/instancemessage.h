#pragma once

#include <QByteArray>
#include <QStringList>

#include <optional>

// The wire format between a second CallDock launch and the running one: a 4-byte big-endian
// length followed by that many bytes of UTF-8 JSON, {"v":1,"args":[...]}. The running instance
// answers with a frame holding {"v":1,"ok":true}. Frames are capped so a stray client cannot
// make CallDock buffer without bound.
namespace InstanceMessage {

inline constexpr quint32 kMaxFrameBytes = 64 * 1024;

QByteArray encodeArguments(const QStringList &arguments);
QByteArray encodeAcknowledgement();

// Incremental reader: feed bytes as they arrive, take complete frames out.
class Reader final {
public:
    enum class Status { NeedMore, Complete, Invalid };

    Status feed(const QByteArray &bytes);
    // The payload of the complete frame (after feed() returned Complete).
    QByteArray frame() const { return m_frame; }

private:
    QByteArray m_buffer;
    QByteArray m_frame;
    bool m_invalid = false;
};

// Decoders for the payloads; nullopt when the payload is malformed.
std::optional<QStringList> decodeArguments(const QByteArray &payload);
bool decodeAcknowledgement(const QByteArray &payload);

} // namespace InstanceMessage
