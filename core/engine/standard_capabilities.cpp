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
    return InputSpec{QStringLiteral("audio"), InputKind::Audio, QStringLiteral("Audio"), help};
}

OutputSpec audioOutput(const QString& title) {
    return OutputSpec{QStringLiteral("audio"), OutputKind::Audio, title, kAudioFormats};
}

CapabilityDescriptor textToSpeech() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("tts");
    d.title = QStringLiteral("Text to speech");
    d.summary = QStringLiteral("Speaks a text in a chosen voice.");
    d.inputs = {InputSpec{QStringLiteral("text"), InputKind::Text, QStringLiteral("Text"),
                          QStringLiteral("The text to speak.")}};
    d.outputs = {audioOutput(QStringLiteral("Speech"))};
    return d;
}

CapabilityDescriptor speechToText() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("stt");
    d.title = QStringLiteral("Speech to text");
    d.summary = QStringLiteral("Transcribes speech with word timings; exports subtitles.");
    d.inputs = {audioInput(QStringLiteral("The recording to transcribe."))};
    ParameterSpec language;
    language.id = QStringLiteral("language");
    language.title = QStringLiteral("Language");
    language.type = ParameterType::String;
    language.defaultValue = QStringLiteral("auto");
    language.help = QStringLiteral(
        "Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; "
        "a wav2vec2 model knows the one language it was trained on, and records this one.");
    ParameterSpec words;
    words.id = QStringLiteral("word_timestamps");
    words.title = QStringLiteral("Word timestamps");
    words.type = ParameterType::Boolean;
    words.defaultValue = true;
    words.help = QStringLiteral("Time every word, not only every segment.");
    ParameterSpec vad;
    vad.id = QStringLiteral("vad");
    vad.title = QStringLiteral("Skip silence (VAD)");
    vad.type = ParameterType::Boolean;
    vad.defaultValue = false;
    vad.help = QStringLiteral(
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
    d.title = QStringLiteral("Noise removal");
    d.summary = QStringLiteral("Removes hiss, hum and background noise from a recording.");
    d.inputs = {audioInput(QStringLiteral("The noisy recording."))};
    d.outputs = {audioOutput(QStringLiteral("Cleaned audio"))};
    return d;
}

}  // namespace

QList<CapabilityDescriptor> standardCapabilities() {
    return {textToSpeech(), speechToText(), noiseRemoval()};
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
