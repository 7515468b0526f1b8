#pragma once

// A capability that exists only in tests: `gain` multiplies a recording's samples by a level
// (a parameter) shaped by an optional envelope (a JSON document input) on one or both channels
// (a choice input). It is added to a host's registry the way a real capability is registered,
// so tests can show that the API, the studio and the job store pick up a new capability and its
// inputs from the descriptor alone.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/errors.h"

#include <QJsonArray>
#include <cmath>

namespace sonara::test {

inline core::CapabilityDescriptor gainCapability() {
    core::CapabilityDescriptor d;
    d.id = QStringLiteral("gain");
    d.title = QStringLiteral("Gain");
    d.summary = QStringLiteral("Makes a recording louder or quieter.");
    core::InputSpec audio{QStringLiteral("audio"), core::InputKind::Audio, QStringLiteral("Audio"),
                          QStringLiteral("The recording.")};
    core::InputSpec channel{QStringLiteral("channel"), core::InputKind::Choice,
                            QStringLiteral("Channel"), QStringLiteral("Which channel to change.")};
    channel.required = false;
    channel.choices = {QStringLiteral("both"), QStringLiteral("left"), QStringLiteral("right")};
    core::InputSpec envelope{QStringLiteral("envelope"), core::InputKind::Document,
                             QStringLiteral("Envelope"),
                             QStringLiteral("Points of {at, gain_db}, ramped linearly.")};
    envelope.required = false;
    const QJsonObject number{{QStringLiteral("type"), QStringLiteral("number")}};
    envelope.schema = QJsonObject{
        {QStringLiteral("type"), QStringLiteral("array")},
        {QStringLiteral("minItems"), 1},
        {QStringLiteral("items"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                     {QStringLiteral("required"),
                      QJsonArray{QStringLiteral("at"), QStringLiteral("gain_db")}},
                     {QStringLiteral("additionalProperties"), false},
                     {QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("at"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                               {QStringLiteral("minimum"), 0}}},
                                  {QStringLiteral("gain_db"),
                                   QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                                               {QStringLiteral("minimum"), -60},
                                               {QStringLiteral("maximum"), 24}}}}}}}};
    d.inputs = {audio, channel, envelope};
    core::ParameterSpec level;
    level.id = QStringLiteral("gain_db");
    level.title = QStringLiteral("Gain");
    level.type = core::ParameterType::Number;
    level.defaultValue = 0.0;
    level.minimum = -60;
    level.maximum = 24;
    level.unit = QStringLiteral("dB");
    d.parameters = {level};
    d.outputs = {core::OutputSpec{QStringLiteral("audio"),
                                  core::OutputKind::Audio,
                                  QStringLiteral("Audio"),
                                  {QStringLiteral("wav"), QStringLiteral("flac")}}};
    return d;
}

class GainEngine : public core::Engine {
public:
    core::EngineInfo info() const override {
        core::EngineInfo info;
        info.id = QStringLiteral("multiply");
        info.capability = QStringLiteral("gain");
        info.title = QStringLiteral("Multiply");
        return info;
    }

    QList<core::EngineOutput> run(const core::ValidatedJob& job,
                                  core::JobContext& context) override {
        core::audio::AudioBuffer buffer =
            core::audio::decodeFile(job.inputs.file(QStringLiteral("audio")));
        const QString channel = job.inputs.has(QStringLiteral("channel"))
                                    ? job.inputs.text(QStringLiteral("channel"))
                                    : QStringLiteral("both");
        const QJsonArray envelope = job.inputs.document(QStringLiteral("envelope")).toArray();
        const double level = job.parameters.value(QStringLiteral("gain_db")).toDouble();
        for (qint64 frame = 0; frame < buffer.frames(); ++frame) {
            const double seconds = double(frame) / buffer.sampleRate;
            const double factor = std::pow(10.0, (level + envelopeDb(envelope, seconds)) / 20.0);
            for (int c = 0; c < buffer.channels; ++c) {
                const bool changed = channel == QLatin1String("both") ||
                                     (channel == QLatin1String("left") && c == 0) ||
                                     (channel == QLatin1String("right") && c == 1);
                if (changed) {
                    buffer.samples[frame * buffer.channels + c] *= float(factor);
                }
            }
        }
        const QString path = context.outputPath(QStringLiteral("gain.wav"));
        core::audio::encodeFile(buffer, path);
        return {core::EngineOutput{QStringLiteral("audio"), path}};
    }

private:
    static double envelopeDb(const QJsonArray& points, double seconds) {
        if (points.isEmpty()) {
            return 0.0;
        }
        QJsonObject before = points.first().toObject();
        for (const QJsonValue& point : points) {
            const QJsonObject next = point.toObject();
            const double at = next.value(QStringLiteral("at")).toDouble();
            const double from = before.value(QStringLiteral("at")).toDouble();
            if (at >= seconds) {
                const double share = at > from ? (seconds - from) / (at - from) : 1.0;
                const double a = before.value(QStringLiteral("gain_db")).toDouble();
                const double b = next.value(QStringLiteral("gain_db")).toDouble();
                return a + (b - a) * std::clamp(share, 0.0, 1.0);
            }
            before = next;
        }
        return before.value(QStringLiteral("gain_db")).toDouble();
    }
};

inline void registerGainCapability(core::CapabilityRegistry& registry) {
    registry.addCapability(gainCapability());
    registry.addEngine(std::make_shared<GainEngine>());
}

}  // namespace sonara::test
