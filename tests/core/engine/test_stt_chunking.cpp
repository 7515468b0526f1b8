#include "core/audio/audio_reader.h"
#include "core/audio/silence_detector.h"
#include "core/engine/engines/ctc_word_stream.h"
#include "core/engine/engines/speech_chunks.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/transcript.h"
#include "models/wav2vec2/wav2vec2_ctc.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <random>

#include "support/stt_fixtures.h"

using namespace sonara::core;
namespace models = sonara::models;
using sonara::test::Recording;

namespace {

constexpr double kTolerance = 0.05;

// Remembers where each chunk started and which samples it got.
class RecordingSink : public ChunkSink {
public:
    struct Chunk {
        double start = 0;
        std::vector<float> samples;
    };

    void beginChunk(double startSeconds) override {
        QVERIFY(!open_);
        open_ = true;
        chunks.push_back(Chunk{startSeconds, {}});
    }
    void feed(const float* samples, qint64 count) override {
        QVERIFY(open_);
        chunks.back().samples.insert(chunks.back().samples.end(), samples, samples + count);
    }
    void endChunk() override {
        QVERIFY(open_);
        open_ = false;
    }

    std::vector<Chunk> chunks;

private:
    bool open_ = false;
};

models::CtcVocabulary tinyVocabulary() {
    models::CtcVocabulary vocabulary;
    vocabulary.tokens = {"<pad>", "<s>", "</s>", "<unk>", "|", "A", "B", "C"};
    vocabulary.blank = 0;
    vocabulary.delimiter = 4;
    return vocabulary;
}

// Logits whose argmax is `token` with the given posterior share over 8 classes.
std::vector<float> frameFor(int token, double posterior) {
    const double rest = (1.0 - posterior) / 7.0;
    std::vector<float> row(8, float(std::log(rest)));
    row[size_t(token)] = float(std::log(posterior));
    return row;
}

}  // namespace

