#include "core/engine/engines/accent_changer_engine.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/engines/dubbing_segments.h"
#include "core/engine/engines/dubbing_voicing.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"
#include "core/engine/sub_job.h"
#include "core/engine/transcript.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <optional>

namespace sonara::core {
namespace {

using namespace engine_support;
using audio::AudioBuffer;

// kNN-VC learns the speaker from the input itself, and needs this much of it (see the engine).
constexpr double kMinimumInputSeconds = 3.0;
constexpr double kCrossfadeSeconds = 0.02;
// A take's level follows its slot's, within this many decibels of where synthesis left it.
constexpr double kMaxLevelChangeDb = 30.0;

// Where each stage's share of the progress bar ends.
constexpr double kTranscribedAt = 0.25;
constexpr double kSynthesisedAt = 0.6;
constexpr double kConvertedAt = 0.85;
constexpr double kFittedAt = 0.92;

// What synthesises the accent: a tts engine, its model, and eSpeak NG's voice.
struct AccentVoice {
    QString engine;
    QString model;
    QString espeakVoice;

    QString describe() const {
        return engine + QLatin1Char(' ') + (model.isEmpty() ? espeakVoice : model);
    }
};

// One spoken stretch of the input and what became of it.
struct Row {
    double start = 0;
    double end = 0;
    QString text;
    double synthesizedSeconds = 0;
    double fittedSeconds = 0;
    double stretch = 1.0;
    QStringList flags;

    QJsonObject toJson(int index) const {
        return {{QStringLiteral("index"), index},
                {QStringLiteral("start"), start},
                {QStringLiteral("end"), end},
                {QStringLiteral("text"), text},
                {QStringLiteral("synthesized_seconds"), synthesizedSeconds},
                {QStringLiteral("fitted_seconds"), fittedSeconds},
                {QStringLiteral("stretch"), stretch},
                {QStringLiteral("flags"), QJsonArray::fromStringList(flags)}};
    }
};

QString normalisedAccent(const QString& code) {
    return code.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
}

QString languageOf(const QString& accent) {
    return accent.section(QLatin1Char('-'), 0, 0);
}

QList<InstalledModel> installed(const JobContext& context) {
    return context.capabilities().models ? context.capabilities().models->installedModels()
                                         : QList<InstalledModel>();
}

QString vitsLanguage(const InstalledModel& model) {
    QFile file(QDir(model.directory).filePath(QStringLiteral("tokenizer_config.json")));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("language"))
        .toString();
}

QStringList espeakVoices(const JobContext& context) {
    const CapabilityRegistry* registry = context.capabilities().registry;
    const CapabilityDescriptor* tts =
        registry ? registry->capability(QStringLiteral("tts")) : nullptr;
    if (tts) {
        for (const ParameterSpec& spec : tts->parametersFor(QStringLiteral("espeak-ng"))) {
            if (spec.id == QLatin1String("voice")) {
                return spec.choices;
            }
        }
    }
    return {};
}

// The installed voice that speaks `accent`: a VITS model made for exactly that accent, else
// Tacotron 2 (LJSpeech, American) for en-us, else eSpeak NG's voice of that name.
std::optional<AccentVoice> voiceFor(const QString& accent, const QList<InstalledModel>& models,
                                    const QStringList& espeak) {
    for (const InstalledModel& model : models) {
        if (model.architecture == QLatin1String("vits") &&
            normalisedAccent(vitsLanguage(model)) == accent) {
            return AccentVoice{QStringLiteral("vits"), model.id, {}};
        }
    }
    if (accent == QLatin1String("en-us")) {
        for (const InstalledModel& model : models) {
            if (model.architecture == QLatin1String("tacotron2")) {
                return AccentVoice{QStringLiteral("tacotron2"), model.id, {}};
            }
        }
    }
    if (espeak.contains(accent)) {
        return AccentVoice{QStringLiteral("espeak-ng"), {}, accent};
    }
    return std::nullopt;
}

AccentVoice chooseVoice(const QString& accent, const JobContext& context) {
    const QList<InstalledModel> models = installed(context);
    const QStringList espeak = espeakVoices(context);
    if (auto voice = voiceFor(accent, models, espeak)) {
        return *voice;
    }
    QStringList offered;
    for (const QString& choice : accentChoices()) {
        if (voiceFor(choice, models, espeak)) {
            offered.append(choice);
        }
    }
    throw EngineError(QStringLiteral("no installed voice speaks with the %1 accent: install a "
                                     "VITS (MMS-TTS) voice whose language is %1, or choose an "
                                     "accent the installed voices offer: %2")
                          .arg(accent, offered.isEmpty() ? QStringLiteral("none")
                                                         : offered.join(QStringLiteral(", "))));
}

QString conversionModel(const JobContext& context) {
    for (const InstalledModel& model : installed(context)) {
        if (model.architecture == QLatin1String("knn-vc")) {
            return model.id;
        }
    }
    throw EngineError(QStringLiteral(
        "the accent changer gives the new accent back the speaker's voice with a voice "
        "conversion model: install knn-vc (`sonara models install knn-vc` or the Models page)"));
}

// Runs one stage; a failure names it. Errors already meant for users keep their words.
template <typename Work>
auto stage(const QString& name, Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const JobCancelled&) {
        throw;
    } catch (const Error& error) {
        throw EngineError(QStringLiteral("the accent change stopped at the %1 stage: %2")
                              .arg(name, error.message()));
    } catch (const audio::AudioError& error) {
        throw EngineError(QStringLiteral("the accent change stopped at the %1 stage: %2 %3")
                              .arg(name, QFileInfo(error.path()).fileName(), error.reason()));
    }
}

