#include "core/audio/audio_error.h"
#include "core/audio/audio_filter.h"
#include "core/audio/dsp.h"
#include "core/audio/loudness.h"
#include "test_signals.h"

#include <QtTest>
#include <cmath>

using namespace sonara::core::audio;
using namespace sonara::core::audio::test;

namespace {

// Feeds `input` through a fresh AudioFilter in chunks of `chunkFrames`.
AudioBuffer filterInChunks(const AudioBuffer& input, const QString& graph, qint64 chunkFrames) {
    AudioFilter filter(graph, input.sampleRate, input.channels);
    AudioBuffer output{filter.outputSampleRate(), filter.outputChannels(), {}};
    for (qint64 start = 0; start < input.frames(); start += chunkFrames) {
        const AudioBuffer part =
            trim(input, double(start) / input.sampleRate,
                 double(std::min(start + chunkFrames, input.frames())) / input.sampleRate);
        const AudioBuffer filtered = filter.process(part);
        output.samples.insert(output.samples.end(), filtered.samples.begin(),
                              filtered.samples.end());
    }
    const AudioBuffer tail = filter.finish();
    output.samples.insert(output.samples.end(), tail.samples.begin(), tail.samples.end());
    return output;
}

}  // namespace

class TestAudioStreaming : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chunkedFilteringEqualsWholeBufferFiltering() {
        const AudioBuffer input = noiseBursts(44100, 2, 3.0, 0.3);
        const QString graph = QStringLiteral("highpass=f=200,volume=0.5");
        const AudioBuffer whole = applyFilterGraph(input, graph);
        for (qint64 chunk : {qint64(1000), qint64(44100), qint64(100000)}) {
            const AudioBuffer streamed = filterInChunks(input, graph, chunk);
            QCOMPARE(streamed.frames(), whole.frames());
            double maxError = 0;
            for (size_t i = 0; i < whole.samples.size(); ++i) {
                maxError =
                    std::max(maxError, double(std::fabs(whole.samples[i] - streamed.samples[i])));
            }
            QVERIFY2(maxError < 1e-6, qPrintable(QString::number(maxError)));
        }
    }

    void filterReportsItsOutputFormat() {
        AudioFilter filter(QStringLiteral("aresample=16000,pan=mono|c0=0.5*c0+0.5*c1"), 48000, 2);
        QCOMPARE(filter.outputSampleRate(), 16000);
        QCOMPARE(filter.outputChannels(), 1);
        AudioBuffer out = filter.process(sine(48000, 2, 440, 1.0, 0.5));
        const AudioBuffer tail = filter.finish();
        out.samples.insert(out.samples.end(), tail.samples.begin(), tail.samples.end());
        QVERIFY(std::abs(out.frames() - 16000) <= 32);
    }

    void badGraphAndWrongChunksAreRefused() {
        QVERIFY_EXCEPTION_THROWN(AudioFilter(QStringLiteral("nosuchfilter=3"), 44100, 1),
                                 AudioError);
        AudioFilter filter(QStringLiteral("volume=2"), 44100, 1);
        QVERIFY_EXCEPTION_THROWN(filter.process(sine(22050, 1, 440, 0.1, 0.5)),
                                 std::invalid_argument);
    }

    void streamedLoudnessEqualsWholeBufferLoudness() {
        const AudioBuffer input = noiseBursts(48000, 2, 6.0, 0.2);
        const Loudness whole = measureLoudness(input);
        LoudnessMeter meter(input.sampleRate, input.channels);
        for (double start = 0; start < 6.0; start += 0.7) {
            meter.add(trim(input, start, std::min(6.0, start + 0.7)));
        }
        const Loudness streamed = meter.result();
        QVERIFY(std::isfinite(whole.integratedLufs));
        QVERIFY(std::fabs(streamed.integratedLufs - whole.integratedLufs) < 0.01);
        QVERIFY(std::fabs(streamed.truePeakDbtp - whole.truePeakDbtp) < 0.01);
        QCOMPARE(streamed.samplePeakDbfs, whole.samplePeakDbfs);
    }

    void silenceHasNoLoudness() {
        LoudnessMeter meter(48000, 1);
        meter.add(AudioBuffer{48000, 1, std::vector<float>(48000, 0.0f)});
        QVERIFY(std::isinf(meter.result().integratedLufs));
    }
};

QTEST_GUILESS_MAIN(TestAudioStreaming)
#include "test_audio_streaming.moc"
