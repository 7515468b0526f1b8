#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/engines/dubbing_segments.h"
#include "core/engine/job_context.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace sonara::core::dubbing {

// Writes the dubbed speech as one track of `durationSeconds` (mono, at the takes' rate): each
// segment's fitted take from its start, cut with a short fade (and flagged) where it would run
// into the next segment or past the end. `takeOf(i)` gives row i's fitted take, read one at a time.
void writeSpeechTrack(DubPlan& plan, const std::function<audio::AudioBuffer(int)>& takeOf,
                      double durationSeconds, const QString& trackPath, JobContext& context);

// Streams the background with the speech track laid on it into each of `outputs` (the first a
// float WAV, any other in the format its extension names), the speech's level set so that the
// whole is as loud as `source` (integrated loudness). Memory holds a few seconds of audio.
void mixOverBackground(const QString& background, const QString& speechTrack, const QString& source,
                       const QStringList& outputs, JobContext& context);

}  // namespace sonara::core::dubbing
