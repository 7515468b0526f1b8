#include "app/cloud/devices.h"

#include "app/cloud/cloud_crypto.h"
#include "app/cloud/cloud_database.h"
#include "app/cloud/cloud_http.h"
#include "app/cloud/cloud_support.h"

namespace sonara::cloud {
namespace {

constexpr qint64 kLicenceSeconds = 30LL * 24 * 3600;

}  // namespace

Devices::Devices(const CloudDatabase& database, const CloudConfig& config,
                 const crypto::Ed25519Signer& signer)
    : database_(database), config_(config), signer_(signer) {}

void Devices::addRoutes(Router& router, Authenticator& authenticator) {
    router.route(QStringLiteral("/v1/keys"), Method::Get,
                 [this](const QHttpServerRequest&) { return json(signingKeys().toJson()); });
    router.route(QStringLiteral("/v1/devices/activate"), Method::Post,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     const Activation activation = activate(
                         caller.accountId,
                         wire::DeviceActivation::parse(parseBody(request, config_.maxBodyBytes)));
                     return json({{QStringLiteral("licence"), activation.licence}},
                                 activation.newDevice ? Status::Created : Status::Ok);
                 });
    router.route(QStringLiteral("/v1/devices"), Method::Get,
                 [this, &authenticator](const QHttpServerRequest& request) {
                     const Caller caller = authenticator.authenticate(request);
                     return json({{QStringLiteral("devices"), list(caller.accountId)},
                                  {QStringLiteral("limit"), config_.devicesPerAccount}});
                 });
    router.routeWithId(
        QStringLiteral("/v1/devices/<arg>"), Method::Delete,
        [this, &authenticator](const QString& deviceId, const QHttpServerRequest& request) {
            deactivate(authenticator.authenticate(request).accountId, deviceId);
            return QHttpServerResponse(Status::NoContent);
        });
}

Activation Devices::activate(const QString& accountId, const wire::DeviceActivation& request) {
    WriteTransaction transaction(database_);
    transaction.lockAccount(accountId);
    Rows known = transaction.select(
        QStringLiteral("SELECT COUNT(*) AS devices, SUM(CASE WHEN device_id = ? THEN 1 ELSE 0 "
                       "END) AS this_device FROM devices WHERE account_id = ?"),
        {request.deviceId, accountId});
    known.next();
    const bool already = known.integer("this_device") > 0;
    if (!already && known.integer("devices") >= config_.devicesPerAccount) {
        throw HttpError(Status::Conflict, QStringLiteral("Device limit reached"),
                        QStringLiteral("this account already has %1 active devices: deactivate one "
                                       "first")
                            .arg(config_.devicesPerAccount));
    }
    if (!already) {
        transaction.exec(QStringLiteral("INSERT INTO devices (id, account_id, device_id, "
                                        "activated_at) VALUES (?, ?, ?, ?)"),
                         {newId(), accountId, request.deviceId, now()});
    }
    Rows account = transaction.select(QStringLiteral("SELECT plan_id FROM accounts WHERE id = ?"),
                                      {accountId});
    account.next();
    transaction.commit();
    wire::Licence licence;
    licence.accountId = accountId;
    licence.plan = account.text("plan_id");
    licence.features = {QStringLiteral("export")};
    licence.deviceId = request.deviceId;
    licence.issuedAt = now();
    licence.expiresAt = licence.issuedAt + kLicenceSeconds;
    return {signer_.signDocument(licence.toPayload()), !already};
}

QJsonArray Devices::list(const QString& accountId) const {
    return rowsAsJson(database_,
                      QStringLiteral("SELECT device_id, activated_at FROM devices WHERE "
                                     "account_id = ? ORDER BY activated_at"),
                      accountId);
}

void Devices::deactivate(const QString& accountId, const QString& deviceId) {
    WriteTransaction transaction(database_);
    QSqlQuery removed = transaction.exec(
        QStringLiteral("DELETE FROM devices WHERE account_id = ? AND device_id = ?"),
        {accountId, deviceId});
    if (removed.numRowsAffected() != 1) {
        throw HttpError(
            Status::NotFound, QStringLiteral("Not found"),
            QStringLiteral("device %1 is not active on this account").arg(deviceId.left(128)));
    }
    transaction.commit();
}

wire::SigningKeys Devices::signingKeys() const {
    // `keys` lists the current key and the retired ones by kid, the form studios trust keys in,
    // so documents signed before a rotation still verify.
    wire::SigningKeys keys;
    keys.current = {signer_.keyId(), signer_.publicKey()};
    keys.keys.append(keys.current);
    for (const QByteArray& previous : config_.signingPreviousPublicKeys) {
        keys.keys.append({wire::keyIdOf(previous), previous});
    }
    return keys;
}

}  // namespace sonara::cloud
