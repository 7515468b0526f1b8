#pragma once

#include "core/engine/transcript.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sonara::core::dubbing {

// One line of a dub: where it sits in the source, what was said and what is to be said, and what
// the synthesis and the fitting made of it. The report has one row per segment; the same rows,
// edited, are the `segments` input of a review run.
struct DubSegment {
    int index = 0;
    double start = 0;
    double end = 0;
    QString source;
    QString translation;
    double synthesizedSeconds = 0;
    double fittedSeconds = 0;
    double stretch = 1.0;
    QStringList flags;
    // Whether this run reused the segment's dubbed audio from the cache instead of making it.
    bool reused = false;

    double slotSeconds() const { return end - start; }
};

struct DubPlan {
    QString sourceLanguage;
    QString targetLanguage;
    QList<DubSegment> segments;

    QJsonObject toJson() const;
    static DubPlan fromJson(const QJsonObject& json);
    // The translations with their source times, as subtitles in the target language.
    Transcript subtitles(double duration) const;
};

// Flags written into the report.
inline const QString kFlagFasterSpeech = QStringLiteral("faster_speech");
inline const QString kFlagSlowerSpeech = QStringLiteral("slower_speech");
inline const QString kFlagTooLong = QStringLiteral("too_long");
inline const QString kFlagTooShort = QStringLiteral("too_short");
inline const QString kFlagCut = QStringLiteral("cut_at_next_segment");
inline const QString kFlagVoiceNotConverted = QStringLiteral("voice_not_converted");
inline const QString kFlagEmpty = QStringLiteral("empty_translation");

// The JSON Schema of the `segments` input: the report's document, or any object with a
// `segments` array of rows holding at least start, end and translation.
QJsonObject segmentsSchema();

// Rules the schema cannot state (times in order, end after start), as a message naming the row,
// or empty when the plan is usable.
QString planProblem(const DubPlan& plan);

// The plan from a transcript and its translation (same segments, same order).
DubPlan planFromTranscripts(const Transcript& source, const Transcript& translation);

// The key under which a segment's dubbed audio is cached: everything that changes the audio
// (the translation, the slot, the target language and how it was voiced), nothing else.
QString segmentCacheKey(const DubSegment& segment, const QString& targetLanguage,
                        const QString& voicing);

}  // namespace sonara::core::dubbing
