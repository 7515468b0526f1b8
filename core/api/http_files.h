#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

class QHttpServerRequest;
class QHttpServerResponder;

namespace sonara::core::api {

QByteArray mimeTypeForFormat(const QString& format);
// A LocalApiServer::Doc response kind ("binary:audio/wav|…") for downloads in these formats;
// with none given, every format a stored file may have (unknown ones as octet-stream).
QString binaryKind(const QStringList& formats = {});

// Streams a file (or the single byte range the request's `Range: bytes=...` asks for) without
// reading it whole into memory; a HEAD gets the same head and no body. With `removeAfter` the
// file is a scratch export deleted once sent. `beforeBody` runs once the request is known to be
// satisfiable, before the status line (e.g. a charge); what it throws is answered instead.
void sendFile(QHttpServerResponder&& responder, const QHttpServerRequest& request,
              const QString& path, const QByteArray& mimeType, const QString& downloadName,
              bool removeAfter, const std::function<void()>& beforeBody = {});

}  // namespace sonara::core::api
