#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sonara::core {

struct TranscriptWord {
    double start = 0;
    double end = 0;
    QString text;
    double probability = 1.0;
};

// How confident a decoder that samples text (Whisper) was about a segment's window; the names
// follow the reference implementation's JSON.
struct DecodingScores {
    double avgLogprob = 0;
    double compressionRatio = 0;
    double noSpeechProbability = 0;
    double temperature = 0;
};

struct TranscriptSegment {
    double start = 0;
    double end = 0;
    QString text;
    QList<TranscriptWord> words;
    std::optional<DecodingScores> scores;
};

// The stt capability's output, shared by every engine: JSON is the stored form, SRT/VTT/TXT
// are renderings of it.
struct Transcript {
    QString language;
    QString engine;
    QString model;
    double duration = 0;
    QList<TranscriptSegment> segments;

    QJsonObject toJson() const;
    static Transcript fromJson(const QJsonObject& json);
    QString text() const;

    QByteArray toSrt() const;
    QByteArray toVtt() const;
    QByteArray toTxt() const;
    // Renders in the format named by a file extension: json, srt, vtt or txt.
    QByteArray render(const QString& format) const;
    static QStringList formats();
    // Groups timed words into subtitle-sized segments, breaking at pauses and length limits.
    static QList<TranscriptSegment> segmentWords(const QList<TranscriptWord>& words,
                                                 double maxGapSeconds = 0.7,
                                                 double maxSegmentSeconds = 6.0,
                                                 int maxCharacters = 84);
};

}  // namespace sonara::core
