#include "models/demucs/htdemucs_config.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// Reads the kwargs with the leniency Python's constructor has (bools where ints are meant, None
// for "use the default") and errors that name the file and the key.
class Kwargs {
public:
    explicit Kwargs(const Config& config)
        : json_(nlohmann::json::parse(config.dump())), source_(config.source()) {}

    bool has(const std::string& key) const { return json_.contains(key) && !json_[key].is_null(); }
    const nlohmann::json& at(const std::string& key) const { return json_.at(key); }

    int64_t integer(const std::string& key, int64_t fallback) const {
        if (!has(key))
            return fallback;
        const auto& v = json_[key];
        if (v.is_boolean())
            return v.get<bool>() ? 1 : 0;
        if (v.is_number_integer())
            return v.get<int64_t>();
        if (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>())
            return static_cast<int64_t>(v.get<double>());
        throw error(key, "a whole number", v);
    }
    double number(const std::string& key, double fallback) const {
        if (!has(key))
            return fallback;
        const auto& v = json_[key];
        if (v.is_number())
            return v.get<double>();
        throw error(key, "a number", v);
    }
    bool flag(const std::string& key, bool fallback) const {
        if (!has(key))
            return fallback;
        const auto& v = json_[key];
        if (v.is_boolean())
            return v.get<bool>();
        if (v.is_number_integer())
            return v.get<int64_t>() != 0;
        throw error(key, "true or false", v);
    }
    std::string text(const std::string& key, const std::string& fallback) const {
        if (!has(key))
            return fallback;
        const auto& v = json_[key];
        if (v.is_string())
            return v.get<std::string>();
        throw error(key, "a string", v);
    }
    std::vector<std::string> strings(const std::string& key) const {
        if (!has(key) || !json_[key].is_array())
            throw Error(where(key) + " must list the model's sources, e.g. [\"drums\", \"bass\"]");
        std::vector<std::string> out;
        for (const auto& item : json_[key]) {
            if (!item.is_string())
                throw error(key, "a list of source names", json_[key]);
            out.push_back(item.get<std::string>());
        }
        return out;
    }
    // Lists that default to empty: an absent key, None and [] are all "off".
    bool nonEmptyList(const std::string& key) const {
        return has(key) && (!json_[key].is_array() || !json_[key].empty());
    }

    std::string where(const std::string& key) const {
        return source_ + ": HTDemucs argument '" + key + "'";
    }
    Error error(const std::string& key, const std::string& expected,
                const nlohmann::json& found) const {
        return Error(where(key) + " must be " + expected + ", found " + found.dump());
    }
    Error unsupported(const std::string& key, const std::string& why) const {
        return Error(where(key) + " = " + json_[key].dump() + " is not supported: " + why);
    }

private:
    nlohmann::json json_;
    std::string source_;
};

// "39/5", "7" (a Fraction's text) or a plain number of seconds -> seconds and int(segment * rate).
void parseSegment(const std::string& text, int64_t rate, double& seconds, int64_t& samples,
                  const std::string& where) {
    try {
        const auto slash = text.find('/');
        if (slash == std::string::npos) {
            size_t used = 0;
            seconds = std::stod(text, &used);
            if (used != text.size())
                throw std::invalid_argument(text);
            // Python's int(float * int): the product in double precision, truncated.
            samples = static_cast<int64_t>(seconds * static_cast<double>(rate));
            return;
        }
        size_t usedNum = 0, usedDen = 0;
        const std::string numText = text.substr(0, slash), denText = text.substr(slash + 1);
        const int64_t num = std::stoll(numText, &usedNum);
        const int64_t den = std::stoll(denText, &usedDen);
        if (usedNum != numText.size() || usedDen != denText.size() || den <= 0)
            throw std::invalid_argument(text);
        seconds = static_cast<double>(num) / static_cast<double>(den);
        samples = num * rate / den;  // exact, as int(Fraction * int) is
    } catch (const std::logic_error&) {
        throw Error(where + " must be a number of seconds or a fraction such as 39/5, found '" +
                    text + "'");
    }
}

void requireGroups(int64_t channels, int64_t groups, const std::string& where) {
    if (channels % groups != 0) {
        throw Error("HTDemucs config: " + where + " has " + std::to_string(channels) +
                    " channels, not divisible into norm_groups " + std::to_string(groups));
    }
}

}  // namespace

