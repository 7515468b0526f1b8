#include "core/engine/engines/espeak_tts_engine.h"

#include "core/audio/audio_writer.h"
#include "core/audio/pitch_shift.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/espeak_library.h"
#include "core/engine/engines/speech_script.h"
#include "core/engine/engines/ssml.h"
#include "core/engine/errors.h"

#include <espeak-ng/speak_lib.h>

#include <QByteArray>
#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace sonara::core {
namespace {

using namespace engine_support;
using espeak::library;

// Short enough that one eSpeak call takes well under a second, so progress moves and a
// cancellation lands quickly even between the synth callback's checks.
constexpr int kMaxChunkCharacters = 300;
const QString kDefaultVoice = QStringLiteral("en-us");
const QString kNoVariant = QT_TRANSLATE_NOOP("capability", "none");

// The synthesis under way; only touched while the library mutex is held.
struct Synthesis {
    JobContext* context = nullptr;
    std::vector<float> samples;
    bool cancelled = false;
};
Synthesis* activeSynthesis = nullptr;

int synthCallback(short* wave, int count, espeak_EVENT*) {
    Synthesis* synthesis = activeSynthesis;
    if (!synthesis || synthesis->context->isCancelled()) {
        if (synthesis) {
            synthesis->cancelled = true;
        }
        return 1;
    }
    for (int i = 0; wave && i < count; ++i) {
        synthesis->samples.push_back(static_cast<float>(wave[i]) / 32768.0f);
    }
    return 0;
}

QString firstLanguage(const espeak_VOICE& voice) {
    // `languages` is a list of (priority byte, zero-terminated name), ended by a zero byte.
    if (!voice.languages || voice.languages[0] == 0) {
        return {};
    }
    return QString::fromUtf8(voice.languages + 1);
}

int lastBreak(const QString& chunk) {
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(' ')}) {
        const int index = chunk.lastIndexOf(separator);
        if (index > 0) {
            return index + 1;
        }
    }
    return chunk.size();
}

// Splits at sentence ends and line breaks, and cuts longer runs at a comma or space.
QStringList splitIntoChunks(const QString& text) {
    static const QString sentenceEnds = QStringLiteral(".!?;:\u3002\uff01\uff1f");
    QStringList chunks;
    QString current;
    auto append = [&chunks](const QString& chunk) {
        if (!chunk.trimmed().isEmpty()) {
            chunks.append(chunk.trimmed());
        }
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        current += c;
        const bool sentenceEnd =
            sentenceEnds.contains(c) && (i + 1 == text.size() || text.at(i + 1).isSpace());
        if (sentenceEnd || c == QLatin1Char('\n')) {
            append(current);
            current.clear();
        } else if (current.size() >= kMaxChunkCharacters) {
            const int cut = lastBreak(current);
            append(current.left(cut));
            current = current.mid(cut);
        }
    }
    append(current);
    return chunks;
}

ParameterSpec voiceSpec(const QStringList& voices) {
    const QString defaultVoice =
        voices.contains(kDefaultVoice) || voices.isEmpty() ? kDefaultVoice : voices.first();
    return choiceParameter(
        QStringLiteral("voice"), QT_TRANSLATE_NOOP("capability", "Voice"), defaultVoice, voices,
        QT_TRANSLATE_NOOP("capability", "Language and accent of the eSpeak NG voice."));
}

ParameterSpec variantSpec(const QStringList& variants) {
    return choiceParameter(
        QStringLiteral("variant"), QT_TRANSLATE_NOOP("capability", "Variant"), kNoVariant,
        QStringList{kNoVariant} + variants,
        QT_TRANSLATE_NOOP("capability",
                          "Voice character: m1-m7 male, f1-f5 female, klatt, whisper, croak and "
                          "others; none keeps the language's own voice."));
}

ParameterSpec rateSpec() {
    return integerParameter(QStringLiteral("rate"), QT_TRANSLATE_NOOP("capability", "Speed"), 175,
                            80, 450, QT_TRANSLATE_NOOP("capability", "words per minute"),
                            QT_TRANSLATE_NOOP("capability", "Speaking speed."));
}

