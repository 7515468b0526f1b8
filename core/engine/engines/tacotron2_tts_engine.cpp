#include "core/engine/engines/tacotron2_tts_engine.h"

#include "core/audio/audio_writer.h"
#include "core/audio/pitch_shift.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/speech_script.h"
#include "core/engine/errors.h"
#include "models/common/error.h"
#include "models/hifigan/hifigan.h"
#include "models/tacotron2/tacotron2.h"
#include "models/waveglow/waveglow.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sonara::core {
namespace {

using namespace engine_support;
using models::FloatArray;

const QString kEngineId = QStringLiteral("tacotron2");
const QString kWaveGlow = QStringLiteral("waveglow");
const QString kHifiGan = QStringLiteral("hifigan");
// The character set of torchaudio's LJSpeech character checkpoints (pipelines/_tts/utils.py);
// id 0, "_", is padding and never spoken.
const QString kCharacterSymbols = QStringLiteral("_-!'(),.:;? abcdefghijklmnopqrstuvwxyz");
// Attention holds for a sentence or two; the decoder stops at 2,000 frames (23 s) anyway.
constexpr int kMaxSentenceCharacters = 250;
constexpr int kGpuBatch = 8;
constexpr int kCpuBatch = 1;
// Tacotron2 (113 MB) and WaveGlow (270 MB) with a batch of long sentences.
constexpr qint64 kVramBytes = 1'500'000'000;
// log(1e-5): the log-mel value of silence, used to pad shorter rows of a batch for the vocoder.
constexpr float kSilentLogMel = -11.5129f;

ParameterSpec vocoderSpec() {
    return choiceParameter(
        QStringLiteral("vocoder"), QT_TRANSLATE_NOOP("capability", "Vocoder"), kWaveGlow,
        {kWaveGlow, kHifiGan},
        QT_TRANSLATE_NOOP("capability",
                          "What turns the spectrogram into sound: WaveGlow (NVIDIA, smooth) or "
                          "HiFi-GAN (faster, crisper). The model folder must hold the one you "
                          "pick."));
}

ParameterSpec sigmaSpec() {
    return numberParameter(
        QStringLiteral("vocoder_noise"), QT_TRANSLATE_NOOP("capability", "Vocoder noise"), 0.666,
        0.0, 1.5, {},
        QT_TRANSLATE_NOOP("capability",
                          "WaveGlow's sigma: 0.666 is its authors' choice; lower is cleaner but "
                          "duller, higher adds hiss."));
}

ParameterSpec pitchSpec() {
    return numberParameter(QStringLiteral("pitch"), QT_TRANSLATE_NOOP("capability", "Pitch"), 0.0,
                           -12.0, 12.0, QT_TRANSLATE_NOOP("capability", "semitones"),
                           QT_TRANSLATE_NOOP("capability",
                                             "Raises or lowers the voice without changing its "
                                             "pace or timbre (Rubber Band)."));
}

ParameterSpec seedSpec() {
    return integerParameter(QStringLiteral("seed"), QT_TRANSLATE_NOOP("capability", "Seed"), 0, 0,
                            2147483647, {},
                            QT_TRANSLATE_NOOP("capability",
                                              "The same seed, text and settings give the same "
                                              "audio; change it for another take."));
}

EngineError modelFailed(const InstalledModel& model, const models::Error& error) {
    return EngineError(
        QStringLiteral("Tacotron2 could not use model %1: %2. Reinstall it from a complete "
                       "folder (tacotron2/ with the checkpoint, and waveglow/ or hifigan/) with "
                       "`sonara models install %1 --from FOLDER --architecture tacotron2`")
            .arg(model.id, QString::fromUtf8(error.what())));
}

QString partDirectory(const InstalledModel& model, const QString& part) {
    return QDir(model.directory).filePath(part);
}

bool hasPart(const InstalledModel& model, const QString& part) {
    return QFileInfo(partDirectory(model, part)).isDir();
}

template <typename Model>
std::shared_ptr<Model> loadPart(const InstalledModel& model, const QString& part,
                                JobContext& context) {
    InstalledModel piece = model;
    piece.directory = partDirectory(model, part);
    return loadCachedModel<Model>(piece, context);
}

void requireParts(const InstalledModel& model, const QString& vocoder) {
    if (!hasPart(model, kEngineId)) {
        throw EngineError(QStringLiteral("model %1 has no tacotron2/ folder, so it is not a "
                                         "Tacotron2 voice. Reinstall it from a folder holding "
                                         "tacotron2/ and waveglow/ or hifigan/")
                              .arg(model.id));
    }
    if (hasPart(model, vocoder)) {
        return;
    }
    const QString other = vocoder == kWaveGlow ? kHifiGan : kWaveGlow;
    throw EngineError(
        hasPart(model, other)
            ? QStringLiteral("model %1 comes with the %2 vocoder, not %3: choose --set "
                             "vocoder=%2, or add a %3/ folder to the model")
                  .arg(model.id, other, vocoder)
            : QStringLiteral("model %1 has no vocoder: add a waveglow/ or hifigan/ folder to it "
                             "and reinstall it")
                  .arg(model.id));
}

// Text as torchaudio's character processor reads it: lower case, accents folded, typographic
// punctuation mapped to ASCII, anything else left out.
std::vector<int64_t> characterSymbols(const QString& sentence) {
    QString text = sentence.normalized(QString::NormalizationForm_KD).toLower();
    text.replace(QChar(0x2019), QLatin1Char('\''))
        .replace(QChar(0x2018), QLatin1Char('\''))
        .replace(QChar(0x2013), QLatin1Char('-'))
        .replace(QChar(0x2014), QLatin1Char('-'))
        .replace(QChar(0x2026), QLatin1Char('.'));
    std::vector<int64_t> symbols;
    for (const QChar c : text) {
        const qsizetype id = kCharacterSymbols.indexOf(c);
        if (id > 0) {
            symbols.push_back(id);
        }
    }
    return symbols;
}

bool hasLetter(const std::vector<int64_t>& symbols) {
    const qsizetype firstLetter = kCharacterSymbols.indexOf(QLatin1Char('a'));
    return std::any_of(symbols.begin(), symbols.end(),
                       [&](int64_t id) { return id >= firstLetter; });
}

// One line of the script; no symbols means a pause alone (an SSML <break>).
struct Utterance {
    std::vector<int64_t> symbols;
    double rate = 1.0;  // SSML prosody rate: Tacotron2 has no control, so Rubber Band stretches
    double pitchSemitones = 0.0;
    double pauseSeconds = 0;
};

// The text (plain or SSML) as lines in symbols. A sentence without a letter (a stray symbol) is
// left out, but a text with none at all is the user's to fix.
std::vector<Utterance> readText(const QString& text, const InstalledModel& model) {
    std::vector<Utterance> utterances;
    bool anySpoken = false;
    for (const speech_script::Line& line :
         speech_script::lines(text, QStringLiteral("en"), kMaxSentenceCharacters, true)) {
        std::vector<int64_t> symbols = characterSymbols(line.text);
        if (!hasLetter(symbols)) {
            if (line.pauseSeconds <= 0) {
                continue;
            }
            symbols.clear();
        }
        anySpoken = anySpoken || !symbols.empty();
        utterances.push_back(
            {std::move(symbols), line.rate, line.pitchSemitones, line.pauseSeconds});
    }
    if (!anySpoken) {
        throw EngineError(QStringLiteral("model %1 speaks English written in Latin letters, and "
                                         "this text has none: write it in English, or choose a "
                                         "VITS voice of the text's language")
                              .arg(model.id));
    }
    return utterances;
}

void checkSymbolTable(const models::Tacotron2& tacotron, const InstalledModel& model) {
    if (tacotron.symbolCount() != kCharacterSymbols.size()) {
        throw EngineError(QStringLiteral("model %1 reads %2 symbols, not the %3 characters of "
                                         "torchaudio's character checkpoints (a phoneme "
                                         "checkpoint?). Install a Tacotron2 character model")
                              .arg(model.id)
                              .arg(tacotron.symbolCount())
                              .arg(kCharacterSymbols.size()));
    }
}

void checkMelBins(int tacotronBins, int vocoderBins, const InstalledModel& model,
                  const QString& vocoder) {
    if (tacotronBins != vocoderBins) {
        throw EngineError(QStringLiteral("in model %1, Tacotron2 writes %2 mel bands but the %3 "
                                         "vocoder reads %4: they were not trained together. Put "
                                         "the vocoder made for this Tacotron2 in %3/")
                              .arg(model.id)
                              .arg(tacotronBins)
                              .arg(vocoder)
                              .arg(vocoderBins));
    }
}

// The rows of a batch padded to the longest with silence: [rows, bins, frames].
FloatArray padRows(const models::Tacotron2::Spectrogram& spectrogram) {
    const int64_t rows = spectrogram.mel.dim(0);
    const int64_t bins = spectrogram.mel.dim(1);
    const int64_t frames = spectrogram.mel.dim(2);
    const int64_t longest = std::max<int64_t>(
        1, *std::max_element(spectrogram.frames.begin(), spectrogram.frames.end()));
    FloatArray padded({rows, bins, longest},
                      std::vector<float>(rows * bins * longest, kSilentLogMel));
    for (int64_t r = 0; r < rows; ++r) {
        const int64_t used = std::min(spectrogram.frames[size_t(r)], frames);
        for (int64_t b = 0; b < bins; ++b) {
            const float* from = spectrogram.mel.data.data() + (r * bins + b) * frames;
            std::copy(from, from + used, padded.data.data() + (r * bins + b) * longest);
        }
    }
    return padded;
}

// [rows, bins, frames] -> [rows, frames, bins], the layout HiFi-GAN reads.
FloatArray framesFirst(const FloatArray& mel) {
    const int64_t rows = mel.dim(0), bins = mel.dim(1), frames = mel.dim(2);
    FloatArray out({rows, frames, bins});
    for (int64_t r = 0; r < rows; ++r) {
        for (int64_t b = 0; b < bins; ++b) {
            for (int64_t f = 0; f < frames; ++f) {
                out.data[size_t((r * frames + f) * bins + b)] =
                    mel.data[size_t((r * bins + b) * frames + f)];
            }
        }
    }
    return out;
}

// Tacotron2 and the vocoder the job chose, loaded for one job (the model cache shares them).
struct Voice {
    std::shared_ptr<models::Tacotron2> tacotron;
    std::shared_ptr<models::WaveGlow> waveglow;
    std::shared_ptr<models::HifiGan> hifigan;
    double sigma = 0.666;

