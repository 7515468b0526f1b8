#include "core/engine/engines/whisper_stt_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/model_cache.h"
#include "core/engine/transcript.h"
#include "models/whisper/whisper.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace sonara::core {
namespace {

using engine_support::booleanParameter;
using engine_support::choiceParameter;
using engine_support::integerParameter;
using models::Whisper;

constexpr int kSampleRate = Whisper::sampleRate();
// Whisper gets the recording in spans of this length, so memory stays flat in the length of
// the input: an hour is six spans of 10 minutes (twenty 30 s windows each).
constexpr double kSpanSeconds = 600.0;
// Audio is read in 1 s blocks so a cancel while reading is answered within a second.
constexpr qint64 kReadBlockFrames = kSampleRate;
// Whisper's timestamps step in 20 ms; a segment shorter than that is given one step.
constexpr double kTimestampStep = 0.02;
// Fraction of the progress bar spent loading the model.
constexpr double kLoadShare = 0.05;
// large-v3 in fp16 is 3.09 GB on disk; the scheduler needs one figure before the model is known.
constexpr qint64 kLargestCheckpointBytes = 3'090'000'000;

const QString kEngineId = QStringLiteral("whisper");

// Loading takes the first kLoadShare of the bar and saving the last; a duration the container
// under-reports cannot push the bar past its end.
double overallFraction(double doneSeconds, double totalSeconds) {
    const double share = std::min(doneSeconds / std::max(totalSeconds, 1e-3), 1.0);
    return kLoadShare + (1.0 - 2 * kLoadShare) * share;
}

ParameterSpec taskSpec() {
    return choiceParameter(QStringLiteral("task"), QStringLiteral("Task"),
                           QStringLiteral("transcribe"),
                           {QStringLiteral("transcribe"), QStringLiteral("translate")},
                           QStringLiteral("Transcribe in the spoken language, or translate the "
                                          "speech into English."));
}

ParameterSpec initialPromptSpec() {
    ParameterSpec spec;
    spec.id = QStringLiteral("initial_prompt");
    spec.title = QStringLiteral("Initial prompt");
    spec.type = ParameterType::String;
    spec.defaultValue = QString();
    spec.help = QStringLiteral(
        "Names, terms or a sample sentence in the wanted style, to steer "
        "spelling and punctuation.");
    return spec;
}

ParameterSpec beamSizeSpec() {
    return integerParameter(QStringLiteral("beam_size"), QStringLiteral("Beam size"), 1, 1, 5,
                            QString(),
                            QStringLiteral("1 decodes greedily (fastest); 2 to 5 search several "
                                           "candidate transcripts (slower, sometimes better)."));
}

ParameterSpec conditionSpec() {
    return booleanParameter(QStringLiteral("condition_on_previous_text"),
                            QStringLiteral("Condition on previous text"), false,
                            QStringLiteral("Prompt each 30 s window with the text before it: more "
                                           "consistent wording, but a mistake can repeat."));
}

QString stringValue(const QVariantMap& parameters, const QString& id) {
    return parameters.value(id).toString().trimmed();
}

// Whisper knows languages by their two- or three-letter code; "en-us" means "en" to it.
std::string whisperLanguage(const QVariantMap& parameters) {
    QString code = stringValue(parameters, QStringLiteral("language")).toLower();
    code.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (code.isEmpty() || code == QLatin1String("auto")) {
        return "auto";
    }
    return code.section(QLatin1Char('-'), 0, 0).toStdString();
}

void checkRequest(const Whisper& whisper, const Whisper::TranscribeOptions& options,
                  const QString& modelId) {
    const std::string& language = options.language;
    if (!whisper.multilingual()) {
        if (language != "auto" && language != "en") {
            throw EngineError(QStringLiteral("model %1 knows English only, so it cannot "
                                             "transcribe language '%2': set language to en or "
                                             "auto, or install a multilingual Whisper model")
                                  .arg(modelId, QString::fromStdString(language)));
        }
        if (options.task == "translate") {
            throw EngineError(QStringLiteral("model %1 knows English only, so it cannot "
                                             "translate: set task to transcribe, or install a "
                                             "multilingual Whisper model")
                                  .arg(modelId));
        }
        return;
    }
    if (language == "auto") {
        return;
    }
    const std::vector<std::string> known = whisper.languages();
    if (std::find(known.begin(), known.end(), language) == known.end()) {
        throw EngineError(QStringLiteral("model %1 does not know language '%2': set language to "
                                         "auto or to a code such as en, de, fr or ja")
                              .arg(modelId, QString::fromStdString(language)));
    }
}

QString audioInput(const ValidatedJob& job) {
    if (job.audioInputs.isEmpty()) {
        throw EngineError(QStringLiteral("no recording to transcribe: add an audio file"));
    }
    return job.audioInputs.first();
}

EngineError modelFailed(const InstalledModel& model, const models::Error& error) {
    return EngineError(
        QStringLiteral("Whisper could not use model %1: %2. Reinstall it from a complete "
                       "checkpoint folder (config.json, generation_config.json, tokenizer files, "
                       "model.safetensors) with `sonara models install %1 --from FOLDER`")
            .arg(model.id, QString::fromUtf8(error.what())));
}

std::shared_ptr<Whisper> loadModel(const InstalledModel& model, JobContext& context) {
    const Whisper::Options options;
    auto load = [&] {
        return std::make_shared<Whisper>(Whisper::load(model.directory.toStdString(), options));
    };
    ModelCache* cache = context.modelCache();
    if (!cache) {
        return load();
    }
    const QString key = QStringLiteral("%1|%2|%3")
                            .arg(model.directory, QString::fromStdString(options.device),
                                 QString::fromStdString(options.dtype));
    return cache->get<Whisper>(key, model.sizeBytes,
                               std::function<std::shared_ptr<Whisper>()>(load));
}

// Feeds the recording to Whisper span by span and collects segments on one timeline.
class SpanTranscriber {
public:
    SpanTranscriber(const Whisper& whisper, Whisper::TranscribeOptions options, bool conditioned,
                    double totalSeconds, JobContext& context)
        : whisper_(whisper),
          options_(std::move(options)),
          conditioned_(conditioned),
          total_(std::max(totalSeconds, 1e-3)),
          context_(context) {}

