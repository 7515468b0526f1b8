#include "support/musicgen_fixtures.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <ATen/CPUGeneratorImpl.h>

#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "models/common/safetensors.h"
#include "support/audiogen_layout.h"

namespace sonara::test {

QString musicgenFixture() {
    return qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                       QStringLiteral("/tests/fixtures")) +
           QStringLiteral("/musicgen");
}

bool writeTinyMusicGen(const QString& folder) {
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("generation_config.json"),
          QStringLiteral("spiece.model")}) {
        if (!QFile::copy(musicgenFixture() + QLatin1Char('/') + name,
                         folder + QLatin1Char('/') + name)) {
            return false;
        }
    }
    try {
        const auto file = models::SafetensorsFile::open(
            (musicgenFixture() + QStringLiteral("/model.safetensors")).toStdString());
        auto generator = at::detail::createCPUGenerator(2024);
        std::vector<std::pair<std::string, torch::Tensor>> tensors;
        for (const auto& name : file.names()) {
            torch::Tensor tensor = file.tensor(name);
            if (name.size() > 15 && name.compare(name.size() - 15, 15, ".codebook.embed") == 0) {
                tensor = torch::randn(tensor.sizes(), generator, torch::kFloat32);
            }
            tensors.emplace_back(name, tensor);
        }
        models::writeSafetensors((folder + QStringLiteral("/model.safetensors")).toStdString(),
                                 tensors);
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

bool writeTinyAudioGen(const QString& folder) {
    const QString transformers = folder + QStringLiteral(".transformers");
    if (!QDir().mkpath(folder) || !writeTinyMusicGen(transformers)) {
        return false;
    }
    try {
        audiogen::writeAudioGenLayout(folder.toStdString(), transformers.toStdString());
    } catch (const std::exception&) {
        return false;
    }
    return QDir(transformers).removeRecursively();
}

}  // namespace sonara::test
