#pragma once

#include <QList>
#include <QString>

namespace sonara::core::speech_text {

// A sentence to speak and the silence that follows it, after the punctuation that ends it.
struct Sentence {
    QString text;
    double pauseSeconds = 0;
};

// Splits text into sentences by Unicode's sentence rules (QTextBoundaryFinder, UAX #29), so that
// "3.5" or "e.g. this" do not end one; a sentence longer than `maxCharacters` is cut at a comma
// or a space.
// Blank sentences are dropped. Pauses: a paragraph break is longer than a full stop, which is
// longer than a cut inside a sentence.
QList<Sentence> splitSentences(const QString& text, int maxCharacters);

// Numbers written in digits spelled out in words of `language` (an ISO 639 code: "en", "eng",
// "de", "es", "hi") with ICU's rule-based spell-out, because character-based voices have no
// digits: "21 cats" -> "twenty-one cats", in German "einundzwanzig". English ordinals ("3rd")
// become ordinal words. Text without digits, or a language ICU does not know, comes back as is.
QString spellOutNumbers(const QString& text, const QString& language);

}  // namespace sonara::core::speech_text
