#include "core/api/job_result.h"

#include "core/engine/credit_policy.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/result_export.h"

#include <QHttpServerRequest>

namespace sonara::core::api {

JobResult findJobResult(EngineHost& host, const QString& jobId, const QString& outputId) {
    JobResult result;
    std::optional<store::JobRecord> job = host.jobs().job(jobId);
    if (!job) {
        throw NotFoundError(
            QStringLiteral("there is no job %1 (GET /v1/jobs lists them)").arg(jobId));
    }
    result.job = std::move(*job);
    result.descriptor = host.registry().capability(result.job.capability);
    if (result.descriptor) {
        for (const OutputSpec& spec : result.descriptor->outputs) {
            if (spec.id == outputId) {
                result.output = &spec;
            }
        }
    }
    if (!result.output) {
        throw NotFoundError(QStringLiteral("%1 jobs have no output '%2'; see the job's \"outputs\"")
                                .arg(result.job.capability, outputId));
    }
    if (result.job.state != store::JobState::Succeeded) {
        throw ValidationError(
            ValidationError::Kind::OutOfRange, QStringLiteral("state"),
            QStringLiteral("job %1 is %2; results can be downloaded once it has succeeded")
                .arg(jobId, store::jobStateName(result.job.state)));
    }
    std::optional<store::Asset> asset = host.assets().find(result.job.outputs.value(outputId));
    if (!asset) {
        throw NotFoundError(
            QStringLiteral("job %1 produced no '%2' output; it made: %3")
                .arg(jobId, outputId,
                     QStringList(result.job.outputs.keys()).join(QStringLiteral(", "))));
    }
    result.asset = std::move(*asset);
    return result;
}

void payForDownload(CreditPolicy& credits, const std::optional<ExportCharge>& charge,
                    const QHttpServerRequest& request) {
    if (request.method() != QHttpServerRequest::Method::Head) {
        chargeExport(credits, charge);
        return;
    }
    if (!charge || credits.isCharged(charge->idempotencyKey)) {
        return;
    }
    const qint64 cost = CreditPolicy::costSeconds(charge->durationSeconds);
    const qint64 balance = credits.balanceSeconds();
    if (cost > balance) {
        throw InsufficientCreditsError(cost, std::max<qint64>(balance, 0));
    }
}

}  // namespace sonara::core::api
