#include "core/engine/engines/whisper_stt_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/speech_chunks.h"
#include "core/engine/errors.h"
#include "core/engine/transcript.h"
#include "models/whisper/whisper.h"

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
using engine_support::loadCachedModel;
using engine_support::numberParameter;
using engine_support::ProgressBand;
using models::Whisper;

constexpr int kSampleRate = Whisper::sampleRate();
static_assert(kSampleRate == kSpeechSampleRate, "chunks are read at Whisper's rate");
// Whisper gets the recording in spans of this length, so memory stays flat in the length of
// the input: an hour is six spans of 10 minutes (twenty 30 s windows each).
constexpr double kSpanSeconds = 600.0;
// Whisper's timestamps step in 20 ms; a segment shorter than that is given one step.
constexpr double kTimestampStep = 0.02;
// Fractions of the progress bar: loading, then finding speech (when asked), then transcribing;
// saving takes the rest.
constexpr double kLoadShare = 0.05;
constexpr double kDetectShare = 0.10;
constexpr double kTranscribedAt = 0.95;
// The reference's fallback ladder climbs from the starting temperature in these steps.
constexpr double kTemperatureStep = 0.2;
// large-v3 in fp16 is 3.09 GB on disk; the scheduler needs one figure before the model is known.
constexpr qint64 kLargestCheckpointBytes = 3'090'000'000;

const QString kEngineId = QStringLiteral("whisper");

ParameterSpec taskSpec() {
    return choiceParameter(QStringLiteral("task"), QT_TRANSLATE_NOOP("capability", "Task"),
                           QT_TRANSLATE_NOOP("capability", "transcribe"),
                           {QT_TRANSLATE_NOOP("capability", "transcribe"),
                            QT_TRANSLATE_NOOP("capability", "translate")},
                           QT_TRANSLATE_NOOP("capability",
                                             "Transcribe in the spoken language, or translate the "
                                             "speech into English."));
}

ParameterSpec initialPromptSpec() {
    ParameterSpec spec;
    spec.id = QStringLiteral("initial_prompt");
    spec.title = QT_TRANSLATE_NOOP("capability", "Initial prompt");
    spec.type = ParameterType::String;
    spec.defaultValue = QString();
    spec.help = QT_TRANSLATE_NOOP("capability",
                                  "Names, terms or a sample sentence in the wanted style, to steer "
                                  "spelling and punctuation.");
    return spec;
}

ParameterSpec beamSizeSpec() {
    return integerParameter(QStringLiteral("beam_size"),
                            QT_TRANSLATE_NOOP("capability", "Beam size"), 1, 1, 5, QString(),
                            QT_TRANSLATE_NOOP("capability",
                                              "1 decodes greedily (fastest); 2 to 5 search several "
                                              "candidate transcripts (slower, sometimes better)."));
}

ParameterSpec conditionSpec() {
    return booleanParameter(
        QStringLiteral("condition_on_previous_text"),
        QT_TRANSLATE_NOOP("capability", "Condition on previous text"), false,
        QT_TRANSLATE_NOOP("capability",
                          "Prompt each 30 s window with the text before it: more "
                          "consistent wording, but a mistake can repeat."));
}

ParameterSpec temperatureSpec() {
    return numberParameter(
        QStringLiteral("temperature"), QT_TRANSLATE_NOOP("capability", "Temperature"), 0.0, 0.0,
        1.0, QString(),
        QT_TRANSLATE_NOOP("capability",
                          "0 picks the likeliest words. When a 30 s window comes out repetitive or "
                          "unsure it is decoded again at a temperature 0.2 higher (more varied "
                          "sampling), up to 1."));
}

