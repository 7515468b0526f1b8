#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sonara::models {

// The text tools a checkpoint's tokenizer may need that live outside models/ (libespeak-ng,
// ICU), passed in by the caller. Unset: a checkpoint that needs one refuses the text.
struct VitsTextHooks {
    // espeak_TextToPhonemes in IPA, '_' between phonemes (see vits_phonemizer.h).
    std::function<std::string(const std::string&)> espeakIpa;
    // uroman's job for is_uroman checkpoints: UTF-8 text in any script -> Latin letters.
    std::function<std::string(const std::string&)> romanize;
};

// transformers' VitsTokenizer: optional normalisation (lower-casing except where the vocabulary
// has the upper-case form), romanisation for is_uroman checkpoints (MMS-TTS of non-Latin
// scripts), then either espeak IPA phonemes (phonemize: true, e.g. kakao-enterprise/vits-ljs)
// or dropping characters the vocabulary lacks and trimming whitespace (MMS-TTS); one token per
// character, and token 0 interspersed between and around characters when add_blank is set.
class VitsTokenizer {
public:
    // vocab.json and tokenizer_config.json of a checkpoint directory.
    static VitsTokenizer load(const std::string& checkpointDir);
    // The same from the two files' contents; an empty tokenizerConfig means the reference's
    // defaults.
    static VitsTokenizer fromJson(const std::string& vocabJson, const std::string& tokenizerConfig,
                                  const std::string& source = "tokenizer");

    // UTF-8 text -> token ids. Throws Error on invalid UTF-8, and when the checkpoint needs a
    // hook that `hooks` lacks.
    std::vector<int64_t> encode(const std::string& text, const VitsTextHooks& hooks = {}) const;

    const std::string& language() const { return language_; }
    bool addBlank() const { return addBlank_; }
    bool normalize() const { return normalize_; }
    bool phonemizes() const { return phonemize_; }
    bool romanizes() const { return isUroman_; }
    size_t vocabSize() const { return vocab_.size(); }

private:
    std::vector<std::pair<std::u32string, int64_t>> vocabInOrder_;  // normalize_text's match order
    std::map<std::u32string, int64_t> vocab_;
    std::string language_;
    bool addBlank_ = true;
    bool normalize_ = true;
    bool phonemize_ = true;
    bool isUroman_ = false;
    int64_t unkId_ = -1;  // -1: the vocabulary has no unk token
};

}  // namespace sonara::models
