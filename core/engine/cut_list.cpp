#include "core/engine/cut_list.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace sonara::core {
namespace {

QString timecode(double seconds, int fps) {
    const qint64 frames = std::llround(std::max(0.0, seconds) * fps);
    const qint64 totalSeconds = frames / fps;
    return QStringLiteral("%1:%2:%3:%4")
        .arg(totalSeconds / 3600, 2, 10, QLatin1Char('0'))
        .arg((totalSeconds / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'))
        .arg(frames % fps, 2, 10, QLatin1Char('0'));
}

double number(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toDouble();
}

}  // namespace

QJsonObject CutList::toJson() const {
    QJsonArray cutArray;
    for (const Cut& cut : cuts) {
        cutArray.append(QJsonObject{{QStringLiteral("start"), cut.start},
                                    {QStringLiteral("end"), cut.end},
                                    {QStringLiteral("at"), cut.at},
                                    {QStringLiteral("reason"), cut.reason}});
    }
    QJsonArray keptArray;
    for (const Kept& span : kept) {
        keptArray.append(QJsonObject{{QStringLiteral("source_start"), span.sourceStart},
                                     {QStringLiteral("source_end"), span.sourceEnd},
                                     {QStringLiteral("record_start"), span.recordStart}});
    }
    QJsonArray coverArray;
    for (const Cover& cover : covers) {
        coverArray.append(QJsonObject{{QStringLiteral("action"), cover.action},
                                      {QStringLiteral("start"), cover.start},
                                      {QStringLiteral("end"), cover.end},
                                      {QStringLiteral("reason"), cover.reason}});
    }
    return QJsonObject{{QStringLiteral("version"), kVersion},
                       {QStringLiteral("source"), source},
                       {QStringLiteral("source_duration"), sourceDuration},
                       {QStringLiteral("duration"), duration},
                       {QStringLiteral("cuts"), cutArray},
                       {QStringLiteral("kept"), keptArray},
                       {QStringLiteral("covers"), coverArray}};
}

CutList CutList::fromJson(const QJsonObject& json) {
    CutList list;
    list.source = json.value(QStringLiteral("source")).toString();
    list.sourceDuration = number(json, "source_duration");
    list.duration = number(json, "duration");
    for (const QJsonValue& value : json.value(QStringLiteral("cuts")).toArray()) {
        const QJsonObject o = value.toObject();
        list.cuts.append(Cut{number(o, "start"), number(o, "end"), number(o, "at"),
                             o.value(QStringLiteral("reason")).toString()});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("kept")).toArray()) {
        const QJsonObject o = value.toObject();
        list.kept.append(
            Kept{number(o, "source_start"), number(o, "source_end"), number(o, "record_start")});
    }
    for (const QJsonValue& value : json.value(QStringLiteral("covers")).toArray()) {
        const QJsonObject o = value.toObject();
        list.covers.append(Cover{o.value(QStringLiteral("action")).toString(), number(o, "start"),
                                 number(o, "end"), o.value(QStringLiteral("reason")).toString()});
    }
    return list;
}

QByteArray CutList::toEdl(int framesPerSecond) const {
    const QString clip = QFileInfo(source).completeBaseName();
    QStringList lines{
        QStringLiteral("TITLE: %1").arg(clip.isEmpty() ? QStringLiteral("edit") : clip),
        QStringLiteral("FCM: NON-DROP FRAME"), QString()};
    int event = 1;
    for (const Kept& span : kept) {
        const double length = span.sourceEnd - span.sourceStart;
        lines.append(QStringLiteral("%1  AX       A     C        %2 %3 %4 %5")
                         .arg(event++, 3, 10, QLatin1Char('0'))
                         .arg(timecode(span.sourceStart, framesPerSecond),
                              timecode(span.sourceEnd, framesPerSecond),
                              timecode(span.recordStart, framesPerSecond),
                              timecode(span.recordStart + length, framesPerSecond)));
        if (!source.isEmpty()) {
            lines.append(QStringLiteral("* FROM CLIP NAME: %1").arg(QFileInfo(source).fileName()));
        }
        lines.append(QString());
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8();
}

QByteArray CutList::render(const QString& format) const {
    if (format.compare(QLatin1String("edl"), Qt::CaseInsensitive) == 0) {
        return toEdl();
    }
    return QJsonDocument(toJson()).toJson();
}

QStringList CutList::formats() {
    return {QStringLiteral("json"), QStringLiteral("edl")};
}

}  // namespace sonara::core
