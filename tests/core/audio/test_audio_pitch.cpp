// Pitch shifting on Rubber Band: a tone moves by the asked interval, length and format stay.

#include "core/audio/audio_buffer.h"
#include "core/audio/pitch_shift.h"

#include <QtTest>
#include <cmath>

#include "test_signals.h"

using namespace sonara::core::audio;

namespace {

// The middle of the buffer, away from the shifter's start-up and tail.
AudioBuffer middle(const AudioBuffer& buffer) {
    AudioBuffer part{buffer.sampleRate, buffer.channels, {}};
    const qint64 frames = buffer.frames();
    part.samples.assign(buffer.samples.begin() + frames / 4 * buffer.channels,
                        buffer.samples.begin() + frames * 3 / 4 * buffer.channels);
    return part;
}

}  // namespace

class TestAudioPitch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anOctaveUpDoublesTheFrequency() {
        const AudioBuffer tone = test::sine(16000, 1, 200.0, 2.0);
        const AudioBuffer up = shiftPitch(tone, 12.0);
        QCOMPARE(up.sampleRate, 16000);
        QCOMPARE(up.channels, 1);
        QCOMPARE(up.frames(), tone.frames());
        const double frequency = test::zeroCrossingFrequency(middle(up));
        QVERIFY2(std::abs(frequency - 400.0) < 8.0, qPrintable(QString::number(frequency)));
        // Keeping the formants keeps a pure tone's spectral envelope at 200 Hz, so the shifted
        // tone comes out quieter; it must still be there.
        QVERIFY2(test::rms(middle(up)) > 0.02 * test::rms(middle(tone)),
                 qPrintable(QString::number(test::rms(middle(up)) / test::rms(middle(tone)))));
    }

    void fiveSemitonesDownOnStereo() {
        const AudioBuffer tone = test::sine(44100, 2, 440.0, 1.5);
        const AudioBuffer down = shiftPitch(tone, -5.0, false);
        QCOMPARE(down.channels, 2);
        QCOMPARE(down.frames(), tone.frames());
        const double expected = 440.0 * std::pow(2.0, -5.0 / 12.0);
        QVERIFY(std::abs(test::rms(middle(down)) / test::rms(middle(tone)) - 1.0) < 0.2);
        for (int channel : {0, 1}) {
            const double frequency = test::zeroCrossingFrequency(middle(down), channel);
            QVERIFY2(std::abs(frequency - expected) < 6.0,
                     qPrintable(QStringLiteral("channel %1: %2 Hz, expected %3")
                                    .arg(channel)
                                    .arg(frequency)
                                    .arg(expected)));
        }
    }

    void zeroSemitonesChangesNothing() {
        const AudioBuffer tone = test::sine(16000, 1, 300.0, 0.5);
        QCOMPARE(shiftPitch(tone, 0.0).samples, tone.samples);
        QVERIFY(shiftPitch(AudioBuffer{16000, 1, {}}, 7.0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAudioPitch)
#include "test_audio_pitch.moc"