HTDemucsConfig HTDemucsConfig::fromKwargs(const Config& config) {
    const Kwargs k(config);
    HTDemucsConfig d;
    HTDemucsConfig c;
    c.sources = k.strings("sources");
    c.audioChannels = k.integer("audio_channels", d.audioChannels);
    c.channels = k.integer("channels", d.channels);
    c.channelsTime = k.integer("channels_time", d.channelsTime);
    c.growth = k.number("growth", d.growth);
    c.nfft = k.integer("nfft", d.nfft);
    c.depth = k.integer("depth", d.depth);
    c.freqEmb = k.number("freq_emb", d.freqEmb);
    c.embScale = k.number("emb_scale", d.embScale);
    c.kernelSize = k.integer("kernel_size", d.kernelSize);
    c.timeStride = k.integer("time_stride", d.timeStride);
    c.stride = k.integer("stride", d.stride);
    c.context = k.integer("context", d.context);
    c.contextEnc = k.integer("context_enc", d.contextEnc);
    c.normStarts = k.integer("norm_starts", d.normStarts);
    c.normGroups = k.integer("norm_groups", d.normGroups);
    c.dconvMode = k.integer("dconv_mode", d.dconvMode);
    c.dconvDepth = k.integer("dconv_depth", d.dconvDepth);
    c.dconvComp = k.integer("dconv_comp", d.dconvComp);
    c.dconvInit = k.number("dconv_init", d.dconvInit);
    c.bottomChannels = k.integer("bottom_channels", d.bottomChannels);
    c.tLayers = k.integer("t_layers", d.tLayers);
    c.tHiddenScale = k.number("t_hidden_scale", d.tHiddenScale);
    c.tHeads = k.integer("t_heads", d.tHeads);
    c.tNormIn = k.flag("t_norm_in", d.tNormIn);
    c.tNormInGroup = k.integer("t_norm_in_group", d.tNormInGroup);
    c.tGroupNorm = k.integer("t_group_norm", d.tGroupNorm);
    c.tNormFirst = k.flag("t_norm_first", d.tNormFirst);
    c.tNormOut = k.integer("t_norm_out", d.tNormOut);
    c.tMaxPeriod = k.number("t_max_period", d.tMaxPeriod);
    c.tLayerScale = k.flag("t_layer_scale", d.tLayerScale);
    c.tGelu = k.flag("t_gelu", d.tGelu);
    c.tWeightPosEmbed = k.number("t_weight_pos_embed", d.tWeightPosEmbed);
    c.tCrossFirst = k.flag("t_cross_first", d.tCrossFirst);
    c.sampleRate = k.integer("samplerate", d.sampleRate);
    c.useTrainSegment = k.flag("use_train_segment", d.useTrainSegment);
    c.segmentSamples = static_cast<int64_t>(d.segmentSeconds * static_cast<double>(c.sampleRate));
    if (k.has("segment")) {
        const auto& v = k.at("segment");
        if (!v.is_number() && !v.is_string())
            throw k.error("segment", "a number of seconds or a fraction such as 39/5", v);
        c.setSegment(v.is_string() ? v.get<std::string>() : v.dump(), k.where("segment"));
    }

    // What the published models never use and this port does not implement.
    if (!k.flag("cac", true))
        throw k.unsupported("cac", "only complex-as-channels models (cac=True) are");
    if (!k.flag("rewrite", true))
        throw k.unsupported("rewrite", "the layers' 1x1 rewrite convolutions are required");
    if (k.nonEmptyList("multi_freqs"))
        throw k.unsupported("multi_freqs", "multi-band frequency layers are not implemented");
    if (k.text("t_emb", "sin") != "sin")
        throw k.unsupported("t_emb", "only the sinusoidal positional embedding is implemented");
    if (k.flag("t_sparse_self_attn", false))
        throw k.unsupported("t_sparse_self_attn", "sparse attention needs xformers kernels");
    if (k.flag("t_sparse_cross_attn", false))
        throw k.unsupported("t_sparse_cross_attn", "sparse attention needs xformers kernels");
    if (k.integer("t_sin_random_shift", 0) != 0)
        throw k.unsupported("t_sin_random_shift", "a random positional shift at inference");
    try {
        c.validate();
    } catch (const Error& e) {
        throw Error(config.source() + ": " + e.what());
    }
    return c;
}

HTDemucsConfig HTDemucsConfig::published(const std::string& name) {
    // Everything else is HTDemucs's default: 48 channels, depth 4, nfft 4096, 5 transformer
    // layers of 8 heads, norm-first with layer scale; trained on 7.8 s segments.
    HTDemucsConfig c;
    c.dconvMode = 3;
    c.segmentSeconds = 7.8;
    c.segmentSamples = 343980;  // Fraction(39, 5) * 44100
    if (name == "htdemucs" || name == "htdemucs_ft") {
        c.sources = {"drums", "bass", "other", "vocals"};
        c.bottomChannels = 512;
    } else if (name == "htdemucs_6s") {
        c.sources = {"drums", "bass", "other", "vocals", "guitar", "piano"};
    } else {
        throw Error("no published HTDemucs model is called '" + name +
                    "' (htdemucs, htdemucs_ft, htdemucs_6s)");
    }
    c.validate();
    return c;
}