QList<Row> transcribe(const QString& input, const QString& language, JobContext& context) {
    JobRequest request;
    request.capability = QStringLiteral("stt");
    request.parameters = {{QStringLiteral("language"), language},
                          {QStringLiteral("word_timestamps"), true}};
    request.inputs.setFiles(QStringLiteral("audio"), {input});
    const QList<EngineOutput> outputs =
        runSubJob(request, context, QStringLiteral("transcribe"), 0.02, kTranscribedAt);
    QList<Row> rows;
    for (const EngineOutput& output : outputs) {
        QFile file(output.filePath);
        if (output.outputId != QLatin1String("transcript") || !file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const Transcript transcript =
            Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        for (const TranscriptSegment& segment : transcript.segments) {
            if (!segment.text.trimmed().isEmpty() && segment.end > segment.start) {
                rows.append(Row{segment.start, segment.end, segment.text.trimmed()});
            }
        }
    }
    return rows;
}

double rms(const AudioBuffer& buffer, qint64 from, qint64 to) {
    double sum = 0;
    const size_t first = size_t(std::max<qint64>(from, 0) * buffer.channels);
    const size_t last = std::min(buffer.samples.size(), size_t(to * buffer.channels));
    for (size_t i = first; i < last; ++i) {
        sum += double(buffer.samples[i]) * buffer.samples[i];
    }
    return last > first ? std::sqrt(sum / double(last - first)) : 0.0;
}

// The original with each row's slot replaced by its take (same rate and channels): the pauses
// between rows stay the original's (breaths, room tone), joined to the takes by short
// crossfades. A take longer than its slot runs on into the pause, up to the next row.
AudioBuffer splice(const AudioBuffer& original, QList<AudioBuffer> takes, QList<Row>& rows) {
    const int rate = original.sampleRate;
    const int channels = original.channels;
    const qint64 frames = original.frames();
    const qint64 fade = std::max<qint64>(1, std::llround(kCrossfadeSeconds * rate));
    std::vector<float> keep(size_t(frames), 1.0f);
    AudioBuffer spoken{rate, channels, std::vector<float>(original.samples.size(), 0.0f)};
    for (int i = 0; i < rows.size(); ++i) {
        const qint64 start = std::clamp<qint64>(std::llround(rows[i].start * rate), 0, frames);
        const qint64 limit = i + 1 < rows.size()
                                 ? std::min(frames, qint64(std::llround(rows[i + 1].start * rate)))
                                 : frames;
        AudioBuffer& take = takes[i];
        const qint64 end = std::min(limit, start + take.frames());
        if (start + take.frames() > limit) {
            rows[i].flags.append(dubbing::kFlagCut);
        }
        const qint64 slotEnd = std::clamp<qint64>(
            std::max(end, qint64(std::llround(rows[i].end * rate))), start, limit);
        const double slotLevel = rms(original, start, slotEnd);
        const double takeLevel = rms(take, 0, take.frames());
        if (slotLevel > 0 && takeLevel > 0) {
            const double db = std::clamp(20 * std::log10(slotLevel / takeLevel), -kMaxLevelChangeDb,
                                         kMaxLevelChangeDb);
            audio::applyGainDb(take, db);
        }
        for (qint64 f = std::max<qint64>(0, start - fade); f < std::min(frames, slotEnd + fade);
             ++f) {
            float gain = 0.0f;
            if (f < start) {
                gain = float(start - f) / float(fade);
            } else if (f >= slotEnd) {
                gain = float(f - slotEnd + 1) / float(fade);
            }
            keep[size_t(f)] = std::min(keep[size_t(f)], gain);
        }
        for (qint64 f = start; f < end; ++f) {
            const qint64 t = f - start;
            const float envelope =
                std::min({1.0f, float(t + 1) / float(fade), float(end - f) / float(fade)});
            for (int c = 0; c < channels; ++c) {
                spoken.samples[size_t(f * channels + c)] +=
                    envelope * take.samples[size_t(t * channels + c)];
            }
        }
    }
    for (qint64 f = 0; f < frames; ++f) {
        for (int c = 0; c < channels; ++c) {
            const size_t i = size_t(f * channels + c);
            spoken.samples[i] += keep[size_t(f)] * original.samples[i];
        }
    }
    return spoken;
}

void writeJson(const QJsonObject& json, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 ||
        !file.commit()) {
        throw EngineError(QStringLiteral(
            "the accent report cannot be saved: check the free space of Sonara's data folder"));
    }
}

