#include "core/engine/engines/vits_tts_engine.h"

#include "core/audio/audio_writer.h"
#include "core/audio/pitch_shift.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/speech_script.h"
#include "core/engine/engines/vits_text_hooks.h"
#include "core/engine/errors.h"
#include "models/common/error.h"
#include "models/vits/vits.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace sonara::core {
namespace {

using namespace engine_support;
using models::Vits;

const QString kEngineId = QStringLiteral("vits");
// Long enough for natural phrasing, short enough that one sentence's activations stay small.
constexpr int kMaxSentenceCharacters = 400;
// Sentences per model call: a GPU gains from padding several together; a CPU gains little and
// answers a cancel sooner with fewer.
constexpr int kGpuBatch = 16;
constexpr int kCpuBatch = 2;
// MMS-TTS checkpoints are 145 MB; a batch of long sentences needs about four times that.
constexpr qint64 kVramBytes = 700'000'000;

ParameterSpec speakingRateSpec() {
    return numberParameter(
        QStringLiteral("speaking_rate"), QT_TRANSLATE_NOOP("capability", "Speaking rate"), 1.0,
        0.25, 4.0, QT_TRANSLATE_NOOP("capability", "x"),
        QT_TRANSLATE_NOOP("capability",
                          "How fast the voice speaks: 1 is the model's own pace, "
                          "1.5 half as fast again, 0.75 slower."));
}

ParameterSpec expressivenessSpec() {
    return numberParameter(
        QStringLiteral("expressiveness"), QT_TRANSLATE_NOOP("capability", "Expressiveness"), 0.667,
        0.0, 2.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "Variation of tone (VITS noise scale): 0 is flat and repeatable, 0.667 "
                          "natural, higher livelier and less stable."));
}

ParameterSpec timingVariationSpec() {
    return numberParameter(
        QStringLiteral("timing_variation"), QT_TRANSLATE_NOOP("capability", "Timing variation"),
        0.8, 0.0, 2.0, {},
        QT_TRANSLATE_NOOP("capability",
                          "Variation of rhythm (VITS duration noise scale): 0 keeps every "
                          "syllable's predicted length."));
}

ParameterSpec speakerSpec() {
    return integerParameter(QStringLiteral("speaker"), QT_TRANSLATE_NOOP("capability", "Speaker"),
                            0, 0, 999, {},
                            QT_TRANSLATE_NOOP("capability",
                                              "Speaker number of a multi-speaker model; MMS voices "
                                              "have one speaker, 0."));
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
        QStringLiteral("VITS could not use model %1: %2. Reinstall it from a complete "
                       "checkpoint folder (config.json, vocab.json, tokenizer_config.json, "
                       "model.safetensors) with `sonara models install %1 --from FOLDER`")
            .arg(model.id, QString::fromUtf8(error.what())));
}

struct Utterance {
    std::vector<int64_t> tokens;  // empty: a pause alone
    double rate = 1.0;            // factor on the job's speaking rate (SSML prosody)
    double pitchSemitones = 0.0;
    double pauseSeconds = 0;
};

// Lines the model can read, as tokens; a sentence with no character of the model's alphabet
// (a stray symbol) is left out, but a text with none at all is the user's to fix.
std::vector<Utterance> tokenizeText(const Vits& model, const QString& text,
                                    const InstalledModel& installed) {
    const QString language = QString::fromStdString(model.language());
    const models::VitsTextHooks hooks = vits_text::hooks();
    std::vector<Utterance> utterances;
    bool anySpoken = false;
    for (const speech_script::Line& line :
         speech_script::lines(text, language, kMaxSentenceCharacters, true)) {
        Utterance utterance{{}, line.rate, line.pitchSemitones, line.pauseSeconds};
        if (!line.text.trimmed().isEmpty()) {
            try {
                utterance.tokens = model.tokenize(line.text.toStdString(), hooks);
                anySpoken = true;
            } catch (const models::Error&) {
                if (line.pauseSeconds <= 0) {
                    continue;
                }
            }
        }
        utterances.push_back(std::move(utterance));
    }
    if (!anySpoken) {
        throw EngineError(
            QStringLiteral("model %1 cannot read this text: none of its letters are in the "
                           "alphabet of the model's language (%2). Choose a model for the text's "
                           "language, or write the text in that language's script")
                .arg(installed.id, language.isEmpty() ? QStringLiteral("unknown") : language));
    }
    return utterances;
}

// Consecutive utterances that share a speaking rate and have tokens, at most `batch` of them:
// one model call.
size_t batchEnd(const std::vector<Utterance>& utterances, size_t first, size_t batch) {
    if (utterances[first].tokens.empty()) {
        return first + 1;
    }
    size_t end = first + 1;
    while (end < utterances.size() && end - first < batch && !utterances[end].tokens.empty() &&
           utterances[end].rate == utterances[first].rate) {
        ++end;
    }
    return end;
}

