#include "core/engine/engines/speech_script.h"

#include "core/engine/engines/speech_text.h"
#include "core/engine/engines/ssml.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>

namespace sonara::core::speech_script {
namespace {

constexpr double kSentencePause = 0.35;

struct Abbreviation {
    QString written;
    QString words;
    QString wordsAlone;  // when no capitalised word follows; empty: `words` always
};

struct Unit {
    QString written;
    QString one;
    QString many;
};

struct Lists {
    QList<Abbreviation> abbreviations;
    QList<Unit> units;
};

QString twoLetterLanguage(const QString& language) {
    const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    const QLocale::Language known = QLocale::codeToLanguage(code, QLocale::AnyLanguageCode);
    if (known == QLocale::AnyLanguage || known == QLocale::C) {
        return {};
    }
    return QLocale::languageToCode(known, QLocale::ISO639Part1);
}

QList<QStringList> readTable(const QString& path) {
    QList<QStringList> rows;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return rows;
    }
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() >= 2) {
            rows.append(fields);
        }
    }
    return rows;
}

const Lists& listsFor(const QString& language) {
    static QMutex mutex;
    static QHash<QString, Lists> cache;
    QMutexLocker lock(&mutex);
    if (auto it = cache.constFind(language); it != cache.constEnd()) {
        return *it;
    }
    Lists lists;
    const QString base = QStringLiteral(":/sonara/word-lists/");
    for (const QStringList& row :
         readTable(base + QStringLiteral("abbreviations-%1.txt").arg(language))) {
        lists.abbreviations.append({row[0], row[1], row.value(2)});
    }
    for (const QStringList& row : readTable(base + QStringLiteral("units-%1.txt").arg(language))) {
        lists.units.append({row[0], row[1], row.value(2, row[1])});
    }
    // Longest first, so "e.g." is not read as "e." + "g.".
    std::sort(lists.abbreviations.begin(), lists.abbreviations.end(),
              [](const auto& a, const auto& b) { return a.written.size() > b.written.size(); });
    std::sort(lists.units.begin(), lists.units.end(),
              [](const auto& a, const auto& b) { return a.written.size() > b.written.size(); });
    return *cache.insert(language, lists);
}

QString expandUnits(const QString& text, const QList<Unit>& units) {
    QString result = text;
    for (const Unit& unit : units) {
        const QRegularExpression pattern(
            QStringLiteral("(?<![\\w.,])(\\d+(?:[.,]\\d+)*)\\s?%1(?!\\w)")
                .arg(QRegularExpression::escape(unit.written)));
        QString out;
        qsizetype last = 0;
        for (auto it = pattern.globalMatch(result); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString number = match.captured(1);
            out += result.mid(last, match.capturedStart() - last) + number + QLatin1Char(' ') +
                   (number == QLatin1String("1") ? unit.one : unit.many);
            last = match.capturedEnd();
        }
        result = out + result.mid(last);
    }
    return result;
}

QString expandWritten(const QString& text, const QList<Abbreviation>& abbreviations) {
    QString result = text;
    static const QRegularExpression capitalisedNext(QStringLiteral("^\\s+\\p{Lu}"));
    static const QRegularExpression textEnd(QStringLiteral("^\\s*(\\n|$)"));
    for (const Abbreviation& abbreviation : abbreviations) {
        const bool wordEnd = abbreviation.written.back().isLetterOrNumber();
        const QRegularExpression pattern(QStringLiteral("(?<![\\w.])%1%2")
                                             .arg(QRegularExpression::escape(abbreviation.written),
                                                  wordEnd ? QStringLiteral("(?!\\w)") : QString()));
        QString out;
        qsizetype last = 0;
        for (auto it = pattern.globalMatch(result); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString after = result.mid(match.capturedEnd(), 8);
            const bool beforeName = capitalisedNext.match(after).hasMatch();
            QString words = abbreviation.wordsAlone.isEmpty() || beforeName
                                ? abbreviation.words
                                : abbreviation.wordsAlone;
            // An abbreviation that ends the text also ends its sentence.
            if (abbreviation.written.endsWith(QLatin1Char('.')) &&
                textEnd.match(after).hasMatch()) {
                words += QLatin1Char('.');
            }
            out += result.mid(last, match.capturedStart() - last) + words;
            last = match.capturedEnd();
        }
        result = out + result.mid(last);
    }
    return result;
}

bool endsSentence(const QString& text) {
    static const QString ends = QStringLiteral(".!?;:\u2026\u3002\u0964");
    const QString trimmed = text.trimmed();
    return !trimmed.isEmpty() && ends.contains(trimmed.back());
}

}  // namespace

QString expandAbbreviations(const QString& text, const QString& language) {
    const QString code = twoLetterLanguage(language);
    if (code.isEmpty()) {
        return text;
    }
    const Lists& lists = listsFor(code);
    return expandWritten(expandUnits(text, lists.units), lists.abbreviations);
}

void check(const QString& text, const QString& language, const QString& field) {
    if (ssml::isSsml(text)) {
        ssml::parse(text, language, field);
    }
}

QList<Line> lines(const QString& text, const QString& language, int maxCharacters,
                  bool spellNumbers, const QString& field) {
    QList<ssml::Part> parts;
    if (ssml::isSsml(text)) {
        parts = ssml::parse(text, language, field);
    } else {
        parts.append(ssml::Part{text});
    }
    QList<Line> result;
    for (int p = 0; p < parts.size(); ++p) {
        const ssml::Part& part = parts[p];
        const QString expanded = expandAbbreviations(part.text, language);
        const QList<speech_text::Sentence> sentences =
            speech_text::splitSentences(expanded, maxCharacters);
        for (int s = 0; s < sentences.size(); ++s) {
            Line line{sentences[s].text, part.rate, part.pitchSemitones, sentences[s].pauseSeconds};
            if (spellNumbers) {
                line.text = speech_text::spellOutNumbers(line.text, language);
            }
            if (s + 1 == sentences.size()) {
                // A part cut by a change of prosody is one sentence read on.
                const bool sentenceEnd =
                    part.endsSentence || endsSentence(part.text) || p + 1 == parts.size();
                line.pauseSeconds =
                    (sentenceEnd ? std::max(line.pauseSeconds, kSentencePause) : 0.0) +
                    (part.endsSentence ? 0.0 : part.pauseSeconds);
                if (part.endsSentence) {
                    line.pauseSeconds = std::max(line.pauseSeconds, part.pauseSeconds);
                }
            }
            result.append(line);
        }
        if (sentences.isEmpty() && part.pauseSeconds > 0) {
            result.append(Line{QString(), part.rate, part.pitchSemitones, part.pauseSeconds});
        }
    }
    return result;
}

}  // namespace sonara::core::speech_script
