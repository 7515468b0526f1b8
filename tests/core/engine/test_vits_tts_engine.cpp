#include "core/audio/audio_reader.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/speech_text.h"
#include "core/engine/engines/vits_tts_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>

#include "support/tts_fixtures.h"

using namespace sonara::core;
using sonara::test::writeTinyVits;
namespace text = sonara::core::speech_text;

namespace {

QString sentences(int count) {
    QStringList text;
    for (int i = 0; i < count; ++i) {
        text.append(QStringLiteral("This is sentence %1 of a long chapter.").arg(i + 1));
    }
    return text.join(QLatin1Char(' '));
}

}  // namespace

class TestVitsTtsEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString checkpoint_;
    VitsTtsEngine engine_;
    int jobs_ = 0;

    ValidatedJob job(const QString& text, QVariantMap parameters = {}) const {
        ValidatedJob job;
        job.capability = QStringLiteral("tts");
        job.engine = QStringLiteral("vits");
        job.model =
            InstalledModel{QStringLiteral("tiny-vits"), QStringLiteral("vits"), checkpoint_, 0};
        job.inputs.setText(QStringLiteral("text"), text);
        job.parameters = parameters;
        return job;
    }

    QString freshWorkDirectory() {
        const QString work = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(work);
        return work;
    }

    struct Spoken {
        sonara::core::audio::AudioBuffer audio;
        QList<double> progress;
        QStringList stages;
    };

    Spoken speak(const ValidatedJob& request) {
        Spoken spoken;
        JobContext context(freshWorkDirectory(), nullptr,
                           [&](double fraction, const QString& stage) {
                               spoken.progress.append(fraction);
                               spoken.stages.append(stage);
                           });
        const QList<EngineOutput> outputs = engine_.run(request, context);
        if (outputs.size() == 1) {
            spoken.audio = sonara::core::audio::decodeFile(outputs.first().filePath);
        }
        return spoken;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        checkpoint_ = dir_.filePath(QStringLiteral("tiny-vits"));
        QVERIFY(writeTinyVits(checkpoint_, QStringLiteral("eng")));
    }

    void registryOffersTheEngine() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        QVERIFY(registry.engine(QStringLiteral("tts"), QStringLiteral("vits")));
        QStringList parameters;
        for (const ParameterSpec& spec :
             registry.capability(QStringLiteral("tts"))->parametersFor(QStringLiteral("vits"))) {
            parameters.append(spec.id);
        }
        QCOMPARE(parameters,
                 (QStringList{QStringLiteral("speaking_rate"), QStringLiteral("expressiveness"),
                              QStringLiteral("timing_variation"), QStringLiteral("speaker"),
                              QStringLiteral("seed")}));
    }

    void splitsSentencesWithPausesThatFollowPunctuation() {
        const QList<text::Sentence> split =
            text::splitSentences(QStringLiteral("It costs 3.5 euros. Really?\n\nYes!  "), 400);
        QCOMPARE(split.size(), 3);
        QCOMPARE(split.at(0).text, QStringLiteral("It costs 3.5 euros."));
        QCOMPARE(split.at(1).text, QStringLiteral("Really?"));
        QVERIFY(split.at(1).pauseSeconds > split.at(0).pauseSeconds);
        const QList<text::Sentence> cut = text::splitSentences(
            QString(30, QLatin1Char('w')) + QStringLiteral(", ") + QString(30, QLatin1Char('w')),
            40);
        QCOMPARE(cut.size(), 2);
        QVERIFY(cut.at(0).pauseSeconds < split.at(0).pauseSeconds);
        QVERIFY(text::splitSentences(QStringLiteral(" \n\t "), 40).isEmpty());
    }

    void spellsOutNumbersInTheModelsLanguage() {
        QCOMPARE(text::spellOutNumbers(QStringLiteral("I have 21 cats, 1,250 fish and 3.5 dogs."),
                                       QStringLiteral("eng")),
                 QStringLiteral("I have twenty-one cats, one thousand two hundred fifty fish and "
                                "three point five dogs."));
        QCOMPARE(text::spellOutNumbers(QStringLiteral("the 3rd time"), QStringLiteral("en")),
                 QStringLiteral("the third time"));
        QCOMPARE(text::spellOutNumbers(QStringLiteral("21 Katzen"), QStringLiteral("deu")),
                 QStringLiteral("einundzwanzig Katzen"));
        QCOMPARE(text::spellOutNumbers(QStringLiteral("21 gatos"), QStringLiteral("spa")),
                 QStringLiteral("veintiuno gatos"));
        QCOMPARE(text::spellOutNumbers(QStringLiteral("no digits"), QStringLiteral("eng")),
                 QStringLiteral("no digits"));
        QCOMPARE(text::spellOutNumbers(QStringLiteral("room 12b"), QStringLiteral("eng")),
                 QStringLiteral("room 12b"));
    }

    void speaksEverySentenceWithRisingProgress() {
        const Spoken one = speak(job(QStringLiteral("Hello there.")));
        QCOMPARE(one.audio.sampleRate, 16000);
        QCOMPARE(one.audio.channels, 1);
        QVERIFY(one.audio.frames() > 0);
        const Spoken three =
            speak(job(QStringLiteral("Hello there. Hello there. Hello there, 2 times.")));
        // Three sentences and the pauses between them are longer than one.
        QVERIFY2(three.audio.frames() > 2 * one.audio.frames(),
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(three.audio.frames()).arg(one.audio.frames())));
        QCOMPARE(three.progress.last(), 1.0);
        for (int i = 1; i < three.progress.size(); ++i) {
            QVERIFY(three.progress.at(i) >= three.progress.at(i - 1));
        }
        QVERIFY(three.stages.contains(QStringLiteral("Speaking sentence 3 of 3")));
    }

    void theSameSeedGivesTheSameTake() {
        const QVariantMap first{{QStringLiteral("seed"), 7}};
        const Spoken a = speak(job(QStringLiteral("a short take."), first));
        const Spoken b = speak(job(QStringLiteral("a short take."), first));
        const Spoken c = speak(job(QStringLiteral("a short take."), {{QStringLiteral("seed"), 8}}));
        QCOMPARE(a.audio.samples, b.audio.samples);
        QVERIFY(a.audio.samples != c.audio.samples);
        const Spoken faster = speak(
            job(QStringLiteral("a short take."), {{QStringLiteral("seed"), 7},
                                                  {QStringLiteral("speaking_rate"), 2.0},
                                                  {QStringLiteral("timing_variation"), 0.0}}));
        const Spoken normal =
            speak(job(QStringLiteral("a short take."),
                      {{QStringLiteral("seed"), 7}, {QStringLiteral("timing_variation"), 0.0}}));
        QVERIFY(faster.audio.frames() < normal.audio.frames());
    }

    void aLongTextIsSpokenInBatchesToTheEnd() {
        const Spoken chapter = speak(job(sentences(40)));
        QVERIFY(chapter.stages.contains(QStringLiteral("Speaking sentence 39 of 40")));
        QCOMPARE(chapter.progress.last(), 1.0);
        const Spoken single = speak(job(sentences(1)));
        QVERIFY(chapter.audio.frames() > 30 * single.audio.frames());
    }

    void refusesWhatTheModelCannotSpeakAndLeavesNothing() {
        const QString work = freshWorkDirectory();
        JobContext context(work, nullptr, [](double, const QString&) {});
        try {
            engine_.run(job(QStringLiteral("नमस्ते दुनिया")), context);
            QFAIL("a Devanagari text was spoken by an English model");
        } catch (const EngineError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QStringLiteral("cannot read this text")) &&
                         message.contains(QStringLiteral("tiny-vits")) &&
                         message.contains(QStringLiteral("eng")),
                     qPrintable(message));
        }
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
        QVERIFY_THROWS_EXCEPTION(EngineError, engine_.run(job(QStringLiteral("   ")), context));
        try {
            engine_.run(job(QStringLiteral("hello."), {{QStringLiteral("speaker"), 3}}), context);
            QFAIL("speaker 3 of a one-speaker model was accepted");
        } catch (const EngineError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("speaker 3")),
                     error.what());
        }
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }

    // The tiny checkpoint with other tokenizer files: `vocab` (token -> id below 40, the
    // fixture's vocabulary size) and tokenizer_config.json `tokenizer`.
    ValidatedJob variantJob(const QString& name, const QJsonObject& vocab,
                            const QJsonObject& tokenizer, const QString& text) {
        const QString folder = dir_.filePath(name);
        if (!QDir(folder).exists()) {
            writeTinyVits(folder, QStringLiteral("eng"));
            QFile vocabFile(folder + QStringLiteral("/vocab.json"));
            QFile configFile(folder + QStringLiteral("/tokenizer_config.json"));
            vocabFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
            vocabFile.write(QJsonDocument(vocab).toJson());
            configFile.open(QIODevice::WriteOnly | QIODevice::Truncate);
            configFile.write(QJsonDocument(tokenizer).toJson());
        }
        ValidatedJob request = job(text, deterministic());
        request.model = InstalledModel{name, QStringLiteral("vits"), folder, 0};
        return request;
    }

    static QVariantMap deterministic() {
        return {{QStringLiteral("expressiveness"), 0.0}, {QStringLiteral("timing_variation"), 0.0}};
    }

    void ssmlBreaksAndProsodyShapeTheSpeech() {
        const double plain =
            speak(job(QStringLiteral("hello world"), deterministic())).audio.durationSeconds();
        const Spoken paused = speak(
            job(QStringLiteral("<speak>hello <break time=\"2s\"/>world</speak>"), deterministic()));
        QVERIFY2(paused.audio.durationSeconds() > plain + 1.9, qPrintable(QString::number(plain)));
        const double slow = speak(job(QStringLiteral("<speak><prosody rate=\"50%\">hello "
                                                     "world</prosody></speak>"),
                                      deterministic()))
                                .audio.durationSeconds();
        QVERIFY2(slow > plain * 1.5, qPrintable(QStringLiteral("%1 %2").arg(slow).arg(plain)));
        const Spoken higher = speak(
            job(QStringLiteral("<speak><prosody pitch=\"+4st\">hello world</prosody></speak>"),
                deterministic()));
        QCOMPARE(higher.audio.frames(),
                 speak(job(QStringLiteral("hello world"), deterministic())).audio.frames());
    }

    void malformedSsmlIsRefusedByCheckNamingThePlace() {
        try {
            engine_.check(
                job(QStringLiteral("<speak>\n  <prosody rate=\"loud\">hi</prosody>"
                                   "</speak>")));
            QFAIL("a prosody rate of 'loud' was accepted");
        } catch (const ValidationError& error) {
            const QString message = QString::fromUtf8(error.what());
            QCOMPARE(error.field(), QStringLiteral("text"));
            QVERIFY2(message.contains(QStringLiteral("line 2")) &&
                         message.contains(QStringLiteral("x-slow")),
                     qPrintable(message));
        }
        engine_.check(job(QStringLiteral("<speak>fine <break/></speak>")));
        engine_.check(job(QStringLiteral("plain & <simple>")));
    }

    void phonemeCheckpointsReadEspeakIpa() {
        QJsonObject vocab{{QStringLiteral("_"), 0}, {QStringLiteral(" "), 1}};
        const QString symbols = QStringLiteral(",.!?hlowdəɜːˈʊɹ");
        for (int i = 0; i < symbols.size(); ++i) {
            vocab.insert(symbols.mid(i, 1), i + 2);
        }
        const ValidatedJob request =
            variantJob(QStringLiteral("tiny-vits-ipa"), vocab,
                       QJsonObject{{QStringLiteral("add_blank"), true},
                                   {QStringLiteral("normalize"), true},
                                   {QStringLiteral("phonemize"), true},
                                   {QStringLiteral("language"), QStringLiteral("en")}},
                       QStringLiteral("Hello, world!"));
        const Spoken spoken = speak(request);
        QVERIFY(spoken.audio.durationSeconds() > 0.1);
    }

    void romanisedCheckpointsReadOtherScripts() {
        QJsonObject vocab{{QStringLiteral("_"), 0}, {QStringLiteral(" "), 1}};
        const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        for (int i = 0; i < letters.size(); ++i) {
            vocab.insert(letters.mid(i, 1), i + 2);
        }
        const Spoken spoken =
            speak(variantJob(QStringLiteral("tiny-vits-hin"), vocab,
                             QJsonObject{{QStringLiteral("add_blank"), true},
                                         {QStringLiteral("normalize"), true},
                                         {QStringLiteral("phonemize"), false},
                                         {QStringLiteral("is_uroman"), true},
                                         {QStringLiteral("language"), QStringLiteral("hin")}},
                             QStringLiteral("नमस्ते दुनिया")));
        QVERIFY(spoken.audio.durationSeconds() > 0.1);
    }

    void cancelStopsBetweenSentencesAndLeavesNothing() {
        const QString work = freshWorkDirectory();
        std::atomic_bool cancel{false};
        int calls = 0;
        JobContext context(work, &cancel, [&](double, const QString&) {
            if (++calls == 3) {
                cancel = true;
            }
        });
        QVERIFY_THROWS_EXCEPTION(JobCancelled, engine_.run(job(sentences(20)), context));
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVitsTtsEngine)
#include "test_vits_tts_engine.moc"
