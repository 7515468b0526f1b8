// Tempo estimation on click tracks and drum patterns made here at known tempi.

#include "core/audio/tempo.h"
#include "test_signals.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace sonara::core::audio;

namespace {

void addPad(AudioBuffer& buffer) {
    for (size_t i = 0; i < buffer.samples.size(); ++i) {
        const double t = double(i) / buffer.sampleRate;
        buffer.samples[i] +=
            float(0.1 * (std::sin(2 * M_PI * 220 * t) + std::sin(2 * M_PI * 277.2 * t) +
                         std::sin(2 * M_PI * 329.6 * t)));
    }
}

void verifyNear(std::optional<double> estimate, double bpm) {
    QVERIFY2(estimate.has_value(), qPrintable(QStringLiteral("no tempo found at %1").arg(bpm)));
    QVERIFY2(std::abs(*estimate - bpm) <= 0.02 * bpm,
             qPrintable(QStringLiteral("%1 bpm estimated as %2").arg(bpm).arg(*estimate)));
}

}  // namespace

class TempoTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void clickTracks_data() {
        QTest::addColumn<double>("bpm");
        for (double bpm : {90.0, 120.0, 128.0, 174.0, 63.0, 141.5}) {
            QTest::newRow(qPrintable(QString::number(bpm))) << bpm;
        }
    }
    void clickTracks() {
        QFETCH(double, bpm);
        verifyNear(estimateTempo(test::clickTrack(bpm, 12.0)), bpm);
    }

    void drumPatterns_data() { clickTracks_data(); }
    void drumPatterns() {
        QFETCH(double, bpm);
        verifyNear(estimateTempo(test::rockBeat(bpm, 12.0)), bpm);
        AudioBuffer withPad = test::rockBeat(bpm, 12.0);
        addPad(withPad);
        verifyNear(estimateTempo(withPad), bpm);
    }

    void fiveMinutesEndOnTheBeat() {
        // Over 640 beats, 0.1% off would end the last bar more than half a beat late.
        const auto estimate = estimateTempo(test::rockBeat(128, 300.0));
        QVERIFY(estimate);
        QVERIFY2(std::abs(*estimate - 128) < 0.0005 * 128, qPrintable(QString::number(*estimate)));
    }

    void anyRateAndLayout() {
        verifyNear(estimateTempo(test::rockBeat(128, 10.0, 16000)), 128);
        verifyNear(estimateTempo(test::rockBeat(90, 10.0, 44100)), 90);
        // Stereo with the beat in one channel only still has it in the mix.
        const AudioBuffer mono = test::rockBeat(120, 10.0, 48000);
        AudioBuffer stereo{48000, 2, std::vector<float>(mono.samples.size() * 2, 0.0f)};
        for (size_t i = 0; i < mono.samples.size(); ++i) {
            stereo.samples[2 * i] = mono.samples[i];
        }
        verifyNear(estimateTempo(stereo), 120);
    }

    void noPulseNoTempo() {
        QVERIFY(!estimateTempo(AudioBuffer{32000, 1, std::vector<float>(32000 * 10, 0.0f)}));
        AudioBuffer hiss{32000, 1, {}};
        std::mt19937 random(3);
        std::normal_distribution<float> noise(0.0f, 0.1f);
        for (int i = 0; i < 32000 * 10; ++i) {
            hiss.samples.push_back(noise(random));
        }
        QVERIFY(!estimateTempo(hiss));
        QVERIFY(!estimateTempo(test::sine(32000, 1, 440, 10.0)));
        // Shorter than four beats at the slowest tempo asked for.
        QVERIFY(!estimateTempo(test::clickTrack(120, 3.0)));
        QVERIFY(!estimateTempo(AudioBuffer{}));
    }

    void theRangeIsHonoured() {
        // Range 100-200: a 90 bpm beat is heard at twice its tempo, never outside the range.
        const auto estimate = estimateTempo(test::rockBeat(90, 12.0), {100, 200});
        QVERIFY(estimate);
        QVERIFY2(std::abs(*estimate - 180) <= 0.02 * 180, qPrintable(QString::number(*estimate)));
    }
};

QTEST_GUILESS_MAIN(TempoTest)
#include "test_audio_tempo.moc"
