#include "core/engine/engines/speech_text.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <QLocale>
#include <QRegularExpression>
#include <QTextBoundaryFinder>
#include <memory>

namespace sonara::core::speech_text {
namespace {

constexpr double kParagraphPause = 0.7;
constexpr double kSentencePause = 0.35;
constexpr double kClausePause = 0.15;

int lastBreak(const QString& text, int limit) {
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char(' ')}) {
        const int index = text.lastIndexOf(separator, limit - 1);
        if (index > 0) {
            return index + 1;
        }
    }
    return limit;
}

void appendSentence(QList<Sentence>& sentences, const QString& raw, int maxCharacters) {
    QString rest = raw.simplified();
    while (rest.size() > maxCharacters) {
        const int cut = lastBreak(rest, maxCharacters);
        const QString piece = rest.left(cut).trimmed();
        if (!piece.isEmpty()) {
            sentences.append({piece, kClausePause});
        }
        rest = rest.mid(cut).trimmed();
    }
    if (!rest.isEmpty()) {
        const bool paragraphEnd =
            raw.contains(QStringLiteral("\n\n")) || raw.endsWith(QLatin1Char('\n'));
        sentences.append({rest, paragraphEnd ? kParagraphPause : kSentencePause});
    }
}

// "eng" and "en" alike name English; ICU wants the two-letter code where there is one.
QString icuLanguage(const QString& language) {
    const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    const QLocale::Language known = QLocale::codeToLanguage(code, QLocale::AnyLanguageCode);
    if (known == QLocale::AnyLanguage || known == QLocale::C) {
        return {};
    }
    const QString twoLetter = QLocale::languageToCode(known, QLocale::ISO639Part1);
    return twoLetter.isEmpty() ? QLocale::languageToCode(known) : twoLetter;
}

class SpellOut {
public:
    explicit SpellOut(const QString& language) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale(language.toLatin1().constData());
        format_ = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, locale, status);
        if (U_FAILURE(status)) {
            format_.reset();
        }
        decimalPoint_ = QLocale(language).decimalPoint();
    }

    bool ok() const { return format_ != nullptr; }
    QChar decimalPoint() const {
        return decimalPoint_.isEmpty() ? QLatin1Char('.') : decimalPoint_[0];
    }

    QString cardinal(double value) const { return format(value, nullptr); }
    QString ordinal(double value) const {
        static const icu::UnicodeString ordinalRules("%spellout-ordinal");
        return format(value, &ordinalRules);
    }

private:
    QString format(double value, const icu::UnicodeString* ruleSet) const {
        icu::UnicodeString words;
        icu::FieldPosition position;
        UErrorCode status = U_ZERO_ERROR;
        if (ruleSet) {
            format_->format(value, *ruleSet, words, position, status);
        } else {
            format_->format(value, words, position);
        }
        if (U_FAILURE(status)) {
            return {};
        }
        QString text(reinterpret_cast<const QChar*>(words.getBuffer()), words.length());
        // German rules mark syllables with soft hyphens, which no voice's alphabet has.
        return text.remove(QChar(0x00AD));
    }

    std::unique_ptr<icu::RuleBasedNumberFormat> format_;
    QString decimalPoint_;
};

}  // namespace

QList<Sentence> splitSentences(const QString& text, int maxCharacters) {
    QList<Sentence> sentences;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end >= 0; end = finder.toNextBoundary()) {
        appendSentence(sentences, text.mid(start, end - start), maxCharacters);
        start = end;
    }
    if (start < text.size()) {
        appendSentence(sentences, text.mid(start), maxCharacters);
    }
    return sentences;
}

QString spellOutNumbers(const QString& text, const QString& language) {
    static const QRegularExpression hasDigit(QStringLiteral("\\d"));
    if (!text.contains(hasDigit)) {
        return text;
    }
    const QString icu = icuLanguage(language);
    if (icu.isEmpty()) {
        return text;
    }
    const SpellOut spell(icu);
    if (!spell.ok()) {
        return text;
    }
    // Digits with thousands groups and a decimal part in the language's own punctuation
    // ("1,250.5" in English, "1.250,5" in German); English ordinal suffixes are read as ordinals.
    static const QRegularExpression number(
        QStringLiteral("(?<![\\d\\w])(\\d+(?:[.,]\\d+)*)(st|nd|rd|th)?(?!\\w)"));
    const QChar decimal = spell.decimalPoint();
    const QChar grouping = decimal == QLatin1Char('.') ? QLatin1Char(',') : QLatin1Char('.');
    QString result;
    qsizetype last = 0;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        QString digits = match.captured(1);
        digits.remove(grouping);
        digits.replace(decimal, QLatin1Char('.'));
        bool ok = false;
        const double value = digits.toDouble(&ok);
        const bool ordinal = !match.captured(2).isEmpty() && icu == QLatin1String("en");
        if (!match.captured(2).isEmpty() && !ordinal) {
            continue;
        }
        const QString words =
            ok ? (ordinal ? spell.ordinal(value) : spell.cardinal(value)) : QString();
        if (words.isEmpty()) {
            continue;
        }
        result += text.mid(last, match.capturedStart() - last) + words;
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

}  // namespace sonara::core::speech_text
