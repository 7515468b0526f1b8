#pragma once

#include "core/engine/errors.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace sonara::core::api {

// Failures of the HTTP exchange itself rather than of what a request asks for.
class RequestError : public Error {
public:
    enum class Kind { TooLarge, LengthRequired, TimedOut, Busy };
    RequestError(Kind kind, const QString& message) : Error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// An RFC 9457 problem response; `field` names the offending parameter when there is one, and
// `extensions` adds members a script can act on (RFC 9457 section 3.2).
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field = {},
                            const QJsonObject& extensions = {});

// Where a user gets more credit minutes, as the API's answers tell it.
QString whereToBuyCredits();

// The one place that maps the core's error types to HTTP statuses.
QHttpServerResponse problemFromException(const std::exception& error);

// A response as raw HTTP/1.1 bytes that close the connection, for answers given before (or
// instead of) Qt HTTP Server: timeouts, refused and streamed requests.
QByteArray rawHttpResponse(const QHttpServerResponse& response);

}  // namespace sonara::core::api
