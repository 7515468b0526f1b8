#include "core/audio/audio_reader.h"
#include "core/engine/engines/speech_chunks.h"
#include "core/engine/engines/whisper_stt_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/transcript.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>
#include <atomic>

#include "sonara_process.h"
#include "support/stt_fixtures.h"

using namespace sonara::test;

namespace {

// Token layout of a real multilingual checkpoint shrunk into the fixture's 384 ids (the same
// layout as tests/models/test_whisper.cpp): text 0..299, <|endoftext|> 300,
// <|startoftranscript|> 301, <|startofprev|> 302, <|notimestamps|> 303, timestamps from 304.
constexpr int kEot = 300;
constexpr int kSot = 301;
constexpr int kPrev = 302;
constexpr int kNoTimestamps = 303;
constexpr int kTimestampBegin = 304;
constexpr int kVocabSize = 384;

// GPT-2's bytes_to_unicode: the printable alphabet byte-level BPE spells every byte with.
QStringList byteAlphabet() {
    QStringList table;
    int extra = 0;
    for (int b = 0; b < 256; ++b) {
        const bool printable =
            (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        table.append(QString(QChar(printable ? b : 256 + extra++)));
    }
    return table;
}

QJsonObject tokenizerJson() {
    const QStringList bytes = byteAlphabet();
    QJsonObject vocab;
    for (int b = 0; b < 256; ++b) {
        vocab.insert(bytes.at(b), b);
    }
    int next = 256;
    QJsonArray merges;
    const QString space = QString(QChar(0x120));
    for (const auto& [a, b] :
         QList<std::pair<QString, QString>>{{space, QStringLiteral("t")},
                                            {QStringLiteral("h"), QStringLiteral("e")},
                                            {space + QStringLiteral("t"), QStringLiteral("he")},
                                            {QStringLiteral("l"), QStringLiteral("l")},
                                            {QStringLiteral("he"), QStringLiteral("ll")}}) {
        merges.append(a + QLatin1Char(' ') + b);
        vocab.insert(a + b, next++);
    }
    while (next < kEot) {
        vocab.insert(QStringLiteral("zz%1").arg(next), next);
        ++next;
    }
    QJsonArray added;
    auto addSpecial = [&](const QString& content, int id) {
        added.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("content"), content},
                                 {QStringLiteral("special"), true}});
    };
    addSpecial(QStringLiteral("<|endoftext|>"), kEot);
    addSpecial(QStringLiteral("<|startoftranscript|>"), kSot);
    addSpecial(QStringLiteral("<|startofprev|>"), kPrev);
    addSpecial(QStringLiteral("<|notimestamps|>"), kNoTimestamps);
    for (int id = kTimestampBegin; id < kVocabSize; ++id) {
        addSpecial(QStringLiteral("<|%1|>").arg(0.02 * (id - kTimestampBegin), 0, 'f', 2), id);
    }
    return QJsonObject{
        {QStringLiteral("model"), QJsonObject{{QStringLiteral("type"), QStringLiteral("BPE")},
                                              {QStringLiteral("vocab"), vocab},
                                              {QStringLiteral("merges"), merges}}},
        {QStringLiteral("added_tokens"), added}};
}

QJsonObject generationConfig() {
    return QJsonObject{{QStringLiteral("decoder_start_token_id"), kSot},
                       {QStringLiteral("eos_token_id"), kEot},
                       {QStringLiteral("pad_token_id"), kEot},
                       {QStringLiteral("no_timestamps_token_id"), kNoTimestamps},
                       {QStringLiteral("max_initial_timestamp_index"), 50},
                       {QStringLiteral("suppress_tokens"), QJsonArray{1, 2}},
                       {QStringLiteral("begin_suppress_tokens"), QJsonArray{220, kEot}}};
}

bool writeJson(const QString& path, const QJsonObject& json) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(json).toJson(QJsonDocument::Compact)) > 0;
}

}  // namespace

