#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "models/common/array.h"
#include "models/common/progress.h"
#include "models/encodec/encodec.h"

namespace sonara::models {

// MusicGen text-to-music (transformers MusicgenForConditionalGeneration layout): T5 text
// encoder, a language model over 4 EnCodec codebooks with the delay pattern, EnCodec 32 kHz.
// AudioGen (sound effects) is the same architecture on a 16 kHz EnCodec and loads here too.
class MusicGen {
public:
    struct Options {
        std::string device = "auto";  // auto | cpu | cuda | cuda:N
        std::string dtype = "auto";   // auto | fp32 | fp16 | bf16 (the text encoder stays fp32)
    };

    struct GenerateOptions {
        int64_t maxNewFrames = 0;    // code frames to generate; 0: seconds * frameRate()
        double seconds = 10.0;       // length of the music when maxNewFrames is 0
        double guidanceScale = 3.0;  // classifier-free guidance; <= 1 turns it off
        int64_t topK = 250;          // <= 0: sample from the whole codebook
        double topP = 0.0;           // within the top k, the fewest codes reaching topP; 0: off
        double temperature = 1.0;
        uint64_t seed = 0;    // the same seed, input and options give the same music
        bool greedy = false;  // pick the most likely code instead of sampling

        // Music longer than one window of the model (30 s, as trained) is made window by
        // window: each window after the first is prompted by the last contextSeconds of codes
        // before it and goes on from exactly there. The window shrinks to what the checkpoint's
        // positions allow (max_position_embeddings), its context to a third of it then.
        double windowSeconds = 30.0;
        double contextSeconds = 10.0;
        // The end flows into the start: loopCrossfadeSeconds more music is generated past the
        // end and crossfaded (equal power) over the beginning, so the audio repeats without a
        // seam. A bar's length at the music's tempo makes a musical overlap.
        bool loop = false;
        double loopCrossfadeSeconds = 2.0;
    };

    // Tokenized prompts, row-major [batch, length]; mask 1 for tokens and 0 for padding (empty:
    // every position is a token). Ids come from the T5 tokenizer, ending in </s>.
    struct Tokens {
        std::vector<int64_t> shape;
        std::vector<int64_t> ids;
        std::vector<int64_t> mask;
    };

    // The new frames [start, start + newFrames) of Result::codes, prompted by the contextFrames
    // before start.
    struct Window {
        int64_t start = 0;
        int64_t contextFrames = 0;
        int64_t newFrames = 0;
    };

    struct Result {
        FloatArray audio;  // [batch, channels, samples] at sampleRate(), in [-1, 1]
        // [batch, codebooks, frames]: a continued prompt's frames first, then the new ones;
        // with loop, also the crossfade's frames past the end of the audio.
        EncodecCodes codes;
        int64_t promptFrames = 0;  // leading frames of codes (and audio) that are the prompt's
        std::vector<Window> windows;
    };

    // checkpointDir holds config.json, model.safetensors (or a sharded index), optionally
    // generation_config.json (sampling defaults) and spiece.model (the text tokenizer); or the
    // audiocraft authors' state_dict.bin + compression_state_dict.bin with the T5 encoder in t5/
    // (facebook/audiogen-medium: 16 kHz EnCodec; see audiocraft_checkpoint.h).
    static MusicGen load(const std::string& checkpointDir);
    static MusicGen load(const std::string& checkpointDir, const Options& options);

    Result generate(const Tokens& tokens, const GenerateOptions& options,
                    const ProgressFn& progress = {}) const;
    // One prompt per batch item; needs the checkpoint's spiece.model.
    Result generate(const std::vector<std::string>& prompts, const GenerateOptions& options,
                    const ProgressFn& progress = {}) const;

    // Continues audio [channels, samples] or [batch, channels, samples] at sampleRate() (one
    // clip continues alike for every prompt): its whole frames, counted back from its end, are
    // EnCodec-encoded and prompt the first window. The result starts with EnCodec's rendering
    // of those frames (promptFrames), then the options' seconds of new music.
    Result continueAudio(const Tokens& tokens, const FloatArray& audio,
                         const GenerateOptions& options, const ProgressFn& progress = {}) const;
    Result continueAudio(const std::vector<std::string>& prompts, const FloatArray& audio,
                         const GenerateOptions& options, const ProgressFn& progress = {}) const;
    // Continues codes [batch or 1, codebooks, frames], e.g. an earlier Result's.
    Result continueCodes(const Tokens& tokens, const EncodecCodes& codes,
                         const GenerateOptions& options, const ProgressFn& progress = {}) const;

    // GenerateOptions with the checkpoint's sampling defaults (generation_config.json, or xp.cfg
    // for audiocraft checkpoints) and windows of the length it was trained on.
    GenerateOptions defaultOptions() const;
    Tokens tokenize(const std::vector<std::string>& prompts) const;  // needs spiece.model
    bool hasTokenizer() const;  // the checkpoint has spiece.model
    int sampleRate() const;
    int channels() const;
    int frameRate() const;  // code frames per second
    int hopLength() const;  // samples per code frame
    int numCodebooks() const;
    std::string device() const;  // e.g. "cpu", "cuda:0"
    std::string dtype() const;   // e.g. "float32"

private:
    struct Impl;
    explicit MusicGen(std::shared_ptr<const Impl> impl);
    // Shared: copies of a MusicGen use the same loaded weights.
    std::shared_ptr<const Impl> impl_;
};

}  // namespace sonara::models