class AccentChangerEngine : public Engine {
public:
    EngineInfo info() const override {
        EngineInfo info;
        info.id = QStringLiteral("chain");
        info.capability = QStringLiteral("accent-changer");
        info.title = QT_TRANSLATE_NOOP("capability", "Accent chain");
        info.summary = QT_TRANSLATE_NOOP(
            "capability",
            "Speech to text, speech synthesis in the target accent and voice conversion back to "
            "the speaker with the installed models, each segment fitted to its time with Rubber "
            "Band.");
        info.lane = ComputeLane::Cpu;
        return info;
    }

    QList<EngineOutput> run(const ValidatedJob& job, JobContext& context) override {
        const QString input = job.inputs.file(QStringLiteral("audio"));
        const QString name = QFileInfo(input).fileName();
        const QString accent = normalisedAccent(job.inputs.text(QStringLiteral("accent")));
        context.progress(0.0, QStringLiteral("Preparing"));
        AudioBuffer original;
        try {
            original = audio::decodeFile(input);
        } catch (const audio::AudioError& error) {
            throw unreadableAudio(input, error, QStringLiteral("re-accent"));
        }
        if (original.durationSeconds() < kMinimumInputSeconds) {
            throw EngineError(QStringLiteral("%1 lasts only %2 s: the accent changer learns the "
                                             "speaker's voice from the recording itself and "
                                             "needs at least %3 s of speech")
                                  .arg(name)
                                  .arg(original.durationSeconds(), 0, 'f', 2)
                                  .arg(kMinimumInputSeconds));
        }
        const QString conversion = conversionModel(context);
        const AccentVoice voice = chooseVoice(accent, context);
        const dubbing::Voicing voicing =
            dubbing::Voicing::with(voice.engine, voice.model, voice.espeakVoice, conversion);

        QList<Row> rows = stage(QStringLiteral("speech to text"),
                                [&] { return transcribe(input, languageOf(accent), context); });
        if (rows.isEmpty()) {
            throw EngineError(QStringLiteral("no speech was found in %1, so there is no accent "
                                             "to change: choose a recording with speech")
                                  .arg(name));
        }
        QList<AudioBuffer> takes = synthesise(rows, voicing, context);
        context.progress(kSynthesisedAt, QStringLiteral("Converting to the speaker's voice"));
        stage(QStringLiteral("voice conversion"),
              [&] { return voicing.convert(takes, input, context, kSynthesisedAt, kConvertedAt); });
        for (int i = 0; i < rows.size(); ++i) {
            context.throwIfCancelled();
            context.progress(
                kConvertedAt + (kFittedAt - kConvertedAt) * i / rows.size(),
                QStringLiteral("Fitting segment %1 of %2").arg(i + 1).arg(rows.size()));
            const dubbing::FittedSegment fitted = stage(QStringLiteral("fitting"), [&] {
                return dubbing::fitToSlot(takes[i], rows[i].end - rows[i].start);
            });
            rows[i].stretch = fitted.stretch;
            rows[i].fittedSeconds = fitted.audio.durationSeconds();
            if (fitted.tooLong) {
                rows[i].flags.append(dubbing::kFlagTooLong);
            }
            if (fitted.tooShort) {
                rows[i].flags.append(dubbing::kFlagTooShort);
            }
            takes[i] =
                audio::remix(audio::resample(fitted.audio, original.sampleRate), original.channels);
        }
        context.progress(kFittedAt, QStringLiteral("Joining the segments"));
        const AudioBuffer result = splice(original, takes, rows);
        context.throwIfCancelled();

        OutputFileGuard audioFile(context.outputPath(QStringLiteral("accent.wav")));
        OutputFileGuard reportFile(context.outputPath(QStringLiteral("report.json")));
        audio::EncodeOptions encode;
        encode.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(result, audioFile.path(), encode);
        QJsonArray segments;
        for (int i = 0; i < rows.size(); ++i) {
            segments.append(rows[i].toJson(i));
        }
        writeJson({{QStringLiteral("accent"), accent},
                   {QStringLiteral("language"), languageOf(accent)},
                   {QStringLiteral("synthesis"), voice.describe()},
                   {QStringLiteral("conversion"), conversion},
                   {QStringLiteral("segments"), segments}},
                  reportFile.path());
        audioFile.release();
        reportFile.release();
        context.workDone();
        return {EngineOutput{QStringLiteral("audio"), audioFile.path()},
                EngineOutput{QStringLiteral("report"), reportFile.path()}};
    }

private:
    // Every row spoken in the accent; a take too long or short for its slot is said again
    // faster or slower where the engine has a speaking rate.
    static QList<AudioBuffer> synthesise(QList<Row>& rows, const dubbing::Voicing& voicing,
                                         JobContext& context) {
        QList<AudioBuffer> takes;
        const double share = (kSynthesisedAt - kTranscribedAt) / rows.size();
        for (int i = 0; i < rows.size(); ++i) {
            context.throwIfCancelled();
            const double from = kTranscribedAt + share * i;
            context.progress(
                from, QStringLiteral("Synthesising segment %1 of %2").arg(i + 1).arg(rows.size()));
            const dubbing::Speech speech = stage(QStringLiteral("speech synthesis"), [&] {
                return voicing.speak(rows[i].text, rows[i].end - rows[i].start, context,
                                     QStringLiteral("tts-%1").arg(i), from, from + share);
            });
            rows[i].synthesizedSeconds = speech.audio.durationSeconds();
            if (speech.faster) {
                rows[i].flags.append(dubbing::kFlagFasterSpeech);
            }
            if (speech.slower) {
                rows[i].flags.append(dubbing::kFlagSlowerSpeech);
            }
            takes.append(speech.audio);
        }
        return takes;
    }
};

}  // namespace

std::shared_ptr<Engine> accentChangerEngine() {
    return std::make_shared<AccentChangerEngine>();
}

QStringList accentChoices() {
    return {QStringLiteral("en-us"),          QStringLiteral("en-gb"),
            QStringLiteral("en-gb-x-rp"),     QStringLiteral("en-gb-scotland"),
            QStringLiteral("en-gb-x-gbclan"), QStringLiteral("en-gb-x-gbcwmd"),
            QStringLiteral("en-us-nyc"),      QStringLiteral("en-029"),
            QStringLiteral("en-in"),          QStringLiteral("es"),
            QStringLiteral("es-419"),         QStringLiteral("pt"),
            QStringLiteral("pt-br"),          QStringLiteral("fr-fr"),
            QStringLiteral("fr-be"),          QStringLiteral("fr-ch")};
}

}  // namespace sonara::core
