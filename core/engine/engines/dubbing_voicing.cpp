#include "core/engine/engines/dubbing_voicing.h"

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/dubbing_media.h"
#include "core/engine/errors.h"
#include "core/engine/model_catalog.h"
#include "core/engine/sub_job.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace sonara::core::dubbing {
namespace {

using audio::AudioBuffer;

constexpr double kConversionGapSeconds = 0.3;
// How much faster, or slower, a second take may be asked to speak.
constexpr double kMaxRateFactor = 3.0;
constexpr double kMinRateFactor = 0.4;
constexpr int kMaxRetakes = 3;

struct Take {
    double factor = 1.0;  // speaking rate, relative to the voice's own
    double seconds = 0;
};

// How far a take of `seconds` is from fitting `slotSeconds` by stretching alone: 0 within the
// allowed stretch, else the log of the stretch still missing.
double misfit(double seconds, double slotSeconds) {
    const double stretch = slotSeconds / seconds;
    if (stretch < kMinStretch) {
        return std::log(kMinStretch / stretch);
    }
    return stretch > kMaxStretch ? std::log(stretch / kMaxStretch) : 0.0;
}

// The rate that should make the next take last `slotSeconds`. A take lasts about
// fixed + scaled / rate (the pauses between sentences keep their length): with two takes both
// parts are known; with one, all of it is taken to scale.
double nextRateFactor(const std::vector<Take>& takes, double slotSeconds) {
    const Take& last = takes.back();
    double wanted = last.factor * last.seconds / slotSeconds;
    if (takes.size() >= 2) {
        const Take& before = takes[takes.size() - 2];
        const double inverse = 1.0 / last.factor - 1.0 / before.factor;
        const double scaled =
            std::abs(inverse) > 1e-6 ? (last.seconds - before.seconds) / inverse : 0.0;
        const double fixed = last.seconds - scaled / last.factor;
        if (scaled > 0 && slotSeconds > fixed) {
            wanted = scaled / (slotSeconds - fixed);
        }
    }
    return std::clamp(wanted, kMinRateFactor, kMaxRateFactor);
}

// ISO 639-1 codes and the ISO 639-3 ones MMS-TTS models name their language by.
QString threeLetter(const QString& code) {
    static const QMap<QString, QString> kCodes = {{QStringLiteral("en"), QStringLiteral("eng")},
                                                  {QStringLiteral("de"), QStringLiteral("deu")},
                                                  {QStringLiteral("es"), QStringLiteral("spa")},
                                                  {QStringLiteral("hi"), QStringLiteral("hin")},
                                                  {QStringLiteral("fr"), QStringLiteral("fra")},
                                                  {QStringLiteral("it"), QStringLiteral("ita")},
                                                  {QStringLiteral("pt"), QStringLiteral("por")},
                                                  {QStringLiteral("ru"), QStringLiteral("rus")},
                                                  {QStringLiteral("nl"), QStringLiteral("nld")},
                                                  {QStringLiteral("pl"), QStringLiteral("pol")},
                                                  {QStringLiteral("tr"), QStringLiteral("tur")},
                                                  {QStringLiteral("ja"), QStringLiteral("jpn")},
                                                  {QStringLiteral("ko"), QStringLiteral("kor")},
                                                  {QStringLiteral("ar"), QStringLiteral("ara")},
                                                  {QStringLiteral("uk"), QStringLiteral("ukr")},
                                                  {QStringLiteral("sv"), QStringLiteral("swe")}};
    return kCodes.value(code, code);
}

bool speaks(const QString& modelLanguage, const QString& target) {
    const QString language = modelLanguage.trimmed().toLower().section(QLatin1Char('-'), 0, 0);
    return !language.isEmpty() && (language == target || language == threeLetter(target));
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

QList<InstalledModel> installed(const JobContext& context) {
    return context.capabilities().models ? context.capabilities().models->installedModels()
                                         : QList<InstalledModel>();
}

QString espeakVoiceFor(const QString& target, const JobContext& context) {
    const CapabilityRegistry* registry = context.capabilities().registry;
    const CapabilityDescriptor* tts =
        registry ? registry->capability(QStringLiteral("tts")) : nullptr;
    if (!tts) {
        return {};
    }
    for (const ParameterSpec& spec : tts->parametersFor(QStringLiteral("espeak-ng"))) {
        if (spec.id != QLatin1String("voice")) {
            continue;
        }
        if (spec.choices.contains(target)) {
            return target;
        }
        for (const QString& choice : spec.choices) {
            if (choice.startsWith(target + QLatin1Char('-'))) {
                return choice;
            }
        }
    }
    return {};
}

QString firstOutput(const QList<EngineOutput>& outputs) {
    if (outputs.isEmpty()) {
        throw EngineError(QStringLiteral("no audio came back"));
    }
    return outputs.first().filePath;
}

}  // namespace

Voicing Voicing::choose(const QString& target, const QString& conversion,
                        const JobContext& context) {
    Voicing voicing;
    const QList<InstalledModel> models = installed(context);
    for (const InstalledModel& model : models) {
        if (model.architecture == QLatin1String("vits") && speaks(vitsLanguage(model), target)) {
            voicing.ttsEngine_ = QStringLiteral("vits");
            voicing.ttsModel_ = model.id;
            voicing.rateParameter_ = QStringLiteral("speaking_rate");
            voicing.baseRate_ = 1.0;
            voicing.minRate_ = 0.25;
            voicing.maxRate_ = 4.0;
            break;
        }
    }
    if (voicing.ttsEngine_.isEmpty() && target == QLatin1String("en")) {
        for (const InstalledModel& model : models) {
            if (model.architecture == QLatin1String("tacotron2")) {
                voicing.ttsEngine_ = QStringLiteral("tacotron2");
                voicing.ttsModel_ = model.id;
                break;
            }
        }
    }
    if (voicing.ttsEngine_.isEmpty()) {
        voicing.voice_ = espeakVoiceFor(target, context);
        if (voicing.voice_.isEmpty()) {
            throw EngineError(
                QStringLiteral("no installed speech synthesis speaks %1: install an MMS-TTS "
                               "(VITS) model for it, such as facebook/mms-tts-%2")
                    .arg(target, threeLetter(target)));
        }
        voicing.ttsEngine_ = QStringLiteral("espeak-ng");
        voicing.rateParameter_ = QStringLiteral("rate");
        voicing.baseRate_ = 175;
        voicing.minRate_ = 80;
        voicing.maxRate_ = 450;
    }
    if (conversion != QLatin1String("off")) {
        for (const InstalledModel& model : models) {
            if (model.architecture == QLatin1String("knn-vc")) {
                voicing.conversionModel_ = model.id;
                break;
            }
        }
        if (voicing.conversionModel_.isEmpty() && conversion == QLatin1String("on")) {
            throw EngineError(QStringLiteral(
                "voice_conversion is on but no voice conversion model is installed: install "
                "knn-vc (`sonara models install knn-vc`) or set voice_conversion to auto"));
        }
    }
    return voicing;
}

Voicing Voicing::with(const QString& ttsEngine, const QString& ttsModel, const QString& espeakVoice,
                      const QString& conversionModel) {
    Voicing voicing;
    voicing.ttsEngine_ = ttsEngine;
    voicing.ttsModel_ = ttsModel;
    voicing.voice_ = espeakVoice;
    voicing.conversionModel_ = conversionModel;
    if (ttsEngine == QLatin1String("vits")) {
        voicing.rateParameter_ = QStringLiteral("speaking_rate");
        voicing.minRate_ = 0.25;
        voicing.maxRate_ = 4.0;
    } else if (ttsEngine == QLatin1String("espeak-ng")) {
        voicing.rateParameter_ = QStringLiteral("rate");
        voicing.baseRate_ = 175;
        voicing.minRate_ = 80;
        voicing.maxRate_ = 450;
    }
    return voicing;
}

AudioBuffer Voicing::synthesise(const QString& text, double rateFactor, JobContext& context,
                                const QString& subdirectory, double from, double to) const {
    JobRequest request;
    request.capability = QStringLiteral("tts");
    request.engine = ttsEngine_;
    request.model = ttsModel_;
    request.inputs.setText(QStringLiteral("text"), text);
    if (!voice_.isEmpty()) {
        request.parameters.insert(QStringLiteral("voice"), voice_);
    }
    if (!rateParameter_.isEmpty() && rateFactor != 1.0) {
        const double rate = std::clamp(baseRate_ * rateFactor, minRate_, maxRate_);
        request.parameters.insert(rateParameter_, ttsEngine_ == QLatin1String("espeak-ng")
                                                      ? QVariant(qlonglong(std::lround(rate)))
                                                      : QVariant(rate));
    }
    const QString path = firstOutput(runSubJob(request, context, subdirectory, from, to));
    AudioBuffer speech = audio::decodeFile(path, {kSpeechRate, 1});
    QDir(QFileInfo(path).absolutePath()).removeRecursively();
    return speech;
}

Speech Voicing::speak(const QString& text, double slotSeconds, JobContext& context,
                      const QString& subdirectory, double from, double to) const {
    Speech speech;
    if (text.trimmed().isEmpty()) {
        speech.audio = AudioBuffer{kSpeechRate, 1, {}};
        speech.empty = true;
        return speech;
    }
    const double middle = (from + to) / 2;
    speech.audio = synthesise(text, 1.0, context, subdirectory, from, middle);
    const double duration = speech.audio.durationSeconds();
    if (rateParameter_.isEmpty() || slotSeconds <= 0 || duration <= 0) {
        return speech;
    }
    // Stretching past the limits sounds rushed and smeared, or drawn out: ask for faster (or
    // slower) speech first, aiming at the slot itself so that the stretch left is small. Pauses
    // do not shorten with the rate, so later takes correct the rate by what the earlier ones
    // did; the take that needs the least stretch beyond the limits is kept.
    std::vector<Take> takes{{1.0, duration}};
    double factor = 1.0;
    double best = misfit(duration, slotSeconds);
    for (int retake = 0; retake < kMaxRetakes && best > 0; ++retake) {
        const double wanted = nextRateFactor(takes, slotSeconds);
        if (std::any_of(takes.begin(), takes.end(),
                        [&](const Take& t) { return std::abs(t.factor - wanted) < 1e-3; })) {
            break;  // at the limit already
        }
        const double step = (to - middle) / kMaxRetakes;
        AudioBuffer audio = synthesise(text, wanted, context,
                                       subdirectory + QStringLiteral("-take%1").arg(retake + 2),
                                       middle + step * retake, middle + step * (retake + 1));
        takes.push_back({wanted, audio.durationSeconds()});
        if (misfit(takes.back().seconds, slotSeconds) < best) {
            best = misfit(takes.back().seconds, slotSeconds);
            factor = wanted;
            speech.audio = std::move(audio);
        }
    }
    speech.faster = factor > 1.0;
    speech.slower = factor < 1.0;
    return speech;
}

bool Voicing::convert(QList<AudioBuffer>& takes, const QString& speechPath, JobContext& context,
                      double from, double to) const {
    return convert(takes, QStringList{speechPath}, context, from, to);
}

bool Voicing::convert(QList<AudioBuffer>& takes, const QStringList& speechPaths,
                      JobContext& context, double from, double to) const {
    if (conversionModel_.isEmpty() || takes.isEmpty()) {
        return false;
    }
    // One pass over all takes: the speaker's matching set is built once, not per segment.
    const qint64 gap = std::llround(kConversionGapSeconds * kSpeechRate);
    AudioBuffer joined{kSpeechRate, 1, {}};
    QList<qint64> offsets;
    for (const AudioBuffer& take : takes) {
        offsets.append(joined.frames());
        joined.samples.insert(joined.samples.end(), take.samples.begin(), take.samples.end());
        joined.samples.insert(joined.samples.end(), size_t(gap), 0.0f);
    }
    const QString folder = QDir(context.workDirectory()).filePath(QStringLiteral("convert"));
    QDir().mkpath(folder);
    const QString input = QDir(folder).filePath(QStringLiteral("takes.wav"));
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    audio::encodeFile(joined, input, encode);

    JobRequest request;
    request.capability = QStringLiteral("voice-changer");
    request.engine = QStringLiteral("knn-vc");
    request.model = conversionModel_;
    request.inputs.setFiles(QStringLiteral("audio"), {input});
    request.inputs.setFiles(QStringLiteral("reference"), speechPaths);
    request.parameters = {{QStringLiteral("keep_timing"), true},
                          {QStringLiteral("mix"), QStringLiteral("voice-only")}};
    const QString path =
        firstOutput(runSubJob(request, context, QStringLiteral("convert/run"), from, to));
    const AudioBuffer converted = audio::decodeFile(path, {kSpeechRate, 1});
    QDir(folder).removeRecursively();
    for (int i = 0; i < takes.size(); ++i) {
        const qint64 first = offsets[i];
        const qint64 frames = takes[i].frames();
        AudioBuffer take{kSpeechRate, 1, {}};
        for (qint64 f = first; f < first + frames; ++f) {
            take.samples.push_back(f < converted.frames() ? converted.samples[size_t(f)] : 0.0f);
        }
        takes[i] = take;
    }
    return true;
}

QString Voicing::key() const {
    return QStringList{
        ttsEngine_, ttsModel_, voice_,
        conversionModel_.isEmpty() ? QStringLiteral("unconverted") : conversionModel_}
        .join(QLatin1Char('|'));
}

}  // namespace sonara::core::dubbing
