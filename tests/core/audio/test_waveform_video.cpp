#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/loudness.h"
#include "core/audio/waveform_video.h"

#include "test_media.h"
#include "test_signals.h"

#include <QDir>
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