models::VitsSynthesisOptions synthesisOptions(const ValidatedJob& job, const Vits& model,
                                              const InstalledModel& installed) {
    models::VitsSynthesisOptions options;
    options.speakingRate = numberValue(job.parameters, speakingRateSpec());
    options.noiseScale = numberValue(job.parameters, expressivenessSpec());
    options.noiseScaleDuration = numberValue(job.parameters, timingVariationSpec());
    options.speaker = static_cast<int>(integerValue(job.parameters, speakerSpec()));
    options.seed = static_cast<uint64_t>(integerValue(job.parameters, seedSpec()));
    if (options.speaker >= std::max(1, model.speakers())) {
        throw EngineError(QStringLiteral("model %1 has %2 speaker(s), numbered from 0; speaker "
                                         "%3 does not exist")
                              .arg(installed.id)
                              .arg(std::max(1, model.speakers()))
                              .arg(options.speaker));
    }
    return options;
}

}  // namespace

EngineInfo VitsTtsEngine::info() const {
    EngineInfo info;
    info.id = kEngineId;
    info.capability = QStringLiteral("tts");
    info.title = QT_TRANSLATE_NOOP("capability", "VITS");
    info.summary = QT_TRANSLATE_NOOP(
        "capability",
        "Natural neural speech; the MMS voices speak over 1,100 languages, one model per "
        "language. Fast on a GPU, usable on a CPU.");
    info.architectures = {QStringLiteral("vits")};
    info.lane = ComputeLane::Gpu;
    info.vramBytes = kVramBytes;
    info.parameters = {speakingRateSpec(), expressivenessSpec(), timingVariationSpec(),
                       speakerSpec(), seedSpec()};
    return info;
}

void VitsTtsEngine::check(const ValidatedJob& job) const {
    const QString language = job.model ? job.model->id.section(QLatin1Char('-'), -1) : QString();
    speech_script::check(job.inputs.text(QStringLiteral("text")), language, QStringLiteral("text"));
}

QList<EngineOutput> VitsTtsEngine::run(const ValidatedJob& job, JobContext& context) {
    if (!job.model) {
        throw EngineError(
            QStringLiteral("the vits engine needs a VITS model: install one, e.g. "
                           "`sonara models install mms-tts-eng`"));
    }
    const QString text = job.inputs.text(QStringLiteral("text"));
    if (text.trimmed().isEmpty()) {
        throw EngineError(
            QStringLiteral("there is no text to speak: enter the text to read aloud"));
    }
    context.progress(0.0, QStringLiteral("Loading the voice"));
    std::shared_ptr<Vits> model;
    std::vector<Utterance> utterances;
    models::VitsSynthesisOptions options;
    try {
        model = loadCachedModel<Vits>(*job.model, context);
        if (!model->readsText()) {
            throw EngineError(QStringLiteral("model %1 has no vocab.json, so it cannot read text. "
                                             "Reinstall it from its complete checkpoint folder")
                                  .arg(job.model->id));
        }
        options = synthesisOptions(job, *model, *job.model);
        utterances = tokenizeText(*model, text, *job.model);
    } catch (const models::Error& error) {
        throw modelFailed(*job.model, error);
    }
    context.throwIfCancelled();

    const int rate = model->sampleRate();
    OutputFileGuard output(context.outputPath(QStringLiteral("speech.wav")));
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    audio::AudioWriter writer(output.path(), rate, 1, encode);
    const size_t batch = model->device().rfind("cuda", 0) == 0 ? kGpuBatch : kCpuBatch;
    const size_t total = utterances.size();
    const uint64_t seed = options.seed;
    const double jobRate = options.speakingRate.value_or(1.0);
    for (size_t first = 0; first < total;) {
        const size_t end = batchEnd(utterances, first, batch);
        const QString stage =
            QStringLiteral("Speaking sentence %1 of %2").arg(first + 1).arg(total);
        if (!context.progress(double(first) / double(total), stage)) {
            throw JobCancelled();
        }
        std::vector<std::vector<int64_t>> tokens;
        for (size_t i = first; i < end && !utterances[i].tokens.empty(); ++i) {
            tokens.push_back(std::move(utterances[i].tokens));
        }
        // Each batch draws its own noise, so a take is repeatable whatever the batch size.
        options.seed = seed + first;
        options.speakingRate = jobRate * utterances[first].rate;
        std::vector<models::FloatArray> waves(end - first);
        try {
            if (!tokens.empty()) {
                waves = model->synthesizeTokensBatch(
                    tokens, options,
                    [&](double, std::string_view) { return !context.isCancelled(); });
            }
        } catch (const models::Error& error) {
            if (context.isCancelled()) {
                throw JobCancelled();
            }
            throw modelFailed(*job.model, error);
        }
        context.throwIfCancelled();
        for (size_t i = 0; i < waves.size(); ++i) {
            const Utterance& utterance = utterances[first + i];
            audio::AudioBuffer speech{rate, 1, std::move(waves[i].data)};
            if (utterance.pitchSemitones != 0.0 && !speech.samples.empty()) {
                speech = audio::shiftPitch(speech, utterance.pitchSemitones);
            }
            const bool lastSentence = first + i + 1 == total;
            if (!lastSentence || speech.samples.empty()) {
                speech.samples.resize(speech.samples.size() + size_t(utterance.pauseSeconds * rate),
                                      0.0f);
            }
            writer.write(std::move(speech));
        }
        first = end;
    }
    writer.finish();
    context.workDone();
    output.release();
    return {EngineOutput{QStringLiteral("audio"), output.path()}};
}

}  // namespace sonara::core
