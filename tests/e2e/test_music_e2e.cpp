#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/loudness.h"

#include <QDir>
#include <QtTest>
#include <cmath>

#include "core/audio/test_media.h"
#include "sonara_process.h"
#include "support/musicgen_fixtures.h"

using namespace sonara::test;
namespace audio = sonara::core::audio;

// Installs the tiny MusicGen of the fixtures (and the same weights in AudioGen's layout) and
// makes music, sound effects and a status clip through the real `sonara` program: random
// weights make noise, so lengths, formats, loudness, seeds and refusals are what is checked.
class TestMusicEndToEnd : public QObject {
    Q_OBJECT

private:
    SonaraSandbox sandbox_;

    QString path(const QString& name) const { return sandbox_.path(name); }
    SonaraRun sonara(const QStringList& arguments) { return sandbox_.sonara(arguments); }
    SonaraRun run(const QString& capability, const QString& model, const QStringList& extra) {
        return sonara(QStringList{QStringLiteral("run"), capability, QStringLiteral("--model"),
                                  model, QStringLiteral("--quiet")} +
                      extra);
    }
    SonaraRun music(const QStringList& extra) {
        return run(QStringLiteral("music"), QStringLiteral("tiny-musicgen"), extra);
    }
    void install(const QString& id, const QString& folder, const QString& architecture) {
        const SonaraRun installed = sandbox_.installModel(id, folder, architecture);
        QVERIFY2(installed.exitCode == 0, qPrintable(installed.err + installed.out));
    }
    // A refusal before any job runs: exit 2, naming what to fix.
    void refused(const SonaraRun& result, const QString& field) {
        QVERIFY2(result.exitCode == 2,
                 qPrintable(QString::number(result.exitCode) + QLatin1Char(' ') + result.err));
        QVERIFY2(result.err.contains(field), qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(sandbox_.isValid());
        QVERIFY(writeTinyMusicGen(path(QStringLiteral("tiny-musicgen"))));
        QVERIFY(writeTinyAudioGen(path(QStringLiteral("tiny-audiogen"))));
        install(QStringLiteral("tiny-musicgen"), path(QStringLiteral("tiny-musicgen")),
                QStringLiteral("musicgen"));
        install(QStringLiteral("tiny-audiogen"), path(QStringLiteral("tiny-audiogen")),
                QStringLiteral("audiogen"));
    }

    void musicIsReproducibleFromItsSeed() {
        QStringList args{QStringLiteral("--text"), QStringLiteral("calm piano, 80 bpm"),
                         QStringLiteral("--set"),  QStringLiteral("duration=7"),
                         QStringLiteral("--set"),  QStringLiteral("seed=11")};
        const SonaraRun first =
            music(args + QStringList{QStringLiteral("-o"), path(QStringLiteral("a.wav"))});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const SonaraRun second =
            music(args + QStringList{QStringLiteral("-o"), path(QStringLiteral("b.flac"))});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const auto a = audio::decodeFile(path(QStringLiteral("a.wav")));
        const auto b = audio::decodeFile(path(QStringLiteral("b.flac")));
        QCOMPARE(a.sampleRate, 32000);
        QCOMPARE(a.frames(), qint64(7 * 32000));
        QCOMPARE(b.frames(), a.frames());
        double worst = 0;
        for (size_t i = 0; i < a.samples.size(); ++i) {
            worst = std::max(worst, double(std::abs(a.samples[i] - b.samples[i])));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QString::number(worst)));  // 24-bit FLAC's rounding
    }

