#include "core/engine/engines/edit_rules.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTextStream>

namespace sonara::core::voice_editor {
namespace {

QStringList readList(const QString& path) {
    QFile file(path);
    QStringList entries;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return entries;
    }
    QTextStream stream(&file);
    while (!stream.atEnd()) {
        const QString line = stream.readLine().section(QLatin1Char('#'), 0, 0).trimmed();
        if (!line.isEmpty()) {
            entries.append(line.toLower());
        }
    }
    return entries;
}

QStringList listOf(const QString& kind, const QString& language, const QString& userDirectory) {
    const QString name = QStringLiteral("%1-%2.txt").arg(kind, language);
    QStringList entries = readList(QStringLiteral(":/sonara/word-lists/") + name);
    if (!userDirectory.isEmpty()) {
        entries += readList(QDir(userDirectory).filePath(name));
    }
    entries.removeDuplicates();
    return entries;
}

struct Phrase {
    int first = 0;
    int last = 0;  // inclusive
};

QList<Phrase> phrasesOf(const QList<TranscriptWord>& words, double pause) {
    QList<Phrase> phrases;
    for (int i = 0; i < words.size(); ++i) {
        if (phrases.isEmpty() || words.at(i).start - words.at(i - 1).end >= pause) {
            phrases.append(Phrase{i, i});
        } else {
            phrases.last().last = i;
        }
    }
    return phrases;
}

QStringList normalizedWords(const QList<TranscriptWord>& words, const Phrase& phrase) {
    QStringList result;
    for (int i = phrase.first; i <= phrase.last; ++i) {
        result.append(normalizedWord(words.at(i).text));
    }
    return result;
}

QSet<QString> pairsOf(const QStringList& words) {
    QSet<QString> pairs;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        pairs.insert(words.at(i) + QLatin1Char(' ') + words.at(i + 1));
    }
    return pairs;
}

// Whether `later` starts over what `earlier` said: it repeats most of its word pairs (or, for a
// one-word false start, its word) and opens with the same word.
bool restarts(const QStringList& earlier, const QStringList& later, double share) {
    if (earlier.isEmpty() || later.isEmpty() || earlier.first() != later.first()) {
        return false;
    }
    if (earlier.size() == 1) {
        return later.size() > 1;
    }
    const QSet<QString> before = pairsOf(earlier);
    const QSet<QString> after = pairsOf(later);
    int repeated = 0;
    for (const QString& pair : before) {
        repeated += after.contains(pair) ? 1 : 0;
    }
    return repeated >= share * before.size();
}

}  // namespace

QString baseLanguage(const QString& code) {
    const QString base =
        code.trimmed().toLower().section(QRegularExpression(QStringLiteral("[-_]")), 0, 0);
    return base == QLatin1String("auto") ? QString() : base;
}

QStringList supportedWordListLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("hi")};
}

QString userWordListDirectory(const QString& dataDirectory) {
    return QDir(dataDirectory.isEmpty()
                    ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                    : dataDirectory)
        .filePath(QStringLiteral("word-lists"));
}

WordLists loadWordLists(const QString& language, const QString& userDirectory) {
    const QString code = baseLanguage(language);
    return WordLists{listOf(QStringLiteral("fillers"), code, userDirectory),
                     listOf(QStringLiteral("profanity"), code, userDirectory)};
}

QString normalizedWord(const QString& text) {
    // Marks count as part of a word: Devanagari vowel signs end many Hindi words.
    static const QRegularExpression edges(QStringLiteral("^[^\\w\\p{M}']+|[^\\w\\p{M}']+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    QString word = text.toLower();
    word.remove(edges);
    // PocketSphinx marks alternative pronunciations as word(2).
    static const QRegularExpression variant(QStringLiteral("\\(\\d+\\)$"));
    word.remove(variant);
    return word;
}

QList<Edit> phraseEdits(const QList<TranscriptWord>& words, const QStringList& phrases,
                        EditAction action, const QString& reason) {
    QList<QStringList> targets;
    for (const QString& phrase : phrases) {
        QStringList parts;
        for (const QString& part : phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            parts.append(normalizedWord(part));
        }
        if (!parts.isEmpty()) {
            targets.append(parts);
        }
    }
    QStringList normalized;
    for (const TranscriptWord& word : words) {
        normalized.append(normalizedWord(word.text));
    }
    QList<Edit> edits;
    for (int i = 0; i < normalized.size(); ++i) {
        for (const QStringList& target : targets) {
            if (i + target.size() > normalized.size() ||
                normalized.mid(i, target.size()) != target) {
                continue;
            }
            const int last = i + int(target.size()) - 1;
            edits.append(
                Edit{action, TimeRange{words.at(i).start, words.at(last).end}, i, last, reason});
            break;
        }
    }
    return edits;
}

QList<Edit> patternEdits(const QList<TranscriptWord>& words, const QRegularExpression& pattern,
                         EditAction action, const QString& reason) {
    const QRegularExpression whole(
        QRegularExpression::anchoredPattern(pattern.pattern()),
        pattern.patternOptions() | QRegularExpression::CaseInsensitiveOption);
    QList<Edit> edits;
    for (int i = 0; i < words.size(); ++i) {
        if (whole.match(normalizedWord(words.at(i).text)).hasMatch()) {
            edits.append(Edit{action, TimeRange{words.at(i).start, words.at(i).end}, i, i, reason});
        }
    }
    return edits;
}

QList<Edit> silenceEdits(const QList<TranscriptWord>& words, double duration, double maxSilence,
                         double targetSilence) {
    QList<TimeRange> gaps;
    double previousEnd = 0;
    for (const TranscriptWord& word : words) {
        gaps.append(TimeRange{previousEnd, word.start});
        previousEnd = std::max(previousEnd, word.end);
    }
    gaps.append(TimeRange{previousEnd, duration});
    QList<Edit> edits;
    const double keep = std::min(targetSilence, maxSilence);
    for (const TimeRange& gap : gaps) {
        if (gap.length() <= maxSilence) {
            continue;
        }
        const double margin = keep / 2;
        edits.append(Edit{EditAction::Cut, TimeRange{gap.start + margin, gap.end - margin}, -1, -1,
                          QStringLiteral("silence")});
    }
    return edits;
}

QList<Edit> blooperEdits(const QList<TranscriptWord>& words, const BlooperOptions& options) {
    const QList<Phrase> phrases = phrasesOf(words, options.phrasePause);
    QList<Edit> edits;
    for (qsizetype i = 0; i + 1 < phrases.size(); ++i) {
        const Phrase& earlier = phrases.at(i);
        const Phrase& later = phrases.at(i + 1);
        if (words.at(later.first).start - words.at(earlier.last).end > options.window) {
            continue;
        }
        if (restarts(normalizedWords(words, earlier), normalizedWords(words, later),
                     options.overlap)) {
            edits.append(Edit{EditAction::Cut,
                              TimeRange{words.at(earlier.first).start, words.at(later.first).start},
                              earlier.first, earlier.last, QStringLiteral("blooper")});
        }
    }
    return edits;
}

}  // namespace sonara::core::voice_editor
