#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engine.h"
#include "core/engine/parameter.h"
#include "models/common/array.h"

#include <string>
#include <utility>
#include <vector>

namespace sonara::core::demucs_stems {

// A job's audio split by its installed Demucs model (HTDemucs or Hybrid Demucs, by the model's
// architecture): what the `separate` engines write as stems and the `denoise` engine keeps the
// voice of.
struct Separation {
    models::FloatArray stems;  // [sources, channels, frames] at modelSampleRate
    std::vector<std::string> sources;
    int modelSampleRate = 0;
    int inputSampleRate = 0;
    int inputChannels = 0;
};

ParameterSpec shiftsSpec();
ParameterSpec overlapSpec();

// Loads the job's model, reads its "audio" input at the model's rate and channels and separates
// it with the job's shifts and overlap, reporting progress over [0, progressTo]. `engineTitle`
// names the engine and `work` what it does ("separate", "clean") in errors, which name the
// user's file and never an internal path. Throws EngineError or JobCancelled.
Separation separateJobAudio(const ValidatedJob& job, JobContext& context,
                            const QString& engineTitle, const QString& work, double progressTo);

// The sources at the given indices, each scaled by its gain and summed, back at the input's rate
// and channel count.
audio::AudioBuffer mixSources(const Separation& separation,
                              const std::vector<std::pair<int, float>>& gains);

// The index of the source called `name`, or -1 when the model does not make it.
int sourceIndex(const Separation& separation, const std::string& name);

}  // namespace sonara::core::demucs_stems
