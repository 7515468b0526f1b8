#pragma once

#include "core/audio/silence_detector.h"
#include "core/engine/engines/dubbing_segments.h"
#include "core/engine/job_context.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace sonara::core::dubbing {

// The source's speech and background, separated once and kept in the dubbing cache.
struct Stems {
    QString speech;
    QString background;
};

// Separates `input` (the user's file) into `stems`, in windows of about a minute that overlap by
// two seconds and are cross-faded, so that memory does not grow with the input's length; an input
// up to a minute and a half is one window. The stems appear only when complete. Progress fills
// [from, to].
void separateInWindows(const QString& input, const Stems& stems, JobContext& context, double from,
                       double to);

// The speech the voice conversion learns the speaker from: the whole speech stem when it is
// short; else clips of it around the plan's segments, spread over the programme, at most about
// five minutes in all (kNN-VC gains little past that), written into `folder`.
QStringList speakerReference(const QString& speechStem, const DubPlan& plan, const QString& folder);

// The stretches of the file that are not silent (quieter than -50 dB for 0.3 s), read as a
// stream: a separated speech stem is silent where nobody speaks, whatever a speech recogniser
// makes of it.
std::vector<audio::TimeRange> soundIn(const QString& path, JobContext& context);

}  // namespace sonara::core::dubbing
