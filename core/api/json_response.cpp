#include "core/api/json_response.h"

#include <QJsonDocument>

namespace sonara::core::api {

QHttpServerResponse jsonResponse(const QJsonObject& object,
                                 QHttpServerResponse::StatusCode status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(object).toJson(QJsonDocument::Compact), status);
}

QHttpServerResponse jsonResponse(const QJsonArray& array, const QString& key) {
    return jsonResponse(QJsonObject{{key, array}});
}

}  // namespace sonara::core::api
