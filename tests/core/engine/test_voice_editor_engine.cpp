// The voice editor on real speech: espeak-ng words laid out with known times over a room's
// noise floor (fillers, a restarted phrase, a long pause), and LibriVox recordings from
// Debian's pocketsphinx-testdata transcribed through the stt capability.

#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/capability_registry.h"
#include "core/engine/cut_list.h"
#include "core/engine/engines/edit_list.h"
#include "core/engine/engines/edit_render.h"
#include "core/engine/engines/edit_rules.h"
#include "core/engine/engines/espeak_tts_engine.h"
#include "core/engine/engines/room_tone.h"
#include "core/engine/engines/voice_editor_engine.h"
#include "core/engine/errors.h"
#include "core/engine/standard_capabilities.h"
#include "core/engine/transcript.h"
#include "core/store/asset_store.h"
#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <random>

using namespace sonara::core;
using namespace sonara::core::voice_editor;

namespace {

const QString kLibriVox = QStringLiteral("/usr/share/pocketsphinx/test/data/librivox/");
constexpr double kNoiseDb = -50.0;
constexpr double kWordGap = 0.12;
constexpr double kPhrasePause = 0.6;
constexpr double kLongPause = 2.0;

struct Edited {
    audio::AudioBuffer audio;
    Transcript transcript;
    CutList cuts;
    QString cutsPath;
};

QJsonObject readJson(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

QString wordsOf(const Transcript& transcript) {
    QStringList texts;
    for (const TranscriptWord& word : transcriptWords(transcript)) {
        texts.append(word.text);
    }
    return texts.join(QLatin1Char(' '));
}

qint64 frameOf(double seconds, int rate) {
    return std::llround(seconds * rate);
}

// Whether frames [first, last) of two buffers are the same samples.
bool identical(const audio::AudioBuffer& a, qint64 aFirst, const audio::AudioBuffer& b,
               qint64 bFirst, qint64 frames) {
    for (qint64 i = 0; i < frames * a.channels; ++i) {
        if (a.samples[size_t(aFirst * a.channels + i)] !=
            b.samples[size_t(bFirst * b.channels + i)]) {
            return false;
        }
    }
    return true;
}

}  // namespace

class VoiceEditorEngineTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir scratch_;
    CapabilityRegistry registry_;
    VoiceEditorEngine editor_;
    EspeakTtsEngine espeak_;
    QString talk_;
    audio::AudioBuffer talkAudio_;
    Transcript talkTranscript_;
    int runs_ = 0;

    // One word as espeak-ng says it, without the silence around it.
    audio::AudioBuffer spoken(const QString& word) {
        ValidatedJob job;
        job.capability = QStringLiteral("tts");
        job.engine = QStringLiteral("espeak-ng");
        for (const ParameterSpec& spec : espeak_.info().parameters) {
            job.parameters.insert(spec.id, spec.defaultValue);
        }
        job.inputs.setText(QStringLiteral("text"), word);
        const QString dir = scratch_.filePath(QStringLiteral("tts-%1").arg(runs_++));
        QDir().mkpath(dir);
        JobContext context(dir, nullptr, {});
        const audio::AudioBuffer speech =
            audio::decodeFile(espeak_.run(job, context).first().filePath, {16000, 1});
        qint64 first = 0;
        qint64 last = speech.frames();
        while (first < last && std::abs(speech.samples[size_t(first)]) < 0.01f) {
            ++first;
        }
        while (last > first && std::abs(speech.samples[size_t(last - 1)]) < 0.01f) {
            --last;
        }
        audio::AudioBuffer trimmed{16000, 1, {}};
        trimmed.samples.assign(speech.samples.begin() + first, speech.samples.begin() + last);
        return trimmed;
    }

