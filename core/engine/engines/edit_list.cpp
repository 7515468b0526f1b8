#include "core/engine/engines/edit_list.h"

#include "core/engine/errors.h"

#include <QJsonArray>
#include <algorithm>

namespace sonara::core::voice_editor {
namespace {

const QStringList kActionNames = {QStringLiteral("mute"), QStringLiteral("bleep"),
                                  QStringLiteral("cut"), QStringLiteral("keep")};

QJsonObject numberAtLeastZero() {
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("number")},
                       {QStringLiteral("minimum"), 0}};
}

QJsonObject rangeSchema() {
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("start"), QStringLiteral("end")}},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("start"), numberAtLeastZero()},
                                                   {QStringLiteral("end"), numberAtLeastZero()}}}};
}

QJsonObject operationSchema() {
    QJsonArray actions;
    for (const QString& name : kActionNames) {
        actions.append(name);
    }
    const QJsonObject wordIndex{{QStringLiteral("type"), QStringLiteral("integer")},
                                {QStringLiteral("minimum"), 0}};
    const QJsonObject properties{
        {QStringLiteral("op"), QJsonObject{{QStringLiteral("enum"), actions}}},
        {QStringLiteral("start"), numberAtLeastZero()},
        {QStringLiteral("end"), numberAtLeastZero()},
        {QStringLiteral("words"), QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                              {QStringLiteral("items"), wordIndex},
                                              {QStringLiteral("minItems"), 1},
                                              {QStringLiteral("maxItems"), 2}}},
        {QStringLiteral("reason"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                               {QStringLiteral("maxLength"), 200}}}};
    const QJsonArray byTimeOrWords{
        QJsonObject{{QStringLiteral("required"),
                     QJsonArray{QStringLiteral("start"), QStringLiteral("end")}}},
        QJsonObject{{QStringLiteral("required"), QJsonArray{QStringLiteral("words")}}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("op")}},
                       {QStringLiteral("additionalProperties"), false},
                       {QStringLiteral("properties"), properties},
                       {QStringLiteral("anyOf"), byTimeOrWords}};
}

// The parts of `ranges` outside every range of `holes` (both sorted and disjoint).
QList<TimeRange> subtract(const QList<TimeRange>& ranges, const QList<TimeRange>& holes) {
    QList<TimeRange> result;
    for (TimeRange range : ranges) {
        for (const TimeRange& hole : holes) {
            if (hole.end <= range.start || hole.start >= range.end) {
                continue;
            }
            if (hole.start > range.start) {
                result.append(TimeRange{range.start, hole.start});
            }
            range.start = std::max(range.start, hole.end);
            if (range.start >= range.end) {
                break;
            }
        }
        if (range.end > range.start) {
            result.append(range);
        }
    }
    return result;
}

// Sorted, with overlapping or touching ranges merged.
QList<TimeRange> unite(QList<TimeRange> ranges) {
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.start < b.start; });
    QList<TimeRange> result;
    for (const TimeRange& range : ranges) {
        if (!result.isEmpty() && range.start <= result.last().end) {
            result.last().end = std::max(result.last().end, range.end);
        } else {
            result.append(range);
        }
    }
    return result;
}

QList<TimeRange> rangesOf(const QList<Edit>& edits, EditAction action, double duration) {
    QList<TimeRange> ranges;
    for (const Edit& edit : edits) {
        const TimeRange clamped{std::clamp(edit.range.start, 0.0, duration),
                                std::clamp(edit.range.end, 0.0, duration)};
        if (edit.action == action && clamped.end > clamped.start) {
            ranges.append(clamped);
        }
    }
    return unite(ranges);
}

// The reason of the first edit of this action that overlaps `range`.
QString reasonFor(const QList<Edit>& edits, EditAction action, const TimeRange& range) {
    for (const Edit& edit : edits) {
        if (edit.action == action && edit.range.start < range.end && edit.range.end > range.start) {
            return edit.reason;
        }
    }
    return {};
}

