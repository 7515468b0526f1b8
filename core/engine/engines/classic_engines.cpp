#include "core/engine/engines/classic_engines.h"

#include "core/engine/engines/accent_changer_engine.h"
#include "core/engine/engines/dubbing_engine.h"
#include "core/engine/engines/espeak_tts_engine.h"
#include "core/engine/engines/ffmpeg_denoise_engine.h"
#include "core/engine/engines/pocketsphinx_stt_engine.h"
#include "core/engine/engines/voice_editor_engine.h"

namespace sonara::core {

QList<std::shared_ptr<Engine>> classicEngines() {
    return {std::make_shared<EspeakTtsEngine>(),
            std::make_shared<PocketsphinxSttEngine>(),
            std::make_shared<FfmpegDenoiseEngine>(),
            std::make_shared<VoiceEditorEngine>(),
            dubbingEngine(),
            accentChangerEngine()};
}

}  // namespace sonara::core