    void transcribe(const std::vector<float>& span, double offsetSeconds) {
        if (span.empty()) {
            return;
        }
        const double spanSeconds = double(span.size()) / kSampleRate;
        auto progress = [&](double fraction, std::string_view) {
            const double done = offsetSeconds + std::clamp(fraction, 0.0, 1.0) * spanSeconds;
            return context_.progress(overallFraction(done, total_), QStringLiteral("Transcribing"));
        };
        const models::WhisperTranscript result = whisper_.transcribe(span, options_, progress);
        if (language_.isEmpty() && !result.language.empty()) {
            language_ = QString::fromStdString(result.language);
            // Later spans keep the language of the first, as one 30 s window decides it anyway.
            options_.language = result.language;
        }
        for (const models::WhisperSegment& piece : result.segments) {
            append(piece, offsetSeconds, offsetSeconds + spanSeconds);
        }
        // Each span after the first starts from a plain prompt unless asked to carry on.
        options_.initialPrompt.clear();
        if (conditioned_ && !segments_.isEmpty()) {
            options_.initialPrompt = segments_.last().text.toStdString();
        }
    }

    const QList<TranscriptSegment>& segments() const { return segments_; }
    const QString& language() const { return language_; }

private:
    void append(const models::WhisperSegment& piece, double offset, double spanEnd) {
        TranscriptSegment segment;
        segment.text = QString::fromStdString(piece.text).trimmed();
        if (segment.text.isEmpty()) {
            return;
        }
        segment.start = std::clamp(offset + piece.start, offset, spanEnd);
        segment.end = std::clamp(offset + piece.end, segment.start, spanEnd);
        if (segment.end <= segment.start) {
            segment.end = std::min(segment.start + kTimestampStep, spanEnd);
        }
        if (segment.end <= segment.start) {
            return;
        }
        segments_.append(segment);
    }

