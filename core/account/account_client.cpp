#include "core/account/account_client.h"

#include "core/account/account_error.h"
#include "core/account/service_keys.h"
#include "core/wire/problem.h"
#include "core/wire/signed_envelope.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace sonara::core::account {
namespace {

qint64 now() {
    return QDateTime::currentSecsSinceEpoch();
}

}  // namespace

AccountClient::AccountClient(QUrl baseUrl)
    : baseUrl_(std::move(baseUrl)), network_(std::make_unique<QNetworkAccessManager>()) {}

AccountClient::~AccountClient() = default;

AccountClient::Response AccountClient::send(const QByteArray& method, const QString& path,
                                            const QJsonObject& body, bool authorized) {
    QUrl url = baseUrl_;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs_);
    // Tokens and keys go only to the configured service, never where a redirect points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (authorized) {
        request.setRawHeader("Authorization", "Bearer " + tokens_.accessToken.toLatin1());
    }
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply* reply = network_->sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (response.status == 0) {
        throw AccountError(QStringLiteral("cannot reach the account service at %1 (%2): check the "
                                          "internet connection; offline exports keep using the "
                                          "lease")
                               .arg(baseUrl_.toString(), reply->errorString()));
    }
    if (response.status >= 300 && response.status < 400) {
        throw AccountError(
            QStringLiteral("the account service at %1 redirects to %2: if you trust that "
                           "address, set it as the service URL")
                .arg(baseUrl_.toString(),
                     reply->header(QNetworkRequest::LocationHeader).toUrl().toString()),
            response.status);
    }
    response.body = QJsonDocument::fromJson(reply->readAll()).object();
    return response;
}

QJsonObject AccountClient::call(const QByteArray& method, const QString& path,
                                const QJsonObject& body, bool authorized) {
    Response response = send(method, path, body, authorized);
    if (response.status == 401 && authorized && !tokens_.refreshToken.isEmpty()) {
        refresh();
        response = send(method, path, body, authorized);
    }
    if (response.status >= 400) {
        const QString detail = wire::Problem::fromJson(response.body, response.status).detail;
        throw AccountError(
            detail.isEmpty()
                ? QStringLiteral("the account service answered HTTP %1").arg(response.status)
                : detail,
            response.status);
    }
    return response.body;
}

QList<Plan> AccountClient::plans() {
    QList<Plan> result;
    for (const QJsonValue& plan : call("GET", QStringLiteral("/v1/plans"), {}, false)
                                      .value(QStringLiteral("plans"))
                                      .toArray()) {
        result.append(Plan::fromJson(plan.toObject()));
    }
    return result;
}

QString AccountClient::registerAccount(const QString& email, const QString& password) {
    return call("POST", QStringLiteral("/v1/auth/register"),
                wire::Credentials{email, password}.toJson(), false)
        .value(QStringLiteral("id"))
        .toString();
}

TokenPair AccountClient::signIn(const QString& email, const QString& password) {
    tokens_ = TokenPair::fromJson(call("POST", QStringLiteral("/v1/auth/login"),
                                       wire::Credentials{email, password}.toJson(), false));
    return tokens_;
}

TokenPair AccountClient::refresh() {
    const Response response =
        send("POST", QStringLiteral("/v1/auth/refresh"),
             {{QStringLiteral("refresh_token"), tokens_.refreshToken}}, false);
    const bool refused = response.status >= 400 && response.status < 500 &&
                         response.status != 408 && response.status != 429;
    if (refused) {
        tokens_ = {};
        throw AccountError(QStringLiteral("the session has ended: sign in again"), 401);
    }
    if (response.status != 200) {
        // A busy or failing service has not ended the session: keep the token for a retry.
        throw AccountError(
            QStringLiteral("the account service answered HTTP %1 to a token refresh: try again "
                           "later")
                .arg(response.status),
            response.status);
    }
    tokens_ = TokenPair::fromJson(response.body);
    return tokens_;
}

void AccountClient::signOut() {
    if (!tokens_.refreshToken.isEmpty()) {
        call("POST", QStringLiteral("/v1/auth/logout"),
             {{QStringLiteral("refresh_token"), tokens_.refreshToken}}, false);
    }
    tokens_ = {};
}

