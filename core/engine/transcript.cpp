#include "core/engine/transcript.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sonara::core {
namespace {

QString timestamp(double seconds, QChar fractionSeparator) {
    const qint64 totalMs = std::llround(std::max(0.0, seconds) * 1000.0);
    const qint64 ms = totalMs % 1000;
    const qint64 totalSeconds = totalMs / 1000;
    return QStringLiteral("%1:%2:%3%4%5")
        .arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'))
        .arg(fractionSeparator)
        .arg(ms, 3, 10, QLatin1Char('0'));
}

QJsonObject wordToJson(const TranscriptWord& word) {
    return QJsonObject{{QStringLiteral("start"), word.start},
                       {QStringLiteral("end"), word.end},
                       {QStringLiteral("text"), word.text},
                       {QStringLiteral("probability"), word.probability}};
}

TranscriptWord wordFromJson(const QJsonObject& json) {
    return TranscriptWord{json.value(QStringLiteral("start")).toDouble(),
                          json.value(QStringLiteral("end")).toDouble(),
                          json.value(QStringLiteral("text")).toString(),
                          json.value(QStringLiteral("probability")).toDouble(1.0)};
}

void addScores(QJsonObject& segment, const DecodingScores& scores) {
    segment.insert(QStringLiteral("avg_logprob"), scores.avgLogprob);
    segment.insert(QStringLiteral("compression_ratio"), scores.compressionRatio);
    segment.insert(QStringLiteral("no_speech_prob"), scores.noSpeechProbability);
    segment.insert(QStringLiteral("temperature"), scores.temperature);
}

std::optional<DecodingScores> scoresFromJson(const QJsonObject& segment) {
    if (!segment.contains(QStringLiteral("avg_logprob"))) {
        return std::nullopt;
    }
    return DecodingScores{segment.value(QStringLiteral("avg_logprob")).toDouble(),
                          segment.value(QStringLiteral("compression_ratio")).toDouble(),
                          segment.value(QStringLiteral("no_speech_prob")).toDouble(),
                          segment.value(QStringLiteral("temperature")).toDouble()};
}

QString joinWords(const QList<TranscriptWord>& words) {
    QStringList texts;
    for (const TranscriptWord& word : words) {
        texts.append(word.text);
    }
    return texts.join(QLatin1Char(' '));
}

}  // namespace

QJsonObject Transcript::toJson() const {
    QJsonArray segmentArray;
    for (const TranscriptSegment& segment : segments) {
        QJsonArray wordArray;
        for (const TranscriptWord& word : segment.words) {
            wordArray.append(wordToJson(word));
        }
        QJsonObject object{{QStringLiteral("start"), segment.start},
                           {QStringLiteral("end"), segment.end},
                           {QStringLiteral("text"), segment.text},
                           {QStringLiteral("words"), wordArray}};
        if (segment.scores) {
            addScores(object, *segment.scores);
        }
        segmentArray.append(object);
    }
    return QJsonObject{
        {QStringLiteral("language"), language}, {QStringLiteral("engine"), engine},
        {QStringLiteral("model"), model},       {QStringLiteral("duration"), duration},
        {QStringLiteral("text"), text()},       {QStringLiteral("segments"), segmentArray}};
}

Transcript Transcript::fromJson(const QJsonObject& json) {
    Transcript transcript;
    transcript.language = json.value(QStringLiteral("language")).toString();
    transcript.engine = json.value(QStringLiteral("engine")).toString();
    transcript.model = json.value(QStringLiteral("model")).toString();
    transcript.duration = json.value(QStringLiteral("duration")).toDouble();
    for (const QJsonValue& value : json.value(QStringLiteral("segments")).toArray()) {
        const QJsonObject object = value.toObject();
        TranscriptSegment segment;
        segment.start = object.value(QStringLiteral("start")).toDouble();
        segment.end = object.value(QStringLiteral("end")).toDouble();
        segment.text = object.value(QStringLiteral("text")).toString();
        for (const QJsonValue& word : object.value(QStringLiteral("words")).toArray()) {
            segment.words.append(wordFromJson(word.toObject()));
        }
        segment.scores = scoresFromJson(object);
        transcript.segments.append(segment);
    }
    return transcript;
}

QString Transcript::text() const {
    QStringList texts;
    for (const TranscriptSegment& segment : segments) {
        texts.append(segment.text.trimmed());
    }
    return texts.join(QLatin1Char(' '));
}

QByteArray Transcript::toSrt() const {
    QString out;
    int index = 1;
    for (const TranscriptSegment& segment : segments) {
        out += QStringLiteral("%1\n%2 --> %3\n%4\n\n")
                   .arg(index++)
                   .arg(timestamp(segment.start, QLatin1Char(',')),
                        timestamp(segment.end, QLatin1Char(',')), segment.text.trimmed());
    }
    return out.toUtf8();
}

QByteArray Transcript::toVtt() const {
    QString out = QStringLiteral("WEBVTT\n\n");
    for (const TranscriptSegment& segment : segments) {
        out += QStringLiteral("%1 --> %2\n%3\n\n")
                   .arg(timestamp(segment.start, QLatin1Char('.')),
                        timestamp(segment.end, QLatin1Char('.')), segment.text.trimmed());
    }
    return out.toUtf8();
}

QByteArray Transcript::toTxt() const {
    QString out;
    for (const TranscriptSegment& segment : segments) {
        out += segment.text.trimmed() + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray Transcript::render(const QString& format) const {
    const QString f = format.toLower();
    if (f == QLatin1String("srt")) {
        return toSrt();
    }
    if (f == QLatin1String("vtt")) {
        return toVtt();
    }
    if (f == QLatin1String("txt")) {
        return toTxt();
    }
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

QStringList Transcript::formats() {
    return {QStringLiteral("json"), QStringLiteral("srt"), QStringLiteral("vtt"),
            QStringLiteral("txt")};
}

QList<TranscriptSegment> Transcript::segmentWords(const QList<TranscriptWord>& words,
                                                  double maxGapSeconds, double maxSegmentSeconds,
                                                  int maxCharacters) {
    QList<TranscriptSegment> segments;
    QList<TranscriptWord> current;
    int characters = 0;
    auto flush = [&] {
        if (current.isEmpty()) {
            return;
        }
        segments.append(TranscriptSegment{current.first().start, current.last().end,
                                          joinWords(current), current, std::nullopt});
        current.clear();
        characters = 0;
    };
    for (const TranscriptWord& word : words) {
        if (!current.isEmpty()) {
            const bool pause = word.start - current.last().end > maxGapSeconds;
            const bool tooLong = word.end - current.first().start > maxSegmentSeconds;
            const bool tooWide = characters + 1 + word.text.size() > maxCharacters;
            if (pause || tooLong || tooWide) {
                flush();
            }
        }
        characters += (current.isEmpty() ? 0 : 1) + word.text.size();
        current.append(word);
    }
    flush();
    return segments;
}

}  // namespace sonara::core
