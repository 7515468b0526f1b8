#pragma once

#include <QList>
#include <QString>

namespace sonara::core::speech_script {

// One stretch of speech for a TTS engine: text, how to say it, and the silence after it. Text
// may be empty (a pause alone, from an SSML <break>).
struct Line {
    QString text;
    double rate = 1.0;            // factor on the job's own speaking rate
    double pitchSemitones = 0.0;  // shift on top of the job's own pitch
    double pauseSeconds = 0.0;
};

// The text input of a tts job, plain or SSML (see ssml.h), as lines to speak: SSML resolved,
// abbreviations expanded from the per-language lists (expandAbbreviations), split into
// sentences of at most `maxCharacters` (speech_text::splitSentences), and, with `spellNumbers`,
// numbers spelled out in `language` for voices that read letters only. Throws ValidationError
// (field `field`) for malformed SSML.
QList<Line> lines(const QString& text, const QString& language, int maxCharacters,
                  bool spellNumbers, const QString& field = QStringLiteral("text"));

// Throws ValidationError (field `field`) when `text` is SSML that lines() would refuse.
void check(const QString& text, const QString& language, const QString& field);

// Abbreviations ("Dr.", "e.g.") and units after a number ("5 km") written out in words of
// `language` (ISO 639-1 or -3: en/eng, de/deu, es/spa, hi/hin) from the built-in lists
// resources/word-lists/abbreviations-<language>.txt and units-<language>.txt. A line of the
// abbreviation list is "abbreviation<TAB>words[<TAB>words when no capitalised word follows]"
// ("St." is Saint before a name, Street otherwise); of the unit list "unit<TAB>one<TAB>many".
// Other languages come back unchanged.
QString expandAbbreviations(const QString& text, const QString& language);

}  // namespace sonara::core::speech_script
