#include "core/api/cors.h"

#include "core/engine/errors.h"

#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QUrl>
#include <utility>

namespace sonara::core::api {
namespace {

QByteArray& currentOrigin() {
    static QByteArray origin;
    return origin;
}

// "https://tool.example:8443" as a browser sends it in Origin, or empty when `text` is not one.
QString normalisedOrigin(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty() || !url.userInfo().isEmpty() || !url.query().isEmpty() ||
        !url.fragment().isEmpty() || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        return {};
    }
    return url.toString(QUrl::RemovePath | QUrl::StripTrailingSlash);
}

void addFrom(QStringList& origins, const QStringList& entries, const QString& source) {
    for (const QString& entry : entries) {
        const QString trimmed = entry.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        const QString origin = normalisedOrigin(trimmed);
        if (origin.isEmpty()) {
            throw ValidationError(
                ValidationError::Kind::OutOfRange, source,
                QStringLiteral("%1: '%2' is not an origin; write it as a browser sends it, "
                               "scheme://host[:port] with http or https and no path, e.g. "
                               "http://localhost:5173")
                    .arg(source, trimmed));
        }
        if (!origins.contains(origin)) {
            origins.append(origin);
        }
    }
}

}  // namespace

QStringList allowedOrigins(const QStringList& given, const QString& setting,
                           const QString& environment) {
    QStringList origins;
    addFrom(origins, given, QStringLiteral("--allow-origin"));
    addFrom(origins, setting.split(QLatin1Char(',')), QString::fromLatin1(kAllowedOriginsSetting));
    addFrom(origins, environment.split(QLatin1Char(',')),
            QString::fromLatin1(kAllowedOriginsVariable));
    return origins;
}

QList<QPair<QByteArray, QByteArray>> corsHeaders(const QByteArray& origin) {
    return {{QByteArrayLiteral("Access-Control-Allow-Origin"), origin},
            {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")},
            {QByteArrayLiteral("Access-Control-Expose-Headers"),
             QByteArrayLiteral("Location, Content-Disposition, Content-Range, Accept-Ranges, "
                               "Retry-After, Allow, Idempotent-Replayed")}};
}

QList<QPair<QByteArray, QByteArray>> preflightHeaders(const QByteArray& origin) {
    return {{QByteArrayLiteral("Access-Control-Allow-Origin"), origin},
            {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")},
            {QByteArrayLiteral("Access-Control-Allow-Methods"),
             QByteArrayLiteral("GET, POST, DELETE, OPTIONS")},
            {QByteArrayLiteral("Access-Control-Allow-Headers"),
             QByteArrayLiteral("Authorization, Content-Type, Idempotency-Key, Range, "
                               "Last-Event-ID")},
            {QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600")}};
}

void addCorsHeaders(QHttpServerResponse& response, const QByteArray& origin) {
    for (const auto& [name, value] : corsHeaders(origin)) {
        response.setHeader(name, value);
    }
}

CorsScope::CorsScope(QByteArray origin) : previous_(std::exchange(currentOrigin(), origin)) {}

CorsScope::~CorsScope() {
    currentOrigin() = previous_;
}

void writeCorsHeaders(QHttpServerResponder& responder) {
    if (currentOrigin().isEmpty()) {
        return;
    }
    for (const auto& [name, value] : corsHeaders(currentOrigin())) {
        responder.writeHeader(name, value);
    }
}

}  // namespace sonara::core::api