double overlap(const TimeRange& a, const TimeRange& b) {
    return std::max(0.0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

// The action covering most of a word, if it covers half of it or more.
std::optional<EditAction> coverOf(const TranscriptWord& word, const EditPlan& plan) {
    const TimeRange span{word.start, word.end};
    const double half = std::max(1e-6, span.length() / 2);
    double cut = 0;
    for (const TimeRange& range : plan.cuts) {
        cut += overlap(span, range);
    }
    if (cut >= half) {
        return EditAction::Cut;
    }
    for (const Edit& cover : plan.covers) {
        if (overlap(span, cover.range) >= half) {
            return cover.action;
        }
    }
    return std::nullopt;
}

}  // namespace

QString actionName(EditAction action) {
    return kActionNames.value(int(action));
}

QJsonObject EditList::schema() {
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("version"), QStringLiteral("operations")}},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("version"), QJsonObject{{QStringLiteral("const"), kVersion}}},
                     {QStringLiteral("room_tone"), rangeSchema()},
                     {QStringLiteral("operations"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("maxItems"), 100000},
                                  {QStringLiteral("items"), operationSchema()}}}}}};
}

EditList EditList::fromJson(const QJsonObject& json) {
    EditList list;
    const QJsonArray operations = json.value(QStringLiteral("operations")).toArray();
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject o = operations.at(i).toObject();
        Edit edit;
        edit.action = EditAction(
            std::max<qsizetype>(0, kActionNames.indexOf(o.value(QStringLiteral("op")).toString())));
        edit.reason = o.value(QStringLiteral("reason")).toString(QStringLiteral("edit list"));
        if (o.contains(QStringLiteral("words"))) {
            const QJsonArray words = o.value(QStringLiteral("words")).toArray();
            edit.firstWord = words.first().toInt();
            edit.lastWord = words.last().toInt();
            if (edit.lastWord < edit.firstWord) {
                throw EngineError(QStringLiteral("edit list: operation %1 names words %2 to %3; "
                                                 "give the first word before the last")
                                      .arg(i)
                                      .arg(edit.firstWord)
                                      .arg(edit.lastWord));
            }
        } else {
            edit.range = TimeRange{o.value(QStringLiteral("start")).toDouble(),
                                   o.value(QStringLiteral("end")).toDouble()};
            if (edit.range.end <= edit.range.start) {
                throw EngineError(QStringLiteral("edit list: operation %1 ends (%2 s) before it "
                                                 "starts (%3 s); give an end after the start")
                                      .arg(i)
                                      .arg(edit.range.end)
                                      .arg(edit.range.start));
            }
        }
        list.edits.append(edit);
    }
    if (json.contains(QStringLiteral("room_tone"))) {
        const QJsonObject tone = json.value(QStringLiteral("room_tone")).toObject();
        const TimeRange range{tone.value(QStringLiteral("start")).toDouble(),
                              tone.value(QStringLiteral("end")).toDouble()};
        if (range.length() < 0.05) {
            throw EngineError(QStringLiteral("edit list: room_tone lasts %1 s; choose a quiet "
                                             "stretch of at least 0.05 s")
                                  .arg(std::max(0.0, range.length())));
        }
        list.roomTone = range;
    }
    return list;
}

QJsonObject EditList::toJson() const {
    QJsonArray operations;
    for (const Edit& edit : edits) {
        QJsonObject o{{QStringLiteral("op"), actionName(edit.action)},
                      {QStringLiteral("reason"), edit.reason}};
        if (edit.byWords()) {
            o.insert(QStringLiteral("words"), QJsonArray{edit.firstWord, edit.lastWord});
        }
        o.insert(QStringLiteral("start"), edit.range.start);
        o.insert(QStringLiteral("end"), edit.range.end);
        operations.append(o);
    }
    QJsonObject json{{QStringLiteral("version"), kVersion},
                     {QStringLiteral("operations"), operations}};
    if (roomTone) {
        json.insert(QStringLiteral("room_tone"),
                    QJsonObject{{QStringLiteral("start"), roomTone->start},
                                {QStringLiteral("end"), roomTone->end}});
    }
    return json;
}

QList<TranscriptWord> transcriptWords(const Transcript& transcript) {
    QList<TranscriptWord> words;
    for (const TranscriptSegment& segment : transcript.segments) {
        words.append(segment.words);
    }
    return words;
}

void resolveWords(QList<Edit>& edits, const QList<TranscriptWord>& words) {
    for (qsizetype i = 0; i < edits.size(); ++i) {
        Edit& edit = edits[i];
        if (!edit.byWords()) {
            continue;
        }
        if (edit.lastWord >= words.size()) {
            throw EngineError(QStringLiteral("edit list: operation %1 names word %2, but the "
                                             "transcript has %3 words (numbered from 0); give "
                                             "the transcript the edit list was made on")
                                  .arg(i)
                                  .arg(edit.lastWord)
                                  .arg(words.size()));
        }
        edit.range = TimeRange{words.at(edit.firstWord).start, words.at(edit.lastWord).end};
    }
}

