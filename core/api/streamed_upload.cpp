#include "core/api/streamed_upload.h"

#include "core/engine/errors.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace sonara::core::api {
namespace {

constexpr qsizetype kMaxPartHeaderBytes = 16 * 1024;

QByteArray headerParameter(const QByteArray& header, const QByteArray& name) {
    for (QByteArray part : header.split(';')) {
        part = part.trimmed();
        if (part.toLower().startsWith(name + '=')) {
            QByteArray value = part.mid(name.size() + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

ValidationError malformed(const QString& message) {
    return ValidationError(ValidationError::Kind::BadBody, QStringLiteral("body"), message);
}

}  // namespace

StreamedUpload::StreamedUpload(QString scratchDirectory, const QByteArray& contentType,
                               const QString& rawName)
    : scratchDirectory_(std::move(scratchDirectory)) {
    multipart_ = contentType.toLower().startsWith("multipart/form-data");
    if (!multipart_) {
        name_ = QFileInfo(rawName).fileName();
        if (name_.isEmpty()) {
            name_ = QStringLiteral("upload");
        }
        return;
    }
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        throw malformed(QStringLiteral("the multipart Content-Type names no boundary"));
    }
    delimiter_ = "\r\n--" + boundary;
    // The first delimiter may open the body without a line break before it.
    buffer_ = "\r\n";
}

StreamedUpload::~StreamedUpload() {
    if (!released_ && !file_.fileName().isEmpty()) {
        file_.remove();
    }
}

void StreamedUpload::append(const QByteArray& chunk) {
    if (multipart_) {
        appendMultipart(chunk);
        return;
    }
    if (!file_.isOpen()) {
        openScratch();
    }
    write(chunk.constData(), chunk.size());
}

void StreamedUpload::finish() {
    if (multipart_ && part_ != Part::Done) {
        throw malformed(QStringLiteral(
            "the multipart body has no part with a filename; send the file as a form field "
            "like -F file=@speech.wav"));
    }
    if (!multipart_ && size_ == 0) {
        throw malformed(QStringLiteral(
            "the upload is empty; send the file as the body (with ?filename=NAME) or as "
            "a multipart/form-data part"));
    }
    if (!file_.isOpen()) {
        openScratch();
    }
    if (!file_.flush()) {
        throw Error(QStringLiteral("cannot store the upload in %1: %2; free some disk space")
                        .arg(scratchDirectory_, file_.errorString()));
    }
    file_.close();
}

void StreamedUpload::appendMultipart(const QByteArray& chunk) {
    buffer_ += chunk;
    for (;;) {
        bool progressed = false;
        switch (part_) {
            case Part::BeforeDelimiter:
                progressed = findFirstDelimiter();
                break;
            case Part::AfterDelimiter:
                progressed = readDelimiterEnd();
                break;
            case Part::Headers:
                progressed = readPartHeaders();
                break;
            case Part::FileContent:
            case Part::OtherContent:
                progressed = readPartContent();
                break;
            case Part::Done:
                // What follows the file (other fields, the closing delimiter) is not needed.
                buffer_.clear();
                return;
        }
        if (!progressed) {
            return;
        }
    }
}

bool StreamedUpload::findFirstDelimiter() {
    const qsizetype at = buffer_.indexOf(delimiter_);
    if (at < 0) {
        // Keep only what could still be the start of the delimiter.
        buffer_ = buffer_.right(delimiter_.size() - 1);
        return false;
    }
    buffer_.remove(0, at + delimiter_.size());
    part_ = Part::AfterDelimiter;
    return true;
}

bool StreamedUpload::readDelimiterEnd() {
    if (buffer_.size() < 2) {
        return false;
    }
    if (buffer_.startsWith("--")) {
        throw malformed(QStringLiteral(
            "the multipart body has no part with a filename; send the file as a form field "
            "like -F file=@speech.wav"));
    }
    // Transport padding may follow the delimiter before its line break.
    const qsizetype lineEnd = buffer_.indexOf("\r\n");
    if (lineEnd < 0) {
        return false;
    }
    buffer_.remove(0, lineEnd + 2);
    part_ = Part::Headers;
    return true;
}

bool StreamedUpload::readPartHeaders() {
    const qsizetype end = buffer_.indexOf("\r\n\r\n");
    const bool noHeaders = buffer_.startsWith("\r\n");
    if (end < 0 && !noHeaders) {
        if (buffer_.size() > kMaxPartHeaderBytes) {
            throw malformed(QStringLiteral("a multipart part's headers exceed 16 KiB"));
        }
        return false;
    }
    const QByteArray headers = noHeaders ? QByteArray() : buffer_.left(end);
    buffer_.remove(0, noHeaders ? 2 : end + 4);
    QByteArray filename;
    for (const QByteArray& line : headers.split('\n')) {
        if (line.trimmed().toLower().startsWith("content-disposition:")) {
            filename = headerParameter(line.trimmed(), "filename");
        }
    }
    if (filename.isEmpty()) {
        part_ = Part::OtherContent;
        return true;
    }
    name_ = QFileInfo(QString::fromUtf8(filename)).fileName();
    openScratch();
    part_ = Part::FileContent;
    return true;
}

bool StreamedUpload::readPartContent() {
    const qsizetype at = buffer_.indexOf(delimiter_);
    // Without a delimiter, all but its possible beginning is content.
    const qsizetype contentEnd =
        at >= 0 ? at : std::max<qsizetype>(0, buffer_.size() - (delimiter_.size() - 1));
    if (part_ == Part::FileContent) {
        write(buffer_.constData(), contentEnd);
    }
    if (at < 0) {
        buffer_.remove(0, contentEnd);
        return false;
    }
    buffer_.remove(0, at + delimiter_.size());
    part_ = part_ == Part::FileContent ? Part::Done : Part::AfterDelimiter;
    return true;
}

void StreamedUpload::openScratch() {
    QDir().mkpath(scratchDirectory_);
    const QString suffix = QFileInfo(name_).suffix();
    file_.setFileName(QDir(scratchDirectory_)
                          .filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) +
                                    (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix)));
    if (!file_.open(QIODevice::WriteOnly)) {
        throw Error(QStringLiteral("cannot store the upload in %1: %2; free some disk space")
                        .arg(scratchDirectory_, file_.errorString()));
    }
}

void StreamedUpload::write(const char* data, qint64 length) {
    if (length <= 0) {
        return;
    }
    if (file_.write(data, length) != length) {
        throw Error(QStringLiteral("cannot store the upload in %1: %2; free some disk space")
                        .arg(scratchDirectory_, file_.errorString()));
    }
    hash_.addData(QByteArrayView(data, length));
    size_ += length;
}

}  // namespace sonara::core::api