    int sampleRate() const { return waveglow ? waveglow->sampleRate() : hifigan->sampleRate(); }
    int hopLength() const { return waveglow ? waveglow->hopLength() : hifigan->hopLength(); }
    bool onGpu() const { return tacotron->device().rfind("cuda", 0) == 0; }

    // Padded batch [rows, bins, frames] -> waveforms [rows, frames * hopLength()].
    FloatArray vocode(const FloatArray& mel, const models::ProgressFn& progress) const {
        return waveglow ? waveglow->infer(mel, sigma, {}, progress)
                        : hifigan->generate(framesFirst(mel), progress);
    }
};

Voice loadVoice(const InstalledModel& model, const QString& vocoder, double sigma,
                JobContext& context) {
    Voice voice;
    voice.sigma = sigma;
    try {
        voice.tacotron = loadPart<models::Tacotron2>(model, kEngineId, context);
        checkSymbolTable(*voice.tacotron, model);
        if (vocoder == kWaveGlow) {
            voice.waveglow = loadPart<models::WaveGlow>(model, kWaveGlow, context);
            checkMelBins(voice.tacotron->melBins(), voice.waveglow->melBins(), model, vocoder);
        } else {
            voice.hifigan = loadPart<models::HifiGan>(model, kHifiGan, context);
            checkMelBins(voice.tacotron->melBins(), voice.hifigan->melBins(), model, vocoder);
        }
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }
    return voice;
}

// One batch of sentences as audio buffers, each trimmed where its stop gate fired.
std::vector<audio::AudioBuffer> speakBatch(const Voice& voice,
                                           std::vector<std::vector<int64_t>> symbols, uint64_t seed,
                                           const InstalledModel& model, JobContext& context) {
    auto keepGoing = [&](double, std::string_view) { return !context.isCancelled(); };
    FloatArray waves;
    std::vector<int64_t> frames;
    try {
        const models::Tacotron2::Spectrogram spectrogram =
            voice.tacotron->synthesize(symbols, seed, keepGoing);
        context.throwIfCancelled();
        frames = spectrogram.frames;
        waves = voice.vocode(padRows(spectrogram), keepGoing);
    } catch (const models::Error& error) {
        if (context.isCancelled()) {
            throw JobCancelled();
        }
        throw modelFailed(model, error);
    }
    context.throwIfCancelled();
    const int rate = voice.sampleRate();
    const int64_t stride = waves.dim(-1);
    std::vector<audio::AudioBuffer> sentences;
    for (size_t i = 0; i < frames.size(); ++i) {
        const int64_t length = std::min<int64_t>(frames[i] * voice.hopLength(), stride);
        const float* start = waves.data.data() + int64_t(i) * stride;
        sentences.push_back(audio::AudioBuffer{rate, 1, std::vector<float>(start, start + length)});
    }
    return sentences;
}

// Consecutive lines with symbols, at most `batch` of them: one model call. A pause alone is a
// step of its own.
size_t batchEnd(const std::vector<Utterance>& utterances, size_t first, size_t batch) {
    if (utterances[first].symbols.empty()) {
        return first + 1;
    }
    size_t end = first + 1;
    while (end < utterances.size() && end - first < batch && !utterances[end].symbols.empty()) {
        ++end;
    }
    return end;
}

// A spoken line with its prosody applied and the pause after it (none after the last sentence,
// unless the line is a pause alone).
audio::AudioBuffer shaped(audio::AudioBuffer speech, const Utterance& utterance,
                          double jobSemitones, bool last) {
    if (!speech.samples.empty()) {
        if (utterance.rate != 1.0 && utterance.rate > 0.0) {
            speech = audio::timeStretch(speech, 1.0 / utterance.rate);
        }
        const double semitones = jobSemitones + utterance.pitchSemitones;
        if (semitones != 0.0) {
            speech = audio::shiftPitch(speech, semitones);
        }
    }
    if (!last || speech.samples.empty()) {
        speech.samples.resize(
            speech.samples.size() + size_t(std::lround(utterance.pauseSeconds * speech.sampleRate)),
            0.0f);
    }
    return speech;
}

class Tacotron2TtsEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = kEngineId;
        info.capability = QStringLiteral("tts");
        info.title = QT_TRANSLATE_NOOP("capability", "Tacotron2");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "The classic neural English voice (LJSpeech): Tacotron2 with a WaveGlow or HiFi-GAN "
            "vocoder. Best on a GPU.");
        info.architectures = {kEngineId};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        info.parameters = {vocoderSpec(), sigmaSpec(), pitchSpec(), seedSpec()};
        return info;
    }

    void check(const ValidatedJob& job) const override {
        speech_script::check(job.inputs.text(QStringLiteral("text")), QStringLiteral("en"),
                             QStringLiteral("text"));
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        if (!job.model) {
            throw EngineError(QStringLiteral(
                "the tacotron2 engine needs a Tacotron2 model: install one, e.g. `sonara models "
                "install tacotron2-ljspeech`"));
        }
        const InstalledModel& model = *job.model;
        const QString text = job.inputs.text(QStringLiteral("text"));
        if (text.trimmed().isEmpty()) {
            throw EngineError(
                QStringLiteral("there is no text to speak: enter the text to read aloud"));
        }
        const QString vocoder = choiceValue(job.parameters, vocoderSpec());
        const double semitones = numberValue(job.parameters, pitchSpec());
        const auto seed = static_cast<uint64_t>(integerValue(job.parameters, seedSpec()));
        requireParts(model, vocoder);
        std::vector<Utterance> utterances = readText(text, model);

        context.progress(0.0, QStringLiteral("Loading the voice"));
        const Voice voice =
            loadVoice(model, vocoder, numberValue(job.parameters, sigmaSpec()), context);
        context.throwIfCancelled();

        const int rate = voice.sampleRate();
        OutputFileGuard output(context.outputPath(QStringLiteral("speech.wav")));
        audio::EncodeOptions encode;
        encode.sampleFormat = audio::SampleFormat::Float32;
        audio::AudioWriter writer(output.path(), rate, 1, encode);
        const size_t batch = voice.onGpu() ? kGpuBatch : kCpuBatch;
        const size_t total = utterances.size();
        for (size_t first = 0; first < total;) {
            const size_t end = batchEnd(utterances, first, batch);
            if (!context.progress(
                    double(first) / double(total),
                    QStringLiteral("Speaking sentence %1 of %2").arg(first + 1).arg(total))) {
                throw JobCancelled();
            }
            std::vector<std::vector<int64_t>> symbols;
            for (size_t i = first; i < end && !utterances[i].symbols.empty(); ++i) {
                symbols.push_back(std::move(utterances[i].symbols));
            }
            std::vector<audio::AudioBuffer> sentences(end - first, audio::AudioBuffer{rate, 1, {}});
            if (!symbols.empty()) {
                sentences = speakBatch(voice, std::move(symbols), seed, model, context);
            }
            for (size_t i = 0; i < sentences.size(); ++i) {
                const Utterance& utterance = utterances[first + i];
                writer.write(
                    shaped(std::move(sentences[i]), utterance, semitones, first + i + 1 == total));
            }
            first = end;
        }
        writer.finish();
        context.workDone();
        output.release();
        return {EngineOutput{QStringLiteral("audio"), output.path()}};
    }
};

}  // namespace

std::shared_ptr<Engine> tacotron2TtsEngine() {
    return std::make_shared<Tacotron2TtsEngine>();
}

}  // namespace sonara::core