Profile AccountClient::profile() {
    return Profile::fromJson(call("GET", QStringLiteral("/v1/me")));
}

QByteArray AccountClient::publicKey() {
    return wire::SigningKeys::fromJson(call("GET", QStringLiteral("/v1/keys"), {}, false))
        .current.publicKey;
}

QList<QByteArray> AccountClient::signingKeys() {
    QList<QByteArray> keys;
    for (const wire::SigningKey& key :
         wire::SigningKeys::fromJson(call("GET", QStringLiteral("/v1/keys"), {}, false)).keys) {
        const QByteArray& raw = key.publicKey;
        if (raw.size() != 32 || key.keyId != wire::keyIdOf(raw)) {
            throw AccountError(
                QStringLiteral("the account service at %1 serves a malformed signing key: "
                               "check the service URL, or report it to the service's operator")
                    .arg(baseUrl_.toString()));
        }
        keys.append(raw);
    }
    if (keys.isEmpty()) {
        throw AccountError(QStringLiteral("the account service at %1 serves no signing keys: "
                                          "check the service URL")
                               .arg(baseUrl_.toString()));
    }
    return keys;
}

QUrl AccountClient::checkoutUrl(const QString& planId) {
    return QUrl(call("POST", QStringLiteral("/v1/checkout"), {{QStringLiteral("plan_id"), planId}})
                    .value(QStringLiteral("url"))
                    .toString());
}

qint64 AccountClient::recordUsage(const QString& idempotencyKey, qint64 seconds,
                                  const QString& capability) {
    return wire::UsageReceipt::fromJson(
               call("POST", QStringLiteral("/v1/usage"),
                    wire::UsageCharge{idempotencyKey, seconds, capability}.toJson()))
        .balanceSeconds;
}

QJsonObject AccountClient::requestLease(qint64 seconds, qint64 validSeconds) {
    return wire::LeaseGrant::fromJson(call("POST", QStringLiteral("/v1/leases"),
                                           wire::LeaseRequest{seconds, validSeconds}.toJson()))
        .lease;
}

Lease AccountClient::takeLease(qint64 seconds, qint64 validSeconds, const TrustedKeys& keys) {
    return verifyLease(requestLease(seconds, validSeconds), keys, now());
}

Lease AccountClient::takeLease(qint64 seconds, qint64 validSeconds, ServiceKeys& keys) {
    const QJsonObject envelope = requestLease(seconds, validSeconds);
    return verifyLease(envelope, keys.forDocument(envelope, *this), now());
}

LeaseSettlement AccountClient::settleLease(const QString& leaseId, const QList<LeaseUsage>& usage) {
    wire::LeaseSettleRequest request;
    request.usage = usage;
    for (const LeaseUsage& item : usage) {
        request.spentSeconds += item.seconds;
    }
    return LeaseSettlement::fromJson(
        call("POST", QStringLiteral("/v1/leases/%1/settle").arg(leaseId), request.toJson()));
}

QJsonObject AccountClient::requestLicence(const QString& deviceId) {
    return call("POST", QStringLiteral("/v1/devices/activate"),
                wire::DeviceActivation{deviceId}.toJson())
        .value(QStringLiteral("licence"))
        .toObject();
}

Licence AccountClient::activateDevice(const QString& deviceId, const TrustedKeys& keys) {
    return verifyLicence(requestLicence(deviceId), keys, deviceId, now());
}

Licence AccountClient::activateDevice(const QString& deviceId, ServiceKeys& keys) {
    const QJsonObject envelope = requestLicence(deviceId);
    return verifyLicence(envelope, keys.forDocument(envelope, *this), deviceId, now());
}

QString AccountClient::shareVoice(const QString& name, const QByteArray& sample) {
    return call("POST", QStringLiteral("/v1/voices/share"),
                {{QStringLiteral("name"), name},
                 {QStringLiteral("sample"), QString::fromLatin1(sample.toBase64())}})
        .value(QStringLiteral("id"))
        .toString();
}

void AccountClient::deactivateDevice(const QString& deviceId) {
    call("DELETE", QStringLiteral("/v1/devices/%1")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(deviceId))));
}

}  // namespace sonara::core::account
