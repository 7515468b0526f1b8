#pragma once

#include "core/engine/capability_registry.h"

#include <QJsonObject>

namespace sonara::core::store {
class AssetStore;
struct JobRecord;
}  // namespace sonara::core::store

namespace sonara::core::api {

// The job wire shape of the local API, both ways.
//
// A request names its inputs by the capability's input ids: `"inputs": {"audio": "<asset id>",
// "language": "de", "edits": {...}}`; file inputs take an uploaded asset's id (or a list of
// them). The earlier shape stays accepted: `"inputs": ["<asset id>", ...]` fills the first file
// input, and top-level `"text"` and `"voice"` fill the first text and voice inputs. Throws
// ValidationError naming the field for a body that is not shaped like this; the values
// themselves are checked by CapabilityRegistry::validate.
// A job's `label` (at most this many characters) and `metadata` (a JSON object of at most this
// many bytes as compact JSON), filed with it for the client.
constexpr int kMaxLabelLength = 200;
constexpr int kMaxMetadataBytes = 16 * 1024;

JobRequest jobRequestFromJson(const QJsonObject& body, const CapabilityRegistry& registry,
                              const store::AssetStore& assets);

// A job as the API shows it: file inputs are echoed as the asset ids the client sent (or the
// file's name when the file is not an asset), never as a path on this machine.
QJsonObject jobToJson(const store::JobRecord& job, const CapabilityRegistry& registry,
                      const store::AssetStore& assets);

}  // namespace sonara::core::api
