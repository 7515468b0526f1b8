#include "core/engine/engines/knnvc_voice_engine.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/audio/pitch_shift.h"
#include "core/audio/silence_detector.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"
#include "core/engine/sub_job.h"
#include "models/common/error.h"
#include "models/knnvc/knnvc.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <string>

namespace sonara::core {
namespace {

using namespace engine_support;

const QString kCapability = QStringLiteral("voice-changer");
const QString kEngineId = QStringLiteral("knn-vc");
constexpr double kMinimumInputSeconds = 0.1;
// Less target speech than this leaves too few frames to choose from; minutes sound best.
constexpr double kMinimumTargetSeconds = 3.0;
constexpr qint64 kVramBytes = 3'000'000'000;
// 2: the matching set holds the recordings' speech only (see speechOnly).
const std::string kCacheFormat = "sonara-knnvc-matching-set-2";
// The voice-activity detection that trims the target's recordings: quieter than kSilenceDb for
// kMinSilenceSeconds is not speech; kept speech is widened by kSpeechPadSeconds on each side.
constexpr double kSilenceDb = -50.0;
constexpr double kMinSilenceSeconds = 0.3;
constexpr double kSpeechPadSeconds = 0.1;
const QString kKeepBackground = QStringLiteral("keep-background");
// The share of the progress bar the separation takes when the background is kept.
constexpr double kSeparationShare = 0.35;
constexpr float kMixPeak = 0.999f;

// The descriptor's parameter `id`, so that the engine checks values against the same ranges
// when it is called without the registry's validation.
ParameterSpec descriptorParameter(const QString& id) {
    for (const CapabilityDescriptor& descriptor : standardCapabilities()) {
        if (descriptor.id == kCapability) {
            if (const ParameterSpec* spec = descriptor.parameter(id)) {
                return *spec;
            }
        }
    }
    throw EngineError(QStringLiteral("the voice-changer capability has no parameter %1").arg(id));
}

audio::AudioBuffer speech16k(const audio::AudioBuffer& buffer, int sampleRate) {
    audio::AudioBuffer mono = buffer.channels == 1 ? buffer : audio::remix(buffer, 1);
    return mono.sampleRate == sampleRate ? mono : audio::resample(mono, sampleRate);
}

// The stretches of `clip` with sound, joined. Silence left in a matching set would be matched to
// the quiet moments of the speech, and would count toward the target speech a voice needs.
audio::AudioBuffer speechOnly(const audio::AudioBuffer& clip) {
    audio::SilenceDetector detector(clip.sampleRate, clip.channels,
                                    {kSilenceDb, kMinSilenceSeconds});
    detector.process(clip);
    const std::vector<audio::TimeRange> sound =
        audio::soundBetween(detector.finish(), clip.durationSeconds());
    audio::AudioBuffer speech{clip.sampleRate, clip.channels, {}};
    qint64 keptUntil = 0;
    for (const audio::TimeRange& range : sound) {
        const qint64 from =
            std::max(keptUntil, std::llround((range.start - kSpeechPadSeconds) * clip.sampleRate));
        const qint64 to = std::min(clip.frames(),
                                   std::llround((range.end + kSpeechPadSeconds) * clip.sampleRate));
        if (to <= from) {
            continue;
        }
        speech.samples.insert(speech.samples.end(), clip.samples.begin() + from * clip.channels,
                              clip.samples.begin() + to * clip.channels);
        keptUntil = to;
    }
    return speech;
}

models::FloatArray samplesOf(const audio::AudioBuffer& mono) {
    return models::FloatArray({qint64(mono.samples.size())}, mono.samples);
}

QString sha256Of(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

// The target voice: a library voice or reference recordings, whose files name the clips.
struct Target {
    QString voiceId;  // empty for reference recordings
    QStringList files;
    QString cacheDirectory;

    bool isVoice() const { return !voiceId.isEmpty(); }
    // How a message names recording i.
    QString clipName(int i) const {
        return isVoice() ? QStringLiteral("recording %1 of voice %2").arg(i + 1).arg(voiceId)
                         : QFileInfo(files.at(i)).fileName();
    }
};

Target targetOf(const ValidatedJob& job) {
    Target target;
    target.voiceId = job.inputs.text(QStringLiteral("voice"));
    const QStringList references = job.inputs.files(QStringLiteral("reference"));
    if (target.isVoice() && !references.isEmpty()) {
        throw EngineError(QStringLiteral(
            "give the target either as a voice of your library (voice) or as reference "
            "recordings (reference), not both"));
    }
    if (!target.isVoice() && references.isEmpty()) {
        throw EngineError(QStringLiteral(
            "say whose voice to convert to: a voice of your library (voice, e.g. --input "
            "voice=NAME; sonara voices list shows them) or reference recordings (reference)"));
    }
    if (target.isVoice()) {
        target.files = job.inputs.files(QStringLiteral("voice"));
        target.cacheDirectory = job.inputs.voiceCacheDirectory(QStringLiteral("voice"));
        if (target.files.isEmpty()) {
            throw EngineError(QStringLiteral("voice %1 has no recordings to convert to; add a "
                                             "voice with recordings (sonara voices add NAME "
                                             "FILE...) or give reference recordings instead")
                                  .arg(target.voiceId));
        }
    } else {
        target.files = references;
    }
    return target;
}

class KnnVcVoiceEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = kEngineId;
        info.capability = kCapability;
        info.title = QT_TRANSLATE_NOOP("capability", "kNN-VC");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Any-to-any voice conversion: each moment of the speech is rebuilt from the most "
            "similar moments of the target voice (WavLM features, HiFi-GAN vocoder). A few "
            "minutes of the target sound best.");
        info.architectures = {QStringLiteral("knn-vc")};
        info.lane = ComputeLane::Gpu;
        info.vramBytes = kVramBytes;
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        if (!job.model) {
            throw EngineError(QStringLiteral(
                "the knn-vc engine needs a knn-vc model: install one on the Models page or with "
                "`sonara models install ID --from FOLDER --architecture knn-vc`"));
        }
        const QString input = job.inputs.file(QStringLiteral("audio"));
        if (choiceValue(job.parameters, descriptorParameter(QStringLiteral("mix"))) !=
            kKeepBackground) {
            return convert(job, context, input, input, nullptr);
        }
        const SeparatedSpeech separated = separateSpeech(input, context);
        JobContext rest = context.subContext(QStringLiteral("convert"), kSeparationShare, 1.0);
        return convert(job, rest, input, separated.speechPath, &separated.background);
    }

private:
    struct SeparatedSpeech {
        QString speechPath;
        audio::AudioBuffer background;
    };

