#include "core/engine/standard_capabilities.h"

#include "core/engine/capability_registry.h"
#include "core/engine/engines/accent_changer_engine.h"
#include "core/engine/engines/classic_engines.h"
#include "core/engine/engines/dubbing_engine.h"
#include "core/engine/engines/edit_list.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/library_voice_tts.h"
#include "core/engine/engines/model_engines.h"
#include "core/engine/engines/music_generation.h"
#include "core/engine/engines/status_music_engine.h"
#include "core/engine/engines/voice_editor_engine.h"

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
    InputSpec voice{QStringLiteral("voice"), InputKind::Voice,
                    QT_TRANSLATE_NOOP("capability", "Library voice"),
                    QT_TRANSLATE_NOOP("capability",
                                      "A voice of your library to speak in: the engine's speech "
                                      "is converted to it (needs a voice conversion model, "
                                      "kNN-VC). Empty: the engine's own voice.")};
    voice.required = false;
    d.inputs = {
        InputSpec{QStringLiteral("text"), InputKind::Text, QT_TRANSLATE_NOOP("capability", "Text"),
                  QT_TRANSLATE_NOOP("capability", "The text to speak.")},
        voice};
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

CapabilityDescriptor voiceChanger() {
    using namespace engine_support;
    CapabilityDescriptor d;
    d.id = QStringLiteral("voice-changer");
    d.title = QT_TRANSLATE_NOOP("capability", "Voice changer");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Makes speech sound as if another voice spoke it: a voice of "
                                  "your library, or the voice of reference recordings.");
    InputSpec voice{QStringLiteral("voice"), InputKind::Voice,
                    QT_TRANSLATE_NOOP("capability", "Voice"),
                    QT_TRANSLATE_NOOP("capability",
                                      "The voice of your library to speak in. Give this or "
                                      "reference recordings, not both.")};
    voice.required = false;
    InputSpec reference{QStringLiteral("reference"), InputKind::Audio,
                        QT_TRANSLATE_NOOP("capability", "Reference recordings"),
                        QT_TRANSLATE_NOOP("capability",
                                          "Recordings of the voice to speak in, instead of a "
                                          "library voice: a few minutes of clean speech sound "
                                          "best.")};
    reference.required = false;
    reference.multiple = true;
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability", "The speech to convert.")), voice,
                reference};
    d.parameters = {
        integerParameter(QStringLiteral("k"), QT_TRANSLATE_NOOP("capability", "Neighbours (k)"), 4,
                         1, 64, {},
                         QT_TRANSLATE_NOOP("capability",
                                           "How many of the target voice's most similar moments "
                                           "are averaged for each moment of the speech: more "
                                           "sounds smoother, fewer keeps more of its detail.")),
        numberParameter(QStringLiteral("pitch"), QT_TRANSLATE_NOOP("capability", "Pitch"), 0.0,
                        -24.0, 24.0, QT_TRANSLATE_NOOP("capability", "semitones"),
                        QT_TRANSLATE_NOOP("capability",
                                          "Moves the speech's pitch before the conversion, "
                                          "keeping its timbre, into the target voice's range: "
                                          "about +12 from a low voice to a high one, -12 the "
                                          "other way.")),
        booleanParameter(QStringLiteral("keep_timing"),
                         QT_TRANSLATE_NOOP("capability", "Keep timing"), true,
                         QT_TRANSLATE_NOOP("capability",
                                           "The result lasts exactly as long as the input, "
                                           "sample for sample, so it stays in sync with the "
                                           "original (under a video, say).")),
        choiceParameter(QStringLiteral("mix"), QT_TRANSLATE_NOOP("capability", "Background"),
                        QStringLiteral("voice-only"),
                        {QStringLiteral("voice-only"), QStringLiteral("keep-background")},
                        QT_TRANSLATE_NOOP("capability",
                                          "voice-only: the converted voice alone; "
                                          "keep-background: the speech is first separated from "
                                          "music and noise (needs a stem separation model), "
                                          "converted, and the rest mixed back under it."))};
    d.outputs = {audioOutput(QT_TRANSLATE_NOOP("capability", "Converted speech"))};
    return d;
}

