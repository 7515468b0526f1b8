#include "core/api/http_files.h"

#include "core/api/cors.h"
#include "core/api/guarded_tcp_server.h"
#include "core/api/problem.h"
#include "core/engine/errors.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <memory>
#include <optional>

namespace sonara::core::api {
namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kMaxBuffered = 1024 * 1024;

// Feeds the socket as it drains, so a large file never sits in memory whole.
class FileStreamer : public QObject {
public:
    FileStreamer(std::unique_ptr<QHttpServerResponder> responder, std::unique_ptr<QFile> file,
                 qint64 length, bool removeAfter)
        : QObject(responder->socket()),
          responder_(std::move(responder)),
          file_(std::move(file)),
          remaining_(length),
          removeAfter_(removeAfter) {
        connect(responder_->socket(), &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
        pump();
    }
    ~FileStreamer() override {
        if (removeAfter_) {
            file_->remove();
        }
    }

private:
    void pump() {
        QTcpSocket* socket = responder_->socket();
        while (remaining_ > 0 && socket->bytesToWrite() < kMaxBuffered) {
            const QByteArray chunk = file_->read(std::min(kChunkBytes, remaining_));
            if (chunk.isEmpty()) {
                socket->abort();
                break;
            }
            responder_->writeBody(chunk);
            remaining_ -= chunk.size();
        }
        if (remaining_ <= 0 || !socket->isOpen()) {
            disconnect(socket, nullptr, this, nullptr);
            deleteLater();
        }
    }

    std::unique_ptr<QHttpServerResponder> responder_;
    std::unique_ptr<QFile> file_;
    qint64 remaining_;
    bool removeAfter_;
};

// Parses a single "bytes=a-b", "bytes=a-" or "bytes=-n"; nullopt means serve the whole file
// (several ranges are allowed to be answered that way).
std::optional<std::pair<qint64, qint64>> parseRange(const QByteArray& header, qint64 size,
                                                    bool& unsatisfiable) {
    unsatisfiable = false;
    if (!header.startsWith("bytes=") || header.contains(',')) {
        return std::nullopt;
    }
    const QByteArray spec = header.mid(6).trimmed();
    const int dash = spec.indexOf('-');
    if (dash < 0) {
        return std::nullopt;
    }
    bool okStart = true;
    bool okEnd = true;
    const QByteArray startText = spec.left(dash).trimmed();
    const QByteArray endText = spec.mid(dash + 1).trimmed();
    qint64 start = 0;
    qint64 end = size - 1;
    if (startText.isEmpty()) {
        const qint64 suffix = endText.toLongLong(&okEnd);
        if (!okEnd || suffix <= 0) {
            unsatisfiable = okEnd;
            return std::nullopt;
        }
        start = std::max<qint64>(0, size - suffix);
    } else {
        start = startText.toLongLong(&okStart);
        if (!endText.isEmpty()) {
            end = std::min(end, endText.toLongLong(&okEnd));
        }
    }
    if (!okStart || !okEnd) {
        return std::nullopt;
    }
    if (start >= size || start > end) {
        unsatisfiable = true;
        return std::nullopt;
    }
    return std::make_pair(start, end);
}

}  // namespace

namespace {

const QHash<QString, QByteArray>& mediaTypes() {
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("wav"), "audio/wav"},
        {QStringLiteral("mp3"), "audio/mpeg"},
        {QStringLiteral("flac"), "audio/flac"},
        {QStringLiteral("ogg"), "audio/ogg"},
        {QStringLiteral("opus"), "audio/ogg"},
        {QStringLiteral("m4a"), "audio/mp4"},
        {QStringLiteral("mp4"), "video/mp4"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("srt"), "application/x-subrip"},
        {QStringLiteral("vtt"), "text/vtt"},
        {QStringLiteral("edl"), "text/plain; charset=utf-8"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"}};
    return types;
}

}  // namespace

QByteArray mimeTypeForFormat(const QString& format) {
    return mediaTypes().value(format.toLower(), "application/octet-stream");
}

QString binaryKind(const QStringList& formats) {
    QStringList types;
    for (const QString& format : formats.isEmpty() ? mediaTypes().keys() : formats) {
        types.append(QString::fromLatin1(mimeTypeForFormat(format)));
    }
    if (formats.isEmpty()) {
        types.append(QStringLiteral("application/octet-stream"));
    }
    types.removeDuplicates();
    types.sort();
    return QStringLiteral("binary:") + types.join(QLatin1Char('|'));
}

void sendFile(QHttpServerResponder&& responder, const QHttpServerRequest& request,
              const QString& path, const QByteArray& mimeType, const QString& downloadName,
              bool removeAfter, const std::function<void()>& beforeBody) {
    const QByteArray range = request.value("Range");
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (removeAfter) {
            QFile::remove(path);
        }
        // The stored file's path is the server's business; the client knows the download.
        throw Error(QStringLiteral("the stored file of %1 cannot be read (%2); it may have been "
                                   "removed from the data folder")
                        .arg(downloadName.isEmpty() ? QStringLiteral("this result") : downloadName,
                             file->errorString()));
    }
    const qint64 size = file->size();
    bool unsatisfiable = false;
    const auto slice = parseRange(range, size, unsatisfiable);
    if (unsatisfiable) {
        if (removeAfter) {
            file->remove();
        }
        const QHttpServerResponse refused =
            problem(QHttpServerResponse::StatusCode::RequestRangeNotSatisfiable,
                    QStringLiteral("Range not satisfiable"),
                    QStringLiteral("the file has %1 bytes; ask for a range inside it").arg(size));
        responder.writeStatusLine(refused.statusCode());
        writeCorsHeaders(responder);
        responder.writeHeader("Content-Type", refused.mimeType());
        responder.writeHeader("Content-Range", "bytes */" + QByteArray::number(size));
        responder.writeHeader("Content-Length", QByteArray::number(refused.data().size()));
        responder.writeBody(refused.data());
        return;
    }
    if (beforeBody) {
        try {
            beforeBody();
        } catch (...) {
            if (removeAfter) {
                file->remove();
            }
            throw;
        }
    }
    const qint64 start = slice ? slice->first : 0;
    const qint64 length = slice ? slice->second - slice->first + 1 : size;
    responder.writeStatusLine(slice ? QHttpServerResponder::StatusCode::PartialContent
                                    : QHttpServerResponder::StatusCode::Ok);
    writeCorsHeaders(responder);
    responder.writeHeader("Content-Type", mimeType);
    responder.writeHeader("Content-Length", QByteArray::number(length));
    responder.writeHeader("Accept-Ranges", "bytes");
    responder.writeHeader("Cache-Control", "no-store");
    if (!downloadName.isEmpty()) {
        QString safe = downloadName;
        safe.replace(QLatin1Char('"'), QLatin1Char('_'));
        responder.writeHeader("Content-Disposition",
                              "attachment; filename=\"" + safe.toUtf8() + '"');
    }
    if (slice) {
        responder.writeHeader("Content-Range", QByteArrayLiteral("bytes %1-%2/%3")
                                                   .replace("%1", QByteArray::number(slice->first))
                                                   .replace("%2", QByteArray::number(slice->second))
                                                   .replace("%3", QByteArray::number(size)));
    }
    // A HEAD's body is left out by its socket; there is no need to read the file for it.
    if (length == 0 || request.method() == QHttpServerRequest::Method::Head) {
        responder.writeBody(QByteArray());
        endOmittedBody(responder.socket());
        if (removeAfter) {
            file->remove();
        }
        return;
    }
    file->seek(start);
    new FileStreamer(std::make_unique<QHttpServerResponder>(std::move(responder)), std::move(file),
                     length, removeAfter);
}

}  // namespace sonara::core::api
