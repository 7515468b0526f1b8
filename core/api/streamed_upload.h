#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace sonara::core::api {

// The file one POST /v1/assets carries, written to a scratch file and hashed as the body arrives,
// so an upload of any size never sits in memory: the whole raw body, or the first
// multipart/form-data part that has a filename.
class StreamedUpload {
public:
    // Throws ValidationError (400) for a multipart Content-Type that names no boundary.
    StreamedUpload(QString scratchDirectory, const QByteArray& contentType, const QString& rawName);
    // Deletes the scratch file unless release() took it.
    ~StreamedUpload();
    StreamedUpload(const StreamedUpload&) = delete;
    StreamedUpload& operator=(const StreamedUpload&) = delete;

    // Throws Error when the disk refuses the bytes, ValidationError for a malformed multipart body.
    void append(const QByteArray& chunk);
    // Once the whole body has arrived: throws ValidationError (400) when it held no file.
    void finish();

    const QString& name() const { return name_; }
    QString path() const { return file_.fileName(); }
    QString sha256() const { return QString::fromLatin1(hash_.result().toHex()); }
    qint64 size() const { return size_; }
    // The scratch file is the caller's from now on.
    void release() { released_ = true; }

private:
    enum class Part { BeforeDelimiter, AfterDelimiter, Headers, FileContent, OtherContent, Done };

    void appendMultipart(const QByteArray& chunk);
    // Each returns false when it needs more bytes than the buffer holds.
    bool findFirstDelimiter();
    bool readDelimiterEnd();
    bool readPartHeaders();
    bool readPartContent();
    void openScratch();
    void write(const char* data, qint64 length);

    QString scratchDirectory_;
    QString name_;
    bool multipart_ = false;
    QByteArray delimiter_;  // "\r\n--" + boundary
    QByteArray buffer_;     // multipart bytes not yet consumed
    Part part_ = Part::BeforeDelimiter;
    QFile file_;
    QCryptographicHash hash_{QCryptographicHash::Sha256};
    qint64 size_ = 0;
    bool released_ = false;
};

}  // namespace sonara::core::api
