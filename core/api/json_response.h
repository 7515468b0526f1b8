#pragma once

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sonara::core::api {

// A JSON answer of the local API.
QHttpServerResponse jsonResponse(
    const QJsonObject& object,
    QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);
// A list answer: {"<key>": [...]}.
QHttpServerResponse jsonResponse(const QJsonArray& array, const QString& key);

}  // namespace sonara::core::api
