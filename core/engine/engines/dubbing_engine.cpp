#include "core/engine/engines/dubbing_engine.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/engines/dubbing_segments.h"
#include "core/engine/engines/dubbing_voicing.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/json_schema.h"
#include "core/engine/sub_job.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <optional>

namespace sonara::core {
namespace {

using namespace engine_support;
using namespace dubbing;
using audio::AudioBuffer;

const QString kStopNone = QStringLiteral("none");
const QString kStopTranslation = QStringLiteral("translation");
const QString kConvertAuto = QStringLiteral("auto");
const QString kConvertOn = QStringLiteral("on");
const QString kConvertOff = QStringLiteral("off");
constexpr int kCacheDays = 14;
constexpr int kMaxLoudnessPasses = 4;

// Where each stage's share of the progress bar ends.
constexpr double kSeparatedAt = 0.3;
constexpr double kTranscribedAt = 0.42;
constexpr double kTranslatedAt = 0.5;
constexpr double kSynthesisedAt = 0.75;
constexpr double kConvertedAt = 0.85;
constexpr double kFittedAt = 0.9;

ParameterSpec stopAfterSpec() {
    return choiceParameter(
        QStringLiteral("stop_after"), QT_TRANSLATE_NOOP("capability", "Stop after"), kStopNone,
        {kStopNone, kStopTranslation},
        QT_TRANSLATE_NOOP("capability",
                          "translation: return the segments (times, text, translation) for "
                          "review before anything is synthesised; give them back, edited, as "
                          "the segments input. none: dub in one go."));
}

ParameterSpec voiceConversionSpec() {
    return choiceParameter(
        QStringLiteral("voice_conversion"), QT_TRANSLATE_NOOP("capability", "Keep the voice"),
        kConvertAuto, {kConvertAuto, kConvertOn, kConvertOff},
        QT_TRANSLATE_NOOP("capability",
                          "Convert the synthetic speech to the original speaker's voice. auto: "
                          "when a voice conversion model (kNN-VC) is installed, else the report "
                          "flags each segment; on: required; off: the synthetic voice."));
}

ParameterSpec languageSpec(const QString& id, const QString& title, const QString& fallback,
                           const QString& help) {
    ParameterSpec spec;
    spec.id = id;
    spec.title = title;
    spec.type = ParameterType::String;
    spec.defaultValue = fallback;
    spec.help = help;
    return spec;
}

QString languageCode(const QString& value) {
    QString code = value.trimmed().toLower();
    const qsizetype cut = code.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return cut > 0 ? code.left(cut) : code;
}

QString parameterLanguage(const ValidatedJob& job, const QString& id) {
    const QString code = languageCode(job.parameters.value(id).toString());
    return code == QLatin1String("auto") ? QString() : code;
}

std::optional<DubPlan> givenPlan(const ValidatedJob& job) {
    if (!job.inputs.has(QStringLiteral("segments"))) {
        return std::nullopt;
    }
    const QJsonValue document = job.inputs.document(QStringLiteral("segments"));
    if (auto problem = schemaViolation(document, segmentsSchema())) {
        throw ValidationError(ValidationError::Kind::Malformed, QStringLiteral("segments"),
                              QStringLiteral("the segments (input 'segments') %1").arg(*problem));
    }
    DubPlan plan = DubPlan::fromJson(document.toObject());
    const QString problem = planProblem(plan);
    if (!problem.isEmpty()) {
        throw ValidationError(ValidationError::Kind::OutOfRange, QStringLiteral("segments"),
                              problem);
    }
    return plan;
}

QString targetLanguageOf(const ValidatedJob& job, const std::optional<DubPlan>& plan) {
    QString target = parameterLanguage(job, QStringLiteral("target_language"));
    if (target.isEmpty() && plan) {
        target = languageCode(plan->targetLanguage);
    }
    return target;
}

// Runs one stage; a failure names it. Errors already meant for users keep their words.
template <typename Work>
auto stage(const QString& name, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const JobCancelled&) {
        throw;
    } catch (const Error& error) {
        throw EngineError(QStringLiteral("dubbing stopped at the %1 stage: %2. What the stages "
                                         "before it made is kept, so running the job again "
                                         "goes on from here")
                              .arg(name, error.message()));
    } catch (const audio::AudioError& error) {
        throw EngineError(QStringLiteral("dubbing stopped at the %1 stage: %2 %3")
                              .arg(name, QFileInfo(error.path()).fileName(), error.reason()));
    }
}

QString fileHash(const QString& path) {
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file)) {
        throw EngineError(QStringLiteral("%1 cannot be read: check that the file is still there")
                              .arg(QFileInfo(path).fileName()));
    }
    return QString::fromLatin1(hash.result().toHex().left(32));
}

