#pragma once

#include "core/engine/engines/edit_list.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sonara::core::voice_editor {

// Per-language word lists: the built-in ones (resources/word-lists/<kind>-<language>.txt) plus
// the user's own in `userDirectory` under the same names. One word or phrase a line, `#`
// starts a comment. Languages without a list get an empty one.
struct WordLists {
    QStringList fillers;
    QStringList profanity;
};
WordLists loadWordLists(const QString& language, const QString& userDirectory = {});
// The folder the user's word lists are read from: word-lists/ in the data folder the program
// runs with (`--data`), or in the default one (~/.local/share/sonara/word-lists on Linux) when
// `dataDirectory` is empty.
QString userWordListDirectory(const QString& dataDirectory = {});
// "en-US" -> "en"; empty for auto or nothing.
QString baseLanguage(const QString& code);
QStringList supportedWordListLanguages();

// A word as the rules compare it: lower case, without surrounding punctuation.
QString normalizedWord(const QString& text);

// Every occurrence of one of `phrases` (one or more words) in the words, in order.
QList<Edit> phraseEdits(const QList<TranscriptWord>& words, const QStringList& phrases,
                        EditAction action, const QString& reason);
// Every word whose normalised text the expression matches in full.
QList<Edit> patternEdits(const QList<TranscriptWord>& words, const QRegularExpression& pattern,
                         EditAction action, const QString& reason);
// Pauses between words (and before the first and after the last) longer than `maxSilence`
// shortened to `targetSilence` by cutting their middle.
QList<Edit> silenceEdits(const QList<TranscriptWord>& words, double duration, double maxSilence,
                         double targetSilence);

struct BlooperOptions {
    // A pause at least this long ends a phrase.
    double phrasePause = 0.3;
    // A phrase counts as restarted when its next take begins within this many seconds.
    double window = 4.0;
    // Share of the earlier take's word pairs that the later one repeats.
    double overlap = 0.6;
};
// Phrases restarted within a few seconds: every earlier take is cut (up to where the next one
// starts), the last kept.
QList<Edit> blooperEdits(const QList<TranscriptWord>& words, const BlooperOptions& options = {});

}  // namespace sonara::core::voice_editor
