#pragma once

#include "core/audio/audio_buffer.h"
#include "core/engine/job_context.h"

#include <QList>
#include <QString>

namespace sonara::core::dubbing {

// What synthesis made of one segment: mono speech at kSpeechRate.
struct Speech {
    audio::AudioBuffer audio;
    // Spoken again at a faster rate because the first take did not fit its slot.
    bool faster = false;
    // Spoken again at a slower rate because the first take was too short for its slot.
    bool slower = false;
    bool empty = false;
};

constexpr int kSpeechRate = 24000;

// How the dub speaks: the tts engine and model for the target language, and the voice
// conversion model that gives it the original speaker's voice (if any).
class Voicing {
public:
    // The installed VITS model for `target`, else Tacotron 2 for English, else espeak-ng's voice;
    // EngineError when none speaks it. conversion: auto, on or off (see the capability's help).
    static Voicing choose(const QString& target, const QString& conversion,
                          const JobContext& context);

    // The voicing of a chain that picks its synthesis itself (the accent changer): `ttsEngine`
    // is vits, tacotron2 or espeak-ng, whose voice parameter is then `espeakVoice`;
    // `conversionModel` (knn-vc) gives the speech the speaker's voice back.
    static Voicing with(const QString& ttsEngine, const QString& ttsModel,
                        const QString& espeakVoice, const QString& conversionModel);

    // Synthesises `text`; when the take is too long (short) for `slotSeconds` even at the largest
    // allowed stretch and the engine has a speaking rate, says it again faster (slower).
    Speech speak(const QString& text, double slotSeconds, JobContext& context,
                 const QString& subdirectory, double from, double to) const;

    // Converts the takes to the voice of `speechPath` in one pass, each keeping its length.
    // Returns false (takes unchanged) when no conversion model is to be used.
    bool convert(QList<audio::AudioBuffer>& takes, const QString& speechPath, JobContext& context,
                 double from, double to) const;
    // The same, learning the speaker from several recordings (clips of the speech).
    bool convert(QList<audio::AudioBuffer>& takes, const QStringList& speechPaths,
                 JobContext& context, double from, double to) const;

    // Whether convert() gives the takes the speaker's voice.
    bool converts() const { return !conversionModel_.isEmpty(); }

    // Identifies everything here that changes the dubbed audio, for the segment cache.
    QString key() const;

private:
    audio::AudioBuffer synthesise(const QString& text, double rateFactor, JobContext& context,
                                  const QString& subdirectory, double from, double to) const;

    QString ttsEngine_;
    QString ttsModel_;
    QString voice_;          // espeak-ng's voice parameter
    QString rateParameter_;  // speaking_rate (VITS) or rate (espeak-ng); empty: none
    double baseRate_ = 1.0;
    double minRate_ = 1.0;
    double maxRate_ = 1.0;
    QString conversionModel_;
};

}  // namespace sonara::core::dubbing
