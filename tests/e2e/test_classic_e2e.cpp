#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"
#include "core/engine/transcript.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace sonara::core;

namespace {

// PocketSphinx's US English model recognises eSpeak NG's Klatt voice at this pace reliably:
// at 120-160 words per minute it heard "the stock market closed/closes higher today".
const QString kSentence = QStringLiteral("The stock market closed higher today.");
const QStringList kContentWords = {"stock", "market", "closed", "higher", "today"};
const QVariantMap kVoice = {{"variant", "klatt"}, {"rate", 130}};

// Long enough that PocketSphinx must cut it into several utterances.
constexpr int kRepeats = 8;
constexpr double kPauseSeconds = 1.5;

constexpr double kNoiseLeadSeconds = 1.0;
constexpr double kNoiseTailSeconds = 0.5;
constexpr double kNoiseRms = 0.0178;  // -35 dBFS

double rmsDb(const audio::AudioBuffer& buffer, double fromSeconds, double toSeconds) {
    const size_t begin = size_t(fromSeconds * buffer.sampleRate) * buffer.channels;
    const size_t end =
        std::min(buffer.samples.size(), size_t(toSeconds * buffer.sampleRate) * buffer.channels);
    double sum = 0;
    for (size_t i = begin; i < end; ++i) {
        sum += double(buffer.samples[i]) * buffer.samples[i];
    }
    return 10 * std::log10(std::max(sum / double(std::max<size_t>(1, end - begin)), 1e-24));
}

audio::AudioBuffer speechBand(const audio::AudioBuffer& buffer) {
    return audio::applyFilterGraph(buffer, QStringLiteral("highpass=f=300,lowpass=f=3400"));
}

class ClassicEndToEndTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir scratch_;
    CapabilityRegistry registry_;
    QString speechPath_;
    int jobCount_ = 0;

    QList<EngineOutput> runJob(const JobRequest& request) {
        const ValidatedJob job = registry_.validate(request, nullptr);
        const std::shared_ptr<Engine> engine = registry_.engine(job.capability, job.engine);
        if (!engine) {
            throw Error(QStringLiteral("no engine %1 for %2").arg(job.engine, job.capability));
        }
        const QString dir = scratch_.filePath(QStringLiteral("job-%1").arg(++jobCount_));
        QDir().mkpath(dir);
        double lastFraction = -1;
        bool monotonic = true;
        JobContext context(dir, nullptr, [&](double fraction, const QString&) {
            monotonic = monotonic && fraction >= lastFraction;
            lastFraction = fraction;
        });
        const QList<EngineOutput> outputs = engine->run(job, context);
        if (!monotonic || lastFraction != 1.0) {
            throw Error(QStringLiteral("%1 reported progress out of order").arg(job.engine));
        }
        return outputs;
    }

    Transcript transcribe(const QString& path) {
        JobRequest request;
        request.capability = QStringLiteral("stt");
        request.engine = QStringLiteral("pocketsphinx");
        request.inputs.setFiles(QStringLiteral("audio"), {path});
        const QList<EngineOutput> outputs = runJob(request);
        QFile file(outputs.value(0).filePath);
        if (outputs.size() != 1 || outputs.first().outputId != QLatin1String("transcript") ||
            !file.open(QIODevice::ReadOnly)) {
            throw Error(QStringLiteral("pocketsphinx wrote no transcript"));
        }
        return Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        registerBuiltinEngines(registry_);
        JobRequest request;
        request.capability = QStringLiteral("tts");
        request.engine = QStringLiteral("espeak-ng");
        request.inputs.setText(QStringLiteral("text"), kSentence);
        request.parameters = kVoice;
        const QList<EngineOutput> outputs = runJob(request);
        QCOMPARE(outputs.size(), 1);
        speechPath_ = outputs.first().filePath;
    }

    void spokenSentenceIsRecognisedWithTimes() {
        const Transcript transcript = transcribe(speechPath_);
        const double duration = audio::probeFile(speechPath_).durationSeconds;
        qInfo() << "pocketsphinx heard:" << transcript.text();
        QVERIFY(std::abs(transcript.duration - duration) < 0.1);
        QStringList heard;
        double previousStart = -1;
        for (const TranscriptSegment& segment : transcript.segments) {
            for (const TranscriptWord& word : segment.words) {
                QVERIFY2(word.start > previousStart, qPrintable(word.text));
                QVERIFY2(word.end > word.start, qPrintable(word.text));
                QVERIFY2(word.start >= 0 && word.end <= duration + 0.05, qPrintable(word.text));
                QVERIFY(word.probability >= 0 && word.probability <= 1);
                previousStart = word.start;
                heard.append(word.text);
            }
        }
        int found = 0;
        for (const QString& word : kContentWords) {
            found += heard.contains(word) ? 1 : 0;
        }
        QVERIFY2(found >= 2, qPrintable(heard.join(' ')));
    }

