// The tacotron2 tts engine on tiny voice folders built from the Tacotron2, WaveGlow and HiFi-GAN
// fixtures: both vocoders, sentence batches with pauses, pitch, and every refusal leaving
// nothing behind.

#include "core/audio/audio_reader.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/tacotron2_tts_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>

#include "support/tacotron2_fixtures.h"

using namespace sonara::core;
using sonara::test::writeTinyTacotron2Part;
using sonara::test::writeTinyTacotron2Voice;

class TestTacotron2TtsEngine : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::shared_ptr<Engine> engine_ = tacotron2TtsEngine();
    int jobs_ = 0;

    ValidatedJob job(const QString& folder, const QString& text, QVariantMap parameters = {}) {
        ValidatedJob job;
        job.capability = QStringLiteral("tts");
        job.engine = QStringLiteral("tacotron2");
        job.model =
            InstalledModel{QFileInfo(folder).fileName(), QStringLiteral("tacotron2"), folder, 0};
        job.inputs.setText(QStringLiteral("text"), text);
        job.parameters = parameters;
        return job;
    }

    QString voice(const QString& name) const { return dir_.filePath(name); }

    QString freshWorkDirectory() {
        const QString work = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(work);
        return work;
    }

    struct Spoken {
        audio::AudioBuffer audio;
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
        const QList<EngineOutput> outputs = engine_->run(request, context);
        if (outputs.size() == 1) {
            spoken.audio = audio::decodeFile(outputs.first().filePath);
        }
        return spoken;
    }

    QString refusal(const ValidatedJob& request, QString* work = nullptr) {
        const QString folder = freshWorkDirectory();
        if (work) {
            *work = folder;
        }
        JobContext context(folder, nullptr, {});
        try {
            engine_->run(request, context);
        } catch (const EngineError& error) {
            return error.message();
        }
        return {};
    }

    static bool allFinite(const audio::AudioBuffer& buffer) {
        return std::all_of(buffer.samples.begin(), buffer.samples.end(),
                           [](float s) { return std::isfinite(s); });
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY(writeTinyTacotron2Voice(voice(QStringLiteral("with-waveglow")),
                                        QStringLiteral("waveglow")));
        QVERIFY(writeTinyTacotron2Voice(voice(QStringLiteral("with-hifigan")),
                                        QStringLiteral("hifigan")));
        // Tacotron2 cut to WaveGlow's 8 bands beside a HiFi-GAN that reads 16.
        QVERIFY(writeTinyTacotron2Part(voice(QStringLiteral("mismatched")), 8));
        QVERIFY(sonara::test::copyVocoderFixture(voice(QStringLiteral("mismatched")),
                                                 QStringLiteral("hifigan")));
    }

    void registryOffersTheEngineWithItsParameters() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        QVERIFY(registry.engine(QStringLiteral("tts"), QStringLiteral("tacotron2")));
        QStringList parameters;
        for (const ParameterSpec& spec : registry.capability(QStringLiteral("tts"))
                                             ->parametersFor(QStringLiteral("tacotron2"))) {
            parameters.append(spec.id);
        }
        QCOMPARE(parameters,
                 (QStringList{QStringLiteral("vocoder"), QStringLiteral("vocoder_noise"),
                              QStringLiteral("pitch"), QStringLiteral("seed")}));
    }

    // The prenet's dropout stays on, as the original's; the seed makes a take reproducible.
    void theSameSeedGivesTheSameTake() {
        auto take = [&](int seed) {
            return speak(job(voice(QStringLiteral("with-hifigan")),
                             QStringLiteral("One take. And another sentence."),
                             {{QStringLiteral("vocoder"), QStringLiteral("hifigan")},
                              {QStringLiteral("seed"), seed}}))
                .audio;
        };
        const audio::AudioBuffer first = take(5);
        QVERIFY(!first.samples.empty());
        QVERIFY(take(5).samples == first.samples);
        QVERIFY(take(6).samples != first.samples);
    }

    void speaksSentencesWithWaveGlow() {
        const Spoken spoken =
            speak(job(voice(QStringLiteral("with-waveglow")),
                      QStringLiteral("The first sentence. And the second one, with 21 words!")));
        QCOMPARE(spoken.audio.sampleRate, 22050);  // WaveGlow's rate: LJSpeech's
        QCOMPARE(spoken.audio.channels, 1);
        // Two sentences of at least one 256-sample frame each, and the pause between them.
        QVERIFY(spoken.audio.samples.size() > size_t(2 * 256 + 0.2 * 22050));
        QVERIFY(allFinite(spoken.audio));
        QVERIFY(spoken.stages.contains(QStringLiteral("Speaking sentence 2 of 2")));
        QVERIFY(std::is_sorted(spoken.progress.begin(), spoken.progress.end()));
        QCOMPARE(spoken.progress.last(), 1.0);
    }

    void speaksWithHifiGanAtItsRate() {
        const Spoken spoken =
            speak(job(voice(QStringLiteral("with-hifigan")), QStringLiteral("Hello there."),
                      {{QStringLiteral("vocoder"), QStringLiteral("hifigan")}}));
        QCOMPARE(spoken.audio.sampleRate, 16000);  // the HiFi-GAN fixture's rate
        QVERIFY(spoken.audio.samples.size() >= 16);
        QVERIFY(allFinite(spoken.audio));
    }

    void pitchShiftKeepsTheVoiceRunning() {
        const Spoken spoken =
            speak(job(voice(QStringLiteral("with-waveglow")),
                      QStringLiteral("A higher voice, please."), {{QStringLiteral("pitch"), 4.0}}));
        QCOMPARE(spoken.audio.sampleRate, 22050);
        QVERIFY(!spoken.audio.samples.empty());
        QVERIFY(allFinite(spoken.audio));
    }

    void refusesAVocoderTheFolderLacks() {
        QString work;
        const QString message =
            refusal(job(voice(QStringLiteral("with-waveglow")), QStringLiteral("Hello."),
                        {{QStringLiteral("vocoder"), QStringLiteral("hifigan")}}),
                    &work);
        QVERIFY2(message.contains(QStringLiteral("vocoder=waveglow")), qPrintable(message));
        QVERIFY(QDir(work).isEmpty());
    }

    void refusesAVocoderTrainedForOtherSpectrograms() {
        const QString message =
            refusal(job(voice(QStringLiteral("mismatched")), QStringLiteral("Hello."),
                        {{QStringLiteral("vocoder"), QStringLiteral("hifigan")}}));
        QVERIFY2(message.contains(QStringLiteral("8 mel bands")) &&
                     message.contains(QStringLiteral("reads 16")),
                 qPrintable(message));
    }

    void refusesTextWithoutLatinLetters() {
        QString work;
        const QString message = refusal(
            job(voice(QStringLiteral("with-waveglow")), QStringLiteral("नमस्ते दुनिया")), &work);
        QVERIFY2(message.contains(QStringLiteral("Latin letters")), qPrintable(message));
        QVERIFY(QDir(work).isEmpty());
        QVERIFY(
            !refusal(job(voice(QStringLiteral("with-waveglow")), QStringLiteral("  "))).isEmpty());
    }

    void refusesAFolderWithoutTacotron2() {
        const QString folder = voice(QStringLiteral("vocoder-only"));
        QVERIFY(sonara::test::copyVocoderFixture(folder, QStringLiteral("waveglow")));
        const QString message = refusal(job(folder, QStringLiteral("Hello.")));
        QVERIFY2(message.contains(QStringLiteral("tacotron2/")), qPrintable(message));
    }

    // On the CPU each sentence is a batch of its own drawn with the job's seed, so two texts that
    // differ only in a break give the same sentences and differ by the break's length.
    void ssmlBreakAddsSilenceOfTheAskedLength() {
        auto spoken = [&](const QString& pause) {
            return speak(job(voice(QStringLiteral("with-waveglow")),
                             QStringLiteral("<speak>Hello there.<break time=\"%1\"/> Come "
                                            "here.</speak>")
                                 .arg(pause)))
                .audio;
        };
        const audio::AudioBuffer shortBreak = spoken(QStringLiteral("500ms"));
        const audio::AudioBuffer longBreak = spoken(QStringLiteral("2500ms"));
        QCOMPARE(longBreak.sampleRate, 22050);
        const qint64 added = qint64(longBreak.frames()) - qint64(shortBreak.frames());
        QVERIFY2(std::abs(added - 2 * 22050) <= 1, qPrintable(QString::number(added)));
        QVERIFY(allFinite(longBreak));
    }

    void ssmlProsodyStretchesAndShifts() {
        auto spoken = [&](const QString& text) {
            return speak(job(voice(QStringLiteral("with-waveglow")), text)).audio;
        };
        const audio::AudioBuffer plain = spoken(QStringLiteral("Hello there."));
        QVERIFY(plain.frames() > 0);
        const audio::AudioBuffer slow =
            spoken(QStringLiteral("<speak><prosody rate=\"50%\">Hello there.</prosody></speak>"));
        QCOMPARE(slow.frames(), 2 * plain.frames());
        const audio::AudioBuffer higher =
            spoken(QStringLiteral("<speak><prosody pitch=\"+4st\">Hello there.</prosody></speak>"));
        QCOMPARE(higher.frames(), plain.frames());
        QVERIFY(higher.samples != plain.samples);
    }

    // check() runs when a job is submitted, so malformed SSML is a 422 before any job exists.
    void malformedSsmlIsRefusedByCheckNamingThePlace() {
        try {
            engine_->check(job(voice(QStringLiteral("with-waveglow")),
                               QStringLiteral("<speak>\n  <emphasis>hi</emphasis></speak>")));
            QFAIL("an <emphasis> element was accepted");
        } catch (const ValidationError& error) {
            const QString message = QString::fromUtf8(error.what());
            QCOMPARE(error.field(), QStringLiteral("text"));
            QVERIFY2(message.contains(QStringLiteral("<emphasis> is not supported")) &&
                         message.contains(QStringLiteral("line 2")),
                     qPrintable(message));
        }
        engine_->check(job(voice(QStringLiteral("with-waveglow")),
                           QStringLiteral("<speak>fine <break/></speak>")));
        engine_->check(job(voice(QStringLiteral("with-waveglow")), QStringLiteral("plain & <b>")));
    }

    void cancelStopsBetweenSentencesAndLeavesNothing() {
        const QString work = freshWorkDirectory();
        std::atomic_bool cancel{false};
        JobContext context(work, &cancel, [&](double fraction, const QString&) {
            if (fraction > 0.0) {
                cancel = true;
            }
        });
        QStringList text;
        for (int i = 0; i < 6; ++i) {
            text.append(QStringLiteral("Sentence number %1.").arg(i + 1));
        }
        QVERIFY_THROWS_EXCEPTION(
            JobCancelled,
            engine_->run(job(voice(QStringLiteral("with-waveglow")), text.join(QLatin1Char(' '))),
                         context));
        QVERIFY(QDir(work).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTacotron2TtsEngine)
#include "test_tacotron2_tts_engine.moc"