class TestSttChunking : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString path(const QString& name) const { return dir_.filePath(name); }
    JobContext context(const std::atomic_bool* cancel = nullptr) {
        return JobContext(dir_.path(), cancel, [](double, const QString&) {});
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void findsToneBetweenSilences() {
        const QString file = path(QStringLiteral("tones.wav"));
        Recording().silence(1.0).tone(1.5).silence(2.0).noise(1.0).silence(1.25).save(file);
        JobContext job = context();
        double lastRead = 0;
        const SpeechDetection speech =
            detectSpeech(file, job, [&](double seconds) { lastRead = seconds; });
        QCOMPARE(speech.duration, 6.75);
        QCOMPARE(lastRead, 6.75);
        QCOMPARE(speech.regions.size(), size_t(2));
        const std::vector<TimeRange> expected = {{1.0, 2.5}, {4.5, 5.5}};
        for (size_t i = 0; i < expected.size(); ++i) {
            QVERIFY2(std::abs(speech.regions[i].start - expected[i].start) <= kTolerance &&
                         std::abs(speech.regions[i].end - expected[i].end) <= kTolerance,
                     qPrintable(QStringLiteral("region %1: %2..%3")
                                    .arg(i)
                                    .arg(speech.regions[i].start)
                                    .arg(speech.regions[i].end)));
        }
    }

    void pausesShorterThanTheMinimumStayInsideSpeech() {
        const QString file = path(QStringLiteral("pause.wav"));
        Recording().tone(1.0).silence(0.3).tone(1.0).save(file);
        JobContext job = context();
        const SpeechDetection speech = detectSpeech(file, job);
        QCOMPARE(speech.regions.size(), size_t(1));
        QVERIFY(speech.regions[0].start <= kTolerance);
        QVERIFY(std::abs(speech.regions[0].end - 2.3) <= kTolerance);
    }

    void silentFileHasNoSpeech() {
        const QString file = path(QStringLiteral("silent.wav"));
        Recording().silence(2.0).save(file);
        JobContext job = context();
        QVERIFY(detectSpeech(file, job).regions.empty());
    }

    void soundBetweenCoversWhatSilencesLeave() {
        const std::vector<TimeRange> sound =
            audio::soundBetween({{0.0, 1.0}, {3.0, 4.0}, {9.0, 12.0}}, 10.0);
        QCOMPARE(sound.size(), size_t(2));
        QCOMPARE(sound[0].start, 1.0);
        QCOMPARE(sound[0].end, 3.0);
        QCOMPARE(sound[1].start, 4.0);
        QCOMPARE(sound[1].end, 9.0);
    }

    void mergesNeighboursUpToTheChunkLength() {
        const std::vector<TimeRange> regions = {{0.1, 5.0},   {6.0, 20.0},   {21.0, 29.0},
                                                {31.0, 40.0}, {41.0, 120.0}, {125.0, 126.0}};
        const std::vector<TimeRange> chunks = mergeIntoChunks(regions, 126.1, 0.2, 30.0);
        QCOMPARE(chunks.size(), size_t(4));
        QCOMPARE(chunks[0].start, 0.0);  // padding stops at the start of the file
        QCOMPARE(chunks[0].end, 29.2);
        QCOMPARE(chunks[1].start, 30.8);
        QCOMPARE(chunks[1].end, 40.2);
        // A long region stays whole; the engine windows it.
        QCOMPARE(chunks[2].start, 40.8);
        QCOMPARE(chunks[2].end, 120.2);
        QCOMPARE(chunks[3].end, 126.1);  // and stops at its end
        for (const TimeRange& chunk : chunks) {
            QVERIFY(chunk.start < chunk.end);
        }
    }

    // Each chunk starts at its own place in the file and holds exactly that file's samples.
    void streamsChunksAtTheirAbsolutePositions() {
        const QString file = path(QStringLiteral("ramp.wav"));
        Recording ramp;
        ramp.noise(7.5, 42);
        ramp.save(file);
        const std::vector<float>& all = ramp.buffer().samples;

        const std::vector<TimeRange> chunks = {{0.5, 1.75}, {2.0, 4.5}, {6.9, 9.0}};
        RecordingSink sink;
        JobContext job = context();
        streamChunks(file, &chunks, sink, job);
        QCOMPARE(sink.chunks.size(), size_t(3));
        for (size_t i = 0; i < chunks.size(); ++i) {
            const auto& got = sink.chunks[i];
            QCOMPARE(got.start, chunks[i].start);
            const size_t first = size_t(std::llround(chunks[i].start * 16000));
            const size_t last = std::min(all.size(), size_t(std::llround(chunks[i].end * 16000)));
            QCOMPARE(got.samples.size(), last - first);
            QVERIFY(std::equal(got.samples.begin(), got.samples.end(), all.begin() + first));
        }

        RecordingSink whole;
        QCOMPARE(streamChunks(file, nullptr, whole, job), 7.5);
        QCOMPARE(whole.chunks.size(), size_t(1));
        QCOMPARE(whole.chunks[0].start, 0.0);
        QVERIFY(whole.chunks[0].samples == all);
    }

    void cancelStopsReading() {
        const QString file = path(QStringLiteral("long.wav"));
        Recording().noise(20.0).save(file);
        std::atomic_bool cancel{false};
        JobContext job = context(&cancel);
        RecordingSink sink;
        double read = 0;
        QVERIFY_THROWS_EXCEPTION(JobCancelled,
                                 streamChunks(file, nullptr, sink, job, [&](double s) {
                                     read = s;
                                     cancel = true;
                                 }));
        QCOMPARE(read, 1.0);
        QVERIFY_THROWS_EXCEPTION(JobCancelled, detectSpeech(file, job));
    }

    // Decoding window by window finds the same words, at the same times, as decoding at once.
    void ctcStreamMatchesWholeDecode() {
        const models::CtcVocabulary vocabulary = tinyVocabulary();
        std::mt19937 random(7);
        std::normal_distribution<float> normal(0.0f, 2.0f);
        const int64_t frames = 400;
        models::FloatArray logits({frames, 8});
        for (float& value : logits.data) {
            value = normal(random);
        }
        const models::CtcTranscript whole = models::ctcGreedyDecode(logits, vocabulary, 0.02);
        QVERIFY(whole.words.size() > 10);

        CtcWordStream stream(vocabulary, 0.02);
        stream.begin(100.0);
        for (int64_t first = 0; first < frames; first += 37) {
            const int64_t count = std::min<int64_t>(37, frames - first);
            stream.push(logits.data.data() + first * 8, count, 8);
        }
        stream.end();
        const QList<TranscriptWord>& words = stream.words();
        QCOMPARE(size_t(words.size()), whole.words.size());
        for (int i = 0; i < words.size(); ++i) {
            QCOMPARE(words[i].text, QString::fromStdString(whole.words[size_t(i)].text));
            QVERIFY(std::abs(words[i].start - 100.0 - whole.words[size_t(i)].start) < 1e-9);
            QVERIFY(std::abs(words[i].end - 100.0 - whole.words[size_t(i)].end) < 1e-9);
            QVERIFY(words[i].probability > 0.0 && words[i].probability <= 1.0);
        }
    }

    void wordProbabilityIsTheMeanPosteriorOfItsLetters() {
        CtcWordStream stream(tinyVocabulary(), 0.02);
        stream.begin(0.0);
        // A A _ B | C C  ->  "AB" (frames 0..3) and "C" (frames 5..6)
        const std::vector<std::pair<int, double>> path = {{5, 0.9}, {5, 0.7}, {0, 0.99}, {6, 0.5},
                                                          {4, 0.8}, {7, 0.6}, {7, 0.4}};
        for (const auto& [token, posterior] : path) {
            const std::vector<float> row = frameFor(token, posterior);
            stream.push(row.data(), 1, 8);
        }
        stream.end();
        const QList<TranscriptWord>& words = stream.words();
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[0].text, QStringLiteral("AB"));
        QVERIFY(std::abs(words[0].start - 0.0) < 1e-9);
        QVERIFY(std::abs(words[0].end - 0.08) < 1e-9);
        QVERIFY(std::abs(words[0].probability - (0.9 + 0.7 + 0.5) / 3) < 1e-6);
        QCOMPARE(words[1].text, QStringLiteral("C"));
        QVERIFY(std::abs(words[1].start - 0.10) < 1e-9);
        QVERIFY(std::abs(words[1].end - 0.14) < 1e-9);
        QVERIFY(std::abs(words[1].probability - 0.5) < 1e-6);
    }

    void transcriptJsonCarriesDecodingScores() {
        Transcript transcript;
        TranscriptSegment scored{
            0.0, 1.0, QStringLiteral("hi"), {}, DecodingScores{-0.3, 1.2, 0.05, 0.2}};
        TranscriptSegment plain{1.0, 2.0, QStringLiteral("there"), {}, std::nullopt};
        transcript.segments = {scored, plain};
        const QJsonObject json = transcript.toJson();
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segments[0].toObject().value(QStringLiteral("avg_logprob")).toDouble(), -0.3);
        QCOMPARE(segments[0].toObject().value(QStringLiteral("no_speech_prob")).toDouble(), 0.05);
        QCOMPARE(segments[0].toObject().value(QStringLiteral("temperature")).toDouble(), 0.2);
        QVERIFY(!segments[1].toObject().contains(QStringLiteral("avg_logprob")));
        const Transcript back = Transcript::fromJson(json);
        QVERIFY(back.segments[0].scores.has_value());
        QCOMPARE(back.segments[0].scores->compressionRatio, 1.2);
        QVERIFY(!back.segments[1].scores.has_value());
    }
};

QTEST_GUILESS_MAIN(TestSttChunking)
#include "test_stt_chunking.moc"