    // "so um the meeting starts at nine | the meeting starts | the meeting starts at ten uh
    // tomorrow || you know it is fine": word by word with known times, over noise at -50 dBFS.
    void buildTalk() {
        const QList<QStringList> phrases = {
            {"so", "um", "the", "meeting", "starts", "at", "nine"},
            {"the", "meeting", "starts"},
            {"the", "meeting", "starts", "at", "ten", "uh", "tomorrow"},
            {"you", "know", "it", "is", "fine"}};
        const QList<double> pauses = {kPhrasePause, kPhrasePause, kLongPause, 0.5};
        QMap<QString, audio::AudioBuffer> voice;
        talkAudio_ = audio::AudioBuffer{16000, 1, {}};
        talkAudio_.samples.resize(frameOf(0.5, 16000), 0.0f);
        talkTranscript_ = Transcript{};
        talkTranscript_.language = QStringLiteral("en");
        for (qsizetype p = 0; p < phrases.size(); ++p) {
            TranscriptSegment segment;
            for (qsizetype w = 0; w < phrases[p].size(); ++w) {
                const QString& text = phrases[p][w];
                if (!voice.contains(text)) {
                    voice.insert(text, spoken(text));
                }
                const double start = talkAudio_.durationSeconds();
                talkAudio_.samples.insert(talkAudio_.samples.end(), voice[text].samples.begin(),
                                          voice[text].samples.end());
                segment.words.append(TranscriptWord{start, talkAudio_.durationSeconds(), text});
                if (w + 1 < phrases[p].size()) {
                    talkAudio_.samples.resize(talkAudio_.samples.size() + frameOf(kWordGap, 16000));
                }
            }
            segment.start = segment.words.first().start;
            segment.end = segment.words.last().end;
            talkTranscript_.segments.append(segment);
            talkAudio_.samples.resize(talkAudio_.samples.size() + frameOf(pauses[p], 16000));
        }
        std::mt19937 random(5);
        std::normal_distribution<float> noise(0.0f, float(std::pow(10.0, kNoiseDb / 20)));
        for (float& sample : talkAudio_.samples) {
            sample += noise(random);
        }
        talkTranscript_.duration = talkAudio_.durationSeconds();
        talk_ = scratch_.filePath(QStringLiteral("talk.wav"));
        audio::EncodeOptions options;
        options.sampleFormat = audio::SampleFormat::Float32;
        audio::encodeFile(talkAudio_, talk_, options);
    }

    TranscriptWord talkWord(int index) const { return transcriptWords(talkTranscript_).at(index); }

    ValidatedJob job(const QString& audio, const QVariantMap& overrides,
                     const QJsonObject& edits = {}, bool withTranscript = true) const {
        ValidatedJob job;
        job.capability = QStringLiteral("voice-editor");
        job.engine = QStringLiteral("voice-editor");
        for (const ParameterSpec& spec : voiceEditorParameters()) {
            job.parameters.insert(spec.id, overrides.value(spec.id, spec.defaultValue));
        }
        job.inputs.setFiles(QStringLiteral("audio"), {audio});
        if (!edits.isEmpty()) {
            job.inputs.setDocument(QStringLiteral("edits"), edits);
        }
        if (withTranscript) {
            job.inputs.setDocument(QStringLiteral("transcript"), talkTranscript_.toJson());
        }
        return job;
    }

    Edited edit(const ValidatedJob& job, CapabilityAccess access = {}) {
        const QString dir = scratch_.filePath(QStringLiteral("edit-%1").arg(runs_++));
        QDir().mkpath(dir);
        JobContext context(dir, nullptr, {});
        access.registry = &registry_;
        context.setCapabilities(access);
        Edited result;
        for (const EngineOutput& output : editor_.run(job, context)) {
            if (output.outputId == QLatin1String("audio")) {
                result.audio = audio::decodeFile(output.filePath);
            } else if (output.outputId == QLatin1String("transcript")) {
                result.transcript = Transcript::fromJson(readJson(output.filePath));
            } else if (output.outputId == QLatin1String("cuts")) {
                result.cuts = CutList::fromJson(readJson(output.filePath));
                result.cutsPath = output.filePath;
            }
        }
        return result;
    }

    static QJsonObject editList(const QJsonArray& operations) {
        return QJsonObject{{QStringLiteral("version"), 1},
                           {QStringLiteral("operations"), operations}};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(scratch_.isValid());
        registerBuiltinEngines(registry_);
        buildTalk();
        QCOMPARE(talkWord(6).text, QStringLiteral("nine"));
    }

