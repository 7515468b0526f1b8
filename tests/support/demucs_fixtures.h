#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace sonara::test {

// A tiny random-weight Demucs of tests/fixtures (`hdemucs`: torchaudio's hdemucs_high layout
// at width 4; `htdemucs`: the authors' layout) copied to `folder` as a checkpoint to install.
inline bool writeTinyDemucs(const QString& family, const QString& folder) {
    const QString fixtures =
        qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                    QStringLiteral("/tests/fixtures")) +
        QLatin1Char('/') + family;
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("model.safetensors")}) {
        if (!QFile::copy(fixtures + QLatin1Char('/') + name, folder + QLatin1Char('/') + name)) {
            return false;
        }
    }
    return true;
}

}  // namespace sonara::test
