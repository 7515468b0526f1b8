#include "core/engine/engines/ssml.h"

#include "core/engine/engines/speech_text.h"
#include "core/engine/errors.h"

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>
#include <memory>

namespace sonara::core::ssml {
namespace {

constexpr double kMaxBreakSeconds = 10.0;
constexpr double kParagraphPause = 0.7;
constexpr double kSentencePause = 0.35;

struct Prosody {
    double rate = 1.0;
    double pitch = 0.0;
};

// "eng" and "en" alike name English; ICU wants the two-letter code where there is one.
QString icuLanguage(const QString& language) {
    const QString code = language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    const QLocale::Language known = QLocale::codeToLanguage(code, QLocale::AnyLanguageCode);
    if (known == QLocale::AnyLanguage || known == QLocale::C) {
        return QStringLiteral("en");
    }
    const QString twoLetter = QLocale::languageToCode(known, QLocale::ISO639Part1);
    return twoLetter.isEmpty() ? QLocale::languageToCode(known) : twoLetter;
}

QString ordinalWords(qint64 value, const QString& language) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale(icuLanguage(language).toLatin1().constData());
    icu::RuleBasedNumberFormat format(icu::URBNF_SPELLOUT, locale, status);
    if (U_FAILURE(status)) {
        return QString::number(value);
    }
    for (const char* rules : {"%spellout-ordinal", "%spellout-ordinal-masculine"}) {
        icu::UnicodeString words;
        icu::FieldPosition position;
        status = U_ZERO_ERROR;
        format.format(static_cast<int64_t>(value), icu::UnicodeString(rules), words, position,
                      status);
        if (U_SUCCESS(status)) {
            return QString(reinterpret_cast<const QChar*>(words.getBuffer()), words.length())
                .remove(QChar(0x00AD));
        }
    }
    return speech_text::spellOutNumbers(QString::number(value), language);
}

class Parser {
public:
    Parser(const QString& text, const QString& language, const QString& field)
        : reader_(text), language_(language), field_(field) {}

    QList<Part> run() {
        bool sawRoot = false;
        while (!reader_.atEnd()) {
            reader_.readNext();
            if (reader_.isStartElement()) {
                if (!sawRoot && reader_.name() != QLatin1String("speak")) {
                    fail(QStringLiteral("the document must start with <speak>, not <%1>")
                             .arg(reader_.name()));
                }
                sawRoot = true;
                startElement();
            } else if (reader_.isEndElement()) {
                endElement();
            } else if (reader_.isCharacters()) {
                current_.text += reader_.text();
            }
        }
        if (reader_.hasError()) {
            fail(QStringLiteral("this is not well-formed XML (%1). Close every tag you open, "
                                "and write & as &amp; and < as &lt;")
                     .arg(reader_.errorString()));
        }
        closePart();
        return parts_;
    }

private:
    [[noreturn]] void fail(const QString& problem) const {
        throw ValidationError(ValidationError::Kind::Malformed, field_,
                              QStringLiteral("SSML error at line %1, column %2: %3")
                                  .arg(reader_.lineNumber())
                                  .arg(reader_.columnNumber())
                                  .arg(problem));
    }

    QString attribute(const QString& name) const {
        return reader_.attributes().value(name).toString().trimmed();
    }

    void refuseAttributes(const QStringList& allowed) const {
        for (const QXmlStreamAttribute& a : reader_.attributes()) {
            const QString name = a.qualifiedName().toString();
            if (!allowed.contains(name) && a.prefix() != QLatin1String("xmlns") &&
                name != QLatin1String("xmlns") && name != QLatin1String("xml:lang")) {
                fail(QStringLiteral("<%1> has attribute '%2', which is not supported; use %3")
                         .arg(reader_.name(), name,
                              allowed.isEmpty() ? QStringLiteral("no attributes")
                                                : allowed.join(QStringLiteral(" or "))));
            }
        }
    }

