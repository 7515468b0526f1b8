#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace sonara::core::api {

// An RFC 9457 problem response; `field` names the offending parameter when there is one.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field = {});

// The one place that maps the core's error types to HTTP statuses.
QHttpServerResponse problemFromException(const std::exception& error);

}  // namespace sonara::core::api