EditPlan planEdits(const QList<Edit>& edits, double duration) {
    const QList<TimeRange> kept = rangesOf(edits, EditAction::Keep, duration);
    EditPlan plan;
    plan.cuts = subtract(rangesOf(edits, EditAction::Cut, duration), kept);
    for (const TimeRange& cut : plan.cuts) {
        plan.cutReasons.append(reasonFor(edits, EditAction::Cut, cut));
    }
    const QList<TimeRange> bleeps =
        subtract(subtract(rangesOf(edits, EditAction::Bleep, duration), kept), plan.cuts);
    const QList<TimeRange> mutes = subtract(
        subtract(subtract(rangesOf(edits, EditAction::Mute, duration), kept), plan.cuts), bleeps);
    for (const auto& [action, ranges] :
         {std::pair{EditAction::Bleep, bleeps}, std::pair{EditAction::Mute, mutes}}) {
        for (const TimeRange& range : ranges) {
            plan.covers.append(Edit{action, range, -1, -1, reasonFor(edits, action, range)});
        }
    }
    std::sort(plan.covers.begin(), plan.covers.end(),
              [](const Edit& a, const Edit& b) { return a.range.start < b.range.start; });
    return plan;
}

double shiftTime(double seconds, const QList<TimeRange>& cuts) {
    double removed = 0;
    for (const TimeRange& cut : cuts) {
        if (seconds >= cut.end) {
            removed += cut.length();
        } else if (seconds > cut.start) {
            return cut.start - removed;
        }
    }
    return seconds - removed;
}

Transcript shiftTranscript(const Transcript& transcript, const EditPlan& plan, double newDuration) {
    Transcript shifted = transcript;
    shifted.duration = newDuration;
    shifted.segments.clear();
    for (const TranscriptSegment& segment : transcript.segments) {
        TranscriptSegment moved;
        moved.scores = segment.scores;
        QStringList texts;
        for (TranscriptWord word : segment.words) {
            const std::optional<EditAction> cover = coverOf(word, plan);
            if (cover == EditAction::Cut || cover == EditAction::Mute) {
                continue;
            }
            if (cover == EditAction::Bleep) {
                word.text = QStringLiteral("[bleep]");
            }
            word.start = shiftTime(word.start, plan.cuts);
            word.end = shiftTime(word.end, plan.cuts);
            moved.words.append(word);
            texts.append(word.text);
        }
        if (segment.words.isEmpty()) {
            // A segment with no word timings moves as a whole unless a cut swallows it.
            const TranscriptWord whole{segment.start, segment.end, segment.text};
            if (coverOf(whole, plan) == EditAction::Cut) {
                continue;
            }
            moved.start = shiftTime(segment.start, plan.cuts);
            moved.end = shiftTime(segment.end, plan.cuts);
            moved.text = segment.text;
            shifted.segments.append(moved);
            continue;
        }
        if (moved.words.isEmpty()) {
            continue;
        }
        moved.start = moved.words.first().start;
        moved.end = moved.words.last().end;
        moved.text = texts.join(QLatin1Char(' '));
        shifted.segments.append(moved);
    }
    return shifted;
}

CutList cutListOf(const EditPlan& plan, const QString& source, double sourceDuration,
                  double duration) {
    CutList list;
    list.source = source;
    list.sourceDuration = sourceDuration;
    list.duration = duration;
    for (qsizetype i = 0; i < plan.cuts.size(); ++i) {
        const TimeRange& cut = plan.cuts.at(i);
        list.cuts.append(CutList::Cut{cut.start, cut.end, shiftTime(cut.start, plan.cuts),
                                      plan.cutReasons.at(i)});
    }
    for (const TimeRange& span :
         subtract(QList<TimeRange>{TimeRange{0, sourceDuration}}, plan.cuts)) {
        list.kept.append(CutList::Kept{span.start, span.end, shiftTime(span.start, plan.cuts)});
    }
    for (const Edit& cover : plan.covers) {
        list.covers.append(CutList::Cover{actionName(cover.action),
                                          shiftTime(cover.range.start, plan.cuts),
                                          shiftTime(cover.range.end, plan.cuts), cover.reason});
    }
    return list;
}

}  // namespace sonara::core::voice_editor
