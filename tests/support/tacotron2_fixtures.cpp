#include "support/tacotron2_fixtures.h"

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

QString tinyModelFixtures() {
    return qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                       QStringLiteral("/tests/fixtures"));
}

int tinyVocoderMelBands(const QString& vocoder) {
    return vocoder == QStringLiteral("waveglow") ? 8 : 16;
}

bool writeTinyTacotron2Part(const QString& folder, int melBands) {
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

bool copyVocoderFixture(const QString& folder, const QString& vocoder) {
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

bool writeTinyTacotron2Voice(const QString& folder, const QString& vocoder) {
    return writeTinyTacotron2Part(folder, tinyVocoderMelBands(vocoder)) &&
           copyVocoderFixture(folder, vocoder);
}

}  // namespace sonara::test
