// The TTS text front end: SSML subset, abbreviation and unit lists, the VITS phonemizer (real
// eSpeak NG, phonemizer's punctuation rules) and romanisation (ICU).
#include "core/engine/engines/espeak_library.h"
#include "core/engine/engines/speech_script.h"
#include "core/engine/engines/ssml.h"
#include "core/engine/engines/vits_text_hooks.h"
#include "core/engine/errors.h"
#include "models/vits/vits_phonemizer.h"
#include "models/vits/vits_tokenizer.h"

#include <QtTest>

using namespace sonara::core;
namespace phonemizer = sonara::models::vits_phonemizer;

namespace {

QString refusal(const QString& text) {
    try {
        ssml::parse(text, QStringLiteral("en"), QStringLiteral("text"));
    } catch (const ValidationError& error) {
        return QString::number(int(error.kind())) + QLatin1Char('|') + error.field() +
               QLatin1Char('|') + QString::fromUtf8(error.what());
    }
    return {};
}

QString ipa(const QString& text) {
    return QString::fromStdString(
        phonemizer::phonemize(text.toStdString(), vits_text::hooks().espeakIpa));
}

// phonemizer's own tests compare without stress marks (with_stress=False).
QString withoutStress(QString phonemes) {
    return phonemes.remove(QChar(0x02C8)).remove(QChar(0x02CC));
}

}  // namespace

class TestSpeechScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ssmlPartsCarryProsodyAndPauses() {
        const QList<ssml::Part> parts =
            ssml::parse(QStringLiteral("<speak>Hello <break time=\"500ms\"/>there. "
                                       "<prosody rate=\"150%\" pitch=\"+2st\">Quick <prosody "
                                       "rate=\"slow\">and slow</prosody></prosody><s>One.</s>"
                                       "<p>Para</p><break strength=\"x-strong\"/></speak>"),
                        QStringLiteral("en"), QStringLiteral("text"));
        QCOMPARE(parts.size(), 6);
        QCOMPARE(parts[0].text, QStringLiteral("Hello "));
        QCOMPARE(parts[0].pauseSeconds, 0.5);
        QCOMPARE(parts[1].text.trimmed(), QStringLiteral("there."));
        QCOMPARE(parts[2].text.trimmed(), QStringLiteral("Quick"));
        QCOMPARE(parts[2].rate, 1.5);
        QCOMPARE(parts[2].pitchSemitones, 2.0);
        QCOMPARE(parts[3].text, QStringLiteral("and slow"));
        QCOMPARE(parts[3].rate, 1.5 * 0.75);
        QCOMPARE(parts[4].text, QStringLiteral("One."));
        QVERIFY(parts[4].endsSentence);
        QCOMPARE(parts[4].pauseSeconds, 0.35);
        QCOMPARE(parts[5].text, QStringLiteral("Para"));
        QCOMPARE(parts[5].pauseSeconds, 0.7 + 1.2);
    }

    void sayAsAndSubAreResolved() {
        const QList<ssml::Part> parts = ssml::parse(
            QStringLiteral("<speak><say-as interpret-as=\"characters\">SSML</say-as> has "
                           "<say-as interpret-as=\"cardinal\">21</say-as> rules, the "
                           "<say-as interpret-as=\"ordinal\">3</say-as> on "
                           "<say-as interpret-as=\"date\">2024-03-05</say-as>, by "
                           "<sub alias=\"World Wide Web\">WWW</sub>.</speak>"),
            QStringLiteral("eng"), QStringLiteral("text"));
        QCOMPARE(parts.size(), 1);
        QCOMPARE(parts[0].text.simplified(),
                 QStringLiteral("S S M L has twenty-one rules, the third on March fifth, two "
                                "thousand twenty-four , by World Wide Web."));
        const QList<ssml::Part> german = ssml::parse(
            QStringLiteral("<speak><say-as interpret-as=\"cardinal\">21</say-as></speak>"),
            QStringLiteral("de"), QStringLiteral("text"));
        QCOMPARE(german[0].text, QStringLiteral("einundzwanzig"));
    }

    void malformedSsmlNamesLineColumnAndFix() {
        const QString broken =
            refusal(QStringLiteral("<speak>\nHello <prosody rate=\"slow\">x\n</speak>"));
        QVERIFY2(broken.startsWith(QStringLiteral("1|text|SSML error at line 3")),
                 qPrintable(broken));
        QVERIFY2(broken.contains(QStringLiteral("Close every tag")), qPrintable(broken));
        QVERIFY(refusal(QStringLiteral("<speak>Hi <break time=\"1s\">x</break></speak>"))
                    .contains(QStringLiteral("<break> must be empty")));
        const QString unknown = refusal(QStringLiteral("<speak>Hi <audio src=\"x.wav\"/></speak>"));
        QVERIFY2(unknown.contains(QStringLiteral("line 1, column")) &&
                     unknown.contains(QStringLiteral("<audio> is not supported")),
                 qPrintable(unknown));
        QVERIFY(refusal(QStringLiteral("<voice>Hi</voice>")).contains(QStringLiteral("<speak>")));
        QVERIFY(refusal(QStringLiteral("<speak><break time=\"fast\"/></speak>"))
                    .contains(QStringLiteral("500ms")));
        QVERIFY(refusal(QStringLiteral("<speak><break time=\"60s\"/></speak>"))
                    .contains(QStringLiteral("longer than 10")));
        QVERIFY(refusal(QStringLiteral("<speak><prosody volume=\"loud\">x</prosody></speak>"))
                    .contains(QStringLiteral("'volume'")));
        QVERIFY(refusal(QStringLiteral("<speak><prosody pitch=\"200Hz\">x</prosody></speak>"))
                    .contains(QStringLiteral("+2st")));
        QVERIFY(refusal(QStringLiteral("<speak><prosody rate=\"900%\">x</prosody></speak>"))
                    .contains(QStringLiteral("25%-400%")));
        QVERIFY(refusal(QStringLiteral("<speak><say-as interpret-as=\"telephone\">1</say-as>"
                                       "</speak>"))
                    .contains(QStringLiteral("characters, cardinal, ordinal or date")));
        QVERIFY(refusal(QStringLiteral("<speak><say-as interpret-as=\"cardinal\">many</say-as>"
                                       "</speak>"))
                    .contains(QStringLiteral("digits")));
        QVERIFY(refusal(QStringLiteral("<speak><say-as interpret-as=\"date\">2024-13-40</say-as>"
                                       "</speak>"))
                    .contains(QStringLiteral("format")));
        QVERIFY(refusal(QStringLiteral("<speak><sub>WWW</sub></speak>"))
                    .contains(QStringLiteral("alias")));
        QVERIFY(refusal(QStringLiteral("<speak><sub alias=\"a\"><s>b</s></sub></speak>"))
                    .contains(QStringLiteral("only text")));
        QVERIFY(refusal(QStringLiteral("<speak>Tom & Jerry</speak>"))
                    .contains(QStringLiteral("&amp;")));
        QVERIFY(!ssml::isSsml(QStringLiteral("I <3 plain text")));
        speech_script::check(QStringLiteral("Plain text < with > marks & more"),
                             QStringLiteral("en"), QStringLiteral("text"));
    }

    void linesJoinSsmlAbbreviationsAndNumbers() {
        const QList<speech_script::Line> lines = speech_script::lines(
            QStringLiteral("<speak>Dr. Smith lives on Elm Dr. and ran 5 km. "
                           "<prosody rate=\"slow\">Slowly</prosody> on.<break time=\"2s\"/>"
                           "</speak>"),
            QStringLiteral("en"), 400, true);
        QStringList texts;
        for (const auto& line : lines) {
            texts.append(line.text);
        }
        QCOMPARE(texts, (QStringList{QStringLiteral("Doctor Smith lives on Elm Drive and ran five "
                                                    "kilometers."),
                                     QStringLiteral("Slowly"), QStringLiteral("on.")}));
        QCOMPARE(lines[0].pauseSeconds, 0.35);
        QCOMPARE(lines[1].rate, 0.75);
        QCOMPARE(lines[1].pauseSeconds, 0.0);
        QCOMPARE(lines[2].pauseSeconds, 0.35 + 2.0);
    }

    void abbreviationsPerLanguage() {
        QCOMPARE(speech_script::expandAbbreviations(
                     QStringLiteral("Mr. Lee met St. John on Main St. at 3 pm, e.g. today etc."),
                     QStringLiteral("en")),
                 QStringLiteral("Mister Lee met Saint John on Main Street at 3 pm, for example "
                                "today et cetera."));
        QCOMPARE(speech_script::expandAbbreviations(QStringLiteral("It is 1 km or 2.5 kg, 40%."),
                                                    QStringLiteral("eng")),
                 QStringLiteral("It is 1 kilometer or 2.5 kilograms, 40 percent."));
        QCOMPARE(speech_script::expandAbbreviations(QStringLiteral("In the 1990s, 5 in a row."),
                                                    QStringLiteral("en")),
                 QStringLiteral("In the 1990s, 5 in a row."));
        QCOMPARE(speech_script::expandAbbreviations(
                     QStringLiteral("Hr. Müller wohnt in der Bahnhofstr. 5, z.B. 3 km weit."),
                     QStringLiteral("de")),
                 QStringLiteral("Herr Müller wohnt in der Bahnhofstr. 5, zum Beispiel 3 Kilometer "
                                "weit."));
        QCOMPARE(speech_script::expandAbbreviations(QStringLiteral("La Sra. García pagó 5 €."),
                                                    QStringLiteral("spa")),
                 QStringLiteral("La señora García pagó 5 euros."));
        QCOMPARE(speech_script::expandAbbreviations(QStringLiteral("डॉ. शर्मा 5 किमी चले"),
                                                    QStringLiteral("hi")),
                 QStringLiteral("डॉक्टर शर्मा 5 किलोमीटर चले"));
        QCOMPARE(
            speech_script::expandAbbreviations(QStringLiteral("Dr. Who"), QStringLiteral("xx")),
            QStringLiteral("Dr. Who"));
    }

    void phonemizerKeepsPunctuationAsPhonemizerDoes() {
        if (espeak::library().sampleRate <= 0) {
            QSKIP("eSpeak NG data is not installed");
        }
        // phonemizer's test_punctuation.py: EspeakBackend('en-us', preserve_punctuation=True)
        // .phonemize('hello, world!', strip=True) == 'həloʊ, wɜːld!'.
        const QString hello = ipa(QStringLiteral("hello, world!"));
        QCOMPARE(withoutStress(hello), QStringLiteral("həloʊ, wɜːld!"));
        QVERIFY2(hello.contains(QChar(0x02C8)), qPrintable(hello));  // with_stress=True keeps ˈ
        QCOMPARE(ipa(QStringLiteral("")), QString());
        QCOMPARE(ipa(QStringLiteral("!?")), QStringLiteral("!?"));
        const QString quoted = ipa(QStringLiteral("\u201CHey!\u201D  she said; \"hi\"."));
        QVERIFY2(quoted.startsWith(QChar(0x201C)) && quoted.endsWith(QStringLiteral("\".")) &&
                     quoted.contains(QStringLiteral("!\u201D ")) &&
                     !quoted.contains(QStringLiteral("  ")),
                 qPrintable(quoted));
    }

    void phonemeCheckpointTokensFollowTheSymbolTable() {
        if (espeak::library().sampleRate <= 0) {
            QSKIP("eSpeak NG data is not installed");
        }
        // kakao-enterprise/vits-ljs's symbol table order: pad, punctuation, letters, IPA.
        const QString symbols = QStringLiteral(
            "_;:,.!?\u00A1\u00BF\u2014\u2026\"\u00AB\u00BB\u201C\u201D "
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
            "\u0251\u0250\u0252\u00E6\u0253\u0299\u03B2\u0254\u0255\u00E7\u0257\u0256\u00F0"
            "\u02A4\u0259\u0258\u025A\u025B\u025C\u025D\u025E\u025F\u0284\u0261\u0260\u0262"
            "\u029B\u0266\u0267\u0127\u0265\u029C\u0268\u026A\u029D\u026D\u026C\u026B\u026E"
            "\u029F\u0271\u026F\u0270\u014B\u0273\u0272\u0274\u00F8\u0275\u0278\u03B8\u0153"
            "\u0276\u0298\u0279\u027A\u027E\u027B\u0280\u0281\u027D\u0282\u0283\u0288\u02A7"
            "\u0289\u028A\u028B\u2C71\u028C\u0263\u0264\u028D\u03C7\u028E\u028F\u0291\u0290"
            "\u0292\u0294\u02A1\u0295\u02A2\u01C0\u01C1\u01C2\u01C3\u02C8\u02CC\u02D0\u02D1"
            "\u02BC\u02B4\u02B0\u02B1\u02B2\u02B7\u02E0\u02E4\u02DE\u2193\u2191\u2192\u2197"
            "\u2198'\u0329'\u1D7B");
        QJsonObject vocab;
        for (int i = 0; i < symbols.size(); ++i) {
            if (!vocab.contains(symbols.mid(i, 1))) {
                vocab.insert(symbols.mid(i, 1), i);
            }
        }
        const auto tokenizer = sonara::models::VitsTokenizer::fromJson(
            QJsonDocument(vocab).toJson().toStdString(),
            R"({"add_blank": true, "normalize": true, "phonemize": true, "language": "en",
                "pad_token": "_"})");
        const std::vector<int64_t> ids = tokenizer.encode("Hello, world!", vits_text::hooks());
        const QString phonemes = ipa(QStringLiteral("Hello, world!"));
        QCOMPARE(ids.size(), size_t(phonemes.size()) * 2 + 1);
        for (int i = 0; i < phonemes.size(); ++i) {
            QCOMPARE(ids[size_t(2 * i)], int64_t(0));
            QCOMPARE(ids[size_t(2 * i + 1)], int64_t(symbols.indexOf(phonemes[i])));
        }
    }

    void romanisationReachesLatinLetters() {
        QCOMPARE(vits_text::romanize(QStringLiteral("नमस्ते")), QStringLiteral("namaste"));
        QCOMPARE(vits_text::romanize(QStringLiteral("привет мир")), QStringLiteral("privet mir"));
        QCOMPARE(vits_text::romanize(QStringLiteral("plain ascii")), QStringLiteral("plain ascii"));
        const auto hindi = sonara::models::VitsTokenizer::fromJson(
            R"({"_": 0, " ": 1, "n": 2, "a": 3, "m": 4, "s": 5, "t": 6, "e": 7})",
            R"({"add_blank": false, "normalize": true, "phonemize": false, "is_uroman": true,
                "language": "hin"})");
        QCOMPARE(hindi.encode("नमस्ते", vits_text::hooks()),
                 (std::vector<int64_t>{2, 3, 4, 3, 5, 6, 7}));
    }
};

QTEST_GUILESS_MAIN(TestSpeechScript)
#include "test_speech_script.moc"
