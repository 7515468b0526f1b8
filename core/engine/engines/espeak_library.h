#pragma once

#include <QString>
#include <mutex>
#include <string>

namespace sonara::core::espeak {

// eSpeak NG keeps all its state in globals and is not reentrant: it is initialised once, and
// every call into it, from the espeak-ng engine or the VITS phonemizer, holds `mutex`.
struct Library {
    std::mutex mutex;
    int sampleRate = 0;  // <= 0: eSpeak NG could not start (no data)
    QString dataPath;
};

Library& library();

// espeak_TextToPhonemes over the whole of `utf8` with the voice of `language` ("en-us"), in IPA
// with '_' between phonemes, the clauses it returns joined by ' ': what phonemizer's
// EspeakWrapper.text_to_phonemes gives. The voice is the first installed one for that language,
// as phonemizer chooses it. Throws EngineError when eSpeak NG or the voice is missing.
std::string ipaPhonemes(const std::string& utf8, const QString& language);

}  // namespace sonara::core::espeak
