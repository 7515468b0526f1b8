#include "core/engine/engines/model_engines.h"

#include "core/engine/engines/demucs_denoise_engine.h"
#include "core/engine/engines/demucs_separation_engine.h"
#include "core/engine/engines/knnvc_voice_engine.h"
#include "core/engine/engines/marian_translate_engine.h"
#include "core/engine/engines/musicgen_engines.h"
#include "core/engine/engines/rnnoise_denoise_engine.h"
#include "core/engine/engines/status_music_engine.h"
#include "core/engine/engines/tacotron2_tts_engine.h"
#include "core/engine/engines/vits_tts_engine.h"
#include "core/engine/engines/wav2vec2_stt_engine.h"
#include "core/engine/engines/whisper_stt_engine.h"

namespace sonara::core {

QList<std::shared_ptr<Engine>> modelEngines() {
    return {std::make_shared<WhisperSttEngine>(),
            std::make_shared<Wav2Vec2SttEngine>(),
            std::make_shared<VitsTtsEngine>(),
            tacotron2TtsEngine(),
            htdemucsSeparationEngine(),
            hdemucsSeparationEngine(),
            demucsDenoiseEngine(),
            rnnoiseDenoiseEngine(),
            knnVcVoiceEngine(),
            musicgenMusicEngine(),
            audiogenSoundEffectsEngine(),
            statusMusicEngine(),
            marianTranslateEngine()};
}

}  // namespace sonara::core