    void closePart(double pause = 0.0, bool endsSentence = false) {
        if (current_.text.trimmed().isEmpty() && !parts_.isEmpty() && pause > 0 &&
            current_.rate == parts_.last().rate &&
            current_.pitchSemitones == parts_.last().pitchSemitones) {
            parts_.last().pauseSeconds += pause;
            parts_.last().endsSentence = parts_.last().endsSentence || endsSentence;
            current_.text.clear();
            return;
        }
        if (!current_.text.trimmed().isEmpty() || pause > 0) {
            current_.pauseSeconds += pause;
            current_.endsSentence = endsSentence;
            parts_.append(current_);
        }
        current_ = Part{};
        current_.rate = prosody_.isEmpty() ? 1.0 : prosody_.last().rate;
        current_.pitchSemitones = prosody_.isEmpty() ? 0.0 : prosody_.last().pitch;
    }

    void startElement() {
        const QString name = reader_.name().toString();
        if (name == QLatin1String("speak")) {
            refuseAttributes({QStringLiteral("version")});
        } else if (name == QLatin1String("p") || name == QLatin1String("s")) {
            refuseAttributes({});
            closePart();
        } else if (name == QLatin1String("break")) {
            refuseAttributes({QStringLiteral("time"), QStringLiteral("strength")});
            const double pause = breakSeconds();
            if (reader_.readNext() != QXmlStreamReader::EndElement) {
                fail(QStringLiteral("<break> must be empty: write <break time=\"500ms\"/>"));
            }
            closePart(pause);
        } else if (name == QLatin1String("prosody")) {
            refuseAttributes({QStringLiteral("rate"), QStringLiteral("pitch")});
            closePart();
            Prosody next = prosody_.isEmpty() ? Prosody{} : prosody_.last();
            if (reader_.attributes().hasAttribute(QStringLiteral("rate"))) {
                next.rate *= rateFactor(attribute(QStringLiteral("rate")));
            }
            if (reader_.attributes().hasAttribute(QStringLiteral("pitch"))) {
                next.pitch += pitchSemitones(attribute(QStringLiteral("pitch")));
            }
            if (next.rate < 0.25 || next.rate > 4.0 || std::abs(next.pitch) > 12.0) {
                fail(QStringLiteral("<prosody> asks for rate x%1 and pitch %2 semitones; keep "
                                    "the rate within 25%-400% and the pitch within ±12st")
                         .arg(next.rate)
                         .arg(next.pitch));
            }
            prosody_.append(next);
            current_.rate = next.rate;
            current_.pitchSemitones = next.pitch;
        } else if (name == QLatin1String("say-as")) {
            refuseAttributes({QStringLiteral("interpret-as"), QStringLiteral("format")});
            const QString kind = attribute(QStringLiteral("interpret-as"));
            const QString format = attribute(QStringLiteral("format"));
            current_.text += sayAs(kind, format, elementText());
        } else if (name == QLatin1String("sub")) {
            refuseAttributes({QStringLiteral("alias")});
            if (!reader_.attributes().hasAttribute(QStringLiteral("alias"))) {
                fail(QStringLiteral("<sub> needs the words to say in alias=\"...\""));
            }
            const QString alias = attribute(QStringLiteral("alias"));
            elementText();
            current_.text += alias;
        } else {
            fail(QStringLiteral("<%1> is not supported; use speak, p, s, break, prosody, say-as "
                                "or sub, or remove the tag")
                     .arg(name));
        }
    }

    void endElement() {
        const auto name = reader_.name();
        if (name == QLatin1String("p")) {
            closePart(kParagraphPause, true);
        } else if (name == QLatin1String("s")) {
            closePart(kSentencePause, true);
        } else if (name == QLatin1String("prosody")) {
            closePart();
            prosody_.removeLast();
            closePart();
        }
    }

    // The text inside say-as or sub, which may hold no element.
    QString elementText() {
        const QString element = reader_.name().toString();
        const QString text = reader_.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (reader_.hasError()) {
            fail(QStringLiteral("<%1> may hold only text, no other tag").arg(element));
        }
        return text;
    }

