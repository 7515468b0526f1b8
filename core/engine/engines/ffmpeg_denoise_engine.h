#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engine.h"

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
};

}  // namespace sonara::core