    const Whisper& whisper_;
    Whisper::TranscribeOptions options_;
    bool conditioned_;
    double total_;
    JobContext& context_;
    QList<TranscriptSegment> segments_;
    QString language_;
};

}  // namespace

qint64 WhisperSttEngine::vramEstimate(qint64 modelBytes) {
    return modelBytes + modelBytes / 2;
}

EngineInfo WhisperSttEngine::info() const {
    EngineInfo info;
    info.id = kEngineId;
    info.capability = QStringLiteral("stt");
    info.title = QStringLiteral("Whisper");
    info.summary = QStringLiteral(
        "OpenAI Whisper: accurate transcription of about 100 languages "
        "and translation to English; needs a downloaded model.");
    info.architectures = {QStringLiteral("whisper")};
    info.lane = ComputeLane::Gpu;
    info.vramBytes = vramEstimate(kLargestCheckpointBytes);
    info.parameters = {taskSpec(), initialPromptSpec(), beamSizeSpec(), conditionSpec()};
    return info;
}

QList<EngineOutput> WhisperSttEngine::run(const ValidatedJob& job, JobContext& context) {
    if (!job.model) {
        throw EngineError(
            QStringLiteral("the whisper engine needs a model: pass --model with "
                           "an installed Whisper checkpoint (`sonara models list`)"));
    }
    const InstalledModel& model = *job.model;
    const QString input = audioInput(job);

    Whisper::TranscribeOptions options;
    options.language = whisperLanguage(job.parameters);
    options.task = engine_support::choiceValue(job.parameters, taskSpec()).toStdString();
    options.beamSize = int(engine_support::integerValue(job.parameters, beamSizeSpec()));
    options.initialPrompt =
        stringValue(job.parameters, QStringLiteral("initial_prompt")).toStdString();
    const bool conditioned = engine_support::booleanValue(job.parameters, conditionSpec());
    options.conditionOnPreviousText = conditioned;

    context.progress(0.0, QStringLiteral("Loading the speech model"));
    std::shared_ptr<Whisper> whisper;
    try {
        whisper = loadModel(model, context);
        checkRequest(*whisper, options, model.id);
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }
    context.throwIfCancelled();

    Transcript transcript;
    transcript.engine = kEngineId;
    transcript.model = model.id;
    const qint64 spanFrames = qint64(kSpanSeconds * kSampleRate);
    try {
        audio::AudioReader reader(input, audio::DecodeOptions{kSampleRate, 1});
        SpanTranscriber spans(*whisper, options, conditioned, reader.info().durationSeconds,
                              context);
        std::vector<float> span;
        span.reserve(size_t(spanFrames));
        qint64 position = 0;
        double offset = 0;
        for (bool ended = false; !ended;) {
            context.progress(overallFraction(offset, reader.info().durationSeconds),
                             QStringLiteral("Reading audio"));
            while (qint64(span.size()) < spanFrames) {
                context.throwIfCancelled();
                const audio::AudioBuffer block =
                    reader.read(std::min(kReadBlockFrames, spanFrames - qint64(span.size())));
                if (block.isEmpty()) {
                    ended = true;
                    break;
                }
                span.insert(span.end(), block.samples.begin(), block.samples.end());
            }
            spans.transcribe(span, offset);
            position += qint64(span.size());
            offset = double(position) / kSampleRate;
            span.clear();
        }
        transcript.segments = spans.segments();
        transcript.language = spans.language();
        transcript.duration = offset;
    } catch (const audio::AudioError& error) {
        throw engine_support::unreadableAudio(input, error);
    } catch (const models::Cancelled&) {
        throw JobCancelled();
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }
    if (transcript.language.isEmpty()) {
        // English-only checkpoints name no language; they only ever transcribe English.
        transcript.language = whisper->multilingual() ? QString::fromStdString(options.language)
                                                      : QStringLiteral("en");
    }
    context.throwIfCancelled();
    const QString path = context.outputPath(QStringLiteral("transcript.json"));
    engine_support::writeTranscript(path, transcript);
    context.progress(1.0, QStringLiteral("Done"));
    return {EngineOutput{QStringLiteral("transcript"), path}};
}

}  // namespace sonara::core
