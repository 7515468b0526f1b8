#include "core/audio/wav_header.h"

#include <QFile>

namespace sonara::core::audio::detail {

namespace {

constexpr quint32 kUnknownSize = 0xFFFFFFFFu;
// Real files hold a handful of chunks before their data (fmt, fact, LIST, bext, ...).
constexpr int kMaxChunks = 64;

quint32 le32(const QByteArray& bytes, int offset) {
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData()) + offset;
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

quint64 le64(const QByteArray& bytes, int offset) {
    return quint64(le32(bytes, offset)) | (quint64(le32(bytes, offset + 4)) << 32);
}

}  // namespace

std::optional<double> wavStatedSeconds(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray riff = file.read(12);
    if (riff.size() < 12 || riff.mid(8, 4) != "WAVE" ||
        (!riff.startsWith("RIFF") && !riff.startsWith("RF64")))
        return std::nullopt;

    quint32 byteRate = 0;
    quint64 ds64DataSize = 0;
    for (int chunk = 0; chunk < kMaxChunks; ++chunk) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            return std::nullopt;
        const QByteArray id = header.left(4);
        const quint32 size = le32(header, 4);
        const qint64 body = file.pos();
        if (id == "fmt " && size >= 16) {
            const QByteArray format = file.read(16);
            if (format.size() == 16)
                byteRate = le32(format, 8);
        } else if (id == "ds64" && size >= 16) {
            const QByteArray sizes = file.read(16);
            if (sizes.size() == 16)
                ds64DataSize = le64(sizes, 8);
        } else if (id == "data") {
            const quint64 dataSize = size == kUnknownSize ? ds64DataSize : size;
            if (byteRate == 0 || dataSize == 0)
                return std::nullopt;
            return static_cast<double>(dataSize) / byteRate;
        }
        // Chunks are padded to an even size.
        if (!file.seek(body + size + (size & 1u)))
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace sonara::core::audio::detail
