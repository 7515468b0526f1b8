#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QHttpServerResponder;
class QHttpServerResponse;

namespace sonara::core::api {

// Opt-in origins for local web tools (like Ollama's OLLAMA_ORIGINS). By default no browser
// origin may call the API; origins listed by `sonara serve --allow-origin`, the
// `api_allowed_origins` setting or SONARA_ORIGINS may, with the token still required, and only
// their answers carry CORS headers.

// The setting and the environment variable that list allowed origins (comma-separated).
inline constexpr char kAllowedOriginsSetting[] = "api_allowed_origins";
inline constexpr char kAllowedOriginsVariable[] = "SONARA_ORIGINS";

// `given` (the command line's), then the setting's and the environment's origins, each checked
// to be scheme://host[:port] with scheme http or https and no path; throws ValidationError
// naming the source of a bad entry (e.g. "SONARA_ORIGINS") and what to write instead.
QStringList allowedOrigins(const QStringList& given, const QString& setting,
                           const QString& environment);

// What an answer to an allowed origin carries.
QList<QPair<QByteArray, QByteArray>> corsHeaders(const QByteArray& origin);
// The answer to a browser's preflight (OPTIONS) from an allowed origin: 204 with these.
QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray& origin);
void addCorsHeaders(QHttpServerResponse& response, const QByteArray& origin);

// Answers written straight to a responder (files, event streams, problems of streamed routes)
// learn their request's allowed origin from the scope the server opens around the handler; the
// local API answers on one thread, one handler at a time.
class CorsScope {
public:
    explicit CorsScope(QByteArray origin);
    ~CorsScope();
    CorsScope(const CorsScope&) = delete;
    CorsScope& operator=(const CorsScope&) = delete;

private:
    QByteArray previous_;
};

// Writes the CORS headers of the open scope, if any; call right after writeStatusLine.
void writeCorsHeaders(QHttpServerResponder& responder);

}  // namespace sonara::core::api
