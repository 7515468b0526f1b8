#pragma once

#include "core/engine/cut_list.h"
#include "core/engine/transcript.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sonara::core::voice_editor {

enum class EditAction { Mute, Bleep, Cut, Keep };

struct TimeRange {
    double start = 0;
    double end = 0;
    double length() const { return end - start; }
};

// One operation of an edit list: over a time range, or over words of the transcript (the
// first and last index, inclusive, into its words in order), resolved to times before use.
struct Edit {
    EditAction action = EditAction::Cut;
    TimeRange range;
    int firstWord = -1;
    int lastWord = -1;
    QString reason;

    bool byWords() const { return firstWord >= 0; }
};

// The non-destructive edit list over one recording (JSON, versioned): what the voice editor's
// `edits` input holds and what its rules propose.
struct EditList {
    static constexpr int kVersion = 1;
    QList<Edit> edits;
    // The stretch of the recording that is its room tone, when the user chose one.
    std::optional<TimeRange> roomTone;

    // The JSON Schema of the document: a bad one is rejected before the job runs, naming the
    // field (e.g. "at /operations/2/op").
    static QJsonObject schema();
    // Reads a document that satisfies schema(); throws EngineError for what the schema cannot
    // say (an end before its start).
    static EditList fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

QString actionName(EditAction action);

// Every word of the transcript in order: the indices edits address.
QList<TranscriptWord> transcriptWords(const Transcript& transcript);

// Gives word-addressed edits their times; throws EngineError naming the operation when an index
// is past the transcript's last word.
void resolveWords(QList<Edit>& edits, const QList<TranscriptWord>& words);

// What rendering does, after every overlap is settled: kept spans protect what they cover from
// every other edit; overlapping cuts merge; a bleep wins over a mute; nothing covered is cut.
struct EditPlan {
    QList<TimeRange> cuts;
    QList<QString> cutReasons;
    QList<Edit> covers;  // mutes and bleeps, sorted, not overlapping, outside every cut
};

EditPlan planEdits(const QList<Edit>& edits, double duration);

// Source time to result time once `cuts` (sorted, disjoint) are removed.
double shiftTime(double seconds, const QList<TimeRange>& cuts);

// The transcript of the result: words inside a cut leave, bleeped words read "[bleep]", muted
// words leave, the rest move to their new times; segments are rebuilt from what remains.
Transcript shiftTranscript(const Transcript& transcript, const EditPlan& plan, double newDuration);

// The applied cuts, kept spans and covers, in result times.
CutList cutListOf(const EditPlan& plan, const QString& source, double sourceDuration,
                  double duration);

}  // namespace sonara::core::voice_editor
