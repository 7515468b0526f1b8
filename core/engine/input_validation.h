#pragma once

#include "core/engine/capability.h"
#include "core/engine/job_inputs.h"

namespace sonara::core {

class VoiceLibrary;

// Checks a request's inputs against the capability's descriptor and returns them typed as
// JobInputs documents, or throws ValidationError whose field is the input's name. Files must
// exist and be readable; a voice is looked up in `voices` (by id or name) when given, and its
// recordings are resolved; a document is parsed (from JSON text if it arrives as a string) and
// checked against the input's schema.
JobInputs validateInputs(const CapabilityDescriptor& descriptor, const JobInputs& raw,
                         const VoiceLibrary* voices);

}  // namespace sonara::core
