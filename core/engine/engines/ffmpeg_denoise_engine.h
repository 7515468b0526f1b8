#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engine.h"

#include <functional>
#include <optional>

namespace sonara::core {

// Noise removal with FFmpeg's spectral (afftdn) or non-local-means (anlmdn) denoisers, an
// optional rumble high-pass and optional loudness normalisation.
class FfmpegDenoiseEngine : public Engine {
public:
    EngineInfo info() const override;
    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override;

    // The libavfilter chain the parameters select for audio whose noise sits at noiseFloorDb,
    // e.g. "highpass=f=80.0,afftdn=nr=23.0:nf=-30.0".
    static QString filterGraph(const QVariantMap& parameters, int sampleRate, double noiseFloorDb);
    // Level in dBFS that the quietest tenth of the audio stays below: the noise in its pauses.
    static double noiseFloorDb(const audio::AudioBuffer& buffer);

    // The chain `graphFor(sampleRate, noiseFloorDb)` run over the job's audio, streamed, into
    // denoised.wav at the input's length, rate and channel count, then normalised to targetLufs
    // when given. Shared by the denoise engines built on libavfilter (this one, RNNoise);
    // `retryHint` ends the error when FFmpeg fails on the file.
    using GraphFor = std::function<QString(int sampleRate, double noiseFloorDb)>;
    static QList<EngineOutput> cleanWithGraph(const ValidatedJob& job, JobContext& context,
                                              const GraphFor& graphFor,
                                              std::optional<double> targetLufs,
                                              const QString& retryHint);
};

}  // namespace sonara::core
