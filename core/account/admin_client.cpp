#include "core/account/admin_client.h"

#include "core/account/account_error.h"
#include "core/wire/problem.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sonara::core::account {
namespace {

QJsonArray array(const QJsonObject& json, const char* name) {
    return json.value(QLatin1String(name)).toArray();
}

}  // namespace

AdminClient::AdminClient(QUrl baseUrl)
    : AccountClient(baseUrl),
      baseUrl_(std::move(baseUrl)),
      network_(std::make_unique<QNetworkAccessManager>()) {}

AdminClient::~AdminClient() = default;

void AdminClient::setBaseUrl(const QUrl& baseUrl) {
    baseUrl_ = baseUrl;
    AccountClient::setBaseUrl(baseUrl);
}

Profile AdminClient::signInAsAdmin(const QString& email, const QString& password) {
    signIn(email, password);
    const Profile me = profile();
    if (me.role != QStringLiteral("admin")) {
        signOut();
        throw AccountError(
            QStringLiteral("%1 is not an administrator of this service: sign in with an admin "
                           "account (sonara-cloud user create --admin)")
                .arg(me.email),
            403);
    }
    return me;
}

AdminClient::Answer AdminClient::send(const QByteArray& method, const QString& path,
                                      const QJsonObject& body, const QUrlQuery& query) {
    QUrl url = baseUrl_;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs_);
    request.setRawHeader("Authorization", "Bearer " + tokens().accessToken.toLatin1());
    const QByteArray payload = method == "GET" || method == "DELETE"
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = network_->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The caller may give up on a service that does not answer.
    bool cancelled = false;
    QTimer poll;
    if (cancelled_) {
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!cancelled && cancelled_()) {
                cancelled = true;
                reply->abort();
            }
        });
        poll.start(50);
    }
    loop.exec();
    poll.stop();
    reply->deleteLater();
    if (cancelled) {
        throw AccountError(QStringLiteral("cancelled"), kCancelled);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const QString service = baseUrl_.toString(QUrl::RemoveUserInfo);
        switch (reply->error()) {
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                throw AccountError(QStringLiteral("the service at %1 did not answer within %2 s")
                                       .arg(service)
                                       .arg(timeoutMs_ / 1000.0));
            case QNetworkReply::ConnectionRefusedError:
                throw AccountError(
                    QStringLiteral("nothing answers at %1: is the service running?").arg(service));
            default:
                throw AccountError(QStringLiteral("cannot reach the service at %1 (%2)")
                                       .arg(service, reply->errorString()));
        }
    }
    return {status, reply->readAll()};
}

QByteArray AdminClient::adminCallRaw(const QByteArray& method, const QString& path,
                                     const QJsonObject& body, const QUrlQuery& query) {
    Answer answer = send(method, path, body, query);
    if (answer.status == 401 && !tokens().refreshToken.isEmpty()) {
        refresh();
        answer = send(method, path, body, query);
    }
    if (answer.status >= 400) {
        const QString detail =
            wire::Problem::fromJson(QJsonDocument::fromJson(answer.body).object(), answer.status)
                .detail;
        throw AccountError(detail.isEmpty()
                               ? QStringLiteral("the service answered HTTP %1").arg(answer.status)
                               : detail,
                           answer.status);
    }
    return answer.body;
}

QJsonObject AdminClient::adminCall(const QByteArray& method, const QString& path,
                                   const QJsonObject& body, const QUrlQuery& query) {
    return QJsonDocument::fromJson(adminCallRaw(method, path, body, query)).object();
}

AdminClient::Page AdminClient::page(const QString& path, const char* listName,
                                    const QString& search, qint64 offset, int limit) {
    QUrlQuery query;
    if (!search.isEmpty()) {
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromLatin1(QUrl::toPercentEncoding(search)));
    }
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QJsonObject answer = adminCall("GET", path, {}, query);
    return {array(answer, listName),
            static_cast<qint64>(answer.value(QStringLiteral("total")).toDouble())};
}

AdminClient::Page AdminClient::users(const QString& search, qint64 offset, int limit) {
    return page(QStringLiteral("/v1/admin/users"), "users", search, offset, limit);
}

CreditAdjustment AdminClient::adjustCredits(const QString& accountId, qint64 seconds,
                                            const QString& reason, const QString& idempotencyKey) {
    return CreditAdjustment::fromJson(
        adminCall("POST", QStringLiteral("/v1/admin/users/%1/grant").arg(accountId),
                  wire::CreditGrant{seconds, reason, idempotencyKey}.toJson()));
}

