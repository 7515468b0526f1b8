#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerResponder;

namespace sonara::core::api {

QByteArray mimeTypeForFormat(const QString& format);

// Streams a file (or the single byte range a `Range: bytes=...` header asks for) without reading
// it whole into memory. With `removeAfter` the file is a scratch export deleted once sent.
void sendFile(QHttpServerResponder&& responder, const QString& path, const QByteArray& mimeType,
              const QByteArray& range, const QString& downloadName, bool removeAfter);

}  // namespace sonara::core::api
