#include "core/engine/engines/espeak_library.h"

#include "core/engine/errors.h"

#include <espeak-ng/speak_lib.h>

#include <QByteArray>

namespace sonara::core::espeak {
namespace {

QByteArray voiceIdentifier(const QString& language) {
    const QByteArray wanted = language.toUtf8();
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
        // `languages` is a list of (priority byte, zero-terminated name); phonemizer reads the
        // first name.
        const char* languages = (*voice)->languages;
        if (languages && languages[0] != 0 && wanted == languages + 1) {
            return (*voice)->identifier;
        }
    }
    return {};
}

}  // namespace

Library& library() {
    static Library instance;
    static std::once_flag initialized;
    std::call_once(initialized, [] {
        const QByteArray envPath = qgetenv("ESPEAK_DATA_PATH");
        instance.sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                                envPath.isEmpty() ? nullptr : envPath.constData(),
                                                espeakINITIALIZE_DONT_EXIT);
        const char* path = nullptr;
        espeak_Info(&path);
        instance.dataPath = QString::fromUtf8(path ? path : envPath.constData());
    });
    return instance;
}

std::string ipaPhonemes(const std::string& utf8, const QString& language) {
    Library& lib = library();
    if (lib.sampleRate <= 0) {
        throw EngineError(
            QStringLiteral("eSpeak NG could not start, and this voice reads its "
                           "text as eSpeak phonemes: install the espeak-ng-data "
                           "package or point ESPEAK_DATA_PATH at its folder"));
    }
    std::lock_guard<std::mutex> lock(lib.mutex);
    const QByteArray identifier = voiceIdentifier(language);
    if (identifier.isEmpty() || espeak_SetVoiceByName(identifier.constData()) != EE_OK) {
        throw EngineError(QStringLiteral("eSpeak NG has no voice for language '%1', which this "
                                         "voice needs to read text: reinstall espeak-ng-data")
                              .arg(language));
    }
    // Bits 0-3: IPA; bits 8-23: the character between phonemes.
    constexpr int kIpaWithUnderscores = ('_' << 8) | 0x02;
    std::string phonemes;
    const void* rest = utf8.c_str();
    while (rest != nullptr) {
        const char* clause = espeak_TextToPhonemes(&rest, espeakCHARS_UTF8, kIpaWithUnderscores);
        if (clause && *clause) {
            phonemes += (phonemes.empty() ? "" : " ") + std::string(clause);
        }
    }
    return phonemes;
}

}  // namespace sonara::core::espeak
