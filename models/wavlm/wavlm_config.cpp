#include "models/wavlm/wavlm_config.h"

#include "models/common/error.h"

namespace sonara::models {

WavLMConfig WavLMConfig::fromConfig(const Config& config) {
    if (config.getBool("add_adapter", false))
        throw Error(config.source() +
                    ": add_adapter is true; WavLM with an adapter is not supported");
    WavLMConfig c;
    c.base = Wav2Vec2Config::fromConfig(config);
    c.numBuckets = config.getInt("num_buckets", c.numBuckets);
    c.maxBucketDistance = config.getInt("max_bucket_distance", c.maxBucketDistance);
    try {
        c.validate();
    } catch (const Error& e) {
        throw Error(config.source() + ": " + e.what());
    }
    return c;
}

WavLMConfig WavLMConfig::preset(const std::string& size) {
    if (size != "base" && size != "large")
        throw Error("wavlm size must be base or large; got '" + size + "'");
    WavLMConfig c;
    c.base = Wav2Vec2Config::preset(size);
    c.base.convBias = false;
    return c;
}

int64_t WavLMConfig::samplesForFrames(int64_t frames) const {
    int64_t samples = frames;
    for (size_t i = base.convKernel.size(); i-- > 0;)
        samples = (samples - 1) * base.convStride[i] + base.convKernel[i];
    return samples;
}

int64_t WavLMConfig::framesForSamples(int64_t samples) const {
    for (size_t i = 0; i < base.convKernel.size(); ++i) {
        if (samples < base.convKernel[i])
            return 0;
        samples = (samples - base.convKernel[i]) / base.convStride[i] + 1;
    }
    return samples;
}

void WavLMConfig::validate() const {
    base.validate();
    // The bucketing halves num_buckets twice (directions, then exact vs logarithmic range).
    if (numBuckets < 4) {
        throw Error("num_buckets must be at least 4; found " + std::to_string(numBuckets));
    }
    if (maxBucketDistance <= numBuckets / 4) {
        throw Error("max_bucket_distance (" + std::to_string(maxBucketDistance) +
                    ") must exceed num_buckets / 4 (" + std::to_string(numBuckets / 4) + ")");
    }
}

}  // namespace sonara::models
