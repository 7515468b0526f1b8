#include "core/engine/engines/dubbing_segments.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace sonara::core::dubbing {
namespace {

QJsonObject typed(const char* type) {
    return QJsonObject{{QStringLiteral("type"), QLatin1String(type)}};
}

// Milliseconds: a report written and read back gives the same key.
QString millis(double seconds) {
    return QString::number(std::llround(seconds * 1000.0));
}

}  // namespace

QJsonObject DubPlan::toJson() const {
    QJsonArray rows;
    for (const DubSegment& s : segments) {
        rows.append(QJsonObject{{QStringLiteral("index"), s.index},
                                {QStringLiteral("start"), s.start},
                                {QStringLiteral("end"), s.end},
                                {QStringLiteral("source"), s.source},
                                {QStringLiteral("translation"), s.translation},
                                {QStringLiteral("synthesized_seconds"), s.synthesizedSeconds},
                                {QStringLiteral("fitted_seconds"), s.fittedSeconds},
                                {QStringLiteral("stretch"), s.stretch},
                                {QStringLiteral("flags"), QJsonArray::fromStringList(s.flags)},
                                {QStringLiteral("reused"), s.reused}});
    }
    return QJsonObject{{QStringLiteral("source_language"), sourceLanguage},
                       {QStringLiteral("target_language"), targetLanguage},
                       {QStringLiteral("segments"), rows}};
}

DubPlan DubPlan::fromJson(const QJsonObject& json) {
    DubPlan plan;
    plan.sourceLanguage = json.value(QStringLiteral("source_language")).toString();
    plan.targetLanguage = json.value(QStringLiteral("target_language")).toString();
    const QJsonArray rows = json.value(QStringLiteral("segments")).toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject row = rows.at(i).toObject();
        DubSegment s;
        s.index = row.value(QStringLiteral("index")).toInt(i);
        s.start = row.value(QStringLiteral("start")).toDouble();
        s.end = row.value(QStringLiteral("end")).toDouble();
        s.source = row.value(QStringLiteral("source")).toString();
        s.translation = row.value(QStringLiteral("translation")).toString();
        s.synthesizedSeconds = row.value(QStringLiteral("synthesized_seconds")).toDouble();
        s.fittedSeconds = row.value(QStringLiteral("fitted_seconds")).toDouble();
        s.stretch = row.value(QStringLiteral("stretch")).toDouble(1.0);
        for (const QJsonValue& flag : row.value(QStringLiteral("flags")).toArray()) {
            s.flags.append(flag.toString());
        }
        s.reused = row.value(QStringLiteral("reused")).toBool();
        plan.segments.append(s);
    }
    return plan;
}

Transcript DubPlan::subtitles(double duration) const {
    Transcript transcript;
    transcript.language = targetLanguage;
    transcript.engine = QStringLiteral("dubbing");
    transcript.duration = duration;
    for (const DubSegment& s : segments) {
        TranscriptSegment segment;
        segment.start = s.start;
        segment.end = s.end;
        segment.text = s.translation;
        transcript.segments.append(segment);
    }
    return transcript;
}

QJsonObject segmentsSchema() {
    const QJsonObject number = typed("number");
    const QJsonObject string = typed("string");
    const QJsonObject row{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("translation")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("index"), typed("integer")},
                     {QStringLiteral("start"), number},
                     {QStringLiteral("end"), number},
                     {QStringLiteral("source"), string},
                     {QStringLiteral("translation"), string},
                     {QStringLiteral("flags"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), string}}}}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("segments")}},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("source_language"), string},
                                    {QStringLiteral("target_language"), string},
                                    {QStringLiteral("segments"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                 {QStringLiteral("minItems"), 1},
                                                 {QStringLiteral("items"), row}}}}}};
}

QString planProblem(const DubPlan& plan) {
    double previousStart = -1;
    for (int i = 0; i < plan.segments.size(); ++i) {
        const DubSegment& s = plan.segments.at(i);
        if (s.start < 0 || s.end <= s.start) {
            return QStringLiteral(
                       "row %1 of the segments ends (%2 s) before it starts (%3 s): "
                       "give each row an end after its start")
                .arg(i + 1)
                .arg(s.end)
                .arg(s.start);
        }
        if (s.start < previousStart) {
            return QStringLiteral(
                       "row %1 of the segments starts before row %2: keep the rows "
                       "in time order")
                .arg(i + 1)
                .arg(i);
        }
        previousStart = s.start;
    }
    return {};
}

DubPlan planFromTranscripts(const Transcript& source, const Transcript& translation) {
    DubPlan plan;
    plan.sourceLanguage = source.language;
    plan.targetLanguage = translation.language;
    for (int i = 0; i < source.segments.size(); ++i) {
        DubSegment s;
        s.index = i;
        s.start = source.segments.at(i).start;
        s.end = source.segments.at(i).end;
        s.source = source.segments.at(i).text.trimmed();
        s.translation = translation.segments.value(i).text.trimmed();
        plan.segments.append(s);
    }
    return plan;
}

QString segmentCacheKey(const DubSegment& segment, const QString& targetLanguage,
                        const QString& voicing) {
    const QString material = QStringList{segment.translation.trimmed(), millis(segment.start),
                                         millis(segment.end), targetLanguage, voicing}
                                 .join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(material.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

}  // namespace sonara::core::dubbing
