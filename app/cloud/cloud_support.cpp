#include "app/cloud/cloud_support.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlRecord>
#include <QUuid>

#include <cstdio>

namespace sonara::cloud {

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

QString newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void logLine(const QJsonObject& fields) {
    QJsonObject line = fields;
    line.insert(QStringLiteral("time"),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

QString hashToken(const QByteArray& token) {
    return QString::fromLatin1(crypto::sha256(token).toHex());
}

QJsonArray rowsAsJson(const CloudDatabase& database, const QString& sql, const QVariant& value) {
    QSqlQuery query = database.exec(sql, {value});
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i) {
            row.insert(record.fieldName(i), QJsonValue::fromVariant(query.value(i)));
        }
        rows.append(row);
    }
    return rows;
}

ProviderReply postAndWait(QNetworkAccessManager& network, const QNetworkRequest& request,
                          const QByteArray& body) {
    QNetworkReply* reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

}  // namespace sonara::cloud