InputSpec promptInput(const QString& help, bool required = true) {
    InputSpec prompt{QStringLiteral("prompt"), InputKind::Text,
                     QT_TRANSLATE_NOOP("capability", "Prompt"), help};
    prompt.required = required;
    prompt.maxCharacters = music_generation::kMaxPromptCharacters;
    return prompt;
}

CapabilityDescriptor musicGeneration() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("music");
    d.title = QT_TRANSLATE_NOOP("capability", "Music");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Composes background music from a description, 5 s to 5 min, "
                                  "or continues a clip; loops on request.");
    InputSpec clip{QStringLiteral("audio_prompt"), InputKind::Audio,
                   QT_TRANSLATE_NOOP("capability", "Audio prompt"),
                   QT_TRANSLATE_NOOP("capability",
                                     "A clip to continue: the result is the clip followed by "
                                     "the new music.")};
    clip.required = false;
    d.inputs = {promptInput(QT_TRANSLATE_NOOP(
                    "capability",
                    "The music to make: genre, mood, instruments, tempo, e.g. \"calm lo-fi beat "
                    "with soft piano, 80 bpm\".")),
                clip};
    d.outputs = {audioOutput(QT_TRANSLATE_NOOP("capability", "Music"))};
    return d;
}

CapabilityDescriptor soundEffects() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("sfx");
    d.title = QT_TRANSLATE_NOOP("capability", "Sound effects");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Makes sound effects and ambiences from a description, in up "
                                  "to four variations.");
    d.inputs = {promptInput(QT_TRANSLATE_NOOP(
        "capability", "The sound to make, e.g. \"footsteps on gravel, then a door creaks\"."))};
    d.outputs = {
        audioOutput(QT_TRANSLATE_NOOP("capability", "Variation 1"), QStringLiteral("variation_1")),
        audioOutput(QT_TRANSLATE_NOOP("capability", "Variation 2"), QStringLiteral("variation_2")),
        audioOutput(QT_TRANSLATE_NOOP("capability", "Variation 3"), QStringLiteral("variation_3")),
        audioOutput(QT_TRANSLATE_NOOP("capability", "Variation 4"), QStringLiteral("variation_4"))};
    return d;
}

CapabilityDescriptor statusMusic() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("status-music");
    d.title = QT_TRANSLATE_NOOP("capability", "Status music");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Short music for a WhatsApp status or an Instagram story, "
                                  "from a vibe or a prompt: faded, at -14 LUFS, with a vertical "
                                  "video over your picture or a plain background.");
    InputSpec vibe{QStringLiteral("vibe"), InputKind::Choice,
                   QT_TRANSLATE_NOOP("capability", "Vibe"),
                   QT_TRANSLATE_NOOP("capability",
                                     "A preset mood with its own instruments, tempo and length. "
                                     "Give a vibe, a prompt, or both.")};
    vibe.required = false;
    vibe.choices = statusVibeIds();
    InputSpec picture{QStringLiteral("picture"), InputKind::Image,
                      QT_TRANSLATE_NOOP("capability", "Picture"),
                      QT_TRANSLATE_NOOP("capability",
                                        "A picture (PNG, JPEG or WebP) for the video's "
                                        "background, scaled to fill the vertical frame. Without "
                                        "one the background is plain.")};
    picture.required = false;
    d.inputs = {vibe,
                promptInput(QT_TRANSLATE_NOOP("capability",
                                              "Your own description of the music, or "
                                              "words added to the vibe's."),
                            false),
                picture};
    // Exported as M4A (AAC) by default; OGG/Opus and the other formats on request.
    OutputSpec clip{QStringLiteral("audio"),
                    OutputKind::Audio,
                    QT_TRANSLATE_NOOP("capability", "Status clip"),
                    {QStringLiteral("m4a"), QStringLiteral("opus"), QStringLiteral("ogg"),
                     QStringLiteral("mp3"), QStringLiteral("wav"), QStringLiteral("flac")}};
    OutputSpec video{QStringLiteral("video"),
                     OutputKind::Video,
                     QT_TRANSLATE_NOOP("capability", "Waveform video"),
                     {QStringLiteral("mp4")}};
    d.outputs = {clip, video};
    return d;
}

