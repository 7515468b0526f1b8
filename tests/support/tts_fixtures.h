#pragma once

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace sonara::test {

// The tiny random-weight VITS of tests/fixtures (40 tokens, 16 kHz) laid out like an MMS-TTS
// checkpoint: its speech is noise-like, so lengths, timing and behaviour are what is checked.
inline bool writeTinyVits(const QString& folder, const QString& language) {
    const QString fixtures =
        qEnvironmentVariable("SONARA_FIXTURES", qEnvironmentVariable("SONARA_SOURCE_DIR") +
                                                    QStringLiteral("/tests/fixtures")) +
        QStringLiteral("/vits");
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("model.safetensors")}) {
        if (!QFile::copy(fixtures + QLatin1Char('/') + name, folder + QLatin1Char('/') + name)) {
            return false;
        }
    }
    QJsonObject vocabulary{{QStringLiteral("_"), 0}, {QStringLiteral(" "), 1}};
    const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz',.!?-");
    for (int i = 0; i < letters.size(); ++i) {
        vocabulary.insert(letters.mid(i, 1), i + 2);
    }
    const QJsonObject tokenizer{
        {QStringLiteral("add_blank"), true},    {QStringLiteral("normalize"), true},
        {QStringLiteral("phonemize"), false},   {QStringLiteral("is_uroman"), false},
        {QStringLiteral("language"), language}, {QStringLiteral("pad_token"), QStringLiteral("_")}};
    QFile vocab(folder + QStringLiteral("/vocab.json"));
    QFile config(folder + QStringLiteral("/tokenizer_config.json"));
    return vocab.open(QIODevice::WriteOnly) &&
           vocab.write(QJsonDocument(vocabulary).toJson()) > 0 &&
           config.open(QIODevice::WriteOnly) && config.write(QJsonDocument(tokenizer).toJson()) > 0;
}

}  // namespace sonara::test
