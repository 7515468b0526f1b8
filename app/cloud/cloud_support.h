#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class QNetworkAccessManager;
class QNetworkRequest;

namespace sonara::cloud {

class CloudDatabase;

// Seconds since the epoch, as every table stores time.
qint64 now();
// A new row id.
QString newId();
// One JSON line on stderr with the time added: the service's log.
void logLine(const QJsonObject& fields);
// Tokens and keys are stored only as this hash.
QString hashToken(const QByteArray& token);
// Every row of `sql` (one `?` bound to `value`) as JSON objects named by column: for answers
// that list a table's rows as they are (exports, listings).
QJsonArray rowsAsJson(const CloudDatabase& database, const QString& sql, const QVariant& value);

// A payment provider's answer to one of the service's requests: its HTTP status (0 when it
// could not be reached) and its JSON body.
struct ProviderReply {
    int status = 0;
    QJsonObject body;
};
// POSTs `body` and waits for the answer; for the providers' APIs.
ProviderReply postAndWait(QNetworkAccessManager& network, const QNetworkRequest& request,
                          const QByteArray& body);

}  // namespace sonara::cloud
