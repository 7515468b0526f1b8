#include "app/cloud/problem.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sonara::cloud {

QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString& title,
                            const QString& detail, const QString& field) {
    QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("status"), static_cast<int>(status)},
                     {QStringLiteral("detail"), detail}};
    if (!field.isEmpty()) {
        body.insert(QStringLiteral("field"), field);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/problem+json"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact), status);
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
