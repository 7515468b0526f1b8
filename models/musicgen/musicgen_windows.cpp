#include "models/musicgen/musicgen_windows.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "models/common/error.h"

namespace sonara::models {

namespace {

// splitmix64: well-spread seeds for later windows from the user's one.
uint64_t windowSeed(uint64_t seed, uint64_t index) {
    if (index == 0)
        return seed;
    uint64_t z = seed + index * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

}  // namespace

std::vector<MusicgenWindow> planMusicgenWindows(int64_t promptFrames, int64_t newFrames,
                                                int64_t windowFrames, int64_t contextFrames,
                                                uint64_t seed) {
    if (newFrames < 1 || promptFrames < 0 || contextFrames < 0 || windowFrames <= contextFrames) {
        throw Error("MusicGen: cannot plan " + std::to_string(newFrames) +
                    " frames in windows of " + std::to_string(windowFrames) + " with " +
                    std::to_string(contextFrames) + " frames of context");
    }
    std::vector<MusicgenWindow> windows;
    int64_t start = promptFrames;
    const int64_t end = promptFrames + newFrames;
    while (start < end) {
        MusicgenWindow w;
        w.start = start;
        w.contextFrames = std::min(start, contextFrames);
        w.newFrames = std::min(end - start, windowFrames - w.contextFrames);
        w.seed = windowSeed(seed, windows.size());
        windows.push_back(w);
        start += w.newFrames;
    }
    return windows;
}

torch::Tensor generateWindowedCodes(MusicgenModel& model, const torch::Tensor& textHidden,
                                    const torch::Tensor& textMask, const MusicgenSampling& sampling,
                                    const std::vector<MusicgenWindow>& windows,
                                    const torch::Tensor& promptCodes, const ProgressFn& progress) {
    if (windows.empty())
        throw Error("MusicGen: no window to generate");
    const int64_t promptFrames = windows.front().start;
    const int64_t total = windows.back().start + windows.back().newFrames - promptFrames;
    torch::Tensor codes = promptCodes;
    int64_t done = 0;
    for (const auto& window : windows) {
        MusicgenSampling s = sampling;
        s.frames = window.newFrames;
        s.seed = window.seed;
        const auto context =
            window.contextFrames > 0
                ? codes.narrow(2, codes.size(2) - window.contextFrames, window.contextFrames)
                : torch::Tensor();
        const auto windowProgress = [&](double fraction, std::string_view stage) {
            const double frames = static_cast<double>(done) + fraction * window.newFrames;
            return !progress || progress(frames / static_cast<double>(total), stage);
        };
        const auto out =
            generateMusicgenCodes(model, textHidden, textMask, s, windowProgress, context);
        const auto fresh = out.narrow(2, window.contextFrames, window.newFrames);
        codes = codes.defined() && codes.size(2) > 0 ? torch::cat({codes, fresh}, 2) : fresh;
        done += window.newFrames;
    }
    return codes;
}

torch::Tensor foldLoopTail(const torch::Tensor& audio, int64_t overlap) {
    const int64_t samples = audio.size(-1);
    if (overlap < 1 || 2 * overlap > samples) {
        throw Error("MusicGen loop: a crossfade of " + std::to_string(overlap) +
                    " samples needs at least twice as many, found " + std::to_string(samples));
    }
    auto out = audio.narrow(-1, 0, samples - overlap).clone();
    const auto tail = audio.narrow(-1, samples - overlap, overlap);
    auto head = out.narrow(-1, 0, overlap);
    // Weight 0 -> 1 from the first sample: out[0] is exactly the sample that followed the kept
    // end, so the wrap-around continues the generated music.
    const auto t = torch::arange(overlap, audio.options().dtype(torch::kFloat32)) /
                   static_cast<double>(overlap);
    const auto fadeIn = torch::sin(t * (M_PI / 2)).to(audio.scalar_type());
    const auto fadeOut = torch::cos(t * (M_PI / 2)).to(audio.scalar_type());
    head.copy_(head * fadeIn + tail * fadeOut);
    return out;
}

}  // namespace sonara::models
