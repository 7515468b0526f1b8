#include "core/engine/standard_capabilities.h"

#include "core/engine/capability_registry.h"
#include "core/engine/engines/classic_engines.h"
#include "core/engine/engines/model_engines.h"

namespace sonara::core {
namespace {

const QStringList kAudioFormats = {QStringLiteral("wav"),  QStringLiteral("flac"),
                                   QStringLiteral("mp3"),  QStringLiteral("ogg"),
                                   QStringLiteral("opus"), QStringLiteral("m4a")};

const QStringList kTranscriptFormats = {QStringLiteral("json"), QStringLiteral("srt"),
                                        QStringLiteral("vtt"), QStringLiteral("txt")};

InputSpec audioInput(const QString& help) {
    return InputSpec{QStringLiteral("audio"), InputKind::Audio,
                     QT_TRANSLATE_NOOP("capability", "Audio"), help};
}

OutputSpec audioOutput(const QString& title, const QString& id = QStringLiteral("audio")) {
    return OutputSpec{id, OutputKind::Audio, title, kAudioFormats};
}

CapabilityDescriptor textToSpeech() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("tts");
    d.title = QT_TRANSLATE_NOOP("capability", "Text to speech");
    d.summary = QT_TRANSLATE_NOOP("capability", "Speaks a text in a chosen voice.");
    d.inputs = {InputSpec{QStringLiteral("text"), InputKind::Text,
                          QT_TRANSLATE_NOOP("capability", "Text"),
                          QT_TRANSLATE_NOOP("capability", "The text to speak.")}};
    d.outputs = {audioOutput(QStringLiteral("Speech"))};
    return d;
}

CapabilityDescriptor speechToText() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("stt");
    d.title = QT_TRANSLATE_NOOP("capability", "Speech to text");
    d.summary =
        QT_TRANSLATE_NOOP("capability", "Transcribes speech with word timings; exports subtitles.");
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability", "The recording to transcribe."))};
    ParameterSpec language;
    language.id = QStringLiteral("language");
    language.title = QT_TRANSLATE_NOOP("capability", "Language");
    language.type = ParameterType::String;
    language.defaultValue = QStringLiteral("auto");
    language.help = QT_TRANSLATE_NOOP(
        "capability",
        "Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; "
        "a wav2vec2 model knows the one language it was trained on, and records this one.");
    ParameterSpec words;
    words.id = QStringLiteral("word_timestamps");
    words.title = QT_TRANSLATE_NOOP("capability", "Word timestamps");
    words.type = ParameterType::Boolean;
    words.defaultValue = true;
    words.help = QT_TRANSLATE_NOOP("capability", "Time every word, not only every segment.");
    ParameterSpec vad;
    vad.id = QStringLiteral("vad");
    vad.title = QT_TRANSLATE_NOOP("capability", "Skip silence (VAD)");
    vad.type = ParameterType::Boolean;
    vad.defaultValue = false;
    vad.help = QT_TRANSLATE_NOOP(
        "capability",
        "Find the speech first and transcribe only that, in chunks of up to 30 s cut at "
        "silences: faster on recordings with long pauses, and no text invented in silence.");
    vad.engines = {QStringLiteral("whisper"), QStringLiteral("wav2vec2")};
    d.parameters = {language, words, vad};
    d.outputs = {OutputSpec{QStringLiteral("transcript"), OutputKind::Transcript,
                            QStringLiteral("Transcript"), kTranscriptFormats}};
    return d;
}

CapabilityDescriptor noiseRemoval() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("denoise");
    d.title = QT_TRANSLATE_NOOP("capability", "Noise removal");
    d.summary =
        QT_TRANSLATE_NOOP("capability", "Removes hiss, hum and background noise from a recording.");
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability", "The noisy recording."))};
    d.outputs = {audioOutput(QStringLiteral("Cleaned audio"))};
    return d;
}

CapabilityDescriptor stemSeparation() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("separate");
    d.title = QT_TRANSLATE_NOOP("capability", "Stem separation");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Splits a song into vocals, drums, bass and the rest, or into "
                                  "vocals and accompaniment.");
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability", "The mix to separate."))};
    d.outputs = {audioOutput(QT_TRANSLATE_NOOP("capability", "Vocals"), QStringLiteral("vocals")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Drums"), QStringLiteral("drums")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Bass"), QStringLiteral("bass")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Other"), QStringLiteral("other")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Guitar"), QStringLiteral("guitar")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Piano"), QStringLiteral("piano")),
                 audioOutput(QT_TRANSLATE_NOOP("capability", "Accompaniment"),
                             QStringLiteral("accompaniment"))};
    return d;
}

}  // namespace

QList<CapabilityDescriptor> standardCapabilities() {
    return {textToSpeech(), speechToText(), noiseRemoval(), stemSeparation()};
}

void registerBuiltinEngines(CapabilityRegistry& registry) {
    for (const CapabilityDescriptor& descriptor : standardCapabilities()) {
        registry.addCapability(descriptor);
    }
    for (const std::shared_ptr<Engine>& engine : classicEngines()) {
        registry.addEngine(engine);
    }
    for (const std::shared_ptr<Engine>& engine : modelEngines()) {
        registry.addEngine(engine);
    }
}

}  // namespace sonara::core
