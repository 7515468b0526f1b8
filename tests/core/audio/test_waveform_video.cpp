#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/loudness.h"
#include "core/audio/waveform_video.h"

#include "test_media.h"
#include "test_signals.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

// The vertical waveform video a status clip is posted as: an H.264 1080x1920 stream and an AAC
// one, as long as the sound, written whole or not at all.
class TestWaveformVideo : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    // True when checkPicture refuses the file with a message that names it.
    static bool isPictureRefused(const QString& path) {
        try {
            checkPicture(path);
            return false;
        } catch (const AudioError& error) {
            return QString::fromUtf8(error.what()).contains(QFileInfo(path).fileName());
        }
    }

private Q_SLOTS:
    void writesAVerticalVideoWithTheSound() {
        const AudioBuffer music = noiseBursts(32000, 2, 3.0, 0.3, 4);
        const QString path = dir_.filePath(QStringLiteral("clip.mp4"));
        std::vector<double> fractions;
        try {
            QVERIFY(writeWaveformVideo(music, path, {}, [&](double fraction) {
                fractions.push_back(fraction);
                return true;
            }));
        } catch (const AudioError& error) {
            QFAIL(error.what());
        }
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        const MediaStreams media = probeMedia(path);
        QCOMPARE(media.videoCodec, QStringLiteral("h264"));
        QCOMPARE(media.width, 1080);
        QCOMPARE(media.height, 1920);
        QVERIFY2(std::fabs(media.framesPerSecond - 30.0) < 0.01,
                 qPrintable(QString::number(media.framesPerSecond)));
        QCOMPARE(media.audioCodec, QStringLiteral("aac"));
        QCOMPARE(media.sampleRate, 48000);
        QVERIFY2(std::fabs(media.durationSeconds - 3.0) < 0.1,
                 qPrintable(QString::number(media.durationSeconds)));
        QVERIFY(!fractions.empty() && fractions.back() == 1.0);
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));

        // The sound survives: same loudness as what went in, within AAC's tolerance.
        const AudioBuffer heard = decodeFile(path);
        QVERIFY2(std::fabs(measureLoudness(heard).integratedLufs -
                           measureLoudness(music).integratedLufs) < 0.5,
                 qPrintable(QString::number(measureLoudness(heard).integratedLufs)));
    }

    // A red picture behind the animation, whose name needs both levels of FFmpeg's filter
    // escaping; the top of the frame (above the animation's band) shows the picture, and
    // without an animation the middle does too.
    void drawsASpectrumOrTheUsersPicture() {
        const QString picture = dir_.filePath(QStringLiteral("my: holiday, 'best' [1].ppm"));
        QVERIFY(writeTestPicture(picture, 320, 240, 230, 20, 20));
        QVERIFY(!isPictureRefused(picture));
        const AudioBuffer music = noiseBursts(32000, 2, 2.0, 0.3, 4);
        struct Case {
            const char* name;
            VideoAnimation animation;
            QString picture;
        };
        for (const Case& c : {Case{"spectrum", VideoAnimation::Spectrum, {}},
                              Case{"waves-over-picture", VideoAnimation::Waveform, picture},
                              Case{"picture", VideoAnimation::None, picture}}) {
            WaveformVideoOptions options;
            options.animation = c.animation;
            options.picturePath = c.picture;
            const QString path = dir_.filePath(QLatin1String(c.name) + QStringLiteral(".mp4"));
            try {
                QVERIFY(writeWaveformVideo(music, path, options));
            } catch (const AudioError& error) {
                QFAIL(error.what());
            }
            const MediaStreams media = probeMedia(path);
            QCOMPARE(media.width, 1080);
            QCOMPARE(media.height, 1920);
            QVERIFY2(std::fabs(media.durationSeconds - 2.0) < 0.1,
                     qPrintable(QString::number(media.durationSeconds)));
            const auto top = firstFrameYuv(path, 540, 100);
            const auto middle = firstFrameYuv(path, 540, 960);
            QVERIFY(top && middle);
            const bool redTop = (*top)[2] > 200;  // V: red is far above neutral 128
            QCOMPARE(redTop, !c.picture.isEmpty());
            if (c.animation == VideoAnimation::None) {
                QVERIFY2((*middle)[2] > 200, qPrintable(QString::number((*middle)[2])));
            }
        }
    }

    void refusesWhatIsNotAPicture() {
        const QString sound = dir_.filePath(QStringLiteral("tone.wav"));
        encodeFile(sine(16000, 1, 440.0, 0.5), sound);
        QVERIFY(isPictureRefused(sound));
        QVERIFY(isPictureRefused(dir_.filePath(QStringLiteral("nowhere.png"))));
        const QString text = dir_.filePath(QStringLiteral("notes.png"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a picture") > 0);
        file.close();
        QVERIFY(isPictureRefused(text));
    }

    void stoppingLeavesNothing() {
        const AudioBuffer music = sine(48000, 2, 220.0, 4.0, 0.3);
        const QString path = dir_.filePath(QStringLiteral("stopped.mp4"));
        QVERIFY(
            !writeWaveformVideo(music, path, {}, [](double fraction) { return fraction < 0.3; }));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void errorsNameTheFile() {
        const QString path = dir_.filePath(QStringLiteral("missing/clip.mp4"));
        try {
            writeWaveformVideo(sine(48000, 1, 220.0, 1.0), path);
            QFAIL("a folder that does not exist must be refused");
        } catch (const AudioError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("clip.mp4")),
                     error.what());
        }
        try {
            writeWaveformVideo(AudioBuffer{}, dir_.filePath(QStringLiteral("empty.mp4")));
            QFAIL("no audio must be refused");
        } catch (const AudioError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("no audio")),
                     error.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestWaveformVideo)
#include "test_waveform_video.moc"