// The cache lives beside the jobs' work folders (which are removed when a job ends), one folder
// per source file's content: its separated stems and its dubbed segments. Folders unused for
// kCacheDays are removed.
QString cacheFolderFor(const QString& input, const JobContext& context) {
    QDir root(QFileInfo(context.workDirectory()).absolutePath());
    root.mkpath(QStringLiteral("dubbing-cache"));
    root.cd(QStringLiteral("dubbing-cache"));
    const QDateTime stale = QDateTime::currentDateTimeUtc().addDays(-kCacheDays);
    for (const QFileInfo& entry : root.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (entry.lastModified() < stale) {
            QDir(entry.absoluteFilePath()).removeRecursively();
        }
    }
    const QString folder = root.filePath(fileHash(input));
    QDir().mkpath(folder + QStringLiteral("/segments"));
    return folder;
}

void copyInto(const QString& from, const QString& to) {
    const QString partial = to + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(from, partial) || !QFile::rename(partial, to)) {
        QFile::remove(partial);
        throw EngineError(
            QStringLiteral("the separated stems cannot be kept: check the free "
                           "space of Sonara's data folder"));
    }
}

QString outputOf(const QList<EngineOutput>& outputs, const QString& id) {
    for (const EngineOutput& output : outputs) {
        if (output.outputId == id) {
            return output.filePath;
        }
    }
    throw EngineError(QStringLiteral("the %1 output is missing").arg(id));
}

struct Stems {
    QString speech;
    QString background;
};

Stems separate(const QString& input, const QString& cache, JobContext& context) {
    Stems stems{cache + QStringLiteral("/speech.wav"), cache + QStringLiteral("/background.wav")};
    if (QFileInfo::exists(stems.speech) && QFileInfo::exists(stems.background)) {
        context.progress(kSeparatedAt, QStringLiteral("Separation kept from an earlier run"));
        return stems;
    }
    const CapabilityAccess& access = context.capabilities();
    if (access.registry &&
        access.registry->defaultEngine(QStringLiteral("separate"), access.models).isEmpty()) {
        throw EngineError(
            QStringLiteral("no separation model is installed, and dubbing needs "
                           "one to keep the background: install htdemucs "
                           "(`sonara models install htdemucs`)"));
    }
    JobRequest request;
    request.capability = QStringLiteral("separate");
    request.parameters = {{QStringLiteral("stems"), QStringLiteral("vocals-accompaniment")}};
    request.inputs.setFiles(QStringLiteral("audio"), {input});
    const QList<EngineOutput> outputs =
        runSubJob(request, context, QStringLiteral("separate"), 0.02, kSeparatedAt);
    copyInto(outputOf(outputs, QStringLiteral("accompaniment")), stems.background);
    copyInto(outputOf(outputs, QStringLiteral("vocals")), stems.speech);
    return stems;
}

Transcript readTranscript(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw EngineError(QStringLiteral("no transcript came back"));
    }
    return Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

Transcript transcribe(const QString& speech, const QString& language, JobContext& context) {
    JobRequest request;
    request.capability = QStringLiteral("stt");
    request.parameters = {
        {QStringLiteral("language"), language.isEmpty() ? QStringLiteral("auto") : language},
        {QStringLiteral("word_timestamps"), true}};
    request.inputs.setFiles(QStringLiteral("audio"), {speech});
    const QList<EngineOutput> outputs =
        runSubJob(request, context, QStringLiteral("transcribe"), kSeparatedAt, kTranscribedAt);
    Transcript transcript = readTranscript(outputOf(outputs, QStringLiteral("transcript")));
    QList<TranscriptSegment> spoken;
    for (const TranscriptSegment& segment : transcript.segments) {
        if (!segment.text.trimmed().isEmpty() && segment.end > segment.start) {
            spoken.append(segment);
        }
    }
    transcript.segments = spoken;
    return transcript;
}

