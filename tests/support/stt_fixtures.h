#pragma once

// Test material for the speech-to-text engines: synthetic recordings with known sound and
// silence, and a tiny Wav2Vec2ForCTC checkpoint folder laid out like a real one.

#include "core/audio/audio_buffer.h"
#include "core/audio/audio_writer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <cmath>
#include <random>

namespace sonara::test {

constexpr int kSttRate = 16000;

// Builds a 16 kHz mono recording piece by piece.
class Recording {
public:
    Recording() {
        buffer_.sampleRate = kSttRate;
        buffer_.channels = 1;
    }

    Recording& silence(double seconds) {
        buffer_.samples.resize(buffer_.samples.size() + frames(seconds), 0.0f);
        return *this;
    }

    // Broadband noise at a speech-like level: silencedetect and the models both hear it.
    Recording& noise(double seconds, unsigned seed = 1) {
        std::mt19937 random(seed);
        std::uniform_real_distribution<float> uniform(-0.3f, 0.3f);
        for (qint64 i = 0; i < frames(seconds); ++i) {
            buffer_.samples.push_back(uniform(random));
        }
        return *this;
    }

    Recording& tone(double seconds, double hertz = 440.0) {
        for (qint64 i = 0; i < frames(seconds); ++i) {
            buffer_.samples.push_back(float(0.5 * std::sin(2 * M_PI * hertz * i / kSttRate)));
        }
        return *this;
    }

    const core::audio::AudioBuffer& buffer() const { return buffer_; }

    // 32-bit float WAV, so the file decodes to exactly these samples.
    void save(const QString& path) const {
        core::audio::EncodeOptions options;
        options.sampleFormat = core::audio::SampleFormat::Float32;
        core::audio::encodeFile(buffer_, path, options);
    }

private:
    static qint64 frames(double seconds) { return std::llround(seconds * kSttRate); }

    core::audio::AudioBuffer buffer_;
};

// facebook/wav2vec2-base-960h's vocabulary: 32 tokens, as the fixture's lm_head expects.
inline QJsonObject englishCtcVocabulary() {
    const QStringList tokens = {QStringLiteral("<pad>"), QStringLiteral("<s>"),
                                QStringLiteral("</s>"), QStringLiteral("<unk>"),
                                QStringLiteral("|")};
    QJsonObject vocabulary;
    for (int id = 0; id < tokens.size(); ++id) {
        vocabulary.insert(tokens.at(id), id);
    }
    const QString letters = QStringLiteral("ETAONIHSRDLUMWCFGYPBVK'XJQZ");
    for (int i = 0; i < letters.size(); ++i) {
        vocabulary.insert(QString(letters.at(i)), int(tokens.size()) + i);
    }
    return vocabulary;
}

// Copies the tiny random-weight wav2vec2 fixture into `folder` with a vocab.json; returns false
// when a file is missing. withVocabulary false leaves the vocabulary out.
inline bool writeTinyWav2Vec2(const QString& folder, bool withVocabulary = true) {
    const QString fixtures =
        qEnvironmentVariable("SONARA_SOURCE_DIR") + QStringLiteral("/tests/fixtures/wav2vec2_base");
    if (!QDir().mkpath(folder)) {
        return false;
    }
    for (const QString name :
         {QStringLiteral("config.json"), QStringLiteral("model.safetensors")}) {
        if (!QFile::copy(fixtures + QLatin1Char('/') + name, folder + QLatin1Char('/') + name)) {
            return false;
        }
    }
    if (!withVocabulary) {
        return true;
    }
    QFile vocab(folder + QStringLiteral("/vocab.json"));
    return vocab.open(QIODevice::WriteOnly) &&
           vocab.write(QJsonDocument(englishCtcVocabulary()).toJson()) > 0;
}

inline double cueSeconds(const QRegularExpressionMatch& match, int first) {
    return match.captured(first).toInt() * 3600.0 + match.captured(first + 1).toInt() * 60.0 +
           match.captured(first + 2).toInt() + match.captured(first + 3).toInt() / 1000.0;
}

struct Cue {
    double start = 0;
    double end = 0;
};

// Every timing line of an SRT (',' before the milliseconds) or VTT ('.') file.
inline QList<Cue> cues(const QString& text, QChar separator) {
    const QString time = QStringLiteral("(\\d\\d):(\\d\\d):(\\d\\d)\\%1(\\d{3})").arg(separator);
    QRegularExpression pattern(QStringLiteral("^%1 --> %1$").arg(time),
                               QRegularExpression::MultilineOption);
    QList<Cue> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result.append(Cue{cueSeconds(match, 1), cueSeconds(match, 5)});
    }
    return result;
}

}  // namespace sonara::test