// The starting temperature and the fallbacks above it, as the reference's
// np.arange(start, 1.0 + 1e-6, 0.2).
std::vector<float> temperatureLadder(double start) {
    std::vector<float> ladder;
    for (int step = 0;; ++step) {
        const double temperature = start + step * kTemperatureStep;
        if (temperature > 1.0 + 1e-6) {
            break;
        }
        ladder.push_back(float(temperature));
    }
    return ladder;
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

EngineError modelFailed(const InstalledModel& model, const models::Error& error) {
    return EngineError(
        QStringLiteral("Whisper could not use model %1: %2. Reinstall it from a complete "
                       "checkpoint folder (config.json, generation_config.json, tokenizer files, "
                       "model.safetensors) with `sonara models install %1 --from FOLDER`")
            .arg(model.id, QString::fromUtf8(error.what())));
}

QList<TranscriptWord> timedWords(const models::WhisperSegment& piece, double offset,
                                 const TranscriptSegment& segment) {
    QList<TranscriptWord> words;
    for (const models::WhisperWord& word : piece.words) {
        TranscriptWord timed;
        timed.text = QString::fromStdString(word.text).trimmed();
        if (timed.text.isEmpty()) {
            continue;
        }
        const double notBefore = words.isEmpty() ? segment.start : words.last().end;
        timed.start = std::clamp(offset + word.start, notBefore, segment.end);
        timed.end = std::clamp(offset + word.end, timed.start, segment.end);
        timed.probability = std::clamp(word.probability, 0.0, 1.0);
        words.append(timed);
    }
    return words;
}

// Collects the recording chunk by chunk into spans, hands each span to Whisper and keeps the
// segments on one timeline.
class SpanTranscriber : public ChunkSink {
public:
    SpanTranscriber(const Whisper& whisper, Whisper::TranscribeOptions options, bool conditioned,
                    ProgressBand& progress)
        : whisper_(whisper),
          options_(std::move(options)),
          conditioned_(conditioned),
          progress_(progress) {
        span_.reserve(size_t(kSpanSeconds * kSampleRate));
    }

    void beginChunk(double startSeconds) override {
        span_.clear();
        spanOffset_ = startSeconds;
    }

    void feed(const float* samples, qint64 count) override {
        const qint64 spanFrames = qint64(kSpanSeconds * kSampleRate);
        while (count > 0) {
            const qint64 take = std::min(count, spanFrames - qint64(span_.size()));
            span_.insert(span_.end(), samples, samples + take);
            samples += take;
            count -= take;
            if (qint64(span_.size()) == spanFrames) {
                transcribeSpan();
            }
        }
    }

    void endChunk() override { transcribeSpan(); }

    const QList<TranscriptSegment>& segments() const { return segments_; }
    const QString& language() const { return language_; }

private:
    void transcribeSpan() {
        if (span_.empty()) {
            return;
        }
        const double offset = spanOffset_;
        const double spanSeconds = double(span_.size()) / kSampleRate;
        auto progress = [&](double fraction, std::string_view) {
            return progress_.report(offset + std::clamp(fraction, 0.0, 1.0) * spanSeconds);
        };
        const models::WhisperTranscript result = whisper_.transcribe(span_, options_, progress);
        if (language_.isEmpty() && !result.language.empty()) {
            language_ = QString::fromStdString(result.language);
            // Later spans keep the language of the first, as one 30 s window decides it anyway.
            options_.language = result.language;
        }
        for (const models::WhisperSegment& piece : result.segments) {
            append(piece, offset, offset + spanSeconds);
        }
        // Each span after the first starts from a plain prompt unless asked to carry on.
        options_.initialPrompt.clear();
        if (conditioned_ && !segments_.isEmpty()) {
            options_.initialPrompt = segments_.last().text.toStdString();
        }
        spanOffset_ += spanSeconds;
        span_.clear();
    }

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
        segment.words = timedWords(piece, offset, segment);
        segment.scores = DecodingScores{piece.avgLogprob, piece.compressionRatio,
                                        piece.noSpeechProbability, piece.temperature};
        segments_.append(segment);
    }

    const Whisper& whisper_;
    Whisper::TranscribeOptions options_;
    bool conditioned_;
    ProgressBand& progress_;
    std::vector<float> span_;
    double spanOffset_ = 0;
    QList<TranscriptSegment> segments_;
    QString language_;
};