    double breakSeconds() const {
        const QString time = attribute(QStringLiteral("time"));
        if (!time.isEmpty()) {
            static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(ms|s)$"));
            const QRegularExpressionMatch match = pattern.match(time);
            if (!match.hasMatch()) {
                fail(QStringLiteral("<break time=\"%1\"> is not a duration; write it like "
                                    "\"500ms\" or \"1.5s\"")
                         .arg(time));
            }
            const double value = match.captured(1).toDouble() /
                                 (match.captured(2) == QLatin1String("ms") ? 1000.0 : 1.0);
            if (value > kMaxBreakSeconds) {
                fail(QStringLiteral("<break time=\"%1\"> is longer than %2 seconds; split it "
                                    "into shorter breaks or shorten it")
                         .arg(time)
                         .arg(kMaxBreakSeconds));
            }
            return value;
        }
        static const QList<QPair<QString, double>> strengths = {
            {QStringLiteral("none"), 0.0},   {QStringLiteral("x-weak"), 0.1},
            {QStringLiteral("weak"), 0.2},   {QStringLiteral("medium"), 0.35},
            {QStringLiteral("strong"), 0.7}, {QStringLiteral("x-strong"), 1.2}};
        const QString strength = attribute(QStringLiteral("strength"));
        if (strength.isEmpty()) {
            return 0.35;
        }
        for (const auto& [name, seconds] : strengths) {
            if (strength == name) {
                return seconds;
            }
        }
        fail(QStringLiteral("<break strength=\"%1\"> is unknown; use none, x-weak, weak, "
                            "medium, strong or x-strong")
                 .arg(strength));
    }

    double rateFactor(const QString& rate) const {
        static const QList<QPair<QString, double>> names = {
            {QStringLiteral("x-slow"), 0.5}, {QStringLiteral("slow"), 0.75},
            {QStringLiteral("medium"), 1.0}, {QStringLiteral("default"), 1.0},
            {QStringLiteral("fast"), 1.25},  {QStringLiteral("x-fast"), 1.5}};
        for (const auto& [name, factor] : names) {
            if (rate == name) {
                return factor;
            }
        }
        static const QRegularExpression pattern(QStringLiteral("^(\\d+(?:\\.\\d+)?)(%?)$"));
        const QRegularExpressionMatch match = pattern.match(rate);
        if (!match.hasMatch()) {
            fail(QStringLiteral("<prosody rate=\"%1\"> is not a rate; use x-slow, slow, medium, "
                                "fast, x-fast or a percentage such as \"120%\"")
                     .arg(rate));
        }
        return match.captured(1).toDouble() / (match.captured(2).isEmpty() ? 1.0 : 100.0);
    }

    double pitchSemitones(const QString& pitch) const {
        static const QList<QPair<QString, double>> names = {
            {QStringLiteral("x-low"), -6.0}, {QStringLiteral("low"), -3.0},
            {QStringLiteral("medium"), 0.0}, {QStringLiteral("default"), 0.0},
            {QStringLiteral("high"), 3.0},   {QStringLiteral("x-high"), 6.0}};
        for (const auto& [name, semitones] : names) {
            if (pitch == name) {
                return semitones;
            }
        }
        static const QRegularExpression pattern(QStringLiteral("^([+-]?\\d+(?:\\.\\d+)?)(st|%)$"));
        const QRegularExpressionMatch match = pattern.match(pitch);
        if (!match.hasMatch()) {
            fail(QStringLiteral("<prosody pitch=\"%1\"> is not supported; use x-low, low, "
                                "medium, high, x-high, semitones such as \"+2st\" or a "
                                "percentage such as \"-10%\"")
                     .arg(pitch));
        }
        const double value = match.captured(1).toDouble();
        if (match.captured(2) == QLatin1String("st")) {
            return value;
        }
        if (value <= -100.0) {
            fail(QStringLiteral("<prosody pitch=\"%1\"> would silence the voice; use a change "
                                "above -100%")
                     .arg(pitch));
        }
        return 12.0 * std::log2(1.0 + value / 100.0);
    }

