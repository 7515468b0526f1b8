#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/audio/dsp.h"

#include "test_signals.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

Q_DECLARE_METATYPE(sonara::core::audio::SampleFormat)

class TestAudioCodecs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QString file(const QString& name) const { return dir_.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void supportedFormats() {
        QCOMPARE(
            supportedOutputFormats(),
            (QStringList{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3"),
                         QStringLiteral("ogg"), QStringLiteral("opus"), QStringLiteral("m4a")}));
    }

    void losslessIsBitExact_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<SampleFormat>("format");
        QTest::addColumn<QString>("codec");
        QTest::newRow("wav16") << "a16.wav" << SampleFormat::Int16 << "pcm_s16le";
        QTest::newRow("wav24") << "a24.wav" << SampleFormat::Int24 << "pcm_s24le";
        QTest::newRow("wavf32") << "af32.wav" << SampleFormat::Float32 << "pcm_f32le";
        QTest::newRow("flac16") << "a16.flac" << SampleFormat::Int16 << "flac";
        QTest::newRow("flac24") << "a24.flac" << SampleFormat::Int24 << "flac";
    }

    void losslessIsBitExact() {
        QFETCH(QString, name);
        QFETCH(SampleFormat, format);
        QFETCH(QString, codec);
        // 16-bit steps are exact in every lossless format we write.
        const AudioBuffer source = quantized16(noiseBursts(44100, 2, 1.3, 0.5));
        EncodeOptions options;
        options.sampleFormat = format;
        options.metadata = {QStringLiteral("Tïtle ✓"), QStringLiteral("Ärtist")};
        encodeFile(source, file(name), options);
        QVERIFY(!QFile::exists(file(name) + QStringLiteral(".partial")));

        const AudioInfo info = probeFile(file(name));
        QCOMPARE(info.codec, codec);
        QCOMPARE(info.sampleRate, 44100);
        QCOMPARE(info.channels, 2);
        QVERIFY(std::fabs(info.durationSeconds - 1.3) < 0.002);

        AudioMetadata metadata;
        const AudioBuffer decoded = decodeFile(file(name), {}, &metadata);
        QCOMPARE(decoded.sampleRate, 44100);
        QCOMPARE(decoded.channels, 2);
        QCOMPARE(decoded.frames(), source.frames());
        QVERIFY(decoded.samples == source.samples);
        QCOMPARE(metadata.title, QStringLiteral("Tïtle ✓"));
        QCOMPARE(metadata.artist, QStringLiteral("Ärtist"));
    }

    void lossyRoundTrip_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("codec");
        QTest::addColumn<int>("decodedRate");
        QTest::newRow("mp3") << "b.mp3" << 44100 << 2 << "mp3" << 44100;
        QTest::newRow("mp3 mono") << "bm.mp3" << 22050 << 1 << "mp3" << 22050;
        QTest::newRow("ogg") << "b.ogg" << 44100 << 2 << "vorbis" << 44100;
        // Opus only runs at 48 kHz and below; 44.1 kHz input is resampled on the way in.
        QTest::newRow("opus") << "b.opus" << 44100 << 2 << "opus" << 48000;
        QTest::newRow("m4a") << "b.m4a" << 48000 << 2 << "aac" << 48000;
        QTest::newRow("m4a mono") << "bm.m4a" << 32000 << 1 << "aac" << 32000;
    }

    void lossyRoundTrip() {
        QFETCH(QString, name);
        QFETCH(int, rate);
        QFETCH(int, channels);
        QFETCH(QString, codec);
        QFETCH(int, decodedRate);
        const AudioBuffer source = sine(rate, channels, 440.0, 2.0, 0.5);
        EncodeOptions options;
        options.metadata = {QStringLiteral("Song — 1"), QStringLiteral("Sonara Band")};
        encodeFile(source, file(name), options);

        const AudioInfo info = probeFile(file(name));
        QCOMPARE(info.codec, codec);
        QCOMPARE(info.channels, channels);
        QCOMPARE(info.metadata.title, QStringLiteral("Song — 1"));
        QCOMPARE(info.metadata.artist, QStringLiteral("Sonara Band"));

        AudioMetadata metadata;
        const AudioBuffer decoded = decodeFile(file(name), {}, &metadata);
        QCOMPARE(decoded.sampleRate, decodedRate);
        QCOMPARE(decoded.channels, channels);
        QVERIFY2(std::fabs(decoded.durationSeconds() - 2.0) < 0.05,
                 qPrintable(QString::number(decoded.durationSeconds())));
        QCOMPARE(metadata.title, QStringLiteral("Song — 1"));
        QCOMPARE(metadata.artist, QStringLiteral("Sonara Band"));

        // Energy and waveform survive: compare at the source's rate.
        const AudioBuffer back = decodeFile(file(name), {rate, channels});
        QVERIFY(std::fabs(rms(back) / rms(source) - 1.0) < 0.1);
        QVERIFY2(bestCorrelation(source, back, 64) > 0.98,
                 qPrintable(QString::number(bestCorrelation(source, back, 64))));
        // Away from the edges, where codecs ring.
        const double frequency = zeroCrossingFrequency(trim(back, 0.2, 1.8));
        QVERIFY2(std::fabs(frequency - 440.0) < 1.0, qPrintable(QString::number(frequency)));
    }

    void explicitFormatAndBitrate() {
        const AudioBuffer source = sine(48000, 2, 1000.0, 3.0, 0.5);
        EncodeOptions low;
        low.format = QStringLiteral("mp3");
        low.bitrateKbps = 64;
        encodeFile(source, file(QStringLiteral("low.audio")), low);
        EncodeOptions high = low;
        high.bitrateKbps = 256;
        encodeFile(source, file(QStringLiteral("high.audio")), high);
        QCOMPARE(probeFile(file(QStringLiteral("low.audio"))).codec, QStringLiteral("mp3"));
        QVERIFY(QFileInfo(file(QStringLiteral("low.audio"))).size() * 3 <
                QFileInfo(file(QStringLiteral("high.audio"))).size());
    }

    void streamingWriterMatchesOneShot() {
        const AudioBuffer source = quantized16(noiseBursts(16000, 1, 2.0, 0.4, 7));
        {
            AudioWriter writer(file(QStringLiteral("chunks.flac")), 16000, 1);
            for (qint64 start = 0; start < source.frames(); start += 777) {
                AudioBuffer chunk;
                chunk.sampleRate = 16000;
                chunk.channels = 1;
                const qint64 end = std::min(source.frames(), start + 777);
                chunk.samples.assign(source.samples.begin() + start, source.samples.begin() + end);
                writer.write(chunk);
            }
            QVERIFY(!QFile::exists(file(QStringLiteral("chunks.flac"))));
            writer.finish();
        }
        QVERIFY(decodeFile(file(QStringLiteral("chunks.flac"))).samples == source.samples);
    }

    void writerWithoutFinishLeavesNothing() {
        const QString path = file(QStringLiteral("abandoned.wav"));
        {
            AudioWriter writer(path, 48000, 2);
            writer.write(sine(48000, 2, 440.0, 0.5));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void overwritesExistingFile() {
        const QString path = file(QStringLiteral("again.wav"));
        encodeFile(sine(8000, 1, 440.0, 1.0), path);
        encodeFile(sine(8000, 1, 440.0, 0.25), path);
        QCOMPARE(decodeFile(path).frames(), qint64(2000));
    }

    void mismatchedChunkIsRejected() {
        AudioWriter writer(file(QStringLiteral("mismatch.wav")), 48000, 2);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writer.write(sine(44100, 2, 440.0, 0.1)));
    }

    void multichannelToMp3IsDownmixed() {
        const AudioBuffer source = sine(48000, 6, 440.0, 1.0, 0.3);
        encodeFile(source, file(QStringLiteral("six.mp3")));
        const AudioInfo info = probeFile(file(QStringLiteral("six.mp3")));
        QCOMPARE(info.channels, 2);
    }
};

QTEST_GUILESS_MAIN(TestAudioCodecs)
#include "test_audio_codecs.moc"