    // The input's speech and everything else, through the installed stem separation model.
    static SeparatedSpeech separateSpeech(const QString& input, JobContext& context) {
        JobRequest request;
        request.capability = QStringLiteral("separate");
        request.inputs.setFiles(QStringLiteral("audio"), {input});
        request.parameters = {{QStringLiteral("stems"), QStringLiteral("vocals-accompaniment")}};
        QList<EngineOutput> outputs;
        try {
            outputs =
                runSubJob(request, context, QStringLiteral("separate"), 0.0, kSeparationShare);
        } catch (const ModelNotInstalledError&) {
            throw needsSeparationModel();
        } catch (const ValidationError&) {
            throw needsSeparationModel();
        }
        SeparatedSpeech separated;
        for (const EngineOutput& output : outputs) {
            if (output.outputId == QLatin1String("vocals")) {
                separated.speechPath = output.filePath;
            } else if (output.outputId == QLatin1String("accompaniment")) {
                separated.background = readInput(output.filePath);
            }
        }
        if (separated.speechPath.isEmpty() || separated.background.samples.empty()) {
            throw needsSeparationModel();
        }
        return separated;
    }

    static EngineError needsSeparationModel() {
        return EngineError(QStringLiteral(
            "mix=keep-background separates the speech from the background first, which needs a "
            "stem separation model: install one (sonara models install htdemucs), or choose "
            "mix=voice-only"));
    }

    // The converted voice with the background under it; a peak over full scale is brought
    // down, so the sum does not clip when it is encoded.
    static audio::AudioBuffer mixUnder(audio::AudioBuffer voice,
                                       const audio::AudioBuffer& background) {
        const audio::AudioBuffer bed = background.channels == voice.channels
                                           ? background
                                           : audio::remix(background, voice.channels);
        const size_t shared = std::min(voice.samples.size(), bed.samples.size());
        float peak = 0.0f;
        for (size_t i = 0; i < voice.samples.size(); ++i) {
            if (i < shared) {
                voice.samples[i] += bed.samples[i];
            }
            peak = std::max(peak, std::abs(voice.samples[i]));
        }
        if (peak > kMixPeak) {
            for (float& sample : voice.samples) {
                sample *= kMixPeak / peak;
            }
        }
        return voice;
    }

