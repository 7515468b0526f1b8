#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/speech_chunks.h"
#include "core/engine/engines/wav2vec2_stt_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/model_catalog.h"
#include "core/engine/standard_capabilities.h"
#include "core/engine/transcript.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

#include "support/stt_fixtures.h"

using namespace sonara::core;
using sonara::test::Recording;

namespace {

Transcript readTranscript(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

// Resident memory in MiB: the current figure, or the peak since resetPeakMemory().
double memoryMiB(const char* field) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toDouble() / 1024.0;
        }
    }
    return -1;
}

bool resetPeakMemory() {
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

// Minutes of noise written a second at a time, so making the file needs no memory either.
void writeLongNoise(const QString& path, int seconds) {
    sonara::core::audio::AudioWriter writer(path, sonara::test::kSttRate, 1);
    for (int second = 0; second < seconds; ++second) {
        Recording piece;
        piece.noise(1.0, unsigned(second));
        writer.write(piece.buffer());
    }
    writer.finish();
}

QList<TranscriptWord> allWords(const Transcript& transcript) {
    QList<TranscriptWord> words;
    for (const TranscriptSegment& segment : transcript.segments) {
        words += segment.words;
    }
    return words;
}

}  // namespace

// The wav2vec2 engine in process, on the tiny random-weight checkpoint of tests/fixtures: its
// words are gibberish, so structure, timing and chunking are what is checked.
class TestWav2Vec2Engine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString checkpoint_;
    Wav2Vec2SttEngine engine_;
    int jobs_ = 0;

    QString path(const QString& name) const { return dir_.filePath(name); }

    ValidatedJob job(const QString& input, QVariantMap parameters = {}) const {
        ValidatedJob job;
        job.capability = QStringLiteral("stt");
        job.engine = QStringLiteral("wav2vec2");
        job.model = InstalledModel{QStringLiteral("tiny-wav2vec2"), QStringLiteral("wav2vec2"),
                                   checkpoint_, 0};
        job.inputs.setFiles(QStringLiteral("audio"), {input});
        parameters.insert(QStringLiteral("language"),
                          parameters.value(QStringLiteral("language"), QStringLiteral("auto")));
        job.parameters = parameters;
        return job;
    }

    QString freshWorkDirectory() {
        const QString work = path(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(work);
        return work;
    }

    Transcript transcribe(const ValidatedJob& request) {
        JobContext context(freshWorkDirectory(), nullptr, [](double, const QString&) {});
        const QList<EngineOutput> outputs = engine_.run(request, context);
        if (outputs.size() != 1) {
            return {};
        }
        return readTranscript(outputs.first().filePath);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        checkpoint_ = path(QStringLiteral("tiny-wav2vec2"));
        QVERIFY(sonara::test::writeTinyWav2Vec2(checkpoint_));
    }

    void registryOffersTheEngineWithVad() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        QVERIFY(registry.engine(QStringLiteral("stt"), QStringLiteral("wav2vec2")));
        const CapabilityDescriptor* stt = registry.capability(QStringLiteral("stt"));
        QVERIFY(stt);
        QStringList wav2vec2Parameters;
        for (const ParameterSpec& spec : stt->parametersFor(QStringLiteral("wav2vec2"))) {
            wav2vec2Parameters.append(spec.id);
        }
        QVERIFY2(wav2vec2Parameters.contains(QStringLiteral("vad")),
                 qPrintable(wav2vec2Parameters.join(QLatin1Char(','))));
        QVERIFY(!wav2vec2Parameters.contains(QStringLiteral("beam_size")));
        for (const ParameterSpec& spec : stt->parametersFor(QStringLiteral("pocketsphinx"))) {
            QVERIFY(spec.id != QLatin1String("vad"));
        }
    }

    // 25 s spans three CPU windows, so words cross window seams.
    void transcribesWithTimedWords() {
        const QString input = path(QStringLiteral("noise.wav"));
        Recording().noise(12.0, 3).silence(1.0).noise(12.0, 4).save(input);
        const Transcript transcript = transcribe(job(input));
        QCOMPARE(transcript.engine, QStringLiteral("wav2vec2"));
        QCOMPARE(transcript.model, QStringLiteral("tiny-wav2vec2"));
        QCOMPARE(transcript.language, QStringLiteral("und"));
        QCOMPARE(transcript.duration, 25.0);
        QVERIFY(!transcript.segments.isEmpty());
        double previousEnd = 0;
        for (const TranscriptSegment& segment : transcript.segments) {
            QVERIFY(!segment.text.isEmpty());
            QVERIFY(segment.start < segment.end);
            QVERIFY(!segment.words.isEmpty());
            QCOMPARE(segment.start, segment.words.first().start);
            QCOMPARE(segment.end, segment.words.last().end);
            for (const TranscriptWord& word : segment.words) {
                QVERIFY2(word.start >= previousEnd && word.start < word.end &&
                             word.end <= transcript.duration,
                         qPrintable(QStringLiteral("%1 %2..%3 after %4")
                                        .arg(word.text)
                                        .arg(word.start)
                                        .arg(word.end)
                                        .arg(previousEnd)));
                QVERIFY(word.probability > 0.0 && word.probability <= 1.0);
                previousEnd = word.end;
            }
        }
        // Words land all along the recording, not only in its first window.
        QVERIFY(allWords(transcript).last().end > 20.0);
    }

    void namedLanguageIsRecordedAndWordsCanBeLeftOut() {
        const QString input = path(QStringLiteral("short.wav"));
        Recording().noise(3.0, 5).save(input);
        const Transcript transcript =
            transcribe(job(input, {{QStringLiteral("language"), QStringLiteral("en-GB")},
                                   {QStringLiteral("word_timestamps"), false}}));
        QCOMPARE(transcript.language, QStringLiteral("en"));
        QVERIFY(!transcript.segments.isEmpty());
        for (const TranscriptSegment& segment : transcript.segments) {
            QVERIFY(segment.words.isEmpty());
        }
    }

    // With VAD each speech chunk is recognised on its own, and its words are placed at the
    // chunk's place in the recording: the same words as the chunk cut out and transcribed alone,
    // shifted by where it starts.
    void vadChunksKeepAbsoluteTimes() {
        const QString input = path(QStringLiteral("speech-silence-speech.wav"));
        Recording recording;
        // Far enough apart that the two stretches of speech cannot share one 30 s chunk.
        recording.silence(3.0).noise(3.0, 11).silence(30.0).noise(3.0, 12).silence(2.0);
        recording.save(input);

        JobContext probe(freshWorkDirectory(), nullptr, [](double, const QString&) {});
        const SpeechDetection speech = detectSpeech(input, probe);
        const std::vector<TimeRange> chunks = mergeIntoChunks(speech.regions, speech.duration);
        // Chunks are cut at the nearest sample.
        constexpr double kSample = 1.0 / kSpeechSampleRate;
        QCOMPARE(chunks.size(), size_t(2));
        QVERIFY(std::abs(chunks[1].start - 35.8) <= 0.05);

        const Transcript chunked = transcribe(job(input, {{QStringLiteral("vad"), true}}));
        QCOMPARE(chunked.duration, 41.0);
        const QList<TranscriptWord> words = allWords(chunked);
        QVERIFY(!words.isEmpty());
        for (const TranscriptWord& word : words) {
            const bool inside = std::any_of(chunks.begin(), chunks.end(), [&](const TimeRange& c) {
                return word.start >= c.start - kSample && word.end <= c.end + kSample;
            });
            QVERIFY2(inside, qPrintable(QStringLiteral("%1 at %2..%3 outside the speech")
                                            .arg(word.text)
                                            .arg(word.start)
                                            .arg(word.end)));
        }

        const TimeRange second = chunks[1];
        const qint64 first = std::llround(second.start * 16000);
        const qint64 last = std::llround(second.end * 16000);
        sonara::core::audio::AudioBuffer alone = recording.buffer();
        alone.samples =
            std::vector<float>(alone.samples.begin() + first, alone.samples.begin() + last);
        const QString aloneFile = path(QStringLiteral("second-chunk.wav"));
        sonara::core::audio::EncodeOptions options;
        options.sampleFormat = sonara::core::audio::SampleFormat::Float32;
        sonara::core::audio::encodeFile(alone, aloneFile, options);
        const QList<TranscriptWord> expected = allWords(transcribe(job(aloneFile)));
        QVERIFY(!expected.isEmpty());

        QList<TranscriptWord> inSecond;
        for (const TranscriptWord& word : words) {
            if (word.start >= second.start - kSample) {
                inSecond.append(word);
            }
        }
        QCOMPARE(inSecond.size(), expected.size());
        const double offset = double(first) / 16000;
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(inSecond[i].text, expected[i].text);
            QVERIFY(std::abs(inSecond[i].start - (expected[i].start + offset)) < 1e-6);
            QVERIFY(std::abs(inSecond[i].end - (expected[i].end + offset)) < 1e-6);
        }
    }

    void reportsRisingProgressAndStopsWithinASecondOfACancel() {
        const QString input = path(QStringLiteral("long.wav"));
        Recording().noise(120.0, 21).save(input);

        double last = -1;
        bool ordered = true;
        int transcribing = 0;
        JobContext watched(freshWorkDirectory(), nullptr,
                           [&](double fraction, const QString& stage) {
                               ordered = ordered && fraction >= last && fraction <= 1.0;
                               last = fraction;
                               transcribing += stage == QLatin1String("Transcribing");
                           });
        engine_.run(job(input, {{QStringLiteral("vad"), true}}), watched);
        QVERIFY(ordered);
        QCOMPARE(last, 1.0);
        QVERIFY2(transcribing >= 10, qPrintable(QString::number(transcribing)));

        const QString work = freshWorkDirectory();
        std::atomic_bool cancel{false};
        QElapsedTimer sinceCancel;
        JobContext stopping(work, &cancel, [&](double fraction, const QString& stage) {
            if (stage == QLatin1String("Transcribing") && fraction > 0.3 && !cancel) {
                cancel = true;
                sinceCancel.start();
            }
        });
        QVERIFY_THROWS_EXCEPTION(JobCancelled, engine_.run(job(input), stopping));
        QVERIFY(sinceCancel.isValid());
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(QDir(work).isEmpty());
    }

    // Twenty minutes are 77 MB as float samples; streamed, the run holds one window at a time.
    void memoryStaysFlatOnLongInput() {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("AddressSanitizer holds freed memory in quarantine: resident memory measures it");
#endif
        const QString input = path(QStringLiteral("twenty-minutes.wav"));
        writeLongNoise(input, 20 * 60);
        const double before = memoryMiB("VmRSS:");
        if (before < 0 || !resetPeakMemory()) {
            QSKIP("this system does not report peak memory");
        }
        const Transcript transcript = transcribe(job(input));
        const double growth = memoryMiB("VmHWM:") - before;
        QCOMPARE(transcript.duration, 1200.0);
        QVERIFY(allWords(transcript).last().end > 1190.0);
        QVERIFY2(growth < 40.0, qPrintable(QStringLiteral("peak grew by %1 MiB").arg(growth)));
    }

    void checkpointWithoutVocabularySaysHowToFixIt() {
        const QString folder = path(QStringLiteral("no-vocab"));
        QVERIFY(sonara::test::writeTinyWav2Vec2(folder, false));
        const QString input = path(QStringLiteral("short.wav"));
        ValidatedJob request = job(input);
        request.model->directory = folder;
        JobContext context(freshWorkDirectory(), nullptr, [](double, const QString&) {});
        try {
            engine_.run(request, context);
            QFAIL("a checkpoint without vocab.json was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("vocab.json")) &&
                         error.message().contains(QStringLiteral("sonara models install")),
                     qPrintable(error.message()));
        }
    }

    void missingModelSaysHowToInstallIt() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        ModelRepository models(path(QStringLiteral("models")), ModelCatalog::builtin());
        JobRequest request;
        request.capability = QStringLiteral("stt");
        request.engine = QStringLiteral("wav2vec2");
        request.model = QStringLiteral("wav2vec2-base-960h");
        request.inputs.setFiles(QStringLiteral("audio"), {path(QStringLiteral("short.wav"))});
        try {
            registry.validate(request, &models);
            QFAIL("a job for a model that is not installed was accepted");
        } catch (const ModelNotInstalledError& error) {
            QVERIFY2(error.message().contains(
                         QStringLiteral("sonara models install wav2vec2-base-960h")),
                     qPrintable(error.message()));
        }
    }

    void unreadableInputSaysWhatToDo() {
        const QString input = path(QStringLiteral("not-audio.wav"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a recording");
        file.close();
        JobContext context(freshWorkDirectory(), nullptr, [](double, const QString&) {});
        try {
            engine_.run(job(input), context);
            QFAIL("an unreadable file was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(error.message().contains(QStringLiteral("not-audio.wav")) &&
                         error.message().contains(QStringLiteral("FFmpeg can read")),
                     qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestWav2Vec2Engine)
#include "test_wav2vec2_engine.moc"