CapabilityDescriptor voiceEditor() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("voice-editor");
    d.title = QT_TRANSLATE_NOOP("capability", "Voice editor");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Edits speech by its words: cuts fillers, long silences and "
                                  "bloopers, mutes or bleeps words, with room tone.");
    InputSpec edits{QStringLiteral("edits"), InputKind::Document,
                    QT_TRANSLATE_NOOP("capability", "Edit list"),
                    QT_TRANSLATE_NOOP("capability",
                                      "A JSON edit list: operations mute, bleep, cut or keep, "
                                      "each over a time range or word indices of the "
                                      "transcript. Optional: the rules below also make edits.")};
    edits.required = false;
    edits.schema = voice_editor::EditList::schema();
    InputSpec transcript{QStringLiteral("transcript"), InputKind::Document,
                         QT_TRANSLATE_NOOP("capability", "Transcript"),
                         QT_TRANSLATE_NOOP("capability",
                                           "The recording's transcript with word times (JSON "
                                           "from speech to text). Without it the recording is "
                                           "transcribed first.")};
    transcript.required = false;
    transcript.schema = voiceEditorTranscriptSchema();
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability", "The speech to edit.")), edits,
                transcript};
    d.parameters = voiceEditorParameters();
    d.outputs = {
        audioOutput(QT_TRANSLATE_NOOP("capability", "Edited audio")),
        OutputSpec{QStringLiteral("transcript"), OutputKind::Transcript,
                   QT_TRANSLATE_NOOP("capability", "Edited transcript"), kTranscriptFormats},
        OutputSpec{QStringLiteral("cuts"),
                   OutputKind::CutList,
                   QT_TRANSLATE_NOOP("capability", "Cut list"),
                   {QStringLiteral("json"), QStringLiteral("edl")}}};
    return d;
}

CapabilityDescriptor translation() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("translate");
    d.title = QT_TRANSLATE_NOOP("capability", "Translation");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Translates text or a transcript into another language; "
                                  "subtitles keep their times.");
    InputSpec text{QStringLiteral("text"), InputKind::Text, QT_TRANSLATE_NOOP("capability", "Text"),
                   QT_TRANSLATE_NOOP("capability",
                                     "Plain text to translate, one segment per line. Give this "
                                     "or a transcript.")};
    text.required = false;
    InputSpec transcript{QStringLiteral("transcript"), InputKind::Document,
                         QT_TRANSLATE_NOOP("capability", "Transcript"),
                         QT_TRANSLATE_NOOP("capability",
                                           "A transcript (JSON from speech to text) whose "
                                           "segments are translated, their times kept.")};
    transcript.required = false;
    transcript.schema = voiceEditorTranscriptSchema();
    d.inputs = {text, transcript};
    ParameterSpec source;
    source.id = QStringLiteral("source_language");
    source.title = QT_TRANSLATE_NOOP("capability", "Source language");
    source.type = ParameterType::String;
    source.defaultValue = QStringLiteral("auto");
    source.help = QT_TRANSLATE_NOOP(
        "capability",
        "Language of the text as a code such as en or de, or auto: the transcript's language, "
        "else the chosen model's source language.");
    ParameterSpec target;
    target.id = QStringLiteral("target_language");
    target.title = QT_TRANSLATE_NOOP("capability", "Target language");
    target.type = ParameterType::String;
    target.defaultValue = QStringLiteral("auto");
    target.help = QT_TRANSLATE_NOOP(
        "capability",
        "Language to translate into, as a code such as de, es or hi, or auto: the chosen "
        "model's target language. The installed model for the pair is used, or two through "
        "English.");
    d.parameters = {
        source, target,
        engine_support::integerParameter(
            QStringLiteral("beam_size"), QT_TRANSLATE_NOOP("capability", "Beam size"), 4, 1, 8,
            QString(),
            QT_TRANSLATE_NOOP("capability",
                              "Translations weighed at once: 1 is fastest (greedy), 4 is the "
                              "models' own setting."))};
    d.outputs = {OutputSpec{QStringLiteral("transcript"), OutputKind::Transcript,
                            QT_TRANSLATE_NOOP("capability", "Translation"), kTranscriptFormats}};
    return d;
}

