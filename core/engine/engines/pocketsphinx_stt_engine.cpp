#include "core/engine/engines/pocketsphinx_stt_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/errors.h"
#include "core/engine/transcript.h"

#include <pocketsphinx.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>
#include <algorithm>
#include <cmath>
#include <vector>

namespace sonara::core {
namespace {

constexpr int kSampleRate = 16000;
// 100 ms blocks: fine enough for silence detection and for answering a cancel promptly.
constexpr int kBlockFrames = kSampleRate / 10;
constexpr int kBlocksPerProgress = 10;
// Utterances are cut at the first pause after kMinUtteranceSeconds, and unconditionally at
// kMaxUtteranceSeconds, so decoding cost and memory stay flat however long the file is.
constexpr double kMinUtteranceSeconds = 10.0;
constexpr double kMaxUtteranceSeconds = 30.0;
constexpr double kPauseSeconds = 0.3;
constexpr double kSilenceFloorDb = -50.0;
constexpr double kSilenceBelowPeakDb = 30.0;

const QString kEngineId = QStringLiteral("pocketsphinx");

bool isSupportedLanguage(const QString& language) {
    const QString code = language.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    return code.isEmpty() || code == QLatin1String("auto") || code == QLatin1String("en") ||
           code == QLatin1String("en-us");
}

// The decoder and its configuration, freed together; one per run because a decoder is not
// thread-safe.
class Decoder {
public:
    explicit Decoder(const QString& modelDir) {
        const QDir dir(modelDir);
        const QByteArray hmm = dir.filePath(QStringLiteral("en-us")).toUtf8();
        const QByteArray lm = dir.filePath(QStringLiteral("en-us.lm.bin")).toUtf8();
        const QByteArray dict = dir.filePath(QStringLiteral("cmudict-en-us.dict")).toUtf8();
        // Silence removal would drop frames and shift every word time; pauses are found here.
        config_ = cmd_ln_init(nullptr, ps_args(), TRUE, "-hmm", hmm.constData(), "-lm",
                              lm.constData(), "-dict", dict.constData(), "-logfn", "/dev/null",
                              "-remove_silence", "no", nullptr);
        decoder_ = config_ ? ps_init(config_) : nullptr;
        if (!decoder_) {
            throw EngineError(QStringLiteral("PocketSphinx could not load its US English model "
                                             "from %1: reinstall the pocketsphinx-en-us package")
                                  .arg(modelDir));
        }
        frameRate_ = cmd_ln_int32_r(config_, "-frate");
    }
    ~Decoder() {
        ps_free(decoder_);
        cmd_ln_free_r(config_);
    }
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    ps_decoder_t* get() const { return decoder_; }
    int frameRate() const { return frameRate_ > 0 ? frameRate_ : 100; }

private:
    cmd_ln_t* config_ = nullptr;
    ps_decoder_t* decoder_ = nullptr;
    int frameRate_ = 100;
};

// Markers, silences and noises the dictionary spells like words: "<s>", "<sil>", "[NOISE]",
// "++UM++".
bool isFiller(const QString& word) {
    return word.isEmpty() || word.startsWith(QLatin1Char('<')) ||
           word.startsWith(QLatin1Char('[')) || word.startsWith(QLatin1String("++"));
}

// "read(2)" is the dictionary's second pronunciation of "read".
QString stripPronunciation(const QString& word) {
    const int paren = word.indexOf(QLatin1Char('('));
    return paren > 0 && word.endsWith(QLatin1Char(')')) ? word.left(paren) : word;
}

double blockLevelDb(const std::vector<int16>& block) {
    double sum = 0;
    for (const int16 sample : block) {
        sum += double(sample) * double(sample);
    }
    const double rms = std::sqrt(sum / std::max<size_t>(1, block.size())) / 32768.0;
    return 20.0 * std::log10(std::max(rms, 1e-10));
}

std::vector<int16> toInt16(const std::vector<float>& samples) {
    std::vector<int16> pcm(samples.size());
    std::transform(samples.begin(), samples.end(), pcm.begin(), [](float x) {
        return static_cast<int16>(std::lround(std::clamp(x, -1.0f, 1.0f) * 32767.0f));
    });
    return pcm;
}

// Feeds audio block by block and closes utterances at pauses, collecting timed words.
class UtteranceDecoder {
public:
    // Segment frames count from the start of the stream, not of the utterance, so word times
    // come out absolute as long as the whole file is one stream.
    explicit UtteranceDecoder(Decoder& decoder) : decoder_(decoder) {
        ps_start_stream(decoder_.get());
    }

    void feed(const std::vector<int16>& block) {
        if (!inUtterance_) {
            ps_start_utt(decoder_.get());
            inUtterance_ = true;
            utteranceStart_ = position_;
            peakDb_ = kSilenceFloorDb;
            pauseFrames_ = 0;
        }
        ps_process_raw(decoder_.get(), block.data(), block.size(), FALSE, FALSE);
        position_ += static_cast<qint64>(block.size());
        trackPause(blockLevelDb(block), static_cast<qint64>(block.size()));
        const double length = double(position_ - utteranceStart_) / kSampleRate;
        const bool pause = pauseFrames_ >= qint64(kPauseSeconds * kSampleRate);
        if ((length >= kMinUtteranceSeconds && pause) || length >= kMaxUtteranceSeconds) {
            finish();
        }
    }

