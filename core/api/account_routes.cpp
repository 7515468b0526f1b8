#include "core/account/account_error.h"
#include "core/account/service_keys.h"
#include "core/api/api_routes.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QUrl>
#include <functional>

namespace sonara::core::api {
namespace {

// Runs an account call, turning its failure into the error the API answers with.
void accountCall(const std::function<void()>& call) {
    try {
        call();
    } catch (const account::AccountError& error) {
        throw accountServiceError(error);
    }
}

QJsonObject creditsJson(EngineHost& host) {
    QJsonObject credits{{QStringLiteral("balance_seconds"), host.credits().balanceSeconds()}};
    const account::AccountStatus status = host.account().status();
    credits.insert(QStringLiteral("source"),
                   status.signedIn ? QStringLiteral("account") : QStringLiteral("local"));
    if (status.signedIn) {
        credits.insert(
            QStringLiteral("account"),
            QJsonObject{{QStringLiteral("email"), status.email},
                        {QStringLiteral("service_url"), status.serviceUrl.toString()},
                        {QStringLiteral("service_balance_seconds"), status.serviceBalanceSeconds},
                        {QStringLiteral("lease_seconds"), status.leaseSeconds},
                        {QStringLiteral("checked_at"), status.checkedAt},
                        {QStringLiteral("last_error"), status.lastError},
                        {QStringLiteral("plan"), status.plan},
                        {QStringLiteral("licence_expires_at"), status.licenceExpiresAt}});
    }
    return credits;
}

QHttpServerResponse signInAccount(EngineHost& host, const QJsonObject& body) {
    static const QStringList fields = {QStringLiteral("service_url"), QStringLiteral("email"),
                                       QStringLiteral("password")};
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!fields.contains(it.key())) {
            throw ValidationError(ValidationError::Kind::Unknown, it.key(),
                                  QStringLiteral("unknown field '%1'; a sign-in takes %2")
                                      .arg(it.key(), fields.join(QStringLiteral(", "))));
        }
    }
    for (const QString& field : fields) {
        if (!body.value(field).isString() || body.value(field).toString().isEmpty()) {
            throw ValidationError(ValidationError::Kind::Missing, field,
                                  QStringLiteral("'%1' is required, as a string").arg(field));
        }
    }
    const QUrl serviceUrl(body.value(QStringLiteral("service_url")).toString(), QUrl::StrictMode);
    if (!serviceUrl.isValid() || serviceUrl.host().isEmpty() ||
        !account::isSecureServiceUrl(serviceUrl)) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("service_url"),
                              QStringLiteral("the service URL must be https:// (or http:// to "
                                             "this computer), e.g. https://sonara.studio"));
    }
    accountCall([&] {
        host.account().signInWithPassword(serviceUrl,
                                          body.value(QStringLiteral("email")).toString(),
                                          body.value(QStringLiteral("password")).toString());
    });
    return jsonResponse(creditsJson(host));
}

}  // namespace

void addAccountRoutes(LocalApiServer& server) {
    using Plain0 = LocalApiServer::Plain0;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    server.endpoint(
        "GET", QStringLiteral("/v1/credits"),
        {QStringLiteral("The balance exports are charged to, in seconds of exported audio: "
                        "the signed-in Sonara account's (with its offline lease) or the "
                        "local one"),
         {},
         P{{200, QStringLiteral("json:Credits")}},
         {}},
        Plain0([&host](const QHttpServerRequest&) { return jsonResponse(creditsJson(host)); }));
    server.endpoint(
        "POST", QStringLiteral("/v1/account/sign-in"),
        {QStringLiteral("Sign this data folder in to a Sonara account; exports are then "
                        "charged to it (offline, to its lease)"),
         QStringLiteral("json:AccountSignIn"),
         P{{200, QStringLiteral("json:Credits")},
           {400, problemKind},
           {403, problemKind},
           {422, problemKind},
           {503, problemKind}},
         {}},
        Plain0([&server, &host](const QHttpServerRequest& request) {
            return signInAccount(host, server.jsonBody(request));
        }));
    server.endpoint(
        "POST", QStringLiteral("/v1/account/sync"),
        {QStringLiteral("Settle what was exported offline, top the offline lease up and "
                        "read the account's balance"),
         {},
         P{{200, QStringLiteral("json:Credits")}, {403, problemKind}, {503, problemKind}},
         {}},
        Plain0([&host](const QHttpServerRequest&) {
            accountCall([&host] { host.account().sync(); });
            return jsonResponse(creditsJson(host));
        }));
    server.endpoint(
        "POST", QStringLiteral("/v1/account/sign-out"),
        {QStringLiteral("Return the offline lease and sign out; exports are charged to the "
                        "local credits again"),
         {},
         P{{200, QStringLiteral("json:Credits")}},
         {}},
        Plain0([&host](const QHttpServerRequest&) {
            accountCall([&host] { host.account().signOut(); });
            return jsonResponse(creditsJson(host));
        }));
}

}  // namespace sonara::core::api