void AdminClient::setSuspended(const QString& accountId, bool suspended, const QString& reason) {
    adminCall(
        "POST",
        QStringLiteral("/v1/admin/users/%1/%2")
            .arg(accountId, suspended ? QStringLiteral("suspend") : QStringLiteral("reactivate")),
        {{QStringLiteral("reason"), reason}});
}

QJsonObject AdminClient::userRecords(const QString& accountId) {
    return adminCall("GET", QStringLiteral("/v1/admin/users/%1/records").arg(accountId));
}

QJsonObject AdminClient::exportUser(const QString& accountId) {
    return adminCall("GET", QStringLiteral("/v1/admin/users/%1/export").arg(accountId));
}

AdminClient::Page AdminClient::ledger(const QString& accountId, qint64 offset, int limit) {
    return page(QStringLiteral("/v1/admin/users/%1/ledger").arg(accountId), "entries", {}, offset,
                limit);
}

void AdminClient::revokeApiKey(const QString& keyId) {
    adminCall("POST", QStringLiteral("/v1/admin/api-keys/%1/revoke").arg(keyId));
}

void AdminClient::removeDevice(const QString& deviceRowId) {
    adminCall("DELETE", QStringLiteral("/v1/admin/devices/%1").arg(deviceRowId));
}

QJsonObject AdminClient::deleteUser(const QString& accountId) {
    return adminCall("DELETE", QStringLiteral("/v1/admin/users/%1").arg(accountId))
        .value(QStringLiteral("export"))
        .toObject();
}

QJsonArray AdminClient::allPlans() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/plans")), "plans");
}

void AdminClient::savePlan(const AdminPlan& plan) {
    adminCall("PUT", QStringLiteral("/v1/admin/plans/%1").arg(plan.id), plan.toJson());
}

void AdminClient::withdrawPlan(const QString& planId) {
    adminCall("DELETE", QStringLiteral("/v1/admin/plans/%1").arg(planId));
}

AdminClient::Page AdminClient::transactions(const QString& search, qint64 offset, int limit) {
    return page(QStringLiteral("/v1/admin/transactions"), "transactions", search, offset, limit);
}

QJsonArray AdminClient::revenue(const QString& groupBy) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("by"), groupBy);
    return array(adminCall("GET", QStringLiteral("/v1/admin/reports/revenue"), {}, query), "rows");
}

QJsonArray AdminClient::usageByDay() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/reports/usage")), "rows");
}

AdminClient::Page AdminClient::auditLog(const QString& search, qint64 offset, int limit) {
    return page(QStringLiteral("/v1/admin/audit"), "entries", search, offset, limit);
}

QJsonArray AdminClient::moderationQueue() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/moderation")), "queue");
}

void AdminClient::decideVoice(const QString& shareId, bool approve, const QString& reason) {
    adminCall("POST",
              QStringLiteral("/v1/admin/moderation/%1/%2")
                  .arg(shareId, approve ? QStringLiteral("approve") : QStringLiteral("reject")),
              approve ? QJsonObject() : QJsonObject{{QStringLiteral("reason"), reason}});
}

QJsonArray AdminClient::catalog() {
    return array(adminCall("GET", QStringLiteral("/v1/catalog")), "models");
}

void AdminClient::withdrawModel(const QString& modelId) {
    adminCall("DELETE", QStringLiteral("/v1/admin/catalog/%1").arg(modelId));
}

bool AdminClient::ready() {
    return send("GET", QStringLiteral("/ready"), {}, {}).status == 200;
}

QJsonObject AdminClient::refund(const QString& purchaseId, qint64 amount, const QString& reason,
                                const QString& idempotencyKey) {
    return adminCall("POST", QStringLiteral("/v1/admin/transactions/%1/refund").arg(purchaseId),
                     {{QStringLiteral("amount"), amount},
                      {QStringLiteral("reason"), reason},
                      {QStringLiteral("idempotency_key"), idempotencyKey}});
}

QByteArray AdminClient::voiceSample(const QString& shareId) {
    return adminCallRaw("GET", QStringLiteral("/v1/admin/moderation/%1/sample").arg(shareId), {},
                        {});
}

QList<std::pair<QString, double>> AdminClient::metrics() {
    QList<std::pair<QString, double>> values;
    const QByteArray text = adminCallRaw("GET", QStringLiteral("/metrics"), {}, {});
    for (const QByteArray& line : text.split('\n')) {
        const int space = line.lastIndexOf(' ');
        if (line.isEmpty() || line.startsWith('#') || space <= 0) {
            continue;
        }
        bool ok = false;
        const double value = line.mid(space + 1).toDouble(&ok);
        if (ok) {
            values.append({QString::fromUtf8(line.left(space)), value});
        }
    }
    return values;
}

}  // namespace sonara::core::account
