#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"

#include "test_media.h"
#include "test_signals.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

class TestAudioReader : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void chunkedReadEqualsDecodeFile_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::newRow("flac as is") << "long.flac" << 0 << 0;
        QTest::newRow("flac to 16k mono") << "long.flac" << 16000 << 1;
        QTest::newRow("mp3") << "long.mp3" << 0 << 0;
    }

    void chunkedReadEqualsDecodeFile() {
        QFETCH(QString, name);
        QFETCH(int, rate);
        QFETCH(int, channels);
        const QString path = file(name);
        if (!QFile::exists(path))
            encodeFile(noiseBursts(44100, 2, 60.0, 0.4, 3), path);
        const DecodeOptions options{rate, channels};
        const AudioBuffer whole = decodeFile(path, options);

        AudioReader reader(path, options);
        QCOMPARE(reader.info().sampleRate, 44100);
        QCOMPARE(reader.info().channels, 2);
        QCOMPARE(reader.sampleRate(), rate > 0 ? rate : 44100);
        QCOMPARE(reader.channels(), channels > 0 ? channels : 2);
        std::vector<float> joined;
        int reads = 0;
        for (;;) {
            // Odd sizes so that chunk edges never line up with codec frames.
            const AudioBuffer chunk = reader.read(3001 + (reads % 5) * 1000);
            if (chunk.isEmpty())
                break;
            QVERIFY(chunk.frames() <= 3001 + (reads % 5) * 1000);
            QCOMPARE(chunk.sampleRate, reader.sampleRate());
            joined.insert(joined.end(), chunk.samples.begin(), chunk.samples.end());
            ++reads;
        }
        QVERIFY(reads > 100);
        QVERIFY(reader.read(100).isEmpty());
        QVERIFY(joined == whole.samples);
        QVERIFY(std::fabs(whole.durationSeconds() - 60.0) < 0.05);
    }

    void decodeConvertsRateAndChannels() {
        const QString path = file(QStringLiteral("tone.wav"));
        encodeFile(sine(44100, 2, 1000.0, 2.0, 0.5), path);
        const AudioBuffer mono = decodeFile(path, {16000, 1});
        QCOMPARE(mono.sampleRate, 16000);
        QCOMPARE(mono.channels, 1);
        QVERIFY(std::abs(mono.frames() - 32000) <= 2);
        QVERIFY(std::fabs(zeroCrossingFrequency(mono) - 1000.0) < 1.0);
        // Averaging two identical channels keeps the level.
        QVERIFY(std::fabs(rms(mono) - 0.5 / std::sqrt(2.0)) < 0.01);
    }

    void seekIsSampleAccurate() {
        const QString path = file(QStringLiteral("seek.flac"));
        const AudioBuffer source = quantized16(noiseBursts(48000, 1, 5.0, 0.5, 9));
        encodeFile(source, path);
        AudioReader reader(path);
        reader.read(1000);
        reader.seek(2.5);
        const AudioBuffer chunk = reader.read(4800);
        QCOMPARE(chunk.frames(), qint64(4800));
        QVERIFY(std::equal(chunk.samples.begin(), chunk.samples.end(),
                           source.samples.begin() + 120000));
        reader.seek(0.0);
        const AudioBuffer start = reader.read(100);
        QVERIFY(std::equal(start.samples.begin(), start.samples.end(), source.samples.begin()));
        reader.seek(10.0);
        QVERIFY(reader.read(100).isEmpty());
    }

    void decodesVideoAudioTracks_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<QString>("container");
        QTest::newRow("mp4") << "clip.mp4"
                             << "aac"
                             << "mp4";
        QTest::newRow("mov") << "clip.mov"
                             << "aac"
                             << "mov";
        QTest::newRow("mkv") << "clip.mkv"
                             << "mp3"
                             << "matroska";
    }

    void decodesVideoAudioTracks() {
        QFETCH(QString, name);
        QFETCH(QString, codec);
        QFETCH(QString, container);
        QString error;
        QVERIFY2(writeTestVideo(file(name), 2.0, true, &error), qPrintable(error));
        const AudioInfo info = probeFile(file(name));
        QCOMPARE(info.codec, codec);
        QCOMPARE(info.container, container);
        QCOMPARE(info.sampleRate, 48000);
        QCOMPARE(info.channels, 2);
        const AudioBuffer audio = decodeFile(file(name), {16000, 1});
        QVERIFY2(std::fabs(audio.durationSeconds() - 2.0) < 0.05,
                 qPrintable(QString::number(audio.durationSeconds())));
        const double frequency = zeroCrossingFrequency(trim(audio, 0.2, 1.8));
        QVERIFY2(std::fabs(frequency - 440.0) < 1.0, qPrintable(QString::number(frequency)));
        QVERIFY(std::fabs(rms(trim(audio, 0.2, 1.8)) - 0.5 / std::sqrt(2.0)) < 0.05);
    }

    void probeDescribesFile() {
        const QString path = file(QStringLiteral("probe.ogg"));
        EncodeOptions options;
        options.metadata.title = QStringLiteral("Only a title");
        encodeFile(sine(32000, 1, 300.0, 1.5), path, options);
        const AudioInfo info = probeFile(path);
        QCOMPARE(info.container, QStringLiteral("ogg"));
        QCOMPARE(info.codec, QStringLiteral("vorbis"));
        QCOMPARE(info.sampleRate, 32000);
        QCOMPARE(info.channels, 1);
        QVERIFY(std::fabs(info.durationSeconds - 1.5) < 0.05);
        QCOMPARE(info.metadata.title, QStringLiteral("Only a title"));
        QVERIFY(info.metadata.artist.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioReader)
#include "test_audio_reader.moc"
