#pragma once

// A tiny Tacotron2 voice folder laid out as the tacotron2 engine installs one: tacotron2/ holds
// the Tacotron2 fixture with its mel dimension cut to what the chosen vocoder reads, and
// waveglow/ or hifigan/ the vocoder fixture as it is. The fixtures' weights are random, so the
// speech is noise-like; lengths, rates, refusals and behaviour are what tests check.

#include <torch/types.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "models/common/safetensors.h"

namespace sonara::test {

inline QString tinyModelFixtures() {
    return qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                       QStringLiteral("/tests/fixtures"));
}

// The mel bands of each vocoder fixture: WaveGlow's n_mel_channels, HiFi-GAN's model_in_dim.
inline int tinyVocoderMelBands(const QString& vocoder) {
    return vocoder == QStringLiteral("waveglow") ? 8 : 16;
}

// Writes folder/tacotron2 with `melBands` mel bands: every tensor whose dimension is the mel
// axis (the prenet's input, the projection's output, the postnet's first input and last output)
// keeps its first melBands rows.
inline bool writeTinyTacotron2Part(const QString& folder, int melBands) {
    const QString source = tinyModelFixtures() + QStringLiteral("/tacotron2");
    const QString target = folder + QStringLiteral("/tacotron2");
    QFile configFile(source + QStringLiteral("/config.json"));
    if (!QDir().mkpath(target) || !configFile.open(QIODevice::ReadOnly)) {
        return false;
    }
    QJsonObject config = QJsonDocument::fromJson(configFile.readAll()).object();
    config.insert(QStringLiteral("n_mels"), melBands);
    QFile written(target + QStringLiteral("/config.json"));
    if (!written.open(QIODevice::WriteOnly) || written.write(QJsonDocument(config).toJson()) <= 0) {
        return false;
    }
    written.close();

    const std::map<std::string, int64_t> melAxis = {
        {"decoder.prenet.layers.0.weight", 1},        {"decoder.linear_projection.weight", 0},
        {"decoder.linear_projection.bias", 0},        {"postnet.convolutions.0.0.weight", 1},
        {"postnet.convolutions.4.0.weight", 0},       {"postnet.convolutions.4.0.bias", 0},
        {"postnet.convolutions.4.1.weight", 0},       {"postnet.convolutions.4.1.bias", 0},
        {"postnet.convolutions.4.1.running_mean", 0}, {"postnet.convolutions.4.1.running_var", 0},
    };
    const auto weights = models::SafetensorsFile::open(
        (source + QStringLiteral("/model.safetensors")).toStdString());
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const std::string& name : weights.names()) {
        torch::Tensor value = weights.tensor(name);
        const auto axis = melAxis.find(name);
        if (axis != melAxis.end()) {
            value = value.narrow(axis->second, 0, melBands).contiguous();
        }
        tensors.emplace_back(name, value.clone());
    }
    models::writeSafetensors((target + QStringLiteral("/model.safetensors")).toStdString(),
                             tensors);
    return true;
}

inline bool copyVocoderFixture(const QString& folder, const QString& vocoder) {
    const QString target = folder + QLatin1Char('/') + vocoder;
    if (!QDir().mkpath(target)) {
        return false;
    }
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("model.safetensors")}) {
        if (!QFile::copy(tinyModelFixtures() + QLatin1Char('/') + vocoder + QLatin1Char('/') + name,
                         target + QLatin1Char('/') + name)) {
            return false;
        }
    }
    return true;
}

// A voice folder whose Tacotron2 matches `vocoder` ("waveglow" or "hifigan").
inline bool writeTinyTacotron2Voice(const QString& folder, const QString& vocoder) {
    return writeTinyTacotron2Part(folder, tinyVocoderMelBands(vocoder)) &&
           copyVocoderFixture(folder, vocoder);
}

}  // namespace sonara::test
