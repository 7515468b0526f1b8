#include "core/audio/dsp.h"

#include "core/audio/ffmpeg_support.h"
#include "core/audio/filter_graph.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace sonara::core::audio {

using namespace detail;

namespace {

bool hasFormat(const AudioBuffer& buffer) {
    return buffer.sampleRate > 0 && buffer.channels > 0;
}

const AudioBuffer* firstWithFormat(const std::vector<AudioBuffer>& buffers) {
    for (const AudioBuffer& buffer : buffers) {
        if (hasFormat(buffer))
            return &buffer;
    }
    return nullptr;
}

// The parts that hold audio, all converted to the reference's rate and channel count.
std::vector<AudioBuffer> conformed(const std::vector<AudioBuffer>& buffers,
                                   const AudioBuffer& reference) {
    std::vector<AudioBuffer> result;
    for (const AudioBuffer& buffer : buffers) {
        if (hasFormat(buffer) && !buffer.isEmpty())
            result.push_back(convertBuffer(buffer, reference.sampleRate, reference.channels));
    }
    return result;
}

AudioBuffer emptyLike(const AudioBuffer& buffer) {
    AudioBuffer empty;
    empty.sampleRate = buffer.sampleRate;
    empty.channels = buffer.channels;
    return empty;
}

qint64 secondsToFrames(const AudioBuffer& buffer, double seconds) {
    if (!(seconds > 0.0))
        return 0;
    return std::min<qint64>(std::llround(seconds * buffer.sampleRate), buffer.frames());
}

AudioBuffer fade(const AudioBuffer& buffer, double seconds, bool in) {
    const qint64 frames = secondsToFrames(buffer, seconds);
    if (frames == 0 || buffer.isEmpty())
        return buffer;
    const qint64 start = in ? 0 : buffer.frames() - frames;
    const QString graph = QStringLiteral("afade=t=%1:ss=%2:ns=%3:curve=tri")
                              .arg(in ? QStringLiteral("in") : QStringLiteral("out"))
                              .arg(start)
                              .arg(frames);
    return runFilterGraph({&buffer}, graph);
}

}  // namespace

AudioBuffer resample(const AudioBuffer& buffer, int sampleRate) {
    if (sampleRate <= 0)
        throw std::invalid_argument("resample: the sample rate must be positive");
    if (!hasFormat(buffer)) {
        AudioBuffer empty;
        empty.sampleRate = sampleRate;
        return empty;
    }
    return convertBuffer(buffer, sampleRate, buffer.channels);
}

AudioBuffer remix(const AudioBuffer& buffer, int channels) {
    if (channels <= 0)
        throw std::invalid_argument("remix: the channel count must be positive");
    if (!hasFormat(buffer)) {
        AudioBuffer empty;
        empty.channels = channels;
        return empty;
    }
    return convertBuffer(buffer, buffer.sampleRate, channels);
}

AudioBuffer mix(const std::vector<AudioBuffer>& tracks) {
    const AudioBuffer* reference = firstWithFormat(tracks);
    if (reference == nullptr)
        return {};
    std::vector<AudioBuffer> inputs = conformed(tracks, *reference);
    if (inputs.empty())
        return emptyLike(*reference);
    if (inputs.size() == 1)
        return inputs.front();
    std::vector<const AudioBuffer*> pointers;
    QString labels;
    for (size_t i = 0; i < inputs.size(); ++i) {
        pointers.push_back(&inputs[i]);
        labels += QStringLiteral("[in%1]").arg(i);
    }
    const QString graph =
        labels +
        QStringLiteral("amix=inputs=%1:duration=longest:normalize=0[out]").arg(inputs.size());
    return runFilterGraph(pointers, graph);
}

void applyGainDb(AudioBuffer& buffer, double db) {
    // A scalar multiply; a filter graph would only add a copy.
    const float gain = static_cast<float>(std::pow(10.0, db / 20.0));
    for (float& sample : buffer.samples)
        sample *= gain;
}

AudioBuffer fadeIn(const AudioBuffer& buffer, double seconds) {
    return fade(buffer, seconds, true);
}

AudioBuffer fadeOut(const AudioBuffer& buffer, double seconds) {
    return fade(buffer, seconds, false);
}

AudioBuffer trim(const AudioBuffer& buffer, double startSeconds, double endSeconds) {
    AudioBuffer result = emptyLike(buffer);
    if (!hasFormat(buffer))
        return result;
    const qint64 first = secondsToFrames(buffer, startSeconds);
    const qint64 last = secondsToFrames(buffer, endSeconds);
    if (last <= first)
        return result;
    // Copying a sample range is exact; atrim would add a filter graph for the same result.
    result.samples.assign(buffer.samples.begin() + first * buffer.channels,
                          buffer.samples.begin() + last * buffer.channels);
    return result;
}

AudioBuffer concatenate(const std::vector<AudioBuffer>& parts, double crossfadeSeconds) {
    const AudioBuffer* reference = firstWithFormat(parts);
    if (reference == nullptr)
        return {};
    std::vector<AudioBuffer> inputs = conformed(parts, *reference);
    AudioBuffer result = emptyLike(*reference);
    if (inputs.empty())
        return result;
    const qint64 crossfade =
        crossfadeSeconds > 0.0 ? std::llround(crossfadeSeconds * reference->sampleRate) : 0;
    if (crossfade == 0 || inputs.size() == 1) {
        for (const AudioBuffer& part : inputs)
            result.samples.insert(result.samples.end(), part.samples.begin(), part.samples.end());
        return result;
    }

    // One acrossfade per join; each overlap is clamped so that neither side runs out.
    std::vector<const AudioBuffer*> pointers{&inputs[0]};
    qint64 joined = inputs[0].frames();
    QString graph;
    QString previous = QStringLiteral("in0");
    for (size_t i = 1; i < inputs.size(); ++i) {
        pointers.push_back(&inputs[i]);
        const qint64 overlap = std::min({crossfade, joined, inputs[i].frames()});
        const QString output =
            i + 1 == inputs.size() ? QStringLiteral("out") : QStringLiteral("x%1").arg(i);
        if (!graph.isEmpty())
            graph += QLatin1Char(';');
        graph += QStringLiteral("[%1][in%2]acrossfade=ns=%3:c1=tri:c2=tri[%4]")
                     .arg(previous)
                     .arg(i)
                     .arg(std::max<qint64>(overlap, 1))
                     .arg(output);
        joined += inputs[i].frames() - std::max<qint64>(overlap, 1);
        previous = output;
    }
    return runFilterGraph(pointers, graph, {}, FeedOrder::Sequential);
}

AudioBuffer applyFilterGraph(const AudioBuffer& buffer, const QString& filterGraph) {
    if (filterGraph.trimmed().isEmpty() || !hasFormat(buffer))
        return buffer;
    return runFilterGraph({&buffer}, filterGraph);
}

}  // namespace sonara::core::audio
