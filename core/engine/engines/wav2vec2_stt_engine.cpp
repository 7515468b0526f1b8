#include "core/engine/engines/wav2vec2_stt_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engines/ctc_word_stream.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/speech_chunks.h"
#include "core/engine/errors.h"
#include "core/engine/transcript.h"
#include "models/common/error.h"
#include "models/wav2vec2/wav2vec2.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

namespace sonara::core {
namespace {

using engine_support::loadCachedModel;
using engine_support::ProgressBand;
using models::Wav2Vec2;

const QString kEngineId = QStringLiteral("wav2vec2");

// On a GPU a 30 s window takes milliseconds; on a CPU it takes seconds, and the model call
// cannot be interrupted, so shorter windows keep a cancel answered promptly.
constexpr double kGpuWindowSeconds = 30.0;
constexpr double kCpuWindowSeconds = 10.0;
// Frames this close to a window's edge see too little audio to be trusted; the neighbouring
// window, which sees them in its middle, decides them instead.
constexpr double kContextSeconds = 1.5;
static_assert(4 * kContextSeconds < kCpuWindowSeconds, "windows must advance");
// The feature encoder's receptive field: shorter audio yields no frame.
constexpr qint64 kMinimumSamples = 400;
// Fractions of the progress bar: loading, then finding speech (when asked), then recognising.
constexpr double kLoadShare = 0.05;
constexpr double kDetectShare = 0.10;
// wav2vec2-large is 1.26 GB on disk; the scheduler needs one figure before the model is known.
constexpr qint64 kLargestCheckpointBytes = 1'270'000'000;

QString failureHint(const QString& modelId) {
    return QStringLiteral(
               "Reinstall it from a complete Wav2Vec2ForCTC checkpoint folder "
               "(config.json, vocab.json, model.safetensors) with `sonara models "
               "install %1 --from FOLDER`")
        .arg(modelId);
}

EngineError modelFailed(const InstalledModel& model, const models::Error& error) {
    return EngineError(QStringLiteral("Wav2Vec2 could not use model %1: %2. %3")
                           .arg(model.id, QString::fromUtf8(error.what()), failureHint(model.id)));
}

void checkVocabulary(const Wav2Vec2& model, const InstalledModel& installed) {
    if (!model.hasVocabulary()) {
        throw EngineError(QStringLiteral("model %1 has no vocab.json, so its output letters are "
                                         "unknown. %2")
                              .arg(installed.id, failureHint(installed.id)));
    }
}

// A CTC model transcribes the language it was fine-tuned on and cannot tell which that is; the
// transcript records the language the user named, or "und" (undetermined) for auto.
QString transcriptLanguage(const QVariantMap& parameters) {
    QString code = parameters.value(QStringLiteral("language")).toString().trimmed().toLower();
    code.replace(QLatin1Char('_'), QLatin1Char('-'));
    if (code.isEmpty() || code == QLatin1String("auto")) {
        return QStringLiteral("und");
    }
    return code.section(QLatin1Char('-'), 0, 0);
}

// Runs Wav2Vec2 over each chunk of audio, however long, in overlapping windows: each window keeps
// only the frames away from its edges, so the kept frames tile the chunk without a seam and
// memory stays at one window.
class WindowedRecogniser : public ChunkSink {
public:
    using WindowDone = std::function<void(double recognisedUpToSeconds)>;

    WindowedRecogniser(const Wav2Vec2& model, CtcWordStream& words, WindowDone windowDone,
                       const JobContext& context)
        : model_(model),
          words_(words),
          windowDone_(std::move(windowDone)),
          context_(context),
          stride_(model.frameStride()),
          contextFrames_(int64_t(kContextSeconds / model.frameSeconds() + 0.5)) {
        const bool gpu = model.device().rfind("cuda", 0) == 0;
        windowSamples_ = qint64((gpu ? kGpuWindowSeconds : kCpuWindowSeconds) * model.sampleRate());
    }

    void beginChunk(double startSeconds) override {
        offset_ = startSeconds;
        pending_.clear();
        pendingFirstFrame_ = 0;
        nextFrame_ = 0;
        words_.begin(startSeconds);
    }

    void feed(const float* samples, qint64 count) override {
        pending_.insert(pending_.end(), samples, samples + count);
        while (qint64(pending_.size()) >= windowSamples_) {
            recogniseWindow(windowSamples_, false);
        }
    }