CapabilityDescriptor dubbing() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("dubbing");
    d.title = QT_TRANSLATE_NOOP("capability", "Dubbing");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Speaks a recording or video again in another language, in "
                                  "the speaker's voice, over the original background and in "
                                  "time with the picture.");
    d.inputs = dubbingInputs();
    d.parameters = dubbingParameters();
    d.outputs = {audioOutput(QT_TRANSLATE_NOOP("capability", "Dubbed audio")),
                 OutputSpec{QStringLiteral("video"),
                            OutputKind::Video,
                            QT_TRANSLATE_NOOP("capability", "Dubbed video"),
                            {QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("mkv"),
                             QStringLiteral("webm")}},
                 OutputSpec{QStringLiteral("subtitles"),
                            OutputKind::Transcript,
                            QT_TRANSLATE_NOOP("capability", "Subtitles"),
                            {QStringLiteral("srt"), QStringLiteral("vtt"), QStringLiteral("json"),
                             QStringLiteral("txt")}},
                 OutputSpec{QStringLiteral("report"),
                            OutputKind::Document,
                            QT_TRANSLATE_NOOP("capability", "Segment report"),
                            {QStringLiteral("json")}}};
    return d;
}

CapabilityDescriptor accentChanger() {
    CapabilityDescriptor d;
    d.id = QStringLiteral("accent-changer");
    d.title = QT_TRANSLATE_NOOP("capability", "Accent changer");
    d.summary = QT_TRANSLATE_NOOP("capability",
                                  "Says the same words in another accent, in the speaker's own "
                                  "voice and with the original timing.");
    InputSpec accent{QStringLiteral("accent"), InputKind::Choice,
                     QT_TRANSLATE_NOOP("capability", "Target accent"),
                     QT_TRANSLATE_NOOP("capability",
                                       "The accent to speak in, of the recording's language: "
                                       "en-us American, en-gb British, en-gb-scotland Scottish, "
                                       "en-029 Caribbean, en-in Indian English (needs an "
                                       "installed voice for it), es-419 Latin American Spanish, "
                                       "pt-br Brazilian Portuguese, and more.")};
    accent.choices = accentChoices();
    d.inputs = {audioInput(QT_TRANSLATE_NOOP("capability",
                                             "The speech whose accent to change: the speaker's "
                                             "voice is learned from it (at least 3 s of speech).")),
                accent};
    d.outputs = {audioOutput(QT_TRANSLATE_NOOP("capability", "Re-accented speech")),
                 OutputSpec{QStringLiteral("report"),
                            OutputKind::Document,
                            QT_TRANSLATE_NOOP("capability", "Segment report"),
                            {QStringLiteral("json")}}};
    return d;
}

}  // namespace

QList<CapabilityDescriptor> standardCapabilities() {
    return {textToSpeech(), speechToText(),    noiseRemoval(), stemSeparation(),
            voiceChanger(), musicGeneration(), soundEffects(), statusMusic(),
            voiceEditor(),  translation(),     dubbing(),      accentChanger()};
}

void registerBuiltinEngines(CapabilityRegistry& registry) {
    for (const CapabilityDescriptor& descriptor : standardCapabilities()) {
        registry.addCapability(descriptor);
    }
    for (const std::shared_ptr<Engine>& engine : classicEngines()) {
        registry.addEngine(speakingInLibraryVoices(engine));
    }
    for (const std::shared_ptr<Engine>& engine : modelEngines()) {
        registry.addEngine(speakingInLibraryVoices(engine));
    }
}

}  // namespace sonara::core
