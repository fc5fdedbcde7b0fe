// libFuzzer target for the single-instance wire format (app/instancemessage.h): arbitrary bytes
// from a local socket, fed to the Reader in chunks the input chooses, every complete frame
// decoded both ways. Any local process can connect to the running CallDock, so this is the
// parser a hostile local program reaches. A broken promise aborts (libFuzzer reports a crash).
#include "instancemessage.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace InstanceMessage;

namespace {

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

// What the running instance does with a frame: decode it, and prove that whatever it accepted
// survives a re-encode through a fresh reader unchanged (what a second launch would send).
void checkFrame(const QByteArray &payload) {
    check(payload.size() <= qsizetype(kMaxFrameBytes));
    const std::optional<QStringList> arguments = decodeArguments(payload);
    decodeAcknowledgement(payload);
    if (!arguments) {
        return;
    }
    const QByteArray encoded = encodeArguments(*arguments);
    Reader again;
    if (encoded.size() - 4 > qsizetype(kMaxFrameBytes)) {
        // Too long to send back: the reader must refuse it, never buffer past the cap.
        check(again.feed(encoded) == Reader::Status::Invalid);
        return;
    }
    check(again.feed(encoded) == Reader::Status::Complete);
    const std::optional<QStringList> decoded = decodeArguments(again.frame());
    check(decoded.has_value() && *decoded == *arguments);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    QLoggingCategory::setFilterRules(QStringLiteral("calldock.*=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size == 0) {
        return 0;
    }
    // The first byte picks the chunk size: sockets deliver frames split anywhere.
    const qsizetype chunk = qsizetype(data[0] % 32) + 1;
    const QByteArray bytes =
        QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    Reader reader;
    bool invalid = false;
    int frames = 0;
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunk) {
        Reader::Status status = reader.feed(bytes.mid(offset, chunk));
        // A chunk can complete one frame and start the next; drain what is already buffered.
        while (status == Reader::Status::Complete) {
            ++frames;
            checkFrame(reader.frame());
            status = reader.feed(QByteArray());
        }
        if (status == Reader::Status::Invalid) {
            invalid = true;
        } else {
            // Once invalid, a reader stays invalid: the connection is dropped, never resynced.
            check(!invalid);
        }
    }
    // Every frame costs at least its 4-byte header.
    check(qsizetype(frames) * 4 <= bytes.size());

    // The same bytes as a bare payload (what decode sees after the header).
    checkFrame(bytes.left(qsizetype(kMaxFrameBytes)));
    return 0;
}
