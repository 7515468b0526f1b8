#pragma once

// What the music, sound-effect and status-clip engines share: their sampling parameters, the
// prompt and seed a job gives, loading the checkpoint, running it on the job's progress bar and
// turning its audio into buffers.

#include "core/audio/audio_buffer.h"
#include "core/engine/engine.h"
#include "core/engine/parameter.h"
#include "models/musicgen/musicgen.h"

#include <QString>
#include <cstdint>
#include <functional>
#include <memory>

namespace sonara::core::music_generation {

// Longest prompt a descriptor accepts: a paragraph describes any music; more only dilutes it.
constexpr int kMaxPromptCharacters = 500;

// Sampling: guidance scale, temperature, top-k, top-p and seed (-1: a new one each run).
ParameterSpec guidanceSpec();
ParameterSpec temperatureSpec();
ParameterSpec topKSpec();
ParameterSpec topPSpec();
ParameterSpec seedSpec();
QList<ParameterSpec> samplingSpecs();

// The job's text input `id`, trimmed; EngineError when it is empty or too long (engines can run
// without the registry's validation).
QString promptOf(const ValidatedJob& job, const QString& id = QStringLiteral("prompt"));

// The seed the job samples with: its seed parameter, or a fresh random one for -1.
uint64_t seedOf(const ValidatedJob& job);

// The checkpoint's generation options with the job's sampling parameters where it has them.
models::MusicGen::GenerateOptions samplingOptions(const models::MusicGen& model,
                                                  const ValidatedJob& job, uint64_t seed);

// The job's installed model, loaded (or reused from the job's model cache); EngineError saying
// what to do when there is none or it cannot be loaded.
std::shared_ptr<models::MusicGen> loadGenerator(const ValidatedJob& job, JobContext& context,
                                                const QString& engineTitle);

using Generation = std::function<models::MusicGen::Result(const models::ProgressFn& progress)>;

// Runs `generate` with its progress placed between `from` and `to` of the job's bar: a cancel
// stops it at the next decoding step (JobCancelled), a model error becomes an EngineError that
// names the model.
models::MusicGen::Result runGeneration(const Generation& generate, const ValidatedJob& job,
                                       JobContext& context, const QString& engineTitle, double from,
                                       double to, const QString& stage);

// Item `item` of audio [batch, channels, samples], interleaved, from sample `fromSample` on.
audio::AudioBuffer itemBuffer(const models::FloatArray& audio, int64_t item, int sampleRate,
                              int64_t fromSample = 0);

// A loop of whole bars of four beats at `bpm`, and its crossfade: one bar.
struct BarLoop {
    double bpm = 120.0;
    int bars = 1;
    double barSeconds() const { return 4 * 60.0 / bpm; }
    double seconds() const { return bars * barSeconds(); }
};

// The whole number of bars at `bpm` nearest to `seconds`, at least one.
BarLoop barLoop(double seconds, double bpm);

// `music`, at least the loop and one bar more, made to repeat without a seam: the bar after
// the loop's end crossfades (equal power) over its first bar, so the sample that follows the
// loop's last one is the one the music went on with, a bar line after the start.
audio::AudioBuffer foldLoop(const audio::AudioBuffer& music, const BarLoop& loop);

// Writes `buffer` as a 32-bit float WAV output of the job's work folder, titled for players;
// the file exists only once complete.
EngineOutput writeAudioOutput(const audio::AudioBuffer& buffer, const QString& outputId,
                              const QString& fileName, const QString& title, JobContext& context);

}  // namespace sonara::core::music_generation