Transcript translate(const Transcript& source, const QString& sourceLanguage, const QString& target,
                     JobContext& context) {
    JobRequest request;
    request.capability = QStringLiteral("translate");
    request.parameters = {{QStringLiteral("source_language"),
                           sourceLanguage.isEmpty() ? QStringLiteral("auto") : sourceLanguage},
                          {QStringLiteral("target_language"), target}};
    request.inputs.setDocument(QStringLiteral("transcript"), source.toJson());
    const QList<EngineOutput> outputs =
        runSubJob(request, context, QStringLiteral("translate"), kTranscribedAt, kTranslatedAt);
    return readTranscript(outputOf(outputs, QStringLiteral("transcript")));
}

QString writeJson(const QJsonObject& json, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.commit()) {
        throw EngineError(
            QStringLiteral("the dubbing report cannot be saved: check the free "
                           "space of Sonara's data folder"));
    }
    return path;
}

QJsonObject readJsonFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

// Where the plan (transcript and translation) of an earlier run is kept: keyed by the
// languages asked for and the stt and translation models installed, since other models would
// transcribe or translate differently.
QString cachedPlanPath(const QString& cache, const QString& source, const QString& target,
                       const JobContext& context) {
    QStringList material{source, target};
    if (const ModelRepository* models = context.capabilities().models) {
        for (const InstalledModel& model : models->installedModels()) {
            material.append(model.architecture + QLatin1Char(':') + model.id);
        }
    }
    const QByteArray key = QCryptographicHash::hash(material.join(QLatin1Char('|')).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(24);
    return cache + QStringLiteral("/plan-") + QString::fromLatin1(key) + QStringLiteral(".json");
}

DubPlan transcribeAndTranslate(const QString& speech, const QString& sourceLanguage,
                               const QString& target, const QString& name, JobContext& context) {
    const Transcript source = stage(QStringLiteral("speech to text"),
                                    [&] { return transcribe(speech, sourceLanguage, context); });
    if (source.segments.isEmpty()) {
        throw EngineError(
            QStringLiteral("no speech was found in %1, so there is nothing to dub").arg(name));
    }
    const Transcript translated = stage(QStringLiteral("translation"), [&] {
        return translate(source, sourceLanguage, target, context);
    });
    DubPlan plan = planFromTranscripts(source, translated);
    if (plan.sourceLanguage.isEmpty()) {
        plan.sourceLanguage = sourceLanguage;
    }
    plan.targetLanguage = target;
    return plan;
}

// The segment audio kept in the cache: the dub of one row, fitted to its slot.
struct CachedSegment {
    QString audio;
    QString facts;
};

CachedSegment cachedSegment(const QString& cache, const QString& key) {
    return {cache + QStringLiteral("/segments/") + key + QStringLiteral(".wav"),
            cache + QStringLiteral("/segments/") + key + QStringLiteral(".json")};
}

bool loadCached(const CachedSegment& cached, DubSegment& segment, AudioBuffer& audio) {
    QFile facts(cached.facts);
    if (!QFileInfo::exists(cached.audio) || !facts.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(facts.readAll()).object();
    try {
        audio = audio::decodeFile(cached.audio);
    } catch (const audio::AudioError&) {
        return false;
    }
    segment.synthesizedSeconds = json.value(QStringLiteral("synthesized_seconds")).toDouble();
    segment.stretch = json.value(QStringLiteral("stretch")).toDouble(1.0);
    segment.fittedSeconds = audio.durationSeconds();
    segment.flags.clear();
    for (const QJsonValue& flag : json.value(QStringLiteral("flags")).toArray()) {
        segment.flags.append(flag.toString());
    }
    segment.reused = true;
    return true;
}

void storeCached(const CachedSegment& cached, const DubSegment& segment, const AudioBuffer& audio) {
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    audio::encodeFile(audio, cached.audio, encode);
    writeJson(QJsonObject{{QStringLiteral("synthesized_seconds"), segment.synthesizedSeconds},
                          {QStringLiteral("stretch"), segment.stretch},
                          {QStringLiteral("flags"), QJsonArray::fromStringList(segment.flags)}},
              cached.facts);
}

// The dubbed speech: every segment's audio, from the cache or made now (synthesised, converted
// to the speaker's voice in one pass, fitted to its slot).
QList<AudioBuffer> dubSegments(DubPlan& plan, const Voicing& voicing, const Stems& stems,
                               const QString& cache, JobContext& context) {
    const int count = int(plan.segments.size());
    QList<AudioBuffer> dubbed(count);
    QList<int> fresh;
    for (int i = 0; i < count; ++i) {
        DubSegment& segment = plan.segments[i];
        segment.reused = false;
        segment.flags.clear();
        const CachedSegment cached =
            cachedSegment(cache, segmentCacheKey(segment, plan.targetLanguage, voicing.key()));
        if (!loadCached(cached, segment, dubbed[i])) {
            fresh.append(i);
        }
    }
    QList<AudioBuffer> spoken;
    for (int n = 0; n < fresh.size(); ++n) {
        context.throwIfCancelled();
        DubSegment& segment = plan.segments[fresh[n]];
        const double from = kTranslatedAt + (kSynthesisedAt - kTranslatedAt) * n / fresh.size();
        context.progress(from, QStringLiteral("Synthesising segment %1 of %2 (%3 reused)")
                                   .arg(n + 1)
                                   .arg(fresh.size())
                                   .arg(count - fresh.size()));
        const Speech speech = stage(QStringLiteral("speech synthesis"), [&] {
            return voicing.speak(segment.translation, segment.slotSeconds(), context,
                                 QStringLiteral("tts-%1").arg(fresh[n]), from,
                                 from + (kSynthesisedAt - kTranslatedAt) / fresh.size());
        });
        segment.synthesizedSeconds = speech.audio.durationSeconds();
        if (speech.faster) {
            segment.flags.append(kFlagFasterSpeech);
        }
        if (speech.slower) {
            segment.flags.append(kFlagSlowerSpeech);
        }
        if (speech.empty) {
            segment.flags.append(kFlagEmpty);
        }
        spoken.append(speech.audio);
    }
    if (!fresh.isEmpty()) {
        context.progress(kSynthesisedAt, QStringLiteral("Converting to the speaker's voice"));
        const bool converted = stage(QStringLiteral("voice conversion"), [&] {
            return voicing.convert(spoken, stems.speech, context, kSynthesisedAt, kConvertedAt);
        });
        for (int n = 0; n < fresh.size(); ++n) {
            context.throwIfCancelled();
            DubSegment& segment = plan.segments[fresh[n]];
            if (!converted) {
                segment.flags.append(kFlagVoiceNotConverted);
            }
            context.progress(
                kConvertedAt + (kFittedAt - kConvertedAt) * n / fresh.size(),
                QStringLiteral("Fitting segment %1 of %2").arg(n + 1).arg(fresh.size()));
            const FittedSegment fitted = fitToSlot(spoken[n], segment.slotSeconds());
            segment.stretch = fitted.stretch;
            if (fitted.tooLong) {
                segment.flags.append(kFlagTooLong);
            }
            if (fitted.tooShort) {
                segment.flags.append(kFlagTooShort);
            }
            segment.fittedSeconds = fitted.audio.durationSeconds();
            dubbed[fresh[n]] = fitted.audio;
            stage(QStringLiteral("fitting"), [&] {
                storeCached(cachedSegment(cache, segmentCacheKey(segment, plan.targetLanguage,
                                                                 voicing.key())),
                            segment, fitted.audio);
                return 0;
            });
        }
    }
    return dubbed;
}

double integratedLufs(const AudioBuffer& buffer) {
    return audio::measureLoudness(buffer).integratedLufs;
}

// The background with the dubbed speech laid on it, the speech's level set so that the whole
// is as loud as the source (integrated loudness).
AudioBuffer mixDub(DubPlan& plan, const QList<AudioBuffer>& dubbed, const Stems& stems,
                   const QString& input, JobContext& context) {
    const AudioBuffer background = audio::decodeFile(stems.background);
    AudioBuffer speech{background.sampleRate, background.channels, {}};
    speech.samples.assign(background.samples.size(), 0.0f);
    for (int i = 0; i < plan.segments.size(); ++i) {
        context.throwIfCancelled();
        DubSegment& segment = plan.segments[i];
        const double limit = i + 1 < plan.segments.size() ? plan.segments[i + 1].start
                                                          : background.durationSeconds();
        const AudioBuffer placed =
            audio::remix(audio::resample(dubbed[i], background.sampleRate), background.channels);
        if (placeSegment(speech, placed, segment.start, limit)) {
            segment.flags.append(kFlagCut);
        }
    }
    const double sourceLufs =
        integratedLufs(audio::decodeFile(input, {background.sampleRate, background.channels}));
    double gainDb = 0;
    AudioBuffer mixed = audio::mix({background, speech});
    for (int pass = 0; pass < kMaxLoudnessPasses && std::isfinite(sourceLufs); ++pass) {
        const double difference = sourceLufs - integratedLufs(mixed);
        if (!std::isfinite(difference) || std::abs(difference) < 0.1) {
            break;
        }
        gainDb += difference;
        AudioBuffer louder = speech;
        audio::applyGainDb(louder, gainDb);
        mixed = audio::mix({background, louder});
        context.throwIfCancelled();
    }
    return mixed;
}

class DubbingEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("chain");
        info.capability = QStringLiteral("dubbing");
        info.title = QT_TRANSLATE_NOOP("capability", "Dubbing chain");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Separation, speech to text, translation, speech synthesis and voice conversion "
            "with the installed models, each segment fitted to its time with Rubber Band.");
        info.lane = ComputeLane::Cpu;
        return info;
    }

    void check(const ValidatedJob& job) const override {
        const std::optional<DubPlan> plan = givenPlan(job);
        if (targetLanguageOf(job, plan).isEmpty()) {
            throw ValidationError(ValidationError::Kind::Missing, QStringLiteral("target_language"),
                                  QStringLiteral("dubbing needs the language to dub into: set "
                                                 "target_language to a code such as de, es "
                                                 "or hi"));
        }
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        check(job);
        const QString input = job.inputs.file(QStringLiteral("audio"));
        const QString name = QFileInfo(input).fileName();
        const std::optional<DubPlan> given = givenPlan(job);
        const QString target = targetLanguageOf(job, given);
        const bool video = hasVideoStream(input);
        double duration = 0;
        try {
            duration = audio::probeFile(input).durationSeconds;
        } catch (const audio::AudioError&) {
            throw EngineError(video ? QStringLiteral("%1 has no sound track to dub: choose a "
                                                     "video with sound")
                                          .arg(name)
                                    : QStringLiteral("%1 cannot be read as audio or video: "
                                                     "choose a WAV, FLAC, MP3, M4A, OGG, MP4, "
                                                     "MOV, MKV or WebM file")
                                          .arg(name));
        }
        context.progress(0.0, QStringLiteral("Preparing"));
        const QString cache = cacheFolderFor(input, context);
        const Stems stems =
            stage(QStringLiteral("separation"), [&] { return separate(input, cache, context); });
        context.throwIfCancelled();

        DubPlan plan;
        if (given) {
            plan = *given;
            plan.targetLanguage = target;
            context.progress(kTranslatedAt, QStringLiteral("Using the reviewed segments"));
        } else {
            const QString sourceLanguage =
                parameterLanguage(job, QStringLiteral("source_language"));
            const QString kept = cachedPlanPath(cache, sourceLanguage, target, context);
            if (QFileInfo::exists(kept)) {
                plan = DubPlan::fromJson(readJsonFile(kept));
                context.progress(kTranslatedAt,
                                 QStringLiteral("Transcript and translation kept from an earlier "
                                                "run"));
            } else {
                plan = transcribeAndTranslate(stems.speech, sourceLanguage, target, name, context);
                writeJson(plan.toJson(), kept);
            }
        }

        QList<EngineOutput> outputs;
        outputs.append({QStringLiteral("subtitles"),
                        writeJson(plan.subtitles(duration).toJson(),
                                  context.outputPath(QStringLiteral("subtitles.json")))});
        if (choiceValue(job.parameters, stopAfterSpec()) == kStopTranslation) {
            outputs.append(
                {QStringLiteral("report"),
                 writeJson(plan.toJson(), context.outputPath(QStringLiteral("segments.json")))});
            context.workDone();
            return outputs;
        }

        const Voicing voicing = stage(QStringLiteral("speech synthesis"), [&] {
            return Voicing::choose(target, choiceValue(job.parameters, voiceConversionSpec()),
                                   context);
        });
        const QList<AudioBuffer> dubbed = dubSegments(plan, voicing, stems, cache, context);
        context.progress(kFittedAt, QStringLiteral("Mixing over the background"));
        const AudioBuffer mixed = stage(
            QStringLiteral("mixing"), [&] { return mixDub(plan, dubbed, stems, input, context); });
        context.throwIfCancelled();

        OutputFileGuard audioFile(context.outputPath(QStringLiteral("dubbed.wav")));
        std::optional<OutputFileGuard> videoFile;
        stage(QStringLiteral("mixing"), [&] {
            audio::EncodeOptions encode;
            encode.sampleFormat = audio::SampleFormat::Float32;
            audio::encodeFile(mixed, audioFile.path(), encode);
            if (video) {
                const QString sound = context.outputPath(QStringLiteral("dubbed-sound.") +
                                                         audioFormatForContainer(input));
                audio::encodeFile(mixed, sound);
                videoFile.emplace(context.outputPath(QStringLiteral("dubbed.") +
                                                     QFileInfo(input).suffix().toLower()));
                muxVideoWithAudio(input, sound, videoFile->path());
                QFile::remove(sound);
            }
            return 0;
        });
        outputs.append({QStringLiteral("audio"), audioFile.path()});
        if (videoFile) {
            outputs.append({QStringLiteral("video"), videoFile->path()});
        }
        outputs.append(
            {QStringLiteral("report"),
             writeJson(plan.toJson(), context.outputPath(QStringLiteral("report.json")))});
        audioFile.release();
        if (videoFile) {
            videoFile->release();
        }
        context.workDone();
        return outputs;
    }
};

}  // namespace