struct Transcription {
    QList<TranscriptSegment> segments;
    QString language;
    double duration = 0;
};

// With `vad`, a first pass finds the speech and only that is transcribed, chunk by chunk at its
// own place on the timeline; silence costs no decoding and cannot be hallucinated into text.
Transcription transcribeFile(const Whisper& whisper, const Whisper::TranscribeOptions& options,
                             bool conditioned, const QString& input, bool vad,
                             JobContext& context) {
    const double expected = audio::probeFile(input).durationSeconds;
    double start = kLoadShare;
    std::vector<TimeRange> chunks;
    double detectedDuration = 0;
    if (vad) {
        ProgressBand band(context, start, start + kDetectShare, expected,
                          QStringLiteral("Finding speech"));
        const SpeechDetection speech =
            detectSpeech(input, context, [&](double seconds) { band.report(seconds); });
        chunks = mergeIntoChunks(speech.regions, speech.duration);
        detectedDuration = speech.duration;
        start += kDetectShare;
    }
    ProgressBand band(context, start, kTranscribedAt, vad ? detectedDuration : expected,
                      QStringLiteral("Transcribing"));
    SpanTranscriber spans(whisper, options, conditioned, band);
    const double read = streamChunks(input, vad ? &chunks : nullptr, spans, context);
    return Transcription{spans.segments(), spans.language(), vad ? detectedDuration : read};
}

}  // namespace

EngineInfo WhisperSttEngine::info() const {
    EngineInfo info;
    info.id = kEngineId;
    info.capability = QStringLiteral("stt");
    info.title = QT_TRANSLATE_NOOP("capability", "Whisper");
    info.summary =
        QT_TRANSLATE_NOOP("capability",
                          "OpenAI Whisper: accurate transcription of about 100 languages "
                          "and translation to English; needs a downloaded model.");
    info.architectures = {QStringLiteral("whisper")};
    info.lane = ComputeLane::Gpu;
    info.vramBytes = engine_support::sttVramEstimate(kLargestCheckpointBytes);
    info.parameters = {taskSpec(), initialPromptSpec(), beamSizeSpec(), temperatureSpec(),
                       conditionSpec()};
    return info;
}

QList<EngineOutput> WhisperSttEngine::run(const ValidatedJob& job, JobContext& context) {
    if (!job.model) {
        throw EngineError(
            QStringLiteral("the whisper engine needs a model: pass --model with "
                           "an installed Whisper checkpoint (`sonara models list`)"));
    }
    const InstalledModel& model = *job.model;
    const QString input = engine_support::recordingInput(job);

    Whisper::TranscribeOptions options;
    options.language = whisperLanguage(job.parameters);
    options.task = engine_support::choiceValue(job.parameters, taskSpec()).toStdString();
    options.beamSize = int(engine_support::integerValue(job.parameters, beamSizeSpec()));
    options.initialPrompt =
        stringValue(job.parameters, QStringLiteral("initial_prompt")).toStdString();
    options.temperatures =
        temperatureLadder(engine_support::numberValue(job.parameters, temperatureSpec()));
    options.wordTimestamps = job.parameters.value(QStringLiteral("word_timestamps"), true).toBool();
    const bool conditioned = engine_support::booleanValue(job.parameters, conditionSpec());
    options.conditionOnPreviousText = conditioned;
    const bool vad = job.parameters.value(QStringLiteral("vad"), false).toBool();

    context.progress(0.0, QStringLiteral("Loading the speech model"));
    std::shared_ptr<Whisper> whisper;
    try {
        whisper = loadCachedModel<Whisper>(model, context);
        checkRequest(*whisper, options, model.id);
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }
    context.throwIfCancelled();

    Transcript transcript;
    transcript.engine = kEngineId;
    transcript.model = model.id;
    try {
        const Transcription result =
            transcribeFile(*whisper, options, conditioned, input, vad, context);
        transcript.segments = result.segments;
        transcript.language = result.language;
        transcript.duration = result.duration;
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
    return engine_support::finishTranscript(job, std::move(transcript), context);
}

}  // namespace sonara::core