    void finish() {
        if (!inUtterance_) {
            return;
        }
        ps_end_utt(decoder_.get());
        inUtterance_ = false;
        collectWords();
    }

    const QList<TranscriptWord>& words() const { return words_; }
    double position() const { return double(position_) / kSampleRate; }

private:
    void trackPause(double levelDb, qint64 frames) {
        peakDb_ = std::max(peakDb_, levelDb);
        const bool quiet = levelDb < kSilenceFloorDb || levelDb < peakDb_ - kSilenceBelowPeakDb;
        pauseFrames_ = quiet ? pauseFrames_ + frames : 0;
    }

    void collectWords() {
        logmath_t* logmath = ps_get_logmath(decoder_.get());
        const double frameSeconds = 1.0 / decoder_.frameRate();
        for (ps_seg_t* seg = ps_seg_iter(decoder_.get()); seg; seg = ps_seg_next(seg)) {
            const QString word = QString::fromUtf8(ps_seg_word(seg));
            if (isFiller(word)) {
                continue;
            }
            int startFrame = 0;
            int endFrame = 0;
            ps_seg_frames(seg, &startFrame, &endFrame);
            int32 acoustic = 0;
            int32 language = 0;
            int32 backoff = 0;
            const int32 logProbability = ps_seg_prob(seg, &acoustic, &language, &backoff);
            TranscriptWord timed;
            timed.text = stripPronunciation(word);
            timed.start = startFrame * frameSeconds;
            timed.end = (endFrame + 1) * frameSeconds;
            timed.probability = std::clamp(logmath_exp(logmath, logProbability), 0.0, 1.0);
            words_.append(timed);
        }
    }

    Decoder& decoder_;
    QList<TranscriptWord> words_;
    qint64 position_ = 0;
    qint64 utteranceStart_ = 0;
    qint64 pauseFrames_ = 0;
    double peakDb_ = kSilenceFloorDb;
    bool inUtterance_ = false;
};

void checkModel(const QString& modelDir) {
    const QDir dir(modelDir);
    const bool complete = dir.exists(QStringLiteral("en-us")) &&
                          dir.exists(QStringLiteral("en-us.lm.bin")) &&
                          dir.exists(QStringLiteral("cmudict-en-us.dict"));
    if (!complete) {
        throw EngineError(QStringLiteral("PocketSphinx's US English model is missing from %1: "
                                         "install the pocketsphinx-en-us package")
                              .arg(modelDir));
    }
}

void checkLanguage(const QVariantMap& parameters) {
    const QString language = parameters.value(QStringLiteral("language")).toString();
    if (!isSupportedLanguage(language)) {
        throw EngineError(QStringLiteral("PocketSphinx knows US English only, so it cannot "
                                         "transcribe language '%1': set language to en or auto, "
                                         "or use the whisper engine for other languages")
                              .arg(language));
    }
}

QList<TranscriptWord> decodeFile(const QString& path, JobContext& context, double* duration) {
    try {
        audio::AudioReader reader(path, audio::DecodeOptions{kSampleRate, 1});
        Decoder decoder(PocketsphinxSttEngine::modelDirectory());
        UtteranceDecoder utterances(decoder);
        const double total = std::max(reader.info().durationSeconds, 1e-3);
        for (qint64 blockIndex = 0;; ++blockIndex) {
            if (blockIndex % kBlocksPerProgress == 0) {
                context.progress(0.95 * std::min(utterances.position() / total, 1.0),
                                 QStringLiteral("Recognising speech"));
            }
            context.throwIfCancelled();
            const audio::AudioBuffer block = reader.read(kBlockFrames);
            if (block.isEmpty()) {
                break;
            }
            utterances.feed(toInt16(block.samples));
        }
        utterances.finish();
        *duration = utterances.position();
        return utterances.words();
    } catch (const audio::AudioError& error) {
        throw engine_support::unreadableAudio(path, error);
    }
}

}  // namespace

QString PocketsphinxSttEngine::modelDirectory() {
    return QDir(QStringLiteral(SONARA_POCKETSPHINX_MODELDIR)).filePath(QStringLiteral("en-us"));
}

EngineInfo PocketsphinxSttEngine::info() const {
    EngineInfo info;
    info.id = kEngineId;
    info.capability = QStringLiteral("stt");
    info.title = QT_TRANSLATE_NOOP("capability", "PocketSphinx");
    info.summary = QT_TRANSLATE_NOOP(
        "capability",
        "Lightweight US English recognition with word timings; runs on any CPU, no download.");
    info.lane = ComputeLane::Cpu;
    return info;
}

QList<EngineOutput> PocketsphinxSttEngine::run(const ValidatedJob& job, JobContext& context) {
    checkLanguage(job.parameters);
    const QString input = engine_support::recordingInput(job);
    checkModel(modelDirectory());
    context.progress(0.0, QStringLiteral("Loading the speech model"));

    Transcript transcript;
    transcript.engine = kEngineId;
    transcript.model = QStringLiteral("en-us");
    transcript.language = QStringLiteral("en");
    const QList<TranscriptWord> words = decodeFile(input, context, &transcript.duration);
    transcript.segments = Transcript::segmentWords(words);
    return engine_support::finishTranscript(job, std::move(transcript), context);
}

}  // namespace sonara::core
