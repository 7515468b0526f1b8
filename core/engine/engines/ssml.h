#pragma once

#include <QList>
#include <QString>

namespace sonara::core::ssml {

// A run of text spoken with one prosody, and the silence that follows it.
struct Part {
    QString text;
    double rate = 1.0;            // speaking-rate factor: 1.5 is half as fast again
    double pitchSemitones = 0.0;  // shift of the voice's pitch
    double pauseSeconds = 0.0;    // silence after the text (<break>, end of <p> or <s>)
    bool endsSentence = false;    // the text ends a sentence or paragraph (<s>, <p>)
};

// Text whose first non-blank characters open a <speak> element (or an XML declaration).
bool isSsml(const QString& text);

// Parses the supported subset of SSML 1.1: <speak>, <p>, <s>, <break time|strength>,
// <prosody rate pitch>, <say-as interpret-as="characters|cardinal|ordinal|date">, <sub alias>.
// say-as and sub are resolved here (numbers and dates in words of `language`). Throws
// ValidationError (Malformed, `field`) naming the line and column and what to change, for
// text that is not well-formed XML and for any other element or attribute value.
QList<Part> parse(const QString& text, const QString& language, const QString& field);

}  // namespace sonara::core::ssml
