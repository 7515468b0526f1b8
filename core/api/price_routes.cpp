#include "core/api/api_routes.h"
#include "core/api/job_result.h"
#include "core/api/json_response.h"
#include "core/api/local_api_server.h"
#include "core/api/problem.h"
#include "core/engine/credit_policy.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"

#include <QHttpServerRequest>
#include <QJsonObject>

namespace sonara::core::api {
namespace {

// What downloading `asset` costs now, read without charging: its price under the credit rule
// (a job's result costs its duration once; the user's own files are free), whether it is paid
// already, and whether the balance covers it.
QJsonObject priceOf(EngineHost& host, const store::Asset& asset) {
    const std::optional<ExportCharge> charge = resultCharge(asset);
    const qint64 cost = charge ? CreditPolicy::costSeconds(charge->durationSeconds) : 0;
    const bool paid = charge && host.credits().isCharged(charge->idempotencyKey);
    const qint64 price = paid ? 0 : cost;
    const qint64 balance = std::max<qint64>(host.credits().balanceSeconds(), 0);
    return QJsonObject{{QStringLiteral("asset"), asset.id},
                       {QStringLiteral("cost_seconds"), cost},
                       {QStringLiteral("paid"), paid},
                       {QStringLiteral("price_seconds"), price},
                       {QStringLiteral("balance_seconds"), balance},
                       {QStringLiteral("affordable"), price <= balance},
                       {QStringLiteral("buy"), whereToBuyCredits()}};
}

}  // namespace

void addPriceRoutes(LocalApiServer& server) {
    using Plain1 = LocalApiServer::Plain1;
    using Plain2 = LocalApiServer::Plain2;
    using P = QList<QPair<int, QString>>;
    const QString problemKind = QStringLiteral("problem");
    EngineHost& host = server.host();

    server.endpoint(
        "GET", QStringLiteral("/v1/jobs/{job}/outputs/{output}/price"),
        {QStringLiteral("What downloading a result costs now, without charging: its price in "
                        "seconds, whether it is paid already and whether the balance covers it"),
         {},
         P{{200, QStringLiteral("json:Price")}, {404, problemKind}, {422, problemKind}},
         {}},
        Plain2([&host](const QString& jobId, const QString& outputId, const QHttpServerRequest&) {
            const JobResult result = findJobResult(host, jobId, outputId);
            QJsonObject price = priceOf(host, result.asset);
            price.insert(QStringLiteral("job"), jobId);
            price.insert(QStringLiteral("output"), outputId);
            return jsonResponse(price);
        }));
    server.endpoint(
        "GET", QStringLiteral("/v1/assets/{asset}/price"),
        {QStringLiteral("What downloading an asset's content costs now, without charging"),
         {},
         P{{200, QStringLiteral("json:Price")}, {404, problemKind}},
         {}},
        Plain1([&host](const QString& id, const QHttpServerRequest&) {
            const std::optional<store::Asset> asset = host.assets().find(id);
            if (!asset) {
                throw NotFoundError(
                    QStringLiteral("there is no asset %1 (GET /v1/assets lists them)").arg(id));
            }
            return jsonResponse(priceOf(host, *asset));
        }));
}

}  // namespace sonara::core::api
