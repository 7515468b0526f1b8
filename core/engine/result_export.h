#pragma once

#include "core/engine/capability.h"

#include <QString>
#include <QStringList>

namespace sonara::core {

namespace store {
struct Asset;
}

// Writes a job's output asset to a user's file, in the format its extension names.
// Audio is re-encoded through core/audio; transcripts are rendered (json, srt, vtt, txt).
// Throws ValidationError when the extension is not one of the output's formats.
void exportOutput(const store::Asset& asset, const OutputSpec& output, const QString& destination);

// The output of `descriptor` that can be written to `destination`, by its extension.
const OutputSpec* outputForDestination(const CapabilityDescriptor& descriptor,
                                       const QString& destination);

}  // namespace sonara::core