    // `input` is the user's file (named in messages); `speechPath` is what is converted: the
    // input itself, or its separated speech when `background` is given.
    QList<EngineOutput> convert(const ValidatedJob& job, JobContext& context, const QString& input,
                                const QString& speechPath, const audio::AudioBuffer* background) {
        const Target target = targetOf(job);
        const int k = int(integerValue(job.parameters, descriptorParameter(QStringLiteral("k"))));
        const double pitch =
            numberValue(job.parameters, descriptorParameter(QStringLiteral("pitch")));
        // Under a background the voice must keep the input's timing to stay in place.
        const bool keepTiming =
            background ||
            booleanValue(job.parameters, descriptorParameter(QStringLiteral("keep_timing")));

        context.progress(0.0, QStringLiteral("Loading the model"));
        std::shared_ptr<models::KnnVc> model;
        try {
            model = loadCachedModel<models::KnnVc>(*job.model, context);
        } catch (const models::Error& error) {
            throw modelFailed(job, error);
        }
        context.throwIfCancelled();

        context.progress(0.04, QStringLiteral("Reading the speech"));
        const audio::AudioBuffer original = readInput(speechPath);
        audio::AudioBuffer speech = speech16k(original, model->sampleRate());
        if (original.durationSeconds() < kMinimumInputSeconds ||
            qint64(speech.samples.size()) < model->minimumSamples()) {
            throw EngineError(QStringLiteral("%1 is too short to convert: it lasts %2 s; give at "
                                             "least %3 s of speech")
                                  .arg(QFileInfo(input).fileName())
                                  .arg(original.durationSeconds(), 0, 'f', 2)
                                  .arg(kMinimumInputSeconds));
        }

        const models::FloatArray matching = matchingSet(*model, job, target, context);
        if (k > matching.dim(0)) {
            throw EngineError(QStringLiteral("k is %1, but the target speech gives only %2 "
                                             "frames to choose from; lower k or add recordings")
                                  .arg(k)
                                  .arg(matching.dim(0)));
        }
        if (pitch != 0.0) {
            context.progress(0.45, QStringLiteral("Shifting the pitch"));
            speech = audio::shiftPitch(speech, pitch);
        }
        context.throwIfCancelled();
        const models::FloatArray wave = runStep(
            job, context,
            [&](const models::ProgressFn& progress) {
                return model->convert(samplesOf(speech), matching, k, progress);
            },
            0.5, 0.93, QStringLiteral("Converting"));

        context.progress(0.94, QStringLiteral("Writing the converted speech"));
        audio::AudioBuffer converted{model->outputSampleRate(), 1, wave.data};
        converted = fitToInput(converted, original, keepTiming);
        if (background) {
            converted = mixUnder(std::move(converted), *background);
        }
        OutputFileGuard guard(context.outputPath(QStringLiteral("audio.wav")));
        audio::EncodeOptions encode;
        encode.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(converted, guard.path(), encode);
        guard.release();
        context.workDone();
        return {EngineOutput{QStringLiteral("audio"), guard.path()}};
    }

    static audio::AudioBuffer readInput(const QString& path) {
        try {
            return audio::decodeFile(path);
        } catch (const audio::AudioError& error) {
            throw unreadableAudio(path, error, QStringLiteral("convert"));
        }
    }

    // The target's matching set: from the voice's cache when it was made from these very
    // recordings with this model, else computed (and, for a library voice, cached).
    models::FloatArray matchingSet(const models::KnnVc& model, const ValidatedJob& job,
                                   const Target& target, JobContext& context) const {
        std::map<std::string, std::string> key;
        QString cacheFile;
        if (target.isVoice() && !target.cacheDirectory.isEmpty()) {
            key = cacheKey(*job.model, target);
            cacheFile = QDir(target.cacheDirectory)
                            .filePath(QStringLiteral("knn-vc-%1.safetensors").arg(job.model->id));
            if (auto cached = readCache(cacheFile, key)) {
                context.progress(0.45, QStringLiteral("Using the voice's cached features"));
                return *cached;
            }
        }
        std::vector<models::FloatArray> clips;
        double seconds = 0.0;
        for (int i = 0; i < target.files.size(); ++i) {
            context.throwIfCancelled();
            audio::AudioBuffer clip;
            try {
                clip = speechOnly(
                    speech16k(audio::decodeFile(target.files.at(i)), model.sampleRate()));
            } catch (const audio::AudioError& error) {
                throw EngineError(QStringLiteral("cannot read %1: %2. %3")
                                      .arg(target.clipName(i), error.reason(),
                                           target.isVoice()
                                               ? QStringLiteral("Add the voice again from "
                                                                "readable recordings")
                                               : QStringLiteral("Give recordings in a format "
                                                                "FFmpeg reads")));
            }
            if (qint64(clip.samples.size()) < model.minimumSamples()) {
                continue;  // no speech in it: the total below says whether enough is left
            }
            seconds += clip.durationSeconds();
            clips.push_back(samplesOf(clip));
        }
        if (seconds < kMinimumTargetSeconds) {
            throw EngineError(
                QStringLiteral("%1 only %2 s of speech; kNN-VC needs at least %3 s of the target "
                               "voice (a few minutes sound best): add longer recordings")
                    .arg(target.isVoice() ? QStringLiteral("voice %1 has").arg(target.voiceId)
                                          : QStringLiteral("the reference recordings give"))
                    .arg(seconds, 0, 'f', 2)
                    .arg(kMinimumTargetSeconds));
        }
        const QString stage = target.isVoice() ? QStringLiteral("Learning the voice")
                                               : QStringLiteral("Learning the reference voice");
        models::FloatArray matching = runStep(
            job, context,
            [&](const models::ProgressFn& progress) { return model.matchingSet(clips, progress); },
            0.05, 0.45, stage);
        if (!cacheFile.isEmpty()) {
            writeCache(cacheFile, matching, key);
        }
        return matching;
    }

