#include "models/demucs/hdemucs_config.h"

#include <algorithm>

#include "models/common/error.h"

namespace sonara::models {

namespace {

void requireGroups(int64_t channels, int64_t groups, const std::string& where) {
    if (channels % groups != 0) {
        throw Error("HDemucs config: " + where + " has " + std::to_string(channels) +
                    " channels, not divisible into norm_groups " + std::to_string(groups));
    }
}

}  // namespace

HDemucsConfig HDemucsConfig::fromConfig(const Config& c) {
    HDemucsConfig d;
    HDemucsConfig cfg;
    if (c.has("sources"))
        cfg.sources = c.getStringList("sources");
    cfg.audioChannels = c.getInt("audio_channels", d.audioChannels);
    cfg.channels = c.getInt("channels", d.channels);
    cfg.growth = c.getDouble("growth", d.growth);
    cfg.nfft = c.getInt("nfft", d.nfft);
    cfg.depth = c.getInt("depth", d.depth);
    cfg.freqEmb = c.getDouble("freq_emb", d.freqEmb);
    cfg.embScale = c.getDouble("emb_scale", d.embScale);
    cfg.kernelSize = c.getInt("kernel_size", d.kernelSize);
    cfg.timeStride = c.getInt("time_stride", d.timeStride);
    cfg.stride = c.getInt("stride", d.stride);
    cfg.context = c.getInt("context", d.context);
    cfg.contextEnc = c.getInt("context_enc", d.contextEnc);
    cfg.normStarts = c.getInt("norm_starts", d.normStarts);
    cfg.normGroups = c.getInt("norm_groups", d.normGroups);
    cfg.dconvDepth = c.getInt("dconv_depth", d.dconvDepth);
    cfg.dconvComp = c.getInt("dconv_comp", d.dconvComp);
    cfg.dconvAttn = c.getInt("dconv_attn", d.dconvAttn);
    cfg.dconvLstm = c.getInt("dconv_lstm", d.dconvLstm);
    cfg.dconvInit = c.getDouble("dconv_init", d.dconvInit);
    cfg.sampleRate = c.getInt("sample_rate", d.sampleRate);
    try {
        cfg.validate();
    } catch (const Error& e) {
        throw Error(c.source() + ": " + e.what());
    }
    return cfg;
}

void HDemucsConfig::validate() const {
    if (sources.empty())
        throw Error("HDemucs config: sources must name at least one stem");
    if (audioChannels <= 0 || channels <= 0 || depth <= 0 || sampleRate <= 0 || growth <= 0) {
        throw Error(
            "HDemucs config needs positive audio_channels, channels, growth, depth and "
            "sample_rate");
    }
    if (nfft < 8 || nfft % 4 != 0)
        throw Error("HDemucs config: nfft " + std::to_string(nfft) + " must be a multiple of 4");
    if (kernelSize <= 0 || stride <= 0 || timeStride <= 0 || context < 0 || contextEnc < 0 ||
        normGroups <= 0 || dconvDepth <= 0 || dconvComp <= 0) {
        throw Error(
            "HDemucs config needs positive kernel_size, stride, time_stride, norm_groups, "
            "dconv_depth and dconv_comp, and non-negative contexts");
    }
    planLayers(*this);
}

std::vector<HDemucsLayerPlan> planLayers(const HDemucsConfig& c) {
    std::vector<HDemucsLayerPlan> plans;
    int64_t chin = c.audioChannels;
    int64_t chinZ = chin * 2;
    int64_t chout = c.channels;
    int64_t choutZ = c.channels;
    int64_t freqs = c.nfft / 2;
    for (int64_t index = 0; index < c.depth; ++index) {
        HDemucsLayerPlan p;
        const std::string where = "layer " + std::to_string(index);
        p.lstm = index >= c.dconvLstm;
        p.attn = index >= c.dconvAttn;
        p.norm = index >= c.normStarts;
        p.freq = freqs > 1;
        p.kernel = c.kernelSize;
        p.stride = c.stride;
        if (!p.freq) {
            if (freqs != 1) {
                throw Error("HDemucs config: " + where +
                            " has no frequency bins left; nfft, kernel_size and stride do not "
                            "reduce the spectrogram to one bin");
            }
            p.kernel = c.timeStride * 2;
            p.stride = c.timeStride;
        }
        if (p.freq && freqs <= c.kernelSize) {
            p.kernel = freqs;
            p.pad = false;
            p.lastFreq = true;
        }
        p.hasTimeBranch = p.freq;
        p.timeKernel = c.kernelSize;
        p.timeStride = c.stride;
        if (p.lastFreq) {
            choutZ = std::max(chout, choutZ);
            chout = choutZ;
            // torchaudio's special case for hdemucs_medium.
            if (c.nfft == 2048) {
                p.timeStride = 2;
                p.timeKernel = 4;
            }
        }
        p.chin = chin;
        p.chout = chout;
        p.chinZ = chinZ;
        p.choutZ = choutZ;
        if (index == 0) {
            chin = c.audioChannels * static_cast<int64_t>(c.sources.size());
            chinZ = chin * 2;
        }
        p.decChin = chin;
        p.decChinZ = chinZ;

        if (p.pad && (p.kernel - p.stride) % 2 != 0) {
            throw Error("HDemucs config: " + where + " kernel " + std::to_string(p.kernel) +
                        " and stride " + std::to_string(p.stride) + " do not align");
        }
        if (p.hasTimeBranch && (p.timeKernel - p.timeStride) % 2 != 0) {
            throw Error("HDemucs config: " + where + " time kernel and stride do not align");
        }
        if (p.norm) {
            requireGroups(p.choutZ, c.normGroups, where + " frequency encoder");
            requireGroups(p.decChinZ, c.normGroups, where + " frequency decoder");
            if (p.hasTimeBranch) {
                requireGroups(p.chout, c.normGroups, where + " time encoder");
                requireGroups(p.decChin, c.normGroups, where + " time decoder");
            }
        }
        if (p.attn) {
            for (int64_t channels : {p.choutZ, p.hasTimeBranch ? p.chout : p.choutZ}) {
                const int64_t hidden = channels / c.dconvComp;
                if (hidden <= 0 || hidden % 4 != 0) {
                    throw Error("HDemucs config: " + where + " attention needs its " +
                                std::to_string(hidden) + " hidden channels to split into 4 heads");
                }
            }
        }
        if (p.freq)
            freqs = freqs <= c.kernelSize ? 1 : freqs / c.stride;
        p.freqsAfter = freqs;
        plans.push_back(p);

        chin = chout;
        chinZ = choutZ;
        chout = static_cast<int64_t>(c.growth * static_cast<double>(chout));
        choutZ = static_cast<int64_t>(c.growth * static_cast<double>(choutZ));
    }
    return plans;
}

}  // namespace sonara::models
