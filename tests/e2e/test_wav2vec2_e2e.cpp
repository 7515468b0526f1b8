#include "core/audio/audio_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

#include "sonara_process.h"
#include "support/stt_fixtures.h"

using namespace sonara::test;

// Installs the tiny Wav2Vec2ForCTC checkpoint of the fixtures and transcribes through the real
// `sonara` program. Random weights spell gibberish, so structure and timing are checked.
class TestWav2Vec2EndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;
    QString speech_;
    double speechSeconds_ = 0;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    QJsonObject readJson(const QString& name) const {
        return QJsonDocument::fromJson(readFile(path(name))).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        const QString checkpoint = path(QStringLiteral("tiny-wav2vec2"));
        QVERIFY(writeTinyWav2Vec2(checkpoint));
        const SonaraRun install =
            sandbox_.installModel(QStringLiteral("tiny-wav2vec2"), checkpoint);
        QVERIFY2(install.exitCode == 0, qPrintable(install.err + install.out));

        speech_ = path(QStringLiteral("speech.wav"));
        const SonaraRun speak =
            sonara({QStringLiteral("run"), QStringLiteral("tts"), QStringLiteral("--text"),
                    QStringLiteral("The stock market closed higher today. Rain is expected "
                                   "tomorrow across the north."),
                    QStringLiteral("-o"), speech_});
        QVERIFY2(speak.exitCode == 0, qPrintable(speak.err));
        speechSeconds_ = sonara::core::audio::probeFile(speech_).durationSeconds;
        QVERIFY(speechSeconds_ > 2.0);
    }

    void helpListsTheEngineAndVad() {
        const SonaraRun help =
            sonara({QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* expected : {"wav2vec2", "vad", "temperature", "word_timestamps"}) {
            QVERIFY2(help.out.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + QLatin1Char('\n') + help.out));
        }
    }

    void transcribesToEverySubtitleFormat() {
        const SonaraRun run = sonara(
            {QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--engine"),
             QStringLiteral("wav2vec2"), QStringLiteral("--model"), QStringLiteral("tiny-wav2vec2"),
             speech_, QStringLiteral("-o"), path(QStringLiteral("t.srt")), QStringLiteral("-o"),
             path(QStringLiteral("t.vtt")), QStringLiteral("-o"), path(QStringLiteral("t.json")),
             QStringLiteral("-o"), path(QStringLiteral("t.txt"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const QJsonObject json = readJson(QStringLiteral("t.json"));
        QCOMPARE(json.value(QStringLiteral("engine")).toString(), QStringLiteral("wav2vec2"));
        QCOMPARE(json.value(QStringLiteral("model")).toString(), QStringLiteral("tiny-wav2vec2"));
        QVERIFY(!json.value(QStringLiteral("language")).toString().isEmpty());
        QVERIFY(std::abs(json.value(QStringLiteral("duration")).toDouble() - speechSeconds_) < 0.1);
        const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
        QVERIFY2(!segments.isEmpty(), qPrintable(readFile(path(QStringLiteral("t.json")))));
        double previousEnd = 0;
        for (const QJsonValue& value : segments) {
            const QJsonObject segment = value.toObject();
            const double start = segment.value(QStringLiteral("start")).toDouble();
            const double end = segment.value(QStringLiteral("end")).toDouble();
            QVERIFY(start >= previousEnd && start < end && end <= speechSeconds_ + 0.001);
            QVERIFY(!segment.value(QStringLiteral("text")).toString().trimmed().isEmpty());
            const QJsonArray words = segment.value(QStringLiteral("words")).toArray();
            QVERIFY(!words.isEmpty());
            for (const QJsonValue& entry : words) {
                const QJsonObject word = entry.toObject();
                const double wordStart = word.value(QStringLiteral("start")).toDouble();
                const double wordEnd = word.value(QStringLiteral("end")).toDouble();
                const double probability = word.value(QStringLiteral("probability")).toDouble(-1);
                QVERIFY(wordStart >= start && wordStart < wordEnd && wordEnd <= end);
                QVERIFY(probability > 0.0 && probability <= 1.0);
                QVERIFY(!word.value(QStringLiteral("text")).toString().isEmpty());
            }
            previousEnd = end;
        }

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
            previous = cue.end;
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

    // Speech, a long silence, speech: with --vad every word lies in one of the two stretches
    // of speech, at its place in the whole recording.
    void vadTranscribesOnlyTheSpeech() {
        const QString input = path(QStringLiteral("gapped.wav"));
        // The gap is longer than a 30 s chunk, so the two stretches are recognised apart.
        Recording().silence(2.0).noise(2.5, 31).silence(31.0).noise(2.5, 32).silence(1.0).save(
            input);
        const SonaraRun run = sonara({QStringLiteral("run"), QStringLiteral("stt"),
                                      QStringLiteral("--engine"), QStringLiteral("wav2vec2"),
                                      QStringLiteral("--model"), QStringLiteral("tiny-wav2vec2"),
                                      QStringLiteral("--vad"), QStringLiteral("true"), input,
                                      QStringLiteral("-o"), path(QStringLiteral("gapped.json"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = readJson(QStringLiteral("gapped.json"));
        QCOMPARE(json.value(QStringLiteral("duration")).toDouble(), 39.0);
        bool second = false;
        for (const QJsonValue& value : json.value(QStringLiteral("segments")).toArray()) {
            for (const QJsonValue& entry :
                 value.toObject().value(QStringLiteral("words")).toArray()) {
                const QJsonObject word = entry.toObject();
                const double start = word.value(QStringLiteral("start")).toDouble();
                const double end = word.value(QStringLiteral("end")).toDouble();
                // Speech at 2..4.5 and 35.5..38, widened by the chunker's 0.2 s.
                const bool inFirst = start >= 1.75 && end <= 4.75;
                const bool inSecond = start >= 35.25 && end <= 38.25;
                QVERIFY2(inFirst || inSecond,
                         qPrintable(QStringLiteral("word at %1..%2").arg(start).arg(end)));
                second = second || inSecond;
            }
        }
        QVERIFY2(second, qPrintable(readFile(path(QStringLiteral("gapped.json")))));
    }

    void missingModelSaysHowToInstallIt() {
        const SonaraRun run =
            sonara({QStringLiteral("run"), QStringLiteral("stt"), QStringLiteral("--engine"),
                    QStringLiteral("wav2vec2"), QStringLiteral("--model"),
                    QStringLiteral("wav2vec2-base-960h"), speech_, QStringLiteral("-o"),
                    path(QStringLiteral("missing.json"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("sonara models install wav2vec2-base-960h")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.json"))));
    }
};

QTEST_GUILESS_MAIN(TestWav2Vec2EndToEnd)
#include "test_wav2vec2_e2e.moc"