    void mutingInSilenceModeLeavesTheRestSampleIdentical() {
        const TranscriptWord nine = talkWord(6);
        const Edited result =
            edit(job(talk_, {{QStringLiteral("mute_with"), QStringLiteral("silence")}},
                     editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("mute")},
                                           {QStringLiteral("words"), QJsonArray{6, 6}}}})));
        QCOMPARE(result.audio.frames(), talkAudio_.frames());
        const qint64 first = frameOf(nine.start, 16000);
        const qint64 last = frameOf(nine.end, 16000);
        const double level = rmsDb(result.audio, first, last);
        QVERIFY2(level <= -60.0, qPrintable(QString::number(level)));
        const qint64 fade = frameOf(0.010, 16000);
        QVERIFY(identical(result.audio, 0, talkAudio_, 0, first - fade));
        QVERIFY(identical(result.audio, last + fade, talkAudio_, last + fade,
                          talkAudio_.frames() - last - fade));
        QVERIFY(!wordsOf(result.transcript).contains(QStringLiteral("nine")));
        QCOMPARE(result.cuts.covers.size(), 1);
        QCOMPARE(result.cuts.covers.first().action, QStringLiteral("mute"));
    }

    void mutingWithRoomToneFillsAtTheNoiseLevel() {
        const TranscriptWord meeting = talkWord(3);
        const Edited result =
            edit(job(talk_, {},
                     editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("mute")},
                                           {QStringLiteral("start"), meeting.start},
                                           {QStringLiteral("end"), meeting.end}}})));
        const double level =
            rmsDb(result.audio, frameOf(meeting.start, 16000), frameOf(meeting.end, 16000));
        QVERIFY2(std::abs(level - kNoiseDb) <= 3.0, qPrintable(QString::number(level)));
    }

    void bleepIsAThousandHertzToneAtMinusTwelveDbfs() {
        const TranscriptWord ten = talkWord(14);
        QCOMPARE(ten.text, QStringLiteral("ten"));
        const Edited result =
            edit(job(talk_, {{QStringLiteral("words"), QStringLiteral("ten")},
                             {QStringLiteral("words_action"), QStringLiteral("bleep")}}));
        const qint64 first = frameOf(ten.start, 16000);
        const qint64 last = frameOf(ten.end, 16000);
        float peak = 0;
        int crossings = 0;
        for (qint64 i = first; i < last; ++i) {
            peak = std::max(peak, std::abs(result.audio.samples[size_t(i)]));
            crossings += (result.audio.samples[size_t(i)] >= 0) !=
                         (result.audio.samples[size_t(i + 1)] >= 0);
        }
        QVERIFY2(std::abs(20 * std::log10(peak) + 12.0) < 0.1, qPrintable(QString::number(peak)));
        const double hertz = crossings / 2.0 / (ten.end - ten.start);
        QVERIFY2(std::abs(hertz - 1000) < 20, qPrintable(QString::number(hertz)));
        QVERIFY(wordsOf(result.transcript).contains(QStringLiteral("[bleep]")));
    }

    void cuttingAWordShortensByItsDuration() {
        const TranscriptWord tomorrow = talkWord(16);
        QCOMPARE(tomorrow.text, QStringLiteral("tomorrow"));
        const Edited result =
            edit(job(talk_, {},
                     editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("cut")},
                                           {QStringLiteral("words"), QJsonArray{16}}}})));
        const double shortened = talkAudio_.durationSeconds() - result.audio.durationSeconds();
        QVERIFY2(std::abs(shortened - (tomorrow.end - tomorrow.start)) <= 0.020,
                 qPrintable(QString::number(shortened)));
        const qint64 before = frameOf(tomorrow.start - 0.010, 16000);
        QVERIFY(identical(result.audio, 0, talkAudio_, 0, before));
        QCOMPARE(result.cuts.cuts.size(), 1);
        QCOMPARE(result.cuts.kept.size(), 2);
        QVERIFY(!wordsOf(result.transcript).contains(QStringLiteral("tomorrow")));
        const TranscriptWord you = transcriptWords(result.transcript).at(16);
        QCOMPARE(you.text, QStringLiteral("you"));
        QVERIFY(std::abs(you.start - (talkWord(17).start - shortened)) < 0.001);
    }

    // A cut's join passes through the room tone: where the two sides meet, what sounds is the
    // room at its own level, not the words butted together; in silence mode they crossfade.
    void cutJoinsPassThroughTheRoomTone() {
        const int rate = 16000;
        audio::AudioBuffer source{rate, 1, std::vector<float>(size_t(rate), 0.0f)};
        std::mt19937 random(9);
        std::normal_distribution<float> noise(0.0f, float(std::pow(10.0, kNoiseDb / 20)));
        for (qint64 i = 0; i < source.frames(); ++i) {
            const bool speech = i >= rate / 2;
            source.samples[size_t(i)] =
                noise(random) + (speech ? 0.5f * float(std::sin(2 * M_PI * 220 * i / rate)) : 0);
        }
        EditPlan plan;
        plan.cuts = {TimeRange{0.7, 0.8}};
        plan.cutReasons = {QStringLiteral("word")};
        RenderOptions options;
        options.crossfadeSeconds = 0.02;
        const RoomTone tone(source, findQuietestStretch(source, 0.3));
        const audio::AudioBuffer joined = renderEdits(source, plan, options, &tone);
        options.muteFill = MuteFill::Silence;
        const audio::AudioBuffer butted = renderEdits(source, plan, options, &tone);
        QCOMPARE(joined.frames(), source.frames() - frameOf(0.1, rate));
        QCOMPARE(butted.frames(), joined.frames());
        const qint64 join = frameOf(0.7, rate);
        const double atJoin =
            rmsDb(joined, join - frameOf(0.002, rate), join + frameOf(0.002, rate));
        QVERIFY2(std::abs(atJoin - tone.levelDb()) <= 3.0, qPrintable(QString::number(atJoin)));
        QVERIFY(rmsDb(butted, join - frameOf(0.002, rate), join + frameOf(0.002, rate)) > -15);
        const qint64 fade = frameOf(0.02, rate);
        QVERIFY(identical(joined, 0, source, 0, join - fade));
        QVERIFY(identical(joined, join + fade, source, join + fade + frameOf(0.1, rate),
                          joined.frames() - join - fade));
    }

    // The user's word lists live in the data folder the program runs with (`--data`).
    void usersWordListsComeFromTheDataFolder() {
        const QString data = scratch_.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data + QStringLiteral("/word-lists")));
        QFile own(data + QStringLiteral("/word-lists/fillers-en.txt"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("meeting\n");
        own.close();
        const ValidatedJob fillers = job(talk_, {{QStringLiteral("remove_fillers"), true}});
        QVERIFY(wordsOf(edit(fillers).transcript).contains(QStringLiteral("meeting")));
        CapabilityAccess access;
        access.dataDirectory = data;
        const QString words = wordsOf(edit(fillers, access).transcript);
        QVERIFY2(
            !words.contains(QStringLiteral("meeting")) && !words.contains(QStringLiteral("um")),
            qPrintable(words));
    }

    // A job's input is a stored copy named by its hash; the cut list and its EDL name the
    // recording as the user imported it.
    void theCutListNamesTheRecordingAsImported() {
        store::Database database(scratch_.filePath(QStringLiteral("names.db")));
        store::AssetStore assets(database, scratch_.filePath(QStringLiteral("assets")));
        store::AssetDescription description;
        description.name = QStringLiteral("board meeting.wav");
        const store::Asset stored = assets.add(talk_, description);
        QVERIFY(QFileInfo(stored.path).fileName() != description.name);
        CapabilityAccess access;
        access.assets = &assets;
        const Edited result =
            edit(job(stored.path, {{QStringLiteral("remove_fillers"), true}}), access);
        QCOMPARE(result.cuts.source, description.name);
        QVERIFY(result.cuts.toEdl().contains("* FROM CLIP NAME: board meeting.wav"));
    }

    void removingFillersCutsThemAll() {
        const Edited result = edit(job(talk_, {{QStringLiteral("remove_fillers"), true}}));
        const QString words = wordsOf(result.transcript);
        QVERIFY2(!words.contains(QStringLiteral("um")) && !words.contains(QStringLiteral("uh")) &&
                     !words.contains(QStringLiteral("you know")),
                 qPrintable(words));
        const double fillers = (talkWord(1).end - talkWord(1).start) +
                               (talkWord(15).end - talkWord(15).start) +
                               (talkWord(18).end - talkWord(17).start);
        const double shortened = talkAudio_.durationSeconds() - result.audio.durationSeconds();
        QVERIFY2(std::abs(shortened - fillers) <= 0.020, qPrintable(QString::number(shortened)));
    }

    void shorteningSilencesMeetsTheTarget() {
        const Edited result = edit(job(talk_, {{QStringLiteral("max_silence"), 0.7},
                                               {QStringLiteral("target_silence"), 0.3}}));
        const QList<TranscriptWord> words = transcriptWords(result.transcript);
        double longest = words.first().start;
        for (qsizetype i = 1; i < words.size(); ++i) {
            longest = std::max(longest, words[i].start - words[i - 1].end);
        }
        // The 2 s pause is now the target; the 0.6 s ones were short enough to stay.
        QVERIFY2(std::abs(longest - kPhrasePause) < 0.002, qPrintable(QString::number(longest)));
        const double pause = words.at(17).start - words.at(16).end;
        QVERIFY2(std::abs(pause - 0.3) < 0.002, qPrintable(QString::number(pause)));
        QCOMPARE(result.cuts.cuts.size(), 1);
        QCOMPARE(result.cuts.cuts.first().reason, QStringLiteral("silence"));
    }

    void bloopersKeepTheLastTake() {
        const Edited result = edit(job(talk_, {{QStringLiteral("find_bloopers"), true}}));
        QCOMPARE(wordsOf(result.transcript),
                 QStringLiteral("so um the meeting starts at nine the meeting starts at ten uh "
                                "tomorrow you know it is fine"));
        QCOMPARE(result.cuts.cuts.size(), 1);
        QCOMPARE(result.cuts.cuts.first().reason, QStringLiteral("blooper"));
        // The kept (last) take is the original's audio, moved earlier.
        const TranscriptWord lastTake = talkWord(10);
        const qint64 moved = frameOf(result.cuts.cuts.first().end, 16000) -
                             frameOf(result.cuts.cuts.first().start, 16000);
        const qint64 from = frameOf(lastTake.start + 0.01, 16000);
        QVERIFY(identical(result.audio, from - moved, talkAudio_, from,
                          frameOf(talkWord(16).end - lastTake.start - 0.01, 16000)));
    }

    void keepProtectsWhatARuleWouldCut() {
        const TranscriptWord um = talkWord(1);
        const Edited result =
            edit(job(talk_, {{QStringLiteral("remove_fillers"), true}},
                     editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("keep")},
                                           {QStringLiteral("start"), um.start - 0.05},
                                           {QStringLiteral("end"), um.end + 0.05}}})));
        QVERIFY(wordsOf(result.transcript).startsWith(QStringLiteral("so um the")));
    }

    void wordListsCoverFourLanguagesAndTakeTheUsersOwn() {
        for (const QString& language : supportedWordListLanguages()) {
            const WordLists lists = loadWordLists(language);
            QVERIFY2(!lists.fillers.isEmpty() && !lists.profanity.isEmpty(), qPrintable(language));
        }
        QVERIFY(loadWordLists(QStringLiteral("de-DE")).fillers.contains(QStringLiteral("ähm")));
        const QString mine = scratch_.filePath(QStringLiteral("word-lists"));
        QDir().mkpath(mine);
        QFile own(mine + QStringLiteral("/fillers-en.txt"));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("# mine\nBasically\nkind of\n");
        own.close();
        const WordLists lists = loadWordLists(QStringLiteral("en-US"), mine);
        QVERIFY(lists.fillers.contains(QStringLiteral("basically")));
        QVERIFY(lists.fillers.contains(QStringLiteral("kind of")));
        QVERIFY(lists.fillers.contains(QStringLiteral("you know")));
        QVERIFY(loadWordLists(QStringLiteral("xx")).fillers.isEmpty());
        // A Hindi word is matched whole, vowel signs included: साला is listed, साल (year) is not.
        const QList<TranscriptWord> hindi = {{0.0, 0.3, QStringLiteral("यह")},
                                             {0.4, 0.7, QStringLiteral("साला,")},
                                             {0.8, 1.1, QStringLiteral("साल")}};
        const QList<Edit> found = phraseEdits(hindi, loadWordLists(QStringLiteral("hi")).profanity,
                                              EditAction::Bleep, QStringLiteral("profanity"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().firstWord, 1);
    }

    void badEditListsNameTheFieldAndChangeNothing() {
        QJsonObject bad = editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("erase")},
                                                {QStringLiteral("start"), 0},
                                                {QStringLiteral("end"), 1}}});
        JobRequest request;
        request.capability = QStringLiteral("voice-editor");
        request.inputs.setFiles(QStringLiteral("audio"), {talk_});
        request.inputs.setDocument(QStringLiteral("edits"), bad);
        try {
            registry_.validate(request, nullptr);
            QFAIL("a bad edit list was accepted");
        } catch (const ValidationError& error) {
            QCOMPARE(error.field(), QStringLiteral("edits"));
            QVERIFY2(error.message().contains(QStringLiteral("/operations/0/op")),
                     qPrintable(error.message()));
        }
        const QString dir = scratch_.filePath(QStringLiteral("bad"));
        QDir().mkpath(dir);
        JobContext context(dir, nullptr, {});
        const QJsonObject late =
            editList({QJsonObject{{QStringLiteral("op"), QStringLiteral("cut")},
                                  {QStringLiteral("words"), QJsonArray{500}}}});
        QVERIFY_THROWS_EXCEPTION(EngineError, editor_.run(job(talk_, {}, late), context));
        QVERIFY(QDir(dir).entryList(QDir::Files).isEmpty());
    }

    // Real speech, no transcript given: the editor transcribes through the stt capability.
    void cutsAWordOfALibriVoxRecordingTranscribedOnTheWay() {
        const QString recording =
            kLibriVox + QStringLiteral("sense_and_sensibility_01_austen_64kb-0880.wav");
        if (!QFile::exists(recording)) {
            QSKIP("pocketsphinx-testdata is not installed (packaging/install-deps.sh)");
        }
        const audio::AudioBuffer original = audio::decodeFile(recording);
        const Edited result = edit(job(recording,
                                       {{QStringLiteral("words"), QStringLiteral("young")},
                                        {QStringLiteral("words_action"), QStringLiteral("cut")}},
                                       {}, false));
        QCOMPARE(result.cuts.cuts.size(), 1);
        const CutList::Cut cut = result.cuts.cuts.first();
        const double shortened = original.durationSeconds() - result.audio.durationSeconds();
        QVERIFY2(std::abs(shortened - (cut.end - cut.start)) <= 0.020,
                 qPrintable(QString::number(shortened)));
        QVERIFY(cut.end - cut.start > 0.1);
        QVERIFY(!wordsOf(result.transcript).contains(QStringLiteral("young")));
        QVERIFY2(wordsOf(result.transcript).startsWith(QStringLiteral("he was not")),
                 qPrintable(wordsOf(result.transcript)));
        const QByteArray edl = result.cuts.toEdl();
        QVERIFY(edl.contains("FCM: NON-DROP FRAME"));
        QCOMPARE(edl.count("AX       A     C"), 2);
    }

    // The language goes on to speech to text: PocketSphinx knows English only and says so.
    void theLanguageReachesSpeechToText() {
        const QString recording =
            kLibriVox + QStringLiteral("sense_and_sensibility_01_austen_64kb-0880.wav");
        if (!QFile::exists(recording)) {
            QSKIP("pocketsphinx-testdata is not installed (packaging/install-deps.sh)");
        }
        const QVariantMap german{{QStringLiteral("words"), QStringLiteral("young")},
                                 {QStringLiteral("language"), QStringLiteral("de")}};
        try {
            edit(job(recording, german, {}, false));
            QFAIL("PocketSphinx transcribed German");
        } catch (const EngineError& error) {
            QVERIFY2(QString::fromUtf8(error.what()).contains(QStringLiteral("'de'")),
                     error.what());
        }
        const Edited english = edit(job(recording,
                                        {{QStringLiteral("words"), QStringLiteral("young")},
                                         {QStringLiteral("language"), QStringLiteral("en")}},
                                        {}, false));
        QCOMPARE(english.transcript.language, QStringLiteral("en"));
        QCOMPARE(english.cuts.covers.size(), 1);
    }

    void mutesAWordOfALibriVoxRecordingToSilence() {
        const QString recording =
            kLibriVox + QStringLiteral("sense_and_sensibility_01_austen_64kb-0930.wav");
        if (!QFile::exists(recording)) {
            QSKIP("pocketsphinx-testdata is not installed (packaging/install-deps.sh)");
        }
        const audio::AudioBuffer original = audio::decodeFile(recording);
        const Edited result = edit(job(recording,
                                       {{QStringLiteral("words"), QStringLiteral("even")},
                                        {QStringLiteral("mute_with"), QStringLiteral("silence")}},
                                       {}, false));
        QVERIFY2(result.cuts.covers.size() == 1, qPrintable(wordsOf(result.transcript)));
        const CutList::Cover muted = result.cuts.covers.first();
        const int rate = original.sampleRate;
        QVERIFY(rmsDb(result.audio, frameOf(muted.start, rate), frameOf(muted.end, rate)) <= -60);
        const qint64 fade = frameOf(0.010, rate) + 1;
        QVERIFY(identical(result.audio, 0, original, 0, frameOf(muted.start, rate) - fade));
        const qint64 after = frameOf(muted.end, rate) + fade;
        QVERIFY(identical(result.audio, after, original, after, original.frames() - after));
    }
};

QTEST_GUILESS_MAIN(VoiceEditorEngineTest)
#include "test_voice_editor_engine.moc"
