#pragma once

#include "core/engine/capability.h"
#include "core/store/asset_store.h"
#include "core/store/job_store.h"

#include <QString>
#include <optional>

class QHttpServerRequest;

namespace sonara::core {
class CreditPolicy;
class EngineHost;
struct ExportCharge;
}  // namespace sonara::core

namespace sonara::core::api {

// One output of a succeeded job, as its download and its price see it.
struct JobResult {
    store::JobRecord job;
    const CapabilityDescriptor* descriptor = nullptr;
    const OutputSpec* output = nullptr;
    store::Asset asset;
};

// Throws NotFoundError for an unknown job, an output its capability does not have or did not
// make, and ValidationError naming "state" for a job that has not succeeded.
JobResult findJobResult(EngineHost& host, const QString& jobId, const QString& outputId);

// Pays for a result's bytes before they are sent: a GET is charged (once per result); a HEAD,
// which sends none, charges nothing and is only refused (402) where its GET would be.
void payForDownload(CreditPolicy& credits, const std::optional<ExportCharge>& charge,
                    const QHttpServerRequest& request);

}  // namespace sonara::core::api
