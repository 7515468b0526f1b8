#pragma once

#include "core/engine/capability.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sonara::core {

namespace store {
struct Asset;
class AssetStore;
struct JobRecord;
}  // namespace store
class CreditPolicy;

// What exporting something costs and the key it is charged under, once.
struct ExportCharge {
    double durationSeconds = 0;
    QString idempotencyKey;
    QString details = QStringLiteral("{}");  // JSON recorded with the ledger entry
    QString capability = QStringLiteral("export");
};

// The key a job's output is charged under; kept on the output's asset when the job stores it.
QString resultExportKey(const QString& jobId, const QString& outputId);

// The charge for an asset's bytes: a job's result is charged under the key it was stored with,
// whatever happened to the job since; nullopt for the user's own files, which are free.
std::optional<ExportCharge> resultCharge(const store::Asset& asset);

// The one charged export: `write` puts the export at `destination`, then it is charged once;
// when the charge fails (not enough credits, the account cannot pay) the written file is removed
// and the error propagates, so no unpaid copy is left. Returns the seconds charged now (0 when
// the same key was paid before). With no charge (the user's own file) it only writes.
qint64 writeChargedExport(CreditPolicy& credits, const std::optional<ExportCharge>& charge,
                          const QString& destination, const std::function<void()>& write);

// Charges an export that is streamed rather than written (an asset's stored bytes): call before
// the first byte is sent. Returns the seconds charged now.
qint64 chargeExport(CreditPolicy& credits, const std::optional<ExportCharge>& charge);

// Writes a job's output asset to a user's file, in the format its extension names.
// Audio is re-encoded through core/audio; transcripts are rendered (json, srt, vtt, txt); videos
// are copied as the engine wrote them.
// Throws ValidationError when the extension is not one of the output's formats.
void exportOutput(const store::Asset& asset, const OutputSpec& output, const QString& destination);

// The output of `descriptor` that can be written to `destination`, by its extension.
const OutputSpec* outputForDestination(const CapabilityDescriptor& descriptor,
                                       const QString& destination);

// The file name a download of a job's output carries, e.g. "interview.denoise.flac": the first
// input's name, what was done to it, and the output when the capability has several; speech
// from text is named by its first words.
QString exportFileName(const store::JobRecord& job, const CapabilityDescriptor& descriptor,
                       const QString& outputId, const QString& format,
                       const store::AssetStore& assets);

}  // namespace sonara::core
