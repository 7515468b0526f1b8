#include "models/whisper/whisper_fallback.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#ifdef SONARA_HAVE_ZLIB
#include <zlib.h>

#include "models/common/error.h"
#else
#include <cmath>
#include <map>
#include <utility>
#endif

namespace sonara::models {

#ifdef SONARA_HAVE_ZLIB

size_t compressedSize(const std::string& text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::vector<Bytef> out(size);
    const int status = compress(out.data(), &size, reinterpret_cast<const Bytef*>(text.data()),
                                static_cast<uLong>(text.size()));
    if (status != Z_OK)
        throw Error("zlib could not compress " + std::to_string(text.size()) +
                    " bytes of transcript (status " + std::to_string(status) + ")");
    return size;
}

#else

namespace {

struct Lz77Token {
    int length = 0;  // 0: a literal
    int distance = 0;
    unsigned char literal = 0;
};

constexpr int kMinMatch = 3, kMaxMatch = 258, kWindow = 32768;

std::vector<Lz77Token> greedyLz77(const std::string& text) {
    std::vector<Lz77Token> out;
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n;) {
        int best = 0, bestDistance = 0;
        for (int j = std::max(0, i - kWindow); j < i; ++j) {
            int length = 0;
            while (i + length < n && length < kMaxMatch && text[j + length] == text[i + length])
                ++length;
            if (length > 0 && length >= best) {
                best = length;
                bestDistance = i - j;
            }
        }
        if (best >= kMinMatch) {
            out.push_back({best, bestDistance, 0});
            i += best;
        } else {
            out.push_back({0, 0, static_cast<unsigned char>(text[i])});
            ++i;
        }
    }
    return out;
}

// Deflate's extra bits for a match length and distance.
int lengthExtraBits(int length) {
    if (length < 11 || length == kMaxMatch)
        return 0;
    return std::min(5, static_cast<int>(std::log2((length - 3) / 4.0)));
}
int distanceExtraBits(int distance) {
    return distance <= 4 ? 0 : static_cast<int>(std::log2(distance - 1.0)) - 1;
}

double fixedHuffmanBits(const std::vector<Lz77Token>& tokens) {
    double bits = 3 + 7;  // block header, end of block
    for (const auto& t : tokens) {
        if (t.length == 0)
            bits += t.literal < 144 ? 8 : 9;
        else
            bits += 7 + lengthExtraBits(t.length) + 5 + distanceExtraBits(t.distance);
    }
    return bits;
}

// Symbols at their entropy, plus a rough cost for transmitting the code tables.
double dynamicHuffmanBits(const std::vector<Lz77Token>& tokens) {
    auto symbol = [](const Lz77Token& t) {
        return t.length == 0 ? std::make_pair(0, static_cast<int>(t.literal))
                             : std::make_pair(1, std::min(t.length, 20));
    };
    std::map<std::pair<int, int>, int> counts;
    for (const auto& t : tokens)
        ++counts[symbol(t)];
    const double total = static_cast<double>(tokens.size());
    double bits = 3 + 7 + 40 + 4.8 * static_cast<double>(counts.size());
    for (const auto& t : tokens) {
        bits -= std::log2(counts[symbol(t)] / total);
        if (t.length > 0)
            bits += lengthExtraBits(t.length) + 5 + distanceExtraBits(t.distance);
    }
    return bits;
}

}  // namespace

size_t compressedSize(const std::string& text) {
    constexpr size_t kZlibFraming = 6;  // 2 header bytes, 4 of Adler-32
    if (text.empty())
        return kZlibFraming + 2;
    const auto tokens = greedyLz77(text);
    const double bits = std::min(fixedHuffmanBits(tokens), dynamicHuffmanBits(tokens));
    return kZlibFraming + static_cast<size_t>(std::ceil(bits / 8.0));
}

#endif

double compressionRatio(const std::string& text) {
    return static_cast<double>(text.size()) / static_cast<double>(compressedSize(text));
}

bool needsFallback(const WindowQuality& window, const FallbackThresholds& thresholds) {
    const bool unlikely = window.avgLogprob < thresholds.logprob;
    const bool repetitive = window.compressionRatio > thresholds.compressionRatio;
    const bool silent = window.noSpeechProbability > thresholds.noSpeech && unlikely;
    return (repetitive || unlikely) && !silent;
}

bool isSilence(const WindowQuality& window, const FallbackThresholds& thresholds) {
    const bool confident = window.avgLogprob > thresholds.logprob;
    return window.noSpeechProbability > thresholds.noSpeech && !confident;
}

}  // namespace sonara::models