    static std::map<std::string, std::string> cacheKey(const InstalledModel& model,
                                                       const Target& target) {
        QStringList hashes;
        for (const QString& file : target.files) {
            hashes.append(sha256Of(file));
        }
        return {{"format", kCacheFormat},
                {"model", model.id.toStdString()},
                {"model_bytes", std::to_string(model.sizeBytes)},
                {"samples", hashes.join(QLatin1Char(',')).toStdString()}};
    }

    static std::optional<models::FloatArray> readCache(
        const QString& path, const std::map<std::string, std::string>& key) {
        if (!QFileInfo::exists(path)) {
            return std::nullopt;
        }
        try {
            std::map<std::string, std::string> metadata;
            models::FloatArray features = models::loadMatchingSet(path.toStdString(), &metadata);
            for (const auto& [name, value] : key) {
                if (metadata[name] != value) {
                    return std::nullopt;
                }
            }
            return features;
        } catch (const models::Error&) {
            return std::nullopt;  // a damaged cache is recomputed and replaced
        }
    }

    // A cache that cannot be written costs time on the next job, not this job's result.
    static void writeCache(const QString& path, const models::FloatArray& features,
                           const std::map<std::string, std::string>& key) {
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return;
        }
        try {
            models::saveMatchingSet(path.toStdString(), features, key);
        } catch (const models::Error&) {
        }
    }

    // Runs one model step with its progress in [from, to] of the job's bar, turning a cancel or
    // a model failure into the engine's errors.
    template <typename Step>
    models::FloatArray runStep(const ValidatedJob& job, JobContext& context, Step&& step,
                               double from, double to, const QString& stage) const {
        try {
            return step([&](double fraction, std::string_view) {
                return context.progress(from + (to - from) * fraction, stage);
            });
        } catch (const models::Cancelled&) {
            throw JobCancelled();
        } catch (const models::Error& error) {
            if (context.isCancelled()) {
                throw JobCancelled();
            }
            throw modelFailed(job, error);
        }
    }

    // Back to the input's rate and channel count and, with keepTiming, its exact length.
    static audio::AudioBuffer fitToInput(audio::AudioBuffer converted,
                                         const audio::AudioBuffer& original, bool keepTiming) {
        if (converted.sampleRate != original.sampleRate) {
            converted = audio::resample(converted, original.sampleRate);
        }
        if (original.channels > 1) {
            converted = audio::remix(converted, original.channels);
        }
        if (keepTiming) {
            converted.samples.resize(original.samples.size(), 0.0f);
        }
        const double target = audio::measureLoudness(original).integratedLufs;
        if (std::isfinite(target)) {
            converted = audio::normalizeLoudness(converted, target);
        }
        return converted;
    }

    EngineError modelFailed(const ValidatedJob& job, const models::Error& error) const {
        return EngineError(QStringLiteral("kNN-VC could not use model %1: %2. Reinstall it with "
                                          "`sonara models install %1`")
                               .arg(job.model->id, QString::fromUtf8(error.what())));
    }
};

}  // namespace

std::shared_ptr<Engine> knnVcVoiceEngine() {
    return std::make_shared<KnnVcVoiceEngine>();
}

}  // namespace sonara::core