std::shared_ptr<Engine> dubbingEngine() {
    return std::make_shared<DubbingEngine>();
}

QList<InputSpec> dubbingInputs() {
    InputSpec media{QStringLiteral("audio"), InputKind::Audio,
                    QT_TRANSLATE_NOOP("capability", "Audio or video"),
                    QT_TRANSLATE_NOOP("capability",
                                      "The recording or video to dub. A video (MP4, MOV, MKV, "
                                      "WebM) keeps its picture untouched; only the sound is "
                                      "replaced.")};
    InputSpec segments{QStringLiteral("segments"), InputKind::Document,
                       QT_TRANSLATE_NOOP("capability", "Segments"),
                       QT_TRANSLATE_NOOP("capability",
                                         "The segments of an earlier run (its report), edited: "
                                         "their times and translations are dubbed as given, and "
                                         "only the changed ones are synthesised again.")};
    segments.required = false;
    segments.schema = segmentsSchema();
    return {media, segments};
}

QList<ParameterSpec> dubbingParameters() {
    return {languageSpec(QStringLiteral("source_language"),
                         QT_TRANSLATE_NOOP("capability", "Source language"), QStringLiteral("auto"),
                         QT_TRANSLATE_NOOP("capability",
                                           "Spoken language as a code such as en, or auto to "
                                           "detect it.")),
            languageSpec(QStringLiteral("target_language"),
                         QT_TRANSLATE_NOOP("capability", "Target language"), QString(),
                         QT_TRANSLATE_NOOP("capability",
                                           "Language to dub into, as a code such as de, es or "
                                           "hi.")),
            stopAfterSpec(), voiceConversionSpec()};
}

}  // namespace sonara::core