// Installs a tiny Whisper checkpoint folder built from the test fixtures and transcribes
// synthesised speech with it through the real `sonara` program.
class TestWhisperEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString checkpoint_;
    QString speech_;
    double speechSeconds_ = 0;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());

        const QString fixtures =
            qEnvironmentVariable("SONARA_SOURCE_DIR") + QStringLiteral("/tests/fixtures/whisper");
        checkpoint_ = path(QStringLiteral("tiny-whisper"));
        const QString& checkpoint = checkpoint_;
        QVERIFY(QDir().mkpath(checkpoint));
        for (const char* name : {"config.json", "model.safetensors"}) {
            QVERIFY2(QFile::copy(fixtures + QLatin1Char('/') + QLatin1String(name),
                                 checkpoint + QLatin1Char('/') + QLatin1String(name)),
                     qPrintable(fixtures + QLatin1Char('/') + QLatin1String(name)));
        }
        QVERIFY(
            writeJson(checkpoint + QStringLiteral("/generation_config.json"), generationConfig()));
        QVERIFY(writeJson(checkpoint + QStringLiteral("/tokenizer.json"), tokenizerJson()));

        const SonaraRun install = sandbox_.installModel(QStringLiteral("tiny-whisper"), checkpoint);
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));

        speech_ = path(QStringLiteral("speech.wav"));
        const SonaraRun speak =
            sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                    QStringLiteral("The stock market closed higher today."), QStringLiteral("-o"),
                    speech_});
        QVERIFY2(speak.exitCode == 0, qPrintable(speak.err));
        speechSeconds_ = sonara::core::audio::probeFile(speech_).durationSeconds;
        QVERIFY(speechSeconds_ > 1.0);
    }

    void helpListsWhisperParameters() {
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected : {"whisper", "task", "translate", "initial_prompt", "beam_size",
                                     "1..5", "condition_on_previous_text", "temperature", "vad"}) {
            QVERIFY2(help.out.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + QLatin1Char('\n') + help.out));
        }
    }

    void transcribesToEverySubtitleFormat() {
        const SonaraRun run = sonara(
            {QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--engine"),
             QStringLiteral("whisper"), QStringLiteral("--model"), QStringLiteral("tiny-whisper"),
             speech_, QStringLiteral("-o"), path(QStringLiteral("t.srt")), QStringLiteral("-o"),
             path(QStringLiteral("t.vtt")), QStringLiteral("-o"), path(QStringLiteral("t.json")),
             QStringLiteral("-o"), path(QStringLiteral("t.txt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Random weights: the words are gibberish, so the structure is what is checked.
        const QJsonObject json =
            QJsonDocument::fromJson(readFile(path(QStringLiteral("t.json")))).object();
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("whisper"));
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-whisper"));
        QVERIFY(!json.value(QStringLiteral("language")).toString().isEmpty());
        QVERIFY(std::abs(json.value(QStringLiteral("duration")).toDouble() - speechSeconds_) < 0.1);
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QVERIFY2(!segments.isEmpty(), qPrintable(readFile(path(QStringLiteral("t.json")))));
        double previousStart = 0;
        qsizetype wordCount = 0;
        for (const QJsonValue& value : segments) {
            const QJsonObject segment = value.toObject();
            const double start = segment.value(QStringLiteral("start")).toDouble();
            const double end = segment.value(QStringLiteral("end")).toDouble();
            QVERIFY(start >= previousStart);
            QVERIFY(start < end);
            QVERIFY(end <= speechSeconds_ + 0.001);
            QVERIFY(!segment.value(QStringLiteral("text")).toString().trimmed().isEmpty());
            QVERIFY(segment.contains(QStringLiteral("avg_logprob")));
            QVERIFY(segment.contains(QStringLiteral("no_speech_prob")));
            double previousWordEnd = start;
            wordCount += segment.value(QStringLiteral("words")).toArray().size();
            for (const QJsonValue& entry : segment.value(QStringLiteral("words")).toArray()) {
                const QJsonObject word = entry.toObject();
                const double wordStart = word.value(QStringLiteral("start")).toDouble();
                const double wordEnd = word.value(QStringLiteral("end")).toDouble();
                const double probability = word.value(QStringLiteral("probability")).toDouble(-1);
                QVERIFY(wordStart >= previousWordEnd && wordStart <= wordEnd && wordEnd <= end);
                QVERIFY(probability >= 0.0 && probability <= 1.0);
                previousWordEnd = wordEnd;
            }
            previousStart = start;
        }
        // word_timestamps is on by default. Random weights write gibberish, so a segment of
        // punctuation alone may end with no word of its own (merged as the reference does).
        QVERIFY2(wordCount > 0, qPrintable(readFile(path(QStringLiteral("t.json")))));

        const QString srt = QString::fromUtf8(readFile(path(QStringLiteral("t.srt"))));
        const QList<Cue> srtCues = cues(srt, QLatin1Char(','));
        QCOMPARE(srtCues.size(), segments.size());
        QRegularExpression numbers(QStringLiteral("(?:^|\\n\\n)(\\d+)\\n\\d\\d:"));
        int expected = 1;
        for (auto it = numbers.globalMatch(srt); it.hasNext(); ++expected) {
            QCOMPARE(it.next().captured(1).toInt(), expected);
        }
        QCOMPARE(expected - 1, srtCues.size());
        double previous = 0;
        for (const Cue& cue : srtCues) {
            QVERIFY2(
                cue.start >= previous && cue.start < cue.end && cue.end <= speechSeconds_ + 0.001,
                qPrintable(srt));
            previous = cue.start;
        }

        const QString vtt = QString::fromUtf8(readFile(path(QStringLiteral("t.vtt"))));
        QVERIFY2(vtt.startsWith(QStringLiteral("WEBVTT\n\n")), qPrintable(vtt));
        const QList<Cue> vttCues = cues(vtt, QLatin1Char('.'));
        QCOMPARE(vttCues.size(), srtCues.size());
        for (int i = 0; i < vttCues.size(); ++i) {
            QCOMPARE(vttCues.at(i).start, srtCues.at(i).start);
            QCOMPARE(vttCues.at(i).end, srtCues.at(i).end);
        }
        QVERIFY(!readFile(path(QStringLiteral("t.txt"))).trimmed().isEmpty());
    }

    // In process, to watch the progress reports and to cancel at the first window.
    void reportsProgressAndStopsWhenCancelled() {
        using namespace sonara::core;
        WhisperSttEngine engine;
        ValidatedJob job;
        job.capability = QStringLiteral("stt");
        job.engine = QStringLiteral("whisper");
        job.model = InstalledModel{QStringLiteral("tiny-whisper"), QStringLiteral("whisper"),
                                   checkpoint_, 0};
        job.inputs.setFiles(QStringLiteral("audio"), {speech_});
        job.parameters = {{QStringLiteral("language"), QStringLiteral("auto")},
                          {QStringLiteral("task"), QStringLiteral("transcribe")},
                          {QStringLiteral("beam_size"), 2},
                          {QStringLiteral("temperature"), 0.4},
                          {QStringLiteral("word_timestamps"), true},
                          {QStringLiteral("initial_prompt"), QStringLiteral("hello")},
                          {QStringLiteral("condition_on_previous_text"), true}};

        const QString done = path(QStringLiteral("job-done"));
        QVERIFY(QDir().mkpath(done));
        double last = -1;
        bool ordered = true;
        bool transcribing = false;
        JobContext context(done, nullptr, [&](double fraction, const QString& stage) {
            ordered = ordered && fraction >= last && fraction <= 1.0;
            last = fraction;
            transcribing = transcribing || stage == QLatin1String("Transcribing");
        });
        const QList<EngineOutput> outputs = engine.run(job, context);
        QVERIFY(ordered && transcribing);
        QCOMPARE(last, 1.0);
        QCOMPARE(outputs.size(), 1);
        QVERIFY(QFile::exists(outputs.first().filePath));

        const QString cancelled = path(QStringLiteral("job-cancelled"));
        QVERIFY(QDir().mkpath(cancelled));
        std::atomic_bool cancel{false};
        JobContext stopping(cancelled, &cancel, [&](double, const QString& stage) {
            if (stage == QLatin1String("Transcribing")) {
                cancel = true;
            }
        });
        QVERIFY_THROWS_EXCEPTION(JobCancelled, engine.run(job, stopping));
        QVERIFY(QDir(cancelled).isEmpty());
    }

    // Speech, a long silence, speech: with VAD only the speech is transcribed, and every segment
    // lies inside a chunk of it at its place in the whole recording.
    void vadPlacesSegmentsInsideTheSpeech() {
        using namespace sonara::core;
        const audio::AudioBuffer speech =
            audio::decodeFile(speech_, audio::DecodeOptions{kSpeechSampleRate, 1});
        Recording gapped;
        gapped.silence(2.0);
        audio::AudioBuffer joined = gapped.buffer();
        auto append = [&](const std::vector<float>& samples) {
            joined.samples.insert(joined.samples.end(), samples.begin(), samples.end());
        };
        append(speech.samples);
        // Longer than a 30 s chunk, so the two utterances are transcribed apart.
        append(std::vector<float>(size_t(31 * kSpeechSampleRate), 0.0f));
        append(speech.samples);
        append(std::vector<float>(size_t(kSpeechSampleRate), 0.0f));
        const QString input = path(QStringLiteral("gapped.wav"));
        audio::EncodeOptions options;
        options.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(joined, input, options);

        const QString work = path(QStringLiteral("job-vad"));
        QVERIFY(QDir().mkpath(work));
        JobContext context(work, nullptr, [](double, const QString&) {});
        const SpeechDetection detected = detectSpeech(input, context);
        const std::vector<TimeRange> chunks = mergeIntoChunks(detected.regions, detected.duration);
        // Chunks are cut at the nearest sample.
        constexpr double kSample = 1.0 / kSpeechSampleRate;
        QVERIFY(chunks.size() >= 2);
        QVERIFY(chunks.front().start >= 1.7);
        QVERIFY(chunks.back().start >= 2.0 + speech.durationSeconds() + 30.7);

        WhisperSttEngine engine;
        ValidatedJob job;
        job.capability = QStringLiteral("stt");
        job.engine = QStringLiteral("whisper");
        job.model = InstalledModel{QStringLiteral("tiny-whisper"), QStringLiteral("whisper"),
                                   checkpoint_, 0};
        job.inputs.setFiles(QStringLiteral("audio"), {input});
        job.parameters = {{QStringLiteral("language"), QStringLiteral("auto")},
                          {QStringLiteral("vad"), true}};
        const QList<EngineOutput> outputs = engine.run(job, context);
        QCOMPARE(outputs.size(), 1);
        const Transcript transcript = Transcript::fromJson(
            QJsonDocument::fromJson(readFile(outputs.first().filePath)).object());
        QVERIFY(std::abs(transcript.duration - joined.durationSeconds()) < 1e-6);
        QVERIFY(!transcript.segments.isEmpty());
        for (const TranscriptSegment& segment : transcript.segments) {
            const bool inside = std::any_of(chunks.begin(), chunks.end(), [&](const TimeRange& c) {
                return segment.start >= c.start - kSample && segment.end <= c.end + kSample;
            });
            QString where;
            for (const TimeRange& c : chunks) {
                where += QStringLiteral(" [%1, %2]").arg(c.start, 0, 'f', 6).arg(c.end, 0, 'f', 6);
            }
            QVERIFY2(inside, qPrintable(QStringLiteral("segment at %1..%2 outside the speech:%3")
                                            .arg(segment.start, 0, 'f', 6)
                                            .arg(segment.end, 0, 'f', 6)
                                            .arg(where)));
        }
    }

    void missingModelSaysHowToInstallIt() {
        const SonaraRun run = sonara(
            {QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--engine"),
             QStringLiteral("whisper"), QStringLiteral("--model"), QStringLiteral("whisper-base"),
             speech_, QStringLiteral("-o"), path(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("sonara models install")), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestWhisperEndToEnd)
#include "test_whisper_e2e.moc"
