// The music, sfx and status-music capabilities on the fixtures' tiny random-weight MusicGen (and
// the same weights in AudioGen's layout): lengths past the model's window, seeds, loops, audio
// prompts, variations, the status finishing chain, refusals and cancel.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/loudness.h"
#include "core/audio/tempo.h"
#include "core/engine/capability_registry.h"
#include "core/engine/engines/music_generation.h"
#include "core/engine/engines/musicgen_engines.h"
#include "core/engine/engines/status_music_engine.h"
#include "core/engine/errors.h"
#include "core/engine/job_context.h"
#include "core/engine/model_catalog.h"
#include "core/engine/standard_capabilities.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <cmath>

#include "core/audio/test_media.h"
#include "core/audio/test_signals.h"
#include "support/musicgen_fixtures.h"

using namespace sonara::core;

namespace {

constexpr int kRate = 32000;  // the tiny model's EnCodec

double maxDifference(const std::vector<float>& a, const std::vector<float>& b, size_t count) {
    double worst = 0;
    for (size_t i = 0; i < count; ++i) {
        worst = std::max(worst, double(std::abs(a[i] - b[i])));
    }
    return worst;
}

}  // namespace

class TestMusicEngines : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString musicgen_;
    QString audiogen_;
    int jobs_ = 0;

    ValidatedJob job(const QString& capability, const QString& prompt, QVariantMap parameters,
                     bool audiogenLayout = false) {
        ValidatedJob job;
        job.capability = capability;
        job.engine = capability == QLatin1String("sfx") ? QStringLiteral("audiogen")
                                                        : QStringLiteral("musicgen");
        job.model = audiogenLayout ? InstalledModel{QStringLiteral("tiny-audiogen"),
                                                    QStringLiteral("audiogen"), audiogen_, 0}
                                   : InstalledModel{QStringLiteral("tiny-musicgen"),
                                                    QStringLiteral("musicgen"), musicgen_, 0};
        if (!prompt.isNull()) {
            job.inputs.setText(QStringLiteral("prompt"), prompt);
        }
        job.parameters = parameters;
        return job;
    }

    QMap<QString, QString> run(const std::shared_ptr<Engine>& engine, const ValidatedJob& request,
                               std::atomic_bool* cancel = nullptr, QString* work = nullptr,
                               const std::function<void(double)>& onProgress = {}) {
        const QString folder = dir_.filePath(QStringLiteral("job-%1").arg(++jobs_));
        QDir().mkpath(folder);
        if (work) {
            *work = folder;
        }
        JobContext context(folder, cancel, [&](double fraction, const QString&) {
            if (onProgress) {
                onProgress(fraction);
            }
        });
        QMap<QString, QString> files;
        for (const EngineOutput& output : engine->run(request, context)) {
            files.insert(output.outputId, output.filePath);
        }
        return files;
    }

    audio::AudioBuffer music(const ValidatedJob& request) {
        return audio::decodeFile(
            run(musicgenMusicEngine(), request).value(QStringLiteral("audio")));
    }

    template <typename Call>
    QString engineError(Call call) {
        try {
            call();
        } catch (const EngineError& error) {
            return error.message();
        }
        return QStringLiteral("(no error)");
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        musicgen_ = dir_.filePath(QStringLiteral("musicgen"));
        audiogen_ = dir_.filePath(QStringLiteral("audiogen"));
        QVERIFY(sonara::test::writeTinyMusicGen(musicgen_));
        QVERIFY(sonara::test::writeTinyAudioGen(audiogen_));
    }

    void theCapabilitiesAndTheirEngines() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        const auto* music = registry.capability(QStringLiteral("music"));
        QVERIFY(music && music->input(QStringLiteral("prompt")) &&
                music->input(QStringLiteral("audio_prompt")));
        QVERIFY(!music->input(QStringLiteral("audio_prompt"))->required);
        QCOMPARE(registry.engines(QStringLiteral("music")).first().lane, ComputeLane::Gpu);
        QCOMPARE(registry.engines(QStringLiteral("sfx")).first().architectures,
                 (QStringList{QStringLiteral("audiogen"), QStringLiteral("musicgen")}));
        const auto* sfx = registry.capability(QStringLiteral("sfx"));
        QCOMPARE(sfx->outputs.size(), 4);
        QCOMPARE(sfx->outputs.last().id, QStringLiteral("variation_4"));
        const auto* status = registry.capability(QStringLiteral("status-music"));
        QCOMPARE(status->input(QStringLiteral("vibe"))->choices,
                 (QStringList{QStringLiteral("chill"), QStringLiteral("romantic"),
                              QStringLiteral("party"), QStringLiteral("devotional"),
                              QStringLiteral("lo-fi"), QStringLiteral("epic"),
                              QStringLiteral("sad"), QStringLiteral("happy")}));
        QCOMPARE(status->outputs.at(0).formats.mid(0, 2),
                 (QStringList{QStringLiteral("m4a"), QStringLiteral("opus")}));
        QCOMPARE(status->outputs.at(1).kind, OutputKind::Video);
        for (const StatusVibe& vibe : statusVibes()) {
            QVERIFY(vibe.bpm >= 60 && QList<int>({15, 30, 60}).contains(vibe.seconds));
        }
        QCOMPARE(statusPrompt(statusVibes().at(2), QStringLiteral("with a sitar")),
                 statusVibes().at(2).description + QStringLiteral(", 124 bpm, with a sitar"));
    }

    void musicLastsWhatWasAskedPastTheWindow() {
        // The tiny model's positions hold about 5 s: 12 s takes three windows.
        const audio::AudioBuffer a =
            music(job(QStringLiteral("music"), QStringLiteral("calm piano"),
                      {{QStringLiteral("duration"), 12.0}, {QStringLiteral("seed"), 5}}));
        QCOMPARE(a.sampleRate, kRate);
        QCOMPARE(a.channels, 1);
        QCOMPARE(a.frames(), qint64(12 * kRate));
        double energy = 0;
        for (float s : a.samples) {
            energy += double(s) * s;
        }
        QVERIFY(energy > 0);
    }

    void theSameSeedGivesTheSameMusic() {
        const auto take = [&](int seed, double topP) {
            return music(job(QStringLiteral("music"), QStringLiteral("epic drums"),
                             {{QStringLiteral("duration"), 5.0},
                              {QStringLiteral("seed"), seed},
                              {QStringLiteral("top_p"), topP},
                              {QStringLiteral("temperature"), 0.9}}));
        };
        const auto a = take(42, 0.0);
        QCOMPARE(take(42, 0.0).samples, a.samples);
        QVERIFY(take(43, 0.0).samples != a.samples);
        // A tiny top-p leaves one code a step: whatever the seed, the same music.
        QCOMPARE(take(42, 1e-6).samples, take(43, 1e-6).samples);
    }

    void aLoopLastsTheDurationAndFoldsItsTail() {
        const QVariantMap settings{{QStringLiteral("duration"), 6.0},
                                   {QStringLiteral("seed"), 3},
                                   {QStringLiteral("bpm"), 120.0}};
        QVariantMap looped = settings;
        looped.insert(QStringLiteral("loop"), true);
        const auto plain = music(job(QStringLiteral("music"), QStringLiteral("beat"), settings));
        const auto loop = music(job(QStringLiteral("music"), QStringLiteral("beat"), looped));
        QCOMPARE(loop.frames(), qint64(6 * kRate));
        // One bar at 120 bpm is 2 s: the first 2 s are the crossfade, the rest is untouched.
        const qint64 bar = 2 * kRate;
        QVERIFY(plain.samples != loop.samples);
        // Up to half a second before the end, where the codec also hears the music that goes on.
        const size_t compared = size_t(plain.frames() - bar - kRate / 2);
        QVERIFY2(maxDifference(std::vector<float>(plain.samples.begin() + bar, plain.samples.end()),
                               std::vector<float>(loop.samples.begin() + bar, loop.samples.end()),
                               compared) < 1e-3,
                 "after the crossfade the loop is the plain music");

        // Tempo 0: the engine measures the music it made (the duration and 6 s more, as
        // plain music with the same seed) and loops whole bars at that tempo.
        QVariantMap measured = looped;
        measured.insert(QStringLiteral("bpm"), 0.0);
        QVariantMap longer = settings;
        longer.insert(QStringLiteral("duration"), 12.0);
        const auto made = music(job(QStringLiteral("music"), QStringLiteral("beat"), longer));
        const double bpm = audio::estimateTempo(made, {60, 200}).value_or(120.0);
        const auto bars = music_generation::barLoop(6.0, bpm);
        const auto measuredLoop =
            music(job(QStringLiteral("music"), QStringLiteral("beat"), measured));
        QCOMPARE(measuredLoop.frames(), qint64(std::llround(bars.seconds() * kRate)));
        QCOMPARE(measuredLoop.samples, music_generation::foldLoop(made, bars).samples);
    }

    void aMeasuredLoopIsWholeBarsAndItsSeamLandsOnABarLine() {
        // As the engine does with what the model made: 14 s of music at 128 bpm for a 10 s loop.
        const audio::AudioBuffer beat = audio::test::rockBeat(128, 14.0, kRate);
        const std::optional<double> bpm = audio::estimateTempo(beat, {60, 200});
        QVERIFY(bpm && std::abs(*bpm - 128) <= 0.02 * 128);
        const auto loop = music_generation::barLoop(10.0, *bpm);
        QCOMPARE(loop.bars, 5);
        const audio::AudioBuffer looped = music_generation::foldLoop(beat, loop);
        const double bar = 4 * 60.0 / 128;
        QVERIFY2(std::abs(looped.durationSeconds() - 5 * bar) < 0.01,
                 qPrintable(QString::number(looped.durationSeconds())));
        // Past the first bar the loop is the music; its first bar joins the bar that follows the
        // loop's end, which on a bar line is the same beat: kick for kick.
        const auto frames = size_t(std::llround(loop.barSeconds() * kRate));
        QCOMPARE(std::vector<float>(looped.samples.begin() + frames, looped.samples.end()),
                 std::vector<float>(beat.samples.begin() + frames,
                                    beat.samples.begin() + looped.samples.size()));
        const auto correlation = [&](const audio::AudioBuffer& a, size_t from) {
            double ab = 0, aa = 0, bb = 0;
            for (size_t i = 0; i < frames; ++i) {
                ab += double(a.samples[i]) * beat.samples[from + i];
                aa += double(a.samples[i]) * a.samples[i];
                bb += double(beat.samples[from + i]) * beat.samples[from + i];
            }
            return ab / std::sqrt(aa * bb);
        };
        QVERIFY2(correlation(looped, 0) > 0.9, qPrintable(QString::number(correlation(looped, 0))));
        // A loop half a beat off the bar line would crossfade a kick into a hi-hat.
        QVERIFY(correlation(beat, size_t(looped.frames() + kRate * 30 / 128)) < 0.5);
        // Given a tempo, it is used as given.
        QCOMPARE(music_generation::barLoop(10.0, 90).bars, 4);
        QCOMPARE(music_generation::barLoop(1.0, 90).bars, 1);
        QVERIFY(engineError([&] {
                    music_generation::foldLoop(beat, music_generation::barLoop(14.0, 128));
                }).contains(QStringLiteral("shorter")));
    }

    void anAudioPromptIsContinued() {
        audio::AudioBuffer clip{kRate, 1, {}};
        for (int i = 0; i < 3 * kRate; ++i) {
            clip.samples.push_back(float(0.3 * std::sin(2 * M_PI * 220.0 * i / kRate)));
        }
        const QString path = dir_.filePath(QStringLiteral("clip.wav"));
        audio::EncodeOptions encode;
        encode.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(clip, path, encode);
        ValidatedJob request =
            job(QStringLiteral("music"), QStringLiteral("go on"),
                {{QStringLiteral("duration"), 5.0}, {QStringLiteral("seed"), 1}});
        request.inputs.setFiles(QStringLiteral("audio_prompt"), {path});
        const auto continued = music(request);
        QCOMPARE(continued.frames(), qint64(8 * kRate));
        // The clip itself, untouched until it hands over to the continuation.
        const size_t untouched = size_t(2.8 * kRate);
        QVERIFY2(maxDifference(clip.samples, continued.samples, untouched) < 1e-6,
                 "the clip comes first as it was");

        ValidatedJob looped = request;
        looped.parameters.insert(QStringLiteral("loop"), true);
        QVERIFY(engineError([&] { music(looped); }).contains(QStringLiteral("loop")));

        const QString notes = dir_.filePath(QStringLiteral("notes.wav"));
        QFile file(notes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not audio at all\n");
        file.close();
        request.inputs.setFiles(QStringLiteral("audio_prompt"), {notes});
        const QString unreadable = engineError([&] { music(request); });
        QVERIFY2(unreadable.contains(QStringLiteral("notes.wav")) &&
                     unreadable.contains(QStringLiteral("audio prompt")) &&
                     !unreadable.contains(dir_.path()),
                 qPrintable(unreadable));
    }

    void soundEffectsComeInVariationsFromAudioGen() {
        const QVariantMap settings{{QStringLiteral("duration"), 1.5},
                                   {QStringLiteral("variations"), 3},
                                   {QStringLiteral("seed"), 8}};
        const auto files =
            run(audiogenSoundEffectsEngine(),
                job(QStringLiteral("sfx"), QStringLiteral("a dog barks"), settings, true));
        QCOMPARE(files.keys(),
                 (QStringList{QStringLiteral("variation_1"), QStringLiteral("variation_2"),
                              QStringLiteral("variation_3")}));
        QList<audio::AudioBuffer> sounds;
        for (const QString& file : files) {
            sounds.append(audio::decodeFile(file));
            QCOMPARE(sounds.last().frames(), qint64(1.5 * kRate));
        }
        QVERIFY(sounds.at(0).samples != sounds.at(1).samples);
        QVERIFY(sounds.at(1).samples != sounds.at(2).samples);
        // The batch is seeded as a whole: the same seed gives the same three.
        const auto again =
            run(audiogenSoundEffectsEngine(),
                job(QStringLiteral("sfx"), QStringLiteral("a dog barks"), settings, true));
        QCOMPARE(audio::decodeFile(again.value(QStringLiteral("variation_2"))).samples,
                 sounds.at(1).samples);

        // A MusicGen checkpoint runs too, and short sounds loop.
        const auto looped =
            run(audiogenSoundEffectsEngine(),
                job(QStringLiteral("sfx"), QStringLiteral("rain"),
                    {{QStringLiteral("duration"), 0.5}, {QStringLiteral("loop"), true}}));
        QCOMPARE(audio::decodeFile(looped.value(QStringLiteral("variation_1"))).frames(),
                 qint64(kRate / 2));
    }

    void aStatusClipIsFadedNormalisedAndFilmed() {
        ValidatedJob request =
            job(QStringLiteral("status-music"), QString(), {{QStringLiteral("seed"), 2}});
        request.inputs.setText(QStringLiteral("vibe"), QStringLiteral("party"));
        std::vector<double> fractions;
        const auto files = run(statusMusicEngine(), request, nullptr, nullptr,
                               [&](double fraction) { fractions.push_back(fraction); });
        QCOMPARE(files.keys(), (QStringList{QStringLiteral("audio"), QStringLiteral("video")}));
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        const audio::AudioBuffer clip = audio::decodeFile(files.value(QStringLiteral("audio")));
        QCOMPARE(clip.channels, 2);
        QCOMPARE(clip.sampleRate, 48000);
        QCOMPARE(clip.frames(), qint64(15 * 48000));  // party's length
        const audio::Loudness loudness = audio::measureLoudness(clip);
        QVERIFY2(std::abs(loudness.integratedLufs + 14.0) <= 0.5,
                 qPrintable(QString::number(loudness.integratedLufs)));
        // Faded: silent at the very start and end.
        QVERIFY(std::abs(clip.samples.front()) < 1e-3);
        QVERIFY(std::abs(clip.samples.back()) < 1e-3);

        const auto media = audio::test::probeMedia(files.value(QStringLiteral("video")));
        QCOMPARE(media.videoCodec, QStringLiteral("h264"));
        QCOMPARE(media.width, 1080);
        QCOMPARE(media.height, 1920);
        QCOMPARE(media.audioCodec, QStringLiteral("aac"));
        QVERIFY2(std::abs(media.durationSeconds - 15.0) < 0.1,
                 qPrintable(QString::number(media.durationSeconds)));
        const audio::Loudness filmed =
            audio::measureLoudness(audio::decodeFile(files.value(QStringLiteral("video"))));
        QVERIFY2(std::abs(filmed.integratedLufs + 14.0) <= 0.5,
                 qPrintable(QString::number(filmed.integratedLufs)));
    }

    // Late in a status job: the clip is written, the video half drawn; both go.
    void cancellingAStatusVideoLeavesNothing() {
        ValidatedJob request =
            job(QStringLiteral("status-music"), QString(), {{QStringLiteral("seed"), 4}});
        request.inputs.setText(QStringLiteral("vibe"), QStringLiteral("sad"));
        request.parameters.insert(QStringLiteral("duration"), QStringLiteral("15"));
        std::atomic_bool cancel{false};
        QElapsedTimer sinceCancel;
        QString work;
        try {
            run(statusMusicEngine(), request, &cancel, &work, [&](double fraction) {
                if (fraction > 0.85 && !cancel.load()) {
                    cancel.store(true);
                    sinceCancel.start();
                }
            });
            QFAIL("the job was not cancelled");
        } catch (const JobCancelled&) {
        }
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY2(QDir(work).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(work).entryList(QDir::Files).join(QLatin1Char(' '))));
    }

    void aFreePromptStatusWithoutVideo() {
        const auto files =
            run(statusMusicEngine(),
                job(QStringLiteral("status-music"), QStringLiteral("warm synth pads"),
                    {{QStringLiteral("duration"), QStringLiteral("15")},
                     {QStringLiteral("video"), false},
                     {QStringLiteral("fade_out"), 0.0}}));
        QCOMPARE(files.keys(), QStringList{QStringLiteral("audio")});
        QCOMPARE(audio::decodeFile(files.value(QStringLiteral("audio"))).frames(),
                 qint64(15 * 48000));
        const QString neither = engineError(
            [&] { run(statusMusicEngine(), job(QStringLiteral("status-music"), QString(), {})); });
        QVERIFY2(
            neither.contains(QStringLiteral("vibe")) && neither.contains(QStringLiteral("prompt")),
            qPrintable(neither));
    }

    void badRequestsAreRefusedNamingTheField() {
        CapabilityRegistry registry;
        registerBuiltinEngines(registry);
        ModelRepository models(dir_.filePath(QStringLiteral("models")), ModelCatalog::builtin());
        models.installFromFolder(QStringLiteral("tiny-musicgen"), musicgen_,
                                 QStringLiteral("musicgen"));
        const auto refusal = [&](const QString& capability, const QVariantMap& inputs,
                                 const QVariantMap& parameters) {
            JobRequest request{
                capability, {}, QStringLiteral("tiny-musicgen"), parameters, JobInputs(inputs)};
            try {
                registry.validate(request, &models, nullptr);
            } catch (const ValidationError& error) {
                return error.field();
            }
            return QStringLiteral("(accepted)");
        };
        const QVariantMap ok{{QStringLiteral("prompt"), QStringLiteral("jazz")}};
        QCOMPARE(refusal(QStringLiteral("music"), ok, {}), QStringLiteral("(accepted)"));
        QCOMPARE(refusal(QStringLiteral("music"),
                         {{QStringLiteral("prompt"), QStringLiteral("  ")}}, {}),
                 QStringLiteral("prompt"));
        QCOMPARE(refusal(QStringLiteral("music"),
                         {{QStringLiteral("prompt"), QString(501, QLatin1Char('a'))}}, {}),
                 QStringLiteral("prompt"));
        QCOMPARE(refusal(QStringLiteral("music"), ok, {{QStringLiteral("duration"), 301}}),
                 QStringLiteral("duration"));
        QCOMPARE(refusal(QStringLiteral("music"), ok, {{QStringLiteral("duration"), 4}}),
                 QStringLiteral("duration"));
        // A loop's tempo is 40 to 240 BPM, or 0 to measure it.
        QCOMPARE(refusal(QStringLiteral("music"), ok, {{QStringLiteral("bpm"), 30}}),
                 QStringLiteral("bpm"));
        QCOMPARE(refusal(QStringLiteral("music"), ok, {{QStringLiteral("bpm"), 241}}),
                 QStringLiteral("bpm"));
        QCOMPARE(refusal(QStringLiteral("music"), ok, {{QStringLiteral("bpm"), 0}}),
                 QStringLiteral("(accepted)"));
        QCOMPARE(refusal(QStringLiteral("sfx"), ok, {{QStringLiteral("duration"), 31}}),
                 QStringLiteral("duration"));
        QCOMPARE(refusal(QStringLiteral("sfx"), ok, {{QStringLiteral("variations"), 5}}),
                 QStringLiteral("variations"));
        QCOMPARE(refusal(QStringLiteral("status-music"),
                         {{QStringLiteral("vibe"), QStringLiteral("disco")}}, {}),
                 QStringLiteral("vibe"));
        QCOMPARE(refusal(QStringLiteral("status-music"), {}, {}), QStringLiteral("vibe"));
        QCOMPARE(refusal(QStringLiteral("status-music"), ok, {}), QStringLiteral("(accepted)"));
        QCOMPARE(refusal(QStringLiteral("status-music"),
                         {{QStringLiteral("vibe"), QStringLiteral("sad")}},
                         {{QStringLiteral("duration"), QStringLiteral("45")}}),
                 QStringLiteral("duration"));
        // A video of the picture alone needs a picture, and a picture must be one.
        const QVariantMap sad{{QStringLiteral("vibe"), QStringLiteral("sad")}};
        QCOMPARE(refusal(QStringLiteral("status-music"), sad,
                         {{QStringLiteral("video_animation"), QStringLiteral("none")}}),
                 QStringLiteral("picture"));
        QCOMPARE(refusal(QStringLiteral("status-music"), sad,
                         {{QStringLiteral("video_animation"), QStringLiteral("none")},
                          {QStringLiteral("video"), false}}),
                 QStringLiteral("(accepted)"));
        const QString notPicture = dir_.filePath(QStringLiteral("notes.png"));
        QFile notes(notPicture);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not a picture") > 0);
        notes.close();
        QVariantMap withNotes = sad;
        withNotes.insert(QStringLiteral("picture"), notPicture);
        QCOMPARE(refusal(QStringLiteral("status-music"), withNotes, {}), QStringLiteral("picture"));
        QCOMPARE(refusal(QStringLiteral("status-music"), sad,
                         {{QStringLiteral("video_animation"), QStringLiteral("sparkles")}}),
                 QStringLiteral("video_animation"));

        // Engines run without the registry too, and refuse the same.
        QVERIFY(engineError([&] {
                    music(job(QStringLiteral("music"), QStringLiteral(""), {}));
                }).contains(QStringLiteral("prompt")));
        QVERIFY(engineError([&] {
                    music(job(QStringLiteral("music"), QStringLiteral("x"),
                              {{QStringLiteral("duration"), 1.0}}));
                }).contains(QStringLiteral("duration")));
        ValidatedJob noModel = job(QStringLiteral("music"), QStringLiteral("x"), {});
        noModel.model.reset();
        QVERIFY(engineError([&] { music(noModel); }).contains(QStringLiteral("install")));
    }

    void cancelStopsWithinASecondAndLeavesNothing() {
        std::atomic_bool cancel{false};
        QElapsedTimer sinceCancel;
        QString work;
        try {
            run(musicgenMusicEngine(),
                job(QStringLiteral("music"), QStringLiteral("long song"),
                    {{QStringLiteral("duration"), 60.0}}),
                &cancel, &work, [&](double fraction) {
                    if (fraction > 0.2 && !cancel.load()) {
                        cancel.store(true);
                        sinceCancel.start();
                    }
                });
            QFAIL("the job was not cancelled");
        } catch (const JobCancelled&) {
        }
        QVERIFY(cancel.load());
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(QDir(work).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMusicEngines)
#include "test_music_engines.moc"
