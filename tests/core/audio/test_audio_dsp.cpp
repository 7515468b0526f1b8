#include "core/audio/audio_error.h"
#include "core/audio/dsp.h"

#include "test_signals.h"

#include <QtTest>

#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

class TestAudioDsp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resampleKeepsFrequency_data() {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<double>("frequency");
        QTest::newRow("44.1k->48k") << 44100 << 48000 << 997.0;
        QTest::newRow("48k->16k") << 48000 << 16000 << 440.0;
        QTest::newRow("22.05k->96k") << 22050 << 96000 << 3000.0;
        QTest::newRow("8k->44.1k") << 8000 << 44100 << 1234.5;
    }

    void resampleKeepsFrequency() {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(double, frequency);
        const AudioBuffer source = sine(from, 2, frequency, 1.5, 0.5);
        const AudioBuffer out = resample(source, to);
        QCOMPARE(out.sampleRate, to);
        QCOMPARE(out.channels, 2);
        QVERIFY(std::abs(out.frames() - qint64(1.5 * to)) <= 2);
        const double measured = zeroCrossingFrequency(out, 1);
        QVERIFY2(std::fabs(measured / frequency - 1.0) < 0.005,
                 qPrintable(QString::number(measured)));
        QVERIFY(std::fabs(rms(out) - rms(source)) < 0.01);
        QVERIFY(resample(source, from).samples == source.samples);
    }

    void remixUpAndDown() {
        AudioBuffer stereo = sine(48000, 2, 440.0, 0.5, 0.5);
        // Left and right differ: left is the sine, right silent.
        for (qint64 i = 0; i < stereo.frames(); ++i)
            stereo.samples[i * 2 + 1] = 0.0f;
        const AudioBuffer mono = remix(stereo, 1);
        QCOMPARE(mono.channels, 1);
        QCOMPARE(mono.frames(), stereo.frames());
        for (qint64 i = 0; i < mono.frames(); i += 97)
            QVERIFY(std::fabs(mono.samples[i] - 0.5f * stereo.samples[i * 2]) < 1e-6f);

        const AudioBuffer up = remix(mono, 2);
        QCOMPARE(up.channels, 2);
        for (qint64 i = 0; i < up.frames(); i += 89) {
            QCOMPARE(up.samples[i * 2], mono.samples[i]);
            QCOMPARE(up.samples[i * 2 + 1], mono.samples[i]);
        }

        const AudioBuffer surround = remix(sine(48000, 6, 440.0, 0.5, 0.9), 2);
        QCOMPARE(surround.channels, 2);
        QVERIFY(peak(surround) <= 1.0001);
        QVERIFY(rms(surround) > 0.1);
        QVERIFY(remix(stereo, 2).samples == stereo.samples);
    }

    void mixSumsAndConverts() {
        const AudioBuffer a = sine(48000, 2, 440.0, 1.0, 0.25);
        const AudioBuffer b = sine(24000, 1, 440.0, 2.0, 0.25);
        const AudioBuffer mixed = mix({a, b});
        QCOMPARE(mixed.sampleRate, 48000);
        QCOMPARE(mixed.channels, 2);
        QVERIFY(std::abs(mixed.frames() - 96000) <= 2);
        // In the first second both sines add (in phase) to 0.5 peak; afterwards only b's 0.25.
        const AudioBuffer first = trim(mixed, 0.1, 0.9);
        const AudioBuffer second = trim(mixed, 1.1, 1.9);
        QVERIFY2(std::fabs(peak(first) - 0.5) < 0.01, qPrintable(QString::number(peak(first))));
        QVERIFY(std::fabs(peak(second) - 0.25) < 0.01);
        QCOMPARE(mix({a}).samples, a.samples);
        QVERIFY(mix({}).isEmpty());
    }

    void gain() {
        AudioBuffer buffer = sine(8000, 1, 100.0, 0.5, 0.5);
        const double before = rms(buffer);
        applyGainDb(buffer, -6.0206);
        QVERIFY(std::fabs(rms(buffer) / before - 0.5) < 1e-4);
        applyGainDb(buffer, 20.0);
        QVERIFY(std::fabs(rms(buffer) / before - 5.0) < 1e-3);
    }

    void fades() {
        AudioBuffer flat;
        flat.sampleRate = 1000;
        flat.channels = 2;
        flat.samples.assign(2000 * 2, 0.8f);
        const AudioBuffer in = fadeIn(flat, 0.5);
        QCOMPARE(in.frames(), flat.frames());
        QVERIFY(std::fabs(in.samples[0]) < 1e-3);
        QVERIFY(std::fabs(in.samples[250 * 2] - 0.4f) < 0.01f);
        QVERIFY(std::fabs(in.samples[250 * 2 + 1] - 0.4f) < 0.01f);
        QCOMPARE(in.samples[600 * 2], 0.8f);
        QCOMPARE(in.samples.back(), 0.8f);

        const AudioBuffer out = fadeOut(flat, 0.5);
        QCOMPARE(out.frames(), flat.frames());
        QCOMPARE(out.samples[0], 0.8f);
        QCOMPARE(out.samples[1400 * 2], 0.8f);
        QVERIFY(std::fabs(out.samples[1750 * 2] - 0.4f) < 0.01f);
        QVERIFY(std::fabs(out.samples.back()) < 0.01f);

        // Longer than the buffer: the fade spans all of it.
        const AudioBuffer whole = fadeIn(flat, 10.0);
        QVERIFY(std::fabs(whole.samples[1000 * 2] - 0.4f) < 0.01f);
        QCOMPARE(fadeIn(flat, 0.0).samples, flat.samples);
    }

    void trimCutsExactly() {
        const AudioBuffer source = noiseBursts(48000, 2, 3.0, 0.5);
        const AudioBuffer middle = trim(source, 1.0, 2.25);
        QCOMPARE(middle.frames(), qint64(60000));
        QVERIFY(std::equal(middle.samples.begin(), middle.samples.end(),
                           source.samples.begin() + 48000 * 2));
        QCOMPARE(trim(source, 2.5, 100.0).frames(), qint64(24000));
        QVERIFY(trim(source, 2.0, 1.0).isEmpty());
        QCOMPARE(trim(source, 2.0, 1.0).sampleRate, 48000);
    }

    void concatenateWithoutCrossfade() {
        const AudioBuffer a = sine(48000, 1, 440.0, 1.0);
        const AudioBuffer b = sine(44100, 2, 440.0, 0.5);
        const AudioBuffer joined = concatenate({a, b});
        QCOMPARE(joined.sampleRate, 48000);
        QCOMPARE(joined.channels, 1);
        QVERIFY(std::abs(joined.frames() - 72000) <= 2);
        QVERIFY(std::equal(a.samples.begin(), a.samples.end(), joined.samples.begin()));
    }

    void concatenateWithCrossfade() {
        AudioBuffer a;
        a.sampleRate = 8000;
        a.channels = 1;
        a.samples.assign(16000, 0.5f);
        AudioBuffer b = a;
        b.samples.assign(8000, -0.5f);
        AudioBuffer c = a;
        c.samples.assign(12000, 0.25f);
        const AudioBuffer joined = concatenate({a, b, c}, 0.25);
        // 2 s + 1 s + 1.5 s - 2 * 0.25 s
        QCOMPARE(joined.frames(), qint64(32000));
        QVERIFY(std::fabs(joined.durationSeconds() - 4.0) < 1e-9);
        // Before the first overlap: a untouched; mid-overlap: the linear average; after: b.
        QCOMPARE(joined.samples[1000], 0.5f);
        QVERIFY(std::fabs(joined.samples[16000 - 2000 + 1000]) < 0.01f);
        QVERIFY(std::fabs(joined.samples[16000 - 2000 + 3000] + 0.5f) < 1e-6f);
        QVERIFY(std::fabs(joined.samples.back() - 0.25f) < 1e-6f);

        // A crossfade longer than a part is clamped to it.
        const AudioBuffer clamped = concatenate({a, b}, 5.0);
        QCOMPARE(clamped.frames(), qint64(16000));
    }

    void filterGraph() {
        AudioBuffer source = sine(48000, 1, 50.0, 1.0, 0.5);
        const AudioBuffer treble = sine(48000, 1, 4000.0, 1.0, 0.5);
        for (size_t i = 0; i < source.samples.size(); ++i)
            source.samples[i] += treble.samples[i];
        const AudioBuffer filtered =
            applyFilterGraph(source, QStringLiteral("highpass=f=1000,highpass=f=1000"));
        QCOMPARE(filtered.sampleRate, 48000);
        QCOMPARE(filtered.frames(), source.frames());
        // The 50 Hz part is gone, the 4 kHz part stays.
        QVERIFY(std::fabs(rms(trim(filtered, 0.2, 1.0)) - rms(treble)) < 0.02);
        QVERIFY(std::fabs(zeroCrossingFrequency(trim(filtered, 0.2, 1.0)) - 4000.0) < 5.0);

        const AudioBuffer changed = applyFilterGraph(source, QStringLiteral("aresample=16000"));
        QCOMPARE(changed.sampleRate, 16000);
        QVERIFY(std::abs(changed.frames() - 16000) <= 2);
        QCOMPARE(applyFilterGraph(source, QString()).samples, source.samples);

        const AudioBuffer denoised =
            applyFilterGraph(noiseBursts(48000, 2, 1.0, 0.3), QStringLiteral("afftdn=nr=12"));
        QCOMPARE(denoised.channels, 2);
    }
};

QTEST_GUILESS_MAIN(TestAudioDsp)
#include "test_audio_dsp.moc"