    QString sayAs(const QString& kind, const QString& format, const QString& text) const {
        const QString content = text.trimmed();
        if (kind == QLatin1String("characters") || kind == QLatin1String("spell-out")) {
            QStringList letters;
            for (const QChar c : content) {
                if (!c.isSpace()) {
                    letters.append(QString(c));
                }
            }
            return QLatin1Char(' ') + letters.join(QLatin1Char(' ')) + QLatin1Char(' ');
        }
        static const QRegularExpression integer(QStringLiteral("^\\d+$"));
        if (kind == QLatin1String("cardinal") || kind == QLatin1String("number")) {
            static const QRegularExpression number(QStringLiteral("^-?\\d+(?:[.,]\\d+)*$"));
            if (!number.match(content).hasMatch()) {
                fail(QStringLiteral("<say-as interpret-as=\"cardinal\"> holds \"%1\", which is "
                                    "not a number written in digits")
                         .arg(content.left(40)));
            }
            return speech_text::spellOutNumbers(content, language_);
        }
        if (kind == QLatin1String("ordinal")) {
            if (!integer.match(content).hasMatch()) {
                fail(QStringLiteral("<say-as interpret-as=\"ordinal\"> holds \"%1\"; write the "
                                    "ordinal in digits, such as 3")
                         .arg(content.left(40)));
            }
            return ordinalWords(content.toLongLong(), language_);
        }
        if (kind == QLatin1String("date")) {
            return dateWords(format, content);
        }
        fail(QStringLiteral("<say-as interpret-as=\"%1\"> is not supported; use characters, "
                            "cardinal, ordinal or date")
                 .arg(kind));
    }

    QString dateWords(const QString& format, const QString& content) const {
        static const QRegularExpression parts(QStringLiteral("^(\\d+)[-/.](\\d+)[-/.](\\d+)$"));
        const QRegularExpressionMatch match = parts.match(content);
        const QString order = format.isEmpty() ? QStringLiteral("ymd") : format;
        QDate date;
        if (match.hasMatch() && order.size() == 3) {
            int y = 0, m = 0, d = 0;
            for (int i = 0; i < 3; ++i) {
                const int value = match.captured(i + 1).toInt();
                (order[i] == QLatin1Char('y') ? y : order[i] == QLatin1Char('m') ? m : d) = value;
            }
            date = QDate(y, m, d);
        }
        if (!date.isValid()) {
            fail(QStringLiteral("<say-as interpret-as=\"date\"> holds \"%1\", which is not a "
                                "date in the order \"%2\"; write it like 2024-03-05, or give "
                                "format=\"dmy\", \"mdy\" or \"ymd\"")
                     .arg(content.left(40), order));
        }
        const QString icu = icuLanguage(language_);
        const QLocale locale(icu);
        const QString month = locale.monthName(date.month());
        const QString year = speech_text::spellOutNumbers(QString::number(date.year()), icu);
        if (icu == QLatin1String("en")) {
            return QStringLiteral(" %1 %2, %3 ").arg(month, ordinalWords(date.day(), icu), year);
        }
        return QStringLiteral(" %1 %2 %3 ")
            .arg(speech_text::spellOutNumbers(QString::number(date.day()), icu), month, year);
    }

    QXmlStreamReader reader_;
    QString language_;
    QString field_;
    QList<Part> parts_;
    Part current_;
    QList<Prosody> prosody_;
};

}  // namespace

bool isSsml(const QString& text) {
    const QString start = text.trimmed().left(6);
    return start.startsWith(QLatin1String("<speak")) || start.startsWith(QLatin1String("<?xml"));
}

QList<Part> parse(const QString& text, const QString& language, const QString& field) {
    return Parser(text, language, field).run();
}

}  // namespace sonara::core::ssml