void HTDemucsConfig::setSegment(const std::string& segment, const std::string& where) {
    parseSegment(segment, sampleRate, segmentSeconds, segmentSamples, where);
}

int64_t HTDemucsConfig::transformerChannels() const {
    return static_cast<int64_t>(static_cast<double>(channels) *
                                std::pow(growth, static_cast<double>(depth - 1)));
}

void HTDemucsConfig::validate() const {
    if (sources.empty())
        throw Error("HTDemucs config: sources must name at least one stem");
    if (audioChannels <= 0 || channels <= 0 || channelsTime < 0 || depth <= 0 || growth <= 0 ||
        sampleRate <= 0) {
        throw Error(
            "HTDemucs config needs positive audio_channels, channels, growth, depth and "
            "samplerate");
    }
    if (nfft < 8 || nfft % 4 != 0)
        throw Error("HTDemucs config: nfft " + std::to_string(nfft) + " must be a multiple of 4");
    if (kernelSize <= 0 || stride <= 0 || timeStride <= 0 || context < 0 || contextEnc < 0 ||
        normGroups <= 0 || dconvDepth <= 0 || dconvComp <= 0) {
        throw Error(
            "HTDemucs config needs positive kernel_size, stride, time_stride, norm_groups, "
            "dconv_depth and dconv_comp, and non-negative contexts");
    }
    // The decoders trim kernel_size / 4 samples on each side, which undoes the encoders'
    // padding only when the kernel is twice the stride (8 and 4 in every published model).
    if ((kernelSize - stride) % 2 != 0 || (kernelSize - stride) / 2 != kernelSize / 4) {
        throw Error("HTDemucs config: kernel_size " + std::to_string(kernelSize) +
                    " must be twice the stride " + std::to_string(stride));
    }
    if (dconvMode < 0 || dconvMode > 3)
        throw Error("HTDemucs config: dconv_mode must be 0, 1, 2 or 3");
    if (channels / dconvComp < 1)
        throw Error("HTDemucs config: dconv_comp leaves no channels in the residual branches");
    if (segmentSamples <= 0)
        throw Error("HTDemucs config: segment must be positive");
    if (tLayers < 0 || tHeads <= 0 || tHiddenScale <= 0 || bottomChannels < 0)
        throw Error("HTDemucs config needs t_layers >= 0 and positive t_heads and t_hidden_scale");
    const auto plans = planHTDemucsLayers(*this);
    if (tLayers > 0) {
        const int64_t width = transformerChannels();
        if (plans.back().choutZ != width ||
            (plans.back().hasTimeBranch && plans.back().chout != width)) {
            throw Error("HTDemucs config: the transformer needs both branches at " +
                        std::to_string(width) + " channels; channels_time must equal channels");
        }
        const int64_t dim = bottomChannels > 0 ? bottomChannels : width;
        if (dim % tHeads != 0 || dim % 4 != 0 || dim < 8) {
            throw Error("HTDemucs config: the transformer's width " + std::to_string(dim) +
                        " must be a multiple of 4 and of t_heads " + std::to_string(tHeads));
        }
    }
}

std::vector<HDemucsLayerPlan> planHTDemucsLayers(const HTDemucsConfig& c) {
    std::vector<HDemucsLayerPlan> plans;
    int64_t chin = c.audioChannels;
    int64_t chinZ = chin * 2;
    int64_t chout = c.channelsTime > 0 ? c.channelsTime : c.channels;
    int64_t choutZ = c.channels;
    int64_t freqs = c.nfft / 2;
    for (int64_t index = 0; index < c.depth; ++index) {
        HDemucsLayerPlan p;
        const std::string where = "layer " + std::to_string(index);
        p.norm = index >= c.normStarts;
        p.freq = freqs > 1;
        p.kernel = c.kernelSize;
        p.stride = c.stride;
        if (!p.freq) {
            if (freqs != 1) {
                throw Error("HTDemucs config: " + where +
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
        if (p.lastFreq) {
            choutZ = std::max(chout, choutZ);
            chout = choutZ;
        }
        p.hasTimeBranch = p.freq;
        p.timeKernel = c.kernelSize;
        p.timeStride = c.stride;
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
        if (p.norm) {
            requireGroups(p.choutZ, c.normGroups, where + " frequency encoder");
            requireGroups(p.decChinZ, c.normGroups, where + " frequency decoder");
            if (p.hasTimeBranch) {
                requireGroups(p.chout, c.normGroups, where + " time encoder");
                requireGroups(p.decChin, c.normGroups, where + " time decoder");
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
