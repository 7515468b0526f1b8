#pragma once

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

// tests/fixtures/musicgen, or $SONARA_FIXTURES/musicgen.
inline QString musicgenFixture() {
    return qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                       QStringLiteral("/tests/fixtures")) +
           QStringLiteral("/musicgen");
}

// The fixture's tiny random-weight MusicGen (transformers layout: T5 encoder, 4-codebook
// decoder, 32 kHz EnCodec, spiece.model) written to `folder` as a checkpoint to install. The
// fixture's EnCodec codebooks are all zero, as an untrained codec starts, so every code would
// decode to the same sound; here they are filled with seeded random values, so that the audio
// follows the codes (seeds, variations and audio prompts become audible). Its positions allow
// windows of about 5 s, so longer music exercises windowed continuation.
inline bool writeTinyMusicGen(const QString& folder) {
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

// The same tiny model (codebooks filled as above) in AudioGen's published layout
// (state_dict.bin, compression_state_dict.bin, t5/), as facebook/audiogen-medium ships it:
// trained windows of 10 s.
inline bool writeTinyAudioGen(const QString& folder) {
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
