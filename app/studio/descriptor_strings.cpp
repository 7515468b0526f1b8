#include "app/studio/descriptor_strings.h"

#include <QCoreApplication>

namespace sonara::studio {
namespace {

// Kept in step with the registry by the gui_descriptor_strings test, which prints any text
// missing here in this form.
// clang-format off
const char* const kDescriptorStrings[] = {
    QT_TRANSLATE_NOOP("capability", "Text to speech"),
    QT_TRANSLATE_NOOP("capability", "Speaks a text in a chosen voice."),
    QT_TRANSLATE_NOOP("capability", "Text"),
    QT_TRANSLATE_NOOP("capability", "The text to speak."),
    QT_TRANSLATE_NOOP("capability", "eSpeak NG"),
    QT_TRANSLATE_NOOP("capability", "Compact formant speech in over 100 languages; clear but robotic, instant on any CPU."),
    QT_TRANSLATE_NOOP("capability", "Voice"),
    QT_TRANSLATE_NOOP("capability", "Language and accent of the eSpeak NG voice."),
    QT_TRANSLATE_NOOP("capability", "Variant"),
    QT_TRANSLATE_NOOP("capability", "Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and others; none keeps the language's own voice."),
    QT_TRANSLATE_NOOP("capability", "none"),
    QT_TRANSLATE_NOOP("capability", "Speed"),
    QT_TRANSLATE_NOOP("capability", "Speaking speed."),
    QT_TRANSLATE_NOOP("capability", "words per minute"),
    QT_TRANSLATE_NOOP("capability", "Pitch"),
    QT_TRANSLATE_NOOP("capability", "Base pitch: 0 is lowest, 50 normal, 99 highest."),
    QT_TRANSLATE_NOOP("capability", "Volume"),
    QT_TRANSLATE_NOOP("capability", "Loudness: 100 is normal; above 100 may distort."),
    QT_TRANSLATE_NOOP("capability", "%"),
    QT_TRANSLATE_NOOP("capability", "Speech to text"),
    QT_TRANSLATE_NOOP("capability", "Transcribes speech with word timings; exports subtitles."),
    QT_TRANSLATE_NOOP("capability", "Audio"),
    QT_TRANSLATE_NOOP("capability", "The recording to transcribe."),
    QT_TRANSLATE_NOOP("capability", "PocketSphinx"),
    QT_TRANSLATE_NOOP("capability", "Lightweight US English recognition with word timings; runs on any CPU, no download."),
    QT_TRANSLATE_NOOP("capability", "Whisper"),
    QT_TRANSLATE_NOOP("capability", "OpenAI Whisper: accurate transcription of about 100 languages and translation to English; needs a downloaded model."),
    QT_TRANSLATE_NOOP("capability", "Wav2Vec2"),
    QT_TRANSLATE_NOOP("capability", "Meta wav2vec 2.0 CTC recognition: fast, with word timings, in the one language its model was trained on (English for the catalog's models); needs a downloaded model."),
    QT_TRANSLATE_NOOP("capability", "Language"),
    QT_TRANSLATE_NOOP("capability", "Spoken language as a code such as en or en-us, or auto. Whisper detects it with auto; a wav2vec2 model knows the one language it was trained on, and records this one."),
    QT_TRANSLATE_NOOP("capability", "Word timestamps"),
    QT_TRANSLATE_NOOP("capability", "Time every word, not only every segment."),
    QT_TRANSLATE_NOOP("capability", "Skip silence (VAD)"),
    QT_TRANSLATE_NOOP("capability", "Find the speech first and transcribe only that, in chunks of up to 30 s cut at silences: faster on recordings with long pauses, and no text invented in silence."),
    QT_TRANSLATE_NOOP("capability", "Task"),
    QT_TRANSLATE_NOOP("capability", "Transcribe in the spoken language, or translate the speech into English."),
    QT_TRANSLATE_NOOP("capability", "transcribe"),
    QT_TRANSLATE_NOOP("capability", "translate"),
    QT_TRANSLATE_NOOP("capability", "Initial prompt"),
    QT_TRANSLATE_NOOP("capability", "Names, terms or a sample sentence in the wanted style, to steer spelling and punctuation."),
    QT_TRANSLATE_NOOP("capability", "Beam size"),
    QT_TRANSLATE_NOOP("capability", "1 decodes greedily (fastest); 2 to 5 search several candidate transcripts (slower, sometimes better)."),
    QT_TRANSLATE_NOOP("capability", "Temperature"),
    QT_TRANSLATE_NOOP("capability", "0 picks the likeliest words. When a 30 s window comes out repetitive or unsure it is decoded again at a temperature 0.2 higher (more varied sampling), up to 1."),
    QT_TRANSLATE_NOOP("capability", "Condition on previous text"),
    QT_TRANSLATE_NOOP("capability", "Prompt each 30 s window with the text before it: more consistent wording, but a mistake can repeat."),
    QT_TRANSLATE_NOOP("capability", "Noise removal"),
    QT_TRANSLATE_NOOP("capability", "Removes hiss, hum and background noise from a recording."),
    QT_TRANSLATE_NOOP("capability", "The noisy recording."),
    QT_TRANSLATE_NOOP("capability", "FFmpeg denoiser"),
    QT_TRANSLATE_NOOP("capability", "Classic spectral noise reduction for steady hiss and hum; fast on any CPU."),
    QT_TRANSLATE_NOOP("capability", "Method"),
    QT_TRANSLATE_NOOP("capability", "afftdn: spectral denoiser that follows the noise, good for hiss and hum; anlmdn: non-local means, gentler on voices but slower."),
    QT_TRANSLATE_NOOP("capability", "Strength"),
    QT_TRANSLATE_NOOP("capability", "How much noise to remove: 0 is light, 1 is strong and may sound watery."),
    QT_TRANSLATE_NOOP("capability", "High-pass"),
    QT_TRANSLATE_NOOP("capability", "Cuts rumble below this frequency; 0 turns it off."),
    QT_TRANSLATE_NOOP("capability", "Hz"),
    QT_TRANSLATE_NOOP("capability", "Normalize loudness"),
    QT_TRANSLATE_NOOP("capability", "Bring the result to the target loudness."),
    QT_TRANSLATE_NOOP("capability", "Target loudness"),
    QT_TRANSLATE_NOOP("capability", "Integrated loudness when normalizing: -16 for podcasts, -14 for streaming, -23 for broadcast."),
    QT_TRANSLATE_NOOP("capability", "LUFS"),
    QT_TRANSLATE_NOOP("capability", "VITS"),
    QT_TRANSLATE_NOOP("capability", "Natural neural speech; the MMS voices speak over 1,100 languages, one model per language. Fast on a GPU, usable on a CPU."),
    QT_TRANSLATE_NOOP("capability", "Speaking rate"),
    QT_TRANSLATE_NOOP("capability", "How fast the voice speaks: 1 is the model's own pace, 1.5 half as fast again, 0.75 slower."),
    QT_TRANSLATE_NOOP("capability", "x"),
    QT_TRANSLATE_NOOP("capability", "Expressiveness"),
    QT_TRANSLATE_NOOP("capability", "Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 natural, higher livelier and less stable."),
    QT_TRANSLATE_NOOP("capability", "Timing variation"),
    QT_TRANSLATE_NOOP("capability", "Variation of rhythm (VITS duration noise scale): 0 keeps every syllable's predicted length."),
    QT_TRANSLATE_NOOP("capability", "Speaker"),
    QT_TRANSLATE_NOOP("capability", "Speaker number of a multi-speaker model; MMS voices have one speaker, 0."),
    QT_TRANSLATE_NOOP("capability", "Seed"),
    QT_TRANSLATE_NOOP("capability", "The same seed, text and settings give the same audio; change it for another take."),
};
// clang-format on

}  // namespace

QString translateDescriptor(const QString& text) {
    if (text.isEmpty()) {
        return text;
    }
    const QByteArray source = text.toUtf8();
    return QCoreApplication::translate("capability", source.constData());
}

QStringList descriptorSourceStrings() {
    QStringList strings;
    for (const char* text : kDescriptorStrings) {
        strings << QString::fromUtf8(text);
    }
    return strings;
}

}  // namespace sonara::studio