    void longRecordingIsSplitAndTimesAddUp() {
        const audio::AudioBuffer speech = audio::decodeFile(speechPath_);
        const double period = speech.durationSeconds() + kPauseSeconds;
        audio::AudioBuffer repeated{speech.sampleRate, 1, {}};
        for (int i = 0; i < kRepeats; ++i) {
            repeated.samples.insert(repeated.samples.end(), speech.samples.begin(),
                                    speech.samples.end());
            repeated.samples.resize(
                repeated.samples.size() + size_t(kPauseSeconds * speech.sampleRate), 0.0f);
        }
        const QString path = scratch_.filePath(QStringLiteral("repeated.wav"));
        audio::encodeFile(repeated, path);
        const Transcript transcript = transcribe(path);
        QList<double> marketTimes;
        for (const TranscriptSegment& segment : transcript.segments) {
            for (const TranscriptWord& word : segment.words) {
                if (word.text == QLatin1String("market")) {
                    marketTimes.append(word.start);
                }
            }
        }
        qInfo() << "market heard at" << marketTimes;
        QVERIFY2(marketTimes.size() >= kRepeats - 1, qPrintable(transcript.text()));
        // Every repetition puts "market" at the same place within its period.
        const double phase = std::fmod(marketTimes.first(), period);
        for (const double time : marketTimes) {
            QVERIFY2(std::abs(std::fmod(time, period) - phase) < 0.15,
                     qPrintable(QString::number(time)));
        }
        QVERIFY(marketTimes.last() > kRepeats * period - period - 0.5);
    }

    void denoiserLowersNoiseAndKeepsSpeech_data() {
        QTest::addColumn<QString>("method");
        QTest::newRow("afftdn") << QStringLiteral("afftdn");
        QTest::newRow("anlmdn") << QStringLiteral("anlmdn");
    }

    void denoiserLowersNoiseAndKeepsSpeech() {
        QFETCH(QString, method);
        const audio::AudioBuffer speech = audio::decodeFile(speechPath_);
        const int rate = speech.sampleRate;
        audio::AudioBuffer clean{rate, 1, {}};
        clean.samples.assign(size_t(kNoiseLeadSeconds * rate), 0.0f);
        clean.samples.insert(clean.samples.end(), speech.samples.begin(), speech.samples.end());
        clean.samples.resize(clean.samples.size() + size_t(kNoiseTailSeconds * rate), 0.0f);
        audio::AudioBuffer noisy = clean;
        std::mt19937 generator(11);
        std::normal_distribution<float> noise(0.0f, float(kNoiseRms));
        for (float& sample : noisy.samples) {
            sample += noise(generator);
        }
        const QString noisyPath = scratch_.filePath(QStringLiteral("noisy.wav"));
        audio::EncodeOptions options;
        options.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(noisy, noisyPath, options);

        JobRequest request;
        request.capability = QStringLiteral("denoise");
        request.engine = QStringLiteral("ffmpeg");
        request.parameters = {{QStringLiteral("method"), method}};
        request.inputs.setFiles(QStringLiteral("audio"), {noisyPath});
        const QList<EngineOutput> outputs = runJob(request);
        QCOMPARE(outputs.size(), 1);
        const audio::AudioBuffer denoised = audio::decodeFile(outputs.first().filePath);
        QCOMPARE(denoised.frames(), noisy.frames());

        // The first 0.2 s are skipped: the denoiser is still learning the noise there.
        const double noiseBefore = rmsDb(noisy, 0.2, kNoiseLeadSeconds);
        const double noiseAfter = rmsDb(denoised, 0.2, kNoiseLeadSeconds);
        const double speechEnd = kNoiseLeadSeconds + speech.durationSeconds();
        const double speechClean = rmsDb(speechBand(clean), kNoiseLeadSeconds, speechEnd);
        const double speechAfter = rmsDb(speechBand(denoised), kNoiseLeadSeconds, speechEnd);
        qInfo("%s: noise floor %.1f -> %.1f dBFS (%.1f dB lower); speech band %.1f -> %.1f dBFS",
              qPrintable(method), noiseBefore, noiseAfter, noiseBefore - noiseAfter, speechClean,
              speechAfter);
        QVERIFY(noiseBefore - noiseAfter >= 6.0);
        QVERIFY(std::abs(speechAfter - speechClean) <= 3.0);

        const Transcript transcript = transcribe(outputs.first().filePath);
        qInfo() << "pocketsphinx heard after denoising:" << transcript.text();
    }
};

}  // namespace

QTEST_GUILESS_MAIN(ClassicEndToEndTest)
#include "test_classic_e2e.moc"
