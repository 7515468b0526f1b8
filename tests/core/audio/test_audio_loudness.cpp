#include "core/audio/dsp.h"
#include "core/audio/loudness.h"

#include "test_signals.h"

#include <QtTest>

#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

class TestAudioLoudness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void referenceSine_data() {
        QTest::addColumn<double>("dbfs");
        QTest::addColumn<int>("channels");
        QTest::addColumn<double>("expectedLufs");
        // ITU-R BS.1770: a 0 dBFS 997 Hz sine in one channel (left, right or centre) reads
        // -3.01 LUFS; the same sine in both channels of a stereo file sums their power, 3 dB
        // more (0 LUFS). Loudness follows level dB for dB.
        QTest::newRow("0 dBFS mono") << 0.0 << 1 << -3.01;
        QTest::newRow("0 dBFS stereo") << 0.0 << 2 << 0.0;
        QTest::newRow("-20 dBFS stereo") << -20.0 << 2 << -20.0;
        QTest::newRow("-18 dBFS mono") << -18.0 << 1 << -21.01;
    }

    void referenceSine() {
        QFETCH(double, dbfs);
        QFETCH(int, channels);
        QFETCH(double, expectedLufs);
        const double amplitude = std::pow(10.0, dbfs / 20.0);
        const Loudness loudness = measureLoudness(sine(48000, channels, 997.0, 5.0, amplitude));
        QVERIFY2(std::fabs(loudness.integratedLufs - expectedLufs) < 0.1,
                 qPrintable(QString::number(loudness.integratedLufs)));
        QVERIFY(std::fabs(loudness.samplePeakDbfs - dbfs) < 0.01);
        QVERIFY2(std::fabs(loudness.truePeakDbtp - dbfs) < 0.2,
                 qPrintable(QString::number(loudness.truePeakDbtp)));
        QVERIFY(loudness.loudnessRangeLu < 0.5);
    }

    void otherRatesAgree() {
        const Loudness loudness = measureLoudness(sine(44100, 2, 997.0, 4.0, 0.1));
        QVERIFY2(std::fabs(loudness.integratedLufs - (-20.0)) < 0.15,
                 qPrintable(QString::number(loudness.integratedLufs)));
    }

    void silenceAndEmpty() {
        AudioBuffer silence;
        silence.sampleRate = 48000;
        silence.channels = 2;
        silence.samples.assign(48000 * 2, 0.0f);
        const Loudness quiet = measureLoudness(silence);
        QVERIFY(std::isinf(quiet.integratedLufs) && quiet.integratedLufs < 0);
        QVERIFY(std::isinf(quiet.samplePeakDbfs));
        QCOMPARE(normalizeLoudness(silence).samples, silence.samples);
        QVERIFY(std::isinf(measureLoudness(AudioBuffer{}).integratedLufs));
    }

    void dynamicSignalHasRange() {
        AudioBuffer loud = sine(48000, 1, 997.0, 10.0, 0.5);
        AudioBuffer soft = sine(48000, 1, 997.0, 10.0, 0.05);
        const Loudness loudness = measureLoudness(concatenate({loud, soft}));
        QVERIFY2(loudness.loudnessRangeLu > 15.0,
                 qPrintable(QString::number(loudness.loudnessRangeLu)));
    }

    void normalizeHitsTarget_data() {
        QTest::addColumn<double>("amplitude");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("maxPeak");
        QTest::newRow("quiet speech to -16") << 0.02 << -16.0 << -1.0;
        QTest::newRow("loud speech to -23") << 0.6 << -23.0 << -1.0;
        // Needs about 10 dB more than the peaks allow: the limiter has to work.
        QTest::newRow("limited to -9") << 0.05 << -9.0 << -1.0;
        QTest::newRow("strict peak -3") << 0.1 << -14.0 << -3.0;
    }

    void normalizeHitsTarget() {
        QFETCH(double, amplitude);
        QFETCH(double, target);
        QFETCH(double, maxPeak);
        const AudioBuffer speech = noiseBursts(48000, 2, 12.0, amplitude, 5);
        const AudioBuffer normalized = normalizeLoudness(speech, target, maxPeak);
        QCOMPARE(normalized.frames(), speech.frames());
        QCOMPARE(normalized.sampleRate, 48000);
        const Loudness result = measureLoudness(normalized);
        QVERIFY2(std::fabs(result.integratedLufs - target) <= 0.5,
                 qPrintable(QString::number(result.integratedLufs)));
        QVERIFY2(result.truePeakDbtp <= maxPeak + 0.05,
                 qPrintable(QString::number(result.truePeakDbtp)));
    }

    void loudnormTwoPassHitsTarget_data() {
        QTest::addColumn<double>("amplitude");
        QTest::addColumn<int>("sampleRate");
        QTest::newRow("quiet, 32 kHz mono as MusicGen makes it") << 0.02 << 32000;
        QTest::newRow("loud, 48 kHz") << 0.7 << 48000;
    }

    void loudnormTwoPassHitsTarget() {
        QFETCH(double, amplitude);
        QFETCH(int, sampleRate);
        const int channels = sampleRate == 32000 ? 1 : 2;
        const AudioBuffer music = noiseBursts(sampleRate, channels, 15.0, amplitude, 9);
        const AudioBuffer normalized = loudnormTwoPass(music);
        QCOMPARE(normalized.sampleRate, sampleRate);
        QCOMPARE(normalized.channels, channels);
        QCOMPARE(normalized.frames(), music.frames());
        const Loudness result = measureLoudness(normalized);
        QVERIFY2(std::fabs(result.integratedLufs - (-14.0)) <= 0.5,
                 qPrintable(QString::number(result.integratedLufs)));
        // loudnorm holds -1.5 dBTP at its 192 kHz; the way back to the source's rate may overshoot
        // by a fraction of a dB.
        QVERIFY2(result.truePeakDbtp <= -0.5, qPrintable(QString::number(result.truePeakDbtp)));
    }

    void loudnormReportsProgressAndStops() {
        const AudioBuffer music = noiseBursts(48000, 2, 6.0, 0.1, 3);
        std::vector<double> fractions;
        const AudioBuffer normalized = loudnormTwoPass(music, {}, [&](double fraction) {
            fractions.push_back(fraction);
            return true;
        });
        QCOMPARE(normalized.frames(), music.frames());
        QVERIFY(fractions.size() >= 12);  // a report a second in each pass
        QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
        QCOMPARE(fractions.back(), 1.0);
        int calls = 0;
        QVERIFY(loudnormTwoPass(music, {}, [&](double) { return ++calls < 3; }).isEmpty());
        QCOMPARE(calls, 3);
    }

    void loudnormLeavesSilenceAndBlipsAlone() {
        AudioBuffer silence{48000, 2, std::vector<float>(48000 * 2 * 3, 0.0f)};
        QCOMPARE(loudnormTwoPass(silence).samples, silence.samples);
        const AudioBuffer blip = sine(48000, 1, 440.0, 0.2, 0.3);
        QCOMPARE(loudnormTwoPass(blip).samples, blip.samples);
    }
};

QTEST_GUILESS_MAIN(TestAudioLoudness)
#include "test_audio_loudness.moc"
