#include "core/engine/engines/dubbing_engine.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/engines/dubbing_mix.h"
#include "core/engine/engines/dubbing_segments.h"
#include "core/engine/engines/dubbing_stems.h"
#include "core/engine/engines/dubbing_voicing.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/json_schema.h"
#include "core/engine/sub_job.h"
#include "core/store/asset_store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
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

// Where each stage's share of the progress bar ends.
constexpr double kSeparatedAt = 0.3;
constexpr double kTranscribedAt = 0.42;
constexpr double kTranslatedAt = 0.5;
constexpr double kSynthesisedAt = 0.75;
constexpr double kConvertedAt = 0.85;
constexpr double kFittedAt = 0.9;
constexpr double kTrackedAt = 0.91;
// Within each batch of segments: where synthesis ends and conversion ends.
constexpr double kSpeakingShare = 0.625;
constexpr double kConvertingShare = 0.875;
constexpr double kBatchSeconds = 120.0;

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

Stems separate(const QString& input, const QString& cache, JobContext& context) {
    const Stems stems{cache + QStringLiteral("/speech.wav"),
                      cache + QStringLiteral("/background.wav")};
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
    separateInWindows(input, stems, context, 0.02, kSeparatedAt);
    return stems;
}

QString outputOf(const QList<EngineOutput>& outputs, const QString& id) {
    for (const EngineOutput& output : outputs) {
        if (output.outputId == id) {
            return output.filePath;
        }
    }
    throw EngineError(QStringLiteral("the %1 output is missing").arg(id));
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
    const std::vector<audio::TimeRange> sound = soundIn(speech, context);
    const auto audible = [&](const TranscriptSegment& segment) {
        return std::any_of(sound.begin(), sound.end(), [&](const audio::TimeRange& range) {
            return range.start < segment.end && range.end > segment.start;
        });
    };
    QList<TranscriptSegment> spoken;
    for (const TranscriptSegment& segment : transcript.segments) {
        if (!segment.text.trimmed().isEmpty() && segment.end > segment.start && audible(segment)) {
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

bool loadCached(const CachedSegment& cached, DubSegment& segment) {
    QFile facts(cached.facts);
    if (!QFileInfo::exists(cached.audio) || !facts.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QJsonObject json = QJsonDocument::fromJson(facts.readAll()).object();
    if (!json.contains(QStringLiteral("fitted_seconds"))) {
        return false;  // kept by an earlier version: made again
    }
    segment.synthesizedSeconds = json.value(QStringLiteral("synthesized_seconds")).toDouble();
    segment.stretch = json.value(QStringLiteral("stretch")).toDouble(1.0);
    segment.fittedSeconds = json.value(QStringLiteral("fitted_seconds")).toDouble();
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
                          {QStringLiteral("fitted_seconds"), segment.fittedSeconds},
                          {QStringLiteral("flags"), QJsonArray::fromStringList(segment.flags)}},
              cached.facts);
}

CachedSegment cachedSegmentOf(const DubSegment& segment, const DubPlan& plan,
                              const Voicing& voicing, const QString& cache) {
    return cachedSegment(cache, segmentCacheKey(segment, plan.targetLanguage, voicing.key()));
}

// A part of the progress bar.
struct Span {
    double from = 0;
    double to = 0;
    double at(double fraction) const { return from + (to - from) * fraction; }
};

// The rows to make, in batches of about kBatchSeconds of slots each, so that memory holds one
// batch's takes however long the programme; each batch is converted in one pass.
QList<QList<int>> batchesOf(const DubPlan& plan, const QList<int>& rows) {
    double total = 0;
    for (int row : rows) {
        total += plan.segments[row].slotSeconds();
    }
    const int count = std::max(1, int(std::ceil(total / kBatchSeconds)));
    QList<QList<int>> batches(1);
    double filled = 0;
    for (int row : rows) {
        if (!batches.last().isEmpty() && filled >= total * batches.size() / count) {
            batches.append(QList<int>());
        }
        batches.last().append(row);
        filled += plan.segments[row].slotSeconds();
    }
    return batches;
}

struct BatchProgress {
    Span span;
    int done = 0;    // rows made before this batch
    int total = 0;   // rows to make in all
    int reused = 0;  // rows taken from the cache
};

void noteSpeech(DubSegment& segment, const Speech& speech) {
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
}

void noteFit(DubSegment& segment, const FittedSegment& fitted) {
    segment.stretch = fitted.stretch;
    if (fitted.tooLong) {
        segment.flags.append(kFlagTooLong);
    }
    if (fitted.tooShort) {
        segment.flags.append(kFlagTooShort);
    }
    segment.fittedSeconds = fitted.audio.durationSeconds();
}

// Synthesises the batch's rows, converts them to the speaker's voice in one pass, fits each to
// its slot and keeps it in the cache.
void dubBatch(DubPlan& plan, const QList<int>& rows, const Voicing& voicing,
              const QStringList& reference, const QString& cache, JobContext& context,
              const BatchProgress& progress) {
    const Span& span = progress.span;
    QList<AudioBuffer> takes;
    for (int n = 0; n < rows.size(); ++n) {
        context.throwIfCancelled();
        DubSegment& segment = plan.segments[rows[n]];
        const double from = span.at(kSpeakingShare * n / rows.size());
        context.progress(from, QStringLiteral("Synthesising segment %1 of %2 (%3 reused)")
                                   .arg(progress.done + n + 1)
                                   .arg(progress.total)
                                   .arg(progress.reused));
        const Speech speech = stage(QStringLiteral("speech synthesis"), [&] {
            return voicing.speak(segment.translation, segment.slotSeconds(), context,
                                 QStringLiteral("tts-%1").arg(rows[n]), from,
                                 span.at(kSpeakingShare * (n + 1) / rows.size()));
        });
        noteSpeech(segment, speech);
        takes.append(speech.audio);
    }
    context.progress(span.at(kSpeakingShare), QStringLiteral("Converting to the speaker's voice"));
    const bool converted = stage(QStringLiteral("voice conversion"), [&] {
        return voicing.convert(takes, reference, context, span.at(kSpeakingShare),
                               span.at(kConvertingShare));
    });
    for (int n = 0; n < rows.size(); ++n) {
        context.throwIfCancelled();
        DubSegment& segment = plan.segments[rows[n]];
        if (!converted) {
            segment.flags.append(kFlagVoiceNotConverted);
        }
        context.progress(span.at(kConvertingShare + (1 - kConvertingShare) * n / rows.size()),
                         QStringLiteral("Fitting segment %1 of %2")
                             .arg(progress.done + n + 1)
                             .arg(progress.total));
        const FittedSegment fitted = fitToSlot(takes[n], segment.slotSeconds());
        takes[n] = AudioBuffer();
        noteFit(segment, fitted);
        stage(QStringLiteral("fitting"), [&] {
            storeCached(cachedSegmentOf(segment, plan, voicing, cache), segment, fitted.audio);
            return 0;
        });
    }
}

// Every row's dubbed audio in the cache: kept from an earlier run, or made now (synthesised,
// converted to the speaker's voice, fitted to its slot), batch by batch.
void dubSegments(DubPlan& plan, const Voicing& voicing, const Stems& stems, const QString& cache,
                 JobContext& context) {
    QList<int> fresh;
    for (int i = 0; i < plan.segments.size(); ++i) {
        DubSegment& segment = plan.segments[i];
        segment.reused = false;
        segment.flags.clear();
        if (!loadCached(cachedSegmentOf(segment, plan, voicing, cache), segment)) {
            fresh.append(i);
        }
    }
    if (fresh.isEmpty()) {
        return;
    }
    const QString folder = QDir(context.workDirectory()).filePath(QStringLiteral("reference"));
    QDir().mkpath(folder);
    const QStringList reference = voicing.converts() ? speakerReference(stems.speech, plan, folder)
                                                     : QStringList{stems.speech};
    const QList<QList<int>> batches = batchesOf(plan, fresh);
    BatchProgress progress;
    progress.total = int(fresh.size());
    progress.reused = int(plan.segments.size() - fresh.size());
    for (int b = 0; b < batches.size(); ++b) {
        progress.span = {kTranslatedAt + (kFittedAt - kTranslatedAt) * b / batches.size(),
                         kTranslatedAt + (kFittedAt - kTranslatedAt) * (b + 1) / batches.size()};
        dubBatch(plan, batches[b], voicing, reference, cache, context, progress);
        progress.done += int(batches[b].size());
    }
    QDir(folder).removeRecursively();
}

// The dub over the background, streamed into `outputs` (the WAV, and a video's new sound).
void mixDub(DubPlan& plan, const Voicing& voicing, const Stems& stems, const QString& input,
            const QString& cache, const QStringList& outputs, JobContext& context) {
    const QString track = QDir(context.workDirectory()).filePath(QStringLiteral("speech.wav"));
    const auto takeOf = [&](int i) {
        const DubSegment& segment = plan.segments[i];
        if (segment.fittedSeconds <= 0) {
            return AudioBuffer{kSpeechRate, 1, {}};
        }
        return audio::decodeFile(cachedSegmentOf(segment, plan, voicing, cache).audio,
                                 {kSpeechRate, 1});
    };
    writeSpeechTrack(plan, takeOf, audio::probeFile(stems.background).durationSeconds, track,
                     context);
    context.progress(kTrackedAt, QStringLiteral("Matching the source's loudness"));
    mixOverBackground(stems.background, track, input, outputs, context);
    QFile::remove(track);
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
        // The name the user gave the file, not the stored copy's hash.
        const store::AssetStore* assets = context.capabilities().assets;
        const std::optional<store::Asset> stored =
            assets ? assets->findByPath(input) : std::nullopt;
        const QString name =
            QFileInfo(stored && !stored->name.isEmpty() ? stored->name : input).fileName();
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
        dubSegments(plan, voicing, stems, cache, context);
        context.progress(kFittedAt, QStringLiteral("Mixing over the background"));
        OutputFileGuard audioFile(context.outputPath(QStringLiteral("dubbed.wav")));
        std::optional<OutputFileGuard> videoFile;
        stage(QStringLiteral("mixing"), [&] {
            QStringList files{audioFile.path()};
            if (video) {
                files.append(context.outputPath(QStringLiteral("dubbed-sound.") +
                                                audioFormatForContainer(input)));
            }
            mixDub(plan, voicing, stems, input, cache, files, context);
            if (video) {
                videoFile.emplace(context.outputPath(QStringLiteral("dubbed.") +
                                                     QFileInfo(input).suffix().toLower()));
                muxVideoWithAudio(input, files.last(), videoFile->path());
                QFile::remove(files.last());
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
