#include "app/cloud/problem.h"

#include "core/wire/problem.h"

namespace sonara::cloud {

QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field) {
    const wire::Problem body{static_cast<int>(status), title, detail, field, {}};
    return QHttpServerResponse(QByteArray(wire::kProblemContentType), body.toBytes(), status);
}

HttpError::HttpError(QHttpServerResponse::StatusCode status, QString title, const QString& detail,
                     QString field)
    : std::runtime_error(detail.toStdString()),
      status_(status),
      title_(std::move(title)),
      field_(std::move(field)) {}

QHttpServerResponse HttpError::response() const {
    QHttpServerResponse response = problem(status_, title_, QString::fromUtf8(what()), field_);
    if (retryAfter_ > 0) {
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter_));
    }
    return response;
}

}  // namespace sonara::cloud
