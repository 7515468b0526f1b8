#pragma once

#include <QDir>
#include <QFile>
#include <QString>

namespace sonara::test {

// The tiny random-weight MarianMTModel of tests/fixtures/marian copied to `folder` as an opus-mt
// checkpoint to install: the weights and configs (from $SONARA_FIXTURES when set), the project's
// tokenizer files (make_tokenizer.sh) and a tokenizer_config.json naming the pair source->target.
inline bool writeTinyMarian(const QString& folder, const QString& source, const QString& target) {
    const QString project =
        qEnvironmentVariable("SONARA_SOURCE_DIR") + QStringLiteral("/tests/fixtures/marian");
    const QString weights =
        qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                    QStringLiteral("/tests/fixtures")) +
        QStringLiteral("/marian");
    if (!QDir().mkpath(folder)) {
        return false;
    }
    auto copy = [&](const QString& from, const QString& name) {
        return QFile::copy(from + QLatin1Char('/') + name, folder + QLatin1Char('/') + name);
    };
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("generation_config.json"),
          QStringLiteral("model.safetensors")}) {
        if (!copy(weights, name)) {
            return false;
        }
    }
    for (const QString name : {QStringLiteral("source.spm"), QStringLiteral("target.spm"),
                               QStringLiteral("vocab.json")}) {
        if (!copy(project, name)) {
            return false;
        }
    }
    QFile pair(folder + QStringLiteral("/tokenizer_config.json"));
    return pair.open(QIODevice::WriteOnly) &&
           pair.write(QStringLiteral("{\"source_lang\": \"%1\", \"target_lang\": \"%2\"}\n")
                          .arg(source, target)
                          .toUtf8()) > 0;
}

}  // namespace sonara::test
