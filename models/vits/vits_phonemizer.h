#pragma once

#include <functional>
#include <string>

namespace sonara::models::vits_phonemizer {

// espeak-ng's espeak_TextToPhonemes for one chunk of UTF-8 text, called until the text is used
// up, in IPA with '_' between phonemes: the clauses it returns, joined by ' '. libespeak-ng lives
// outside models/ (models must build without it), so the caller passes this in.
using EspeakIpa = std::function<std::string(const std::string& utf8)>;

// What transformers' VitsTokenizer makes of text with phonemize: true, i.e.
// phonemizer.phonemize(text, language="en-us", backend="espeak", strip=True,
// preserve_punctuation=True, with_stress=True) followed by collapsing every run of whitespace to
// one space. Punctuation (phonemizer's default marks ;:,.!?¡¿—…"«»“”) is cut out before espeak
// sees the text and put back between the phonemised chunks, as phonemizer 3 does.
std::string phonemize(const std::string& utf8, const EspeakIpa& espeak);

std::string toUtf8(const std::u32string& text);

}  // namespace sonara::models::vits_phonemizer