ParameterSpec pitchSpec() {
    return integerParameter(
        QStringLiteral("pitch"), QT_TRANSLATE_NOOP("capability", "Pitch"), 50, 0, 99, {},
        QT_TRANSLATE_NOOP("capability", "Base pitch: 0 is lowest, 50 normal, 99 highest."));
}

ParameterSpec volumeSpec() {
    return integerParameter(
        QStringLiteral("volume"), QT_TRANSLATE_NOOP("capability", "Volume"), 100, 0, 200,
        QT_TRANSLATE_NOOP("capability", "%"),
        QT_TRANSLATE_NOOP("capability", "Loudness: 100 is normal; above 100 may distort."));
}

struct SpeechSettings {
    QString voiceName;
    int rate = 175;
    int pitch = 50;
    int volume = 100;
};

// Runs with the library mutex held.
void applySettings(const SpeechSettings& settings) {
    if (espeak_SetVoiceByName(settings.voiceName.toUtf8().constData()) != EE_OK) {
        throw EngineError(QStringLiteral("eSpeak NG could not load voice '%1': reinstall the "
                                         "espeak-ng-data package or choose another voice")
                              .arg(settings.voiceName));
    }
    espeak_SetParameter(espeakRATE, settings.rate, 0);
    espeak_SetParameter(espeakPITCH, settings.pitch, 0);
    espeak_SetParameter(espeakVOLUME, settings.volume, 0);
}

// The library is locked per chunk, not per job, so that concurrent jobs take turns; each
// turn therefore sets the voice again.
std::vector<float> speakChunk(const QString& chunk, const SpeechSettings& settings,
                              JobContext& context) {
    espeak::Library& lib = library();
    std::lock_guard<std::mutex> lock(lib.mutex);
    espeak_SetSynthCallback(synthCallback);
    applySettings(settings);
    Synthesis synthesis;
    synthesis.context = &context;
    const QByteArray utf8 = chunk.toUtf8();
    activeSynthesis = &synthesis;
    const espeak_ERROR result = espeak_Synth(utf8.constData(), utf8.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8, nullptr, nullptr);
    activeSynthesis = nullptr;
    if (synthesis.cancelled) {
        espeak_Cancel();
        throw JobCancelled();
    }
    if (result != EE_OK) {
        throw EngineError(QStringLiteral("eSpeak NG failed while speaking \"%1\": try again, or "
                                         "simplify the text")
                              .arg(chunk.left(60)));
    }
    return std::move(synthesis.samples);
}

// Plain text keeps eSpeak's own pauses between chunks; SSML adds its breaks and prosody.
QList<speech_script::Line> speechLines(const QString& text, const QString& language) {
    if (ssml::isSsml(text)) {
        return speech_script::lines(text, language, kMaxChunkCharacters, false);
    }
    QList<speech_script::Line> lines;
    for (const QString& chunk :
         splitIntoChunks(speech_script::expandAbbreviations(text, language))) {
        lines.append(speech_script::Line{chunk});
    }
    return lines;
}

qint64 characterCount(const QList<speech_script::Line>& lines) {
    qint64 total = 0;
    for (const speech_script::Line& line : lines) {
        total += line.text.size() + 1;
    }
    return total;
}

}  // namespace

EspeakTtsEngine::EspeakTtsEngine() {
    espeak::Library& lib = library();
    dataPath_ = lib.dataPath;
    std::lock_guard<std::mutex> lock(lib.mutex);
    if (lib.sampleRate <= 0) {
        return;
    }
    for (const espeak_VOICE** voice = espeak_ListVoices(nullptr); voice && *voice; ++voice) {
        const QString language = firstLanguage(**voice);
        if (!language.isEmpty() && !voiceIdentifiers_.contains(language)) {
            voiceIdentifiers_.insert(language, QString::fromUtf8((*voice)->identifier));
        }
    }
    espeak_VOICE variantFilter{};
    variantFilter.languages = "variant";
    for (const espeak_VOICE** voice = espeak_ListVoices(&variantFilter); voice && *voice; ++voice) {
        const QString identifier = QString::fromUtf8((*voice)->identifier);
        variants_.append(identifier.mid(identifier.lastIndexOf(QLatin1Char('/')) + 1));
    }
    variants_.sort(Qt::CaseInsensitive);
}