    void aClipIsContinued() {
        audio::AudioBuffer clip{44100, 2, {}};
        for (int i = 0; i < 44100 * 2; ++i) {
            const float s = float(0.2 * std::sin(2 * M_PI * 330.0 * i / 44100));
            clip.samples.push_back(s);
            clip.samples.push_back(s);
        }
        audio::encodeFile(clip, path(QStringLiteral("clip.mp3")));
        const SonaraRun result =
            music({QStringLiteral("--text"), QStringLiteral("go on"), QStringLiteral("--input"),
                   QStringLiteral("audio_prompt=") + path(QStringLiteral("clip.mp3")),
                   QStringLiteral("--set"), QStringLiteral("duration=5"), QStringLiteral("-o"),
                   path(QStringLiteral("continued.wav"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto info = audio::probeFile(path(QStringLiteral("continued.wav")));
        // The clip (2 s and the MP3 encoder's padding) and 5 s more.
        QVERIFY2(info.durationSeconds > 6.9 && info.durationSeconds < 7.2,
                 qPrintable(QString::number(info.durationSeconds)));
    }

    void soundEffectsInVariationsFromAudioGen() {
        const SonaraRun result =
            run(QStringLiteral("sfx"), QStringLiteral("tiny-audiogen"),
                {QStringLiteral("--text"), QStringLiteral("a door slams"), QStringLiteral("--set"),
                 QStringLiteral("variations=2"), QStringLiteral("--set"),
                 QStringLiteral("duration=1.5"), QStringLiteral("-o"),
                 QStringLiteral("variation_1=") + path(QStringLiteral("door1.wav")),
                 QStringLiteral("-o"),
                 QStringLiteral("variation_2=") + path(QStringLiteral("door2.ogg"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto one = audio::decodeFile(path(QStringLiteral("door1.wav")));
        QCOMPARE(one.frames(), qint64(1.5 * 32000));
        QVERIFY(std::abs(audio::probeFile(path(QStringLiteral("door2.ogg"))).durationSeconds -
                         1.5) < 0.05);
        // Only as many variations as asked for.
        const SonaraRun third =
            run(QStringLiteral("sfx"), QStringLiteral("tiny-audiogen"),
                {QStringLiteral("--text"), QStringLiteral("a door slams"), QStringLiteral("--set"),
                 QStringLiteral("duration=0.5"), QStringLiteral("-o"),
                 QStringLiteral("variation_3=") + path(QStringLiteral("door3.wav"))});
        QVERIFY(third.exitCode != 0);
        QVERIFY2(third.err.contains(QStringLiteral("variation_3")), qPrintable(third.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("door3.wav"))));
    }

    void aStatusClipAsM4aOpusAndVideo() {
        const SonaraRun result =
            run(QStringLiteral("status-music"), QStringLiteral("tiny-musicgen"),
                {QStringLiteral("--input"), QStringLiteral("vibe=happy"), QStringLiteral("-o"),
                 path(QStringLiteral("status.m4a")), QStringLiteral("-o"),
                 path(QStringLiteral("status.opus")), QStringLiteral("-o"),
                 QStringLiteral("video=") + path(QStringLiteral("status.mp4"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QString& name : {QStringLiteral("status.m4a"), QStringLiteral("status.opus"),
                                    QStringLiteral("status.mp4")}) {
            const auto info = audio::probeFile(path(name));
            QVERIFY2(std::abs(info.durationSeconds - 15.0) < 0.1,
                     qPrintable(name + QLatin1Char(' ') + QString::number(info.durationSeconds)));
            const double lufs =
                audio::measureLoudness(audio::decodeFile(path(name))).integratedLufs;
            QVERIFY2(std::abs(lufs + 14.0) <= 0.5,
                     qPrintable(name + QLatin1Char(' ') + QString::number(lufs)));
        }
        QCOMPARE(audio::probeFile(path(QStringLiteral("status.m4a"))).codec, QStringLiteral("aac"));
        QCOMPARE(audio::probeFile(path(QStringLiteral("status.opus"))).codec,
                 QStringLiteral("opus"));
        const auto media =
            sonara::core::audio::test::probeMedia(path(QStringLiteral("status.mp4")));
        QCOMPARE(media.videoCodec, QStringLiteral("h264"));
        QCOMPARE(media.width, 1080);
        QCOMPARE(media.height, 1920);
        QCOMPARE(media.audioCodec, QStringLiteral("aac"));
    }

    // The user's picture behind the video: uploaded through the API like any input, scaled to
    // fill the frame; with no animation the whole frame is the picture.
    void aStatusVideoOverTheUsersPicture() {
        const QString picture = path(QStringLiteral("beach, sunset.ppm"));
        QVERIFY(
            sonara::core::audio::test::writeTestPicture(picture, 90, 160, 20, 30, 220));  // blue
        const SonaraRun result =
            run(QStringLiteral("status-music"), QStringLiteral("tiny-musicgen"),
                {QStringLiteral("--input"), QStringLiteral("vibe=happy"), QStringLiteral("--input"),
                 QStringLiteral("picture=") + picture, QStringLiteral("--set"),
                 QStringLiteral("video_animation=none"), QStringLiteral("-o"),
                 path(QStringLiteral("pictured.m4a")), QStringLiteral("-o"),
                 QStringLiteral("video=") + path(QStringLiteral("pictured.mp4"))});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const auto media =
            sonara::core::audio::test::probeMedia(path(QStringLiteral("pictured.mp4")));
        QCOMPARE(media.width, 1080);
        QCOMPARE(media.height, 1920);
        for (const int y : {100, 960, 1800}) {
            const auto yuv = sonara::core::audio::test::firstFrameYuv(
                path(QStringLiteral("pictured.mp4")), 540, y);
            QVERIFY(yuv);
            QVERIFY2((*yuv)[1] > 200, qPrintable(QString::number((*yuv)[1])));  // U: blue
        }
        refused(run(QStringLiteral("status-music"), QStringLiteral("tiny-musicgen"),
                    {QStringLiteral("--input"), QStringLiteral("vibe=happy"),
                     QStringLiteral("--set"), QStringLiteral("video_animation=none"),
                     QStringLiteral("-o"), path(QStringLiteral("alone.m4a"))}),
                QStringLiteral("picture"));
    }

    void badRequestsExitTwoNamingTheField() {
        refused(music({QStringLiteral("--text"), QString(), QStringLiteral("-o"),
                       path(QStringLiteral("x.wav"))}),
                QStringLiteral("prompt"));
        refused(music({QStringLiteral("--text"), QString(501, QLatin1Char('a')),
                       QStringLiteral("-o"), path(QStringLiteral("x.wav"))}),
                QStringLiteral("prompt"));
        refused(music({QStringLiteral("--text"), QStringLiteral("jazz"), QStringLiteral("--set"),
                       QStringLiteral("duration=2"), QStringLiteral("-o"),
                       path(QStringLiteral("x.wav"))}),
                QStringLiteral("duration"));
        refused(run(QStringLiteral("sfx"), QStringLiteral("tiny-audiogen"),
                    {QStringLiteral("--text"), QStringLiteral("boom"), QStringLiteral("--set"),
                     QStringLiteral("duration=45"), QStringLiteral("-o"),
                     path(QStringLiteral("x.wav"))}),
                QStringLiteral("duration"));
        refused(run(QStringLiteral("status-music"), QStringLiteral("tiny-musicgen"),
                    {QStringLiteral("--input"), QStringLiteral("vibe=disco"), QStringLiteral("-o"),
                     path(QStringLiteral("x.m4a"))}),
                QStringLiteral("vibe"));
        QFile notes(path(QStringLiteral("notes.wav")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not audio at all\n");
        notes.close();
        refused(music({QStringLiteral("--text"), QStringLiteral("jazz"), QStringLiteral("--input"),
                       QStringLiteral("audio_prompt=") + path(QStringLiteral("notes.wav")),
                       QStringLiteral("-o"), path(QStringLiteral("x.wav"))}),
                QStringLiteral("audio_prompt"));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.wav"))));
        QVERIFY(!QFile::exists(path(QStringLiteral("x.m4a"))));
    }
};

QTEST_GUILESS_MAIN(TestMusicEndToEnd)
#include "test_music_e2e.moc"
