#include "core/account/admin_client.h"

#include "core/account/account_error.h"
#include "core/wire/problem.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sonara::core::account {
namespace {

constexpr int kTimeoutMs = 30000;

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

std::pair<int, QJsonObject> AdminClient::send(const QByteArray& method, const QString& path,
                                              const QJsonObject& body, const QUrlQuery& query) {
    QUrl url = baseUrl_;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Authorization", "Bearer " + tokens().accessToken.toLatin1());
    const QByteArray payload = method == "GET" || method == "DELETE"
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = network_->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        throw AccountError(QStringLiteral("cannot reach the account service at %1 (%2)")
                               .arg(baseUrl_.toString(), reply->errorString()));
    }
    return {status, QJsonDocument::fromJson(reply->readAll()).object()};
}

QJsonObject AdminClient::adminCall(const QByteArray& method, const QString& path,
                                   const QJsonObject& body, const QUrlQuery& query) {
    auto [status, answer] = send(method, path, body, query);
    if (status == 401 && !tokens().refreshToken.isEmpty()) {
        refresh();
        std::tie(status, answer) = send(method, path, body, query);
    }
    if (status >= 400) {
        const QString detail = wire::Problem::fromJson(answer, status).detail;
        throw AccountError(detail.isEmpty()
                               ? QStringLiteral("the account service answered HTTP %1").arg(status)
                               : detail,
                           status);
    }
    return answer;
}

QList<AdminUser> AdminClient::users(const QString& search) {
    QUrlQuery query;
    if (!search.isEmpty()) {
        query.addQueryItem(QStringLiteral("q"),
                           QString::fromLatin1(QUrl::toPercentEncoding(search)));
    }
    QList<AdminUser> result;
    for (const QJsonValue& user :
         array(adminCall("GET", QStringLiteral("/v1/admin/users"), {}, query), "users")) {
        result.append(AdminUser::fromJson(user.toObject()));
    }
    return result;
}

CreditAdjustment AdminClient::adjustCredits(const QString& accountId, qint64 seconds,
                                            const QString& reason, const QString& idempotencyKey) {
    return CreditAdjustment::fromJson(
        adminCall("POST", QStringLiteral("/v1/admin/users/%1/grant").arg(accountId),
                  wire::CreditGrant{seconds, reason, idempotencyKey}.toJson()));
}

void AdminClient::setSuspended(const QString& accountId, bool suspended) {
    adminCall("POST", QStringLiteral("/v1/admin/users/%1/%2")
                          .arg(accountId, suspended ? QStringLiteral("suspend")
                                                    : QStringLiteral("reactivate")));
}

QJsonObject AdminClient::exportUser(const QString& accountId) {
    return adminCall("GET", QStringLiteral("/v1/admin/users/%1/export").arg(accountId));
}

QList<AdminPlan> AdminClient::editablePlans() {
    QList<AdminPlan> result;
    for (const QJsonValue& plan : array(adminCall("GET", QStringLiteral("/v1/plans")), "plans")) {
        result.append(AdminPlan::fromJson(plan.toObject()));
    }
    return result;
}

void AdminClient::savePlan(const AdminPlan& plan) {
    adminCall("PUT", QStringLiteral("/v1/admin/plans/%1").arg(plan.id), plan.toJson());
}

void AdminClient::withdrawPlan(const QString& planId) {
    adminCall("DELETE", QStringLiteral("/v1/admin/plans/%1").arg(planId));
}

QJsonArray AdminClient::transactions() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/transactions")), "transactions");
}

QJsonArray AdminClient::revenue(const QString& groupBy) {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("by"), groupBy);
    return array(adminCall("GET", QStringLiteral("/v1/admin/reports/revenue"), {}, query), "rows");
}

QJsonArray AdminClient::usageByDay() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/reports/usage")), "rows");
}

QJsonArray AdminClient::auditLog() {
    return array(adminCall("GET", QStringLiteral("/v1/admin/audit")), "entries");
}

}  // namespace sonara::core::account