void EspeakTtsEngine::check(const ValidatedJob& job) const {
    speech_script::check(job.inputs.text(QStringLiteral("text")),
                         choiceValue(job.parameters, voiceSpec(voices())), QStringLiteral("text"));
}

EngineInfo EspeakTtsEngine::info() const {
    EngineInfo info;
    info.id = QStringLiteral("espeak-ng");
    info.capability = QStringLiteral("tts");
    info.title = QT_TRANSLATE_NOOP("capability", "eSpeak NG");
    info.summary = QT_TRANSLATE_NOOP(
        "capability",
        "Compact formant speech in over 100 languages; clear but robotic, instant on any CPU.");
    info.lane = ComputeLane::Cpu;
    info.parameters = {voiceSpec(voices()), variantSpec(variants_), rateSpec(), pitchSpec(),
                       volumeSpec()};
    return info;
}

QString EspeakTtsEngine::voiceName(const QString& language, const QString& variant) const {
    QString name = voiceIdentifiers_.value(language, language);
    if (variant != kNoVariant) {
        name += QLatin1Char('+') + variant;
    }
    return name;
}

QList<EngineOutput> EspeakTtsEngine::run(const ValidatedJob& job, JobContext& context) {
    espeak::Library& lib = library();
    if (lib.sampleRate <= 0) {
        throw EngineError(QStringLiteral("eSpeak NG could not start: its data was not found at "
                                         "'%1'; install the espeak-ng-data package or point "
                                         "ESPEAK_DATA_PATH at an espeak-ng-data folder")
                              .arg(dataPath_));
    }
    const QString language = choiceValue(job.parameters, voiceSpec(voices()));
    const QList<speech_script::Line> lines =
        speechLines(job.inputs.text(QStringLiteral("text")), language);
    if (lines.isEmpty()) {
        throw EngineError(
            QStringLiteral("there is no text to speak: enter the text to read aloud"));
    }
    SpeechSettings settings;
    settings.voiceName = voiceName(choiceValue(job.parameters, voiceSpec(voices())),
                                   choiceValue(job.parameters, variantSpec(variants_)));
    settings.rate = static_cast<int>(integerValue(job.parameters, rateSpec()));
    settings.pitch = static_cast<int>(integerValue(job.parameters, pitchSpec()));
    settings.volume = static_cast<int>(integerValue(job.parameters, volumeSpec()));

    OutputFileGuard output(context.outputPath(QStringLiteral("speech.wav")));
    audio::EncodeOptions options;
    options.sampleFormat = audio::SampleFormat::Float32;
    audio::AudioWriter writer(output.path(), lib.sampleRate, 1, options);

    const qint64 totalCharacters = characterCount(lines);
    qint64 charactersDone = 0;
    qint64 framesWritten = 0;
    for (const speech_script::Line& line : lines) {
        if (!context.progress(double(charactersDone) / double(totalCharacters),
                              QStringLiteral("Speaking"))) {
            throw JobCancelled();
        }
        SpeechSettings lineSettings = settings;
        lineSettings.rate = std::clamp(int(std::lround(settings.rate * line.rate)), 80, 450);
        audio::AudioBuffer speech{lib.sampleRate, 1, {}};
        if (!line.text.trimmed().isEmpty()) {
            speech.samples = speakChunk(line.text, lineSettings, context);
            framesWritten += static_cast<qint64>(speech.samples.size());
        }
        if (line.pitchSemitones != 0.0 && !speech.samples.empty()) {
            speech = audio::shiftPitch(speech, line.pitchSemitones);
        }
        speech.samples.resize(speech.samples.size() + size_t(line.pauseSeconds * lib.sampleRate),
                              0.0f);
        writer.write(std::move(speech));
        charactersDone += line.text.size() + 1;
    }
    if (framesWritten == 0) {
        throw EngineError(QStringLiteral(
            "eSpeak NG produced no sound for this text: check that it has words in the voice's "
            "language"));
    }
    writer.finish();
    context.workDone();
    output.release();
    return {EngineOutput{QStringLiteral("audio"), output.path()}};
}

}  // namespace sonara::core
