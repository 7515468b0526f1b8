#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sonara::core {

// What an edit did to a recording's timeline: the spans removed, the spans kept (with where
// they landed in the result) and the spans muted or bleeped in place. The voice editor's
// "cuts" output; JSON is the stored form, a CMX 3600 EDL a rendering for video editors.
struct CutList {
    static constexpr int kVersion = 1;

    struct Cut {
        double start = 0;  // in the source, seconds
        double end = 0;
        double at = 0;  // where the join lies in the result
        QString reason;
    };
    struct Kept {
        double sourceStart = 0;
        double sourceEnd = 0;
        double recordStart = 0;
    };
    struct Cover {
        QString action;    // "mute" or "bleep"
        double start = 0;  // in the result
        double end = 0;
        QString reason;
    };

    QString source;  // the recording's file name, for the EDL's clip name
    double sourceDuration = 0;
    double duration = 0;
    QList<Cut> cuts;
    QList<Kept> kept;
    QList<Cover> covers;

    QJsonObject toJson() const;
    static CutList fromJson(const QJsonObject& json);
    // CMX 3600, one audio event per kept span, timecode at `framesPerSecond` non-drop.
    QByteArray toEdl(int framesPerSecond = 25) const;
    // json or edl.
    QByteArray render(const QString& format) const;
    static QStringList formats();
};

}  // namespace sonara::core