    void endChunk() override {
        const qint64 decided = (nextFrame_ - pendingFirstFrame_) * stride_;
        if (qint64(pending_.size()) > decided) {
            recogniseWindow(qint64(pending_.size()), true);
        }
        words_.end();
    }

private:
    void recogniseWindow(qint64 samples, bool last) {
        models::FloatArray audio({std::max(samples, kMinimumSamples)});
        std::copy(pending_.begin(), pending_.begin() + samples, audio.data.begin());
        // Asked after every transformer layer: a long CPU window still stops within a second.
        const models::FloatArray logits = model_.logits(
            audio, [this](double, std::string_view) { return !context_.isCancelled(); });
        const int64_t frames = logits.dim(0);
        const int64_t classes = logits.dim(1);
        const int64_t windowEnd = pendingFirstFrame_ + frames;
        const int64_t keepTo = last ? windowEnd : windowEnd - contextFrames_;
        if (keepTo > nextFrame_) {
            const float* first = logits.data.data() + (nextFrame_ - pendingFirstFrame_) * classes;
            words_.push(first, keepTo - nextFrame_, classes);
            nextFrame_ = keepTo;
        }
        if (!last) {
            // The next window starts early enough to give the first frame it decides context.
            const int64_t nextFirst =
                std::max<int64_t>(nextFrame_ - contextFrames_, pendingFirstFrame_ + 1);
            pending_.erase(pending_.begin(),
                           pending_.begin() + (nextFirst - pendingFirstFrame_) * stride_);
            pendingFirstFrame_ = nextFirst;
        }
        windowDone_(offset_ + double(nextFrame_ * stride_) / model_.sampleRate());
    }

    const Wav2Vec2& model_;
    CtcWordStream& words_;
    WindowDone windowDone_;
    const JobContext& context_;
    int64_t stride_;
    int64_t contextFrames_;
    int64_t windowSamples_ = 0;
    double offset_ = 0;
    std::vector<float> pending_;
    int64_t pendingFirstFrame_ = 0;  // frame of the chunk that pending_[0] starts
    int64_t nextFrame_ = 0;          // first frame of the chunk not yet decided
};

struct Recognition {
    QList<TranscriptWord> words;
    double duration = 0;
};

Recognition recognise(const Wav2Vec2& model, const QString& input, bool vad, JobContext& context) {
    CtcWordStream words(model.vocabulary(), model.frameSeconds());
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
    ProgressBand band(context, start, 0.95, vad ? detectedDuration : expected,
                      QStringLiteral("Transcribing"));
    WindowedRecogniser recogniser(
        model, words, [&](double seconds) { band.report(seconds); }, context);
    const double read = streamChunks(input, vad ? &chunks : nullptr, recogniser, context);
    Recognition recognition{words.words(), vad ? detectedDuration : read};
    // A recording shorter than the feature encoder's field of view is padded to give one frame,
    // whose end can pass the recording's.
    for (TranscriptWord& word : recognition.words) {
        word.end = std::min(word.end, recognition.duration);
        word.start = std::min(word.start, word.end);
    }
    return recognition;
}

}  // namespace

EngineInfo Wav2Vec2SttEngine::info() const {
    EngineInfo info;
    info.id = kEngineId;
    info.capability = QStringLiteral("stt");
    info.title = QT_TRANSLATE_NOOP("capability", "Wav2Vec2");
    info.summary = QT_TRANSLATE_NOOP(
        "capability",
        "Meta wav2vec 2.0 CTC recognition: fast, with word timings, in the one language its "
        "model was trained on (English for the catalog's models); needs a downloaded model.");
    info.architectures = {QStringLiteral("wav2vec2")};
    info.lane = ComputeLane::Gpu;
    info.vramBytes = engine_support::sttVramEstimate(kLargestCheckpointBytes);
    return info;
}

QList<EngineOutput> Wav2Vec2SttEngine::run(const ValidatedJob& job, JobContext& context) {
    if (!job.model) {
        throw EngineError(
            QStringLiteral("the wav2vec2 engine needs a model: pass --model with an installed "
                           "Wav2Vec2 checkpoint (`sonara models list`), e.g. "
                           "wav2vec2-base-960h"));
    }
    const InstalledModel& model = *job.model;
    const QString input = engine_support::recordingInput(job);
    const bool vad = job.parameters.value(QStringLiteral("vad"), false).toBool();

    context.progress(0.0, QStringLiteral("Loading the speech model"));
    std::shared_ptr<Wav2Vec2> wav2vec2;
    try {
        wav2vec2 = loadCachedModel<Wav2Vec2>(model, context);
        checkVocabulary(*wav2vec2, model);
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }
    context.throwIfCancelled();

    Recognition recognition;
    try {
        recognition = recognise(*wav2vec2, input, vad, context);
    } catch (const models::Cancelled&) {
        context.throwIfCancelled();
        throw;
    } catch (const audio::AudioError& error) {
        throw engine_support::unreadableAudio(input, error);
    } catch (const models::Error& error) {
        throw modelFailed(model, error);
    }

    Transcript transcript;
    transcript.engine = kEngineId;
    transcript.model = model.id;
    transcript.language = transcriptLanguage(job.parameters);
    transcript.duration = recognition.duration;
    transcript.segments = Transcript::segmentWords(recognition.words);
    return engine_support::finishTranscript(job, std::move(transcript), context);
}

}  // namespace sonara::core
