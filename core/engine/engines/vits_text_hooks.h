#pragma once

#include "models/vits/vits_tokenizer.h"

#include <QString>

namespace sonara::core::vits_text {

// The phonemizer and the romaniser VITS tokenizers call: espeak-ng IPA with the en-us voice (as
// transformers' VitsTokenizer always phonemizes, whatever the checkpoint's language) and
// romanize().
models::VitsTextHooks hooks();

// Text in any script in Latin letters, for MMS voices trained on uroman's romanisation
// (tokenizer_config.json is_uroman). uroman is a Perl/Python tool with its own tables; this uses
// ICU's "Any-Latin; Latin-ASCII" transliteration instead, which agrees with uroman on most
// letters of Devanagari, Cyrillic, Greek, Arabic and Hangul but not on every one (e.g. vowel
// length, Hangul syllable boundaries written by ICU as '-' or '\'', which the voices' vocabulary
// then drops), so a romanised voice may mispronounce some words. Text ICU cannot transliterate
// comes back unchanged.
QString romanize(const QString& text);

}  // namespace sonara::core::vits_text
