#include "core/engine/engines/voice_editor_engine.h"

#include "core/audio/audio_error.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engines/edit_list.h"
#include "core/engine/engines/edit_render.h"
#include "core/engine/engines/edit_rules.h"
#include "core/engine/engines/engine_support.h"
#include "core/engine/engines/room_tone.h"
#include "core/engine/errors.h"
#include "core/engine/json_schema.h"
#include "core/engine/sub_job.h"
#include "core/store/asset_store.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sonara::core {
namespace {

using namespace engine_support;
using namespace voice_editor;

const QString kOff = QStringLiteral("off");
const QString kCut = QStringLiteral("cut");
const QString kMute = QStringLiteral("mute");
const QString kBleep = QStringLiteral("bleep");
const QString kRoomTone = QStringLiteral("room_tone");
const QString kSilence = QStringLiteral("silence");

ParameterSpec stringParameter(const QString& id, const QString& title, const QString& help) {
    ParameterSpec spec;
    spec.id = id;
    spec.title = title;
    spec.type = ParameterType::String;
    spec.defaultValue = QString();
    spec.help = help;
    return spec;
}

ParameterSpec removeFillersSpec() {
    return booleanParameter(
        QStringLiteral("remove_fillers"), QT_TRANSLATE_NOOP("capability", "Remove fillers"), false,
        QT_TRANSLATE_NOOP("capability",
                          "Cut filler words such as um, uh and \"you know\", from the "
                          "language's list and your own."));
}

ParameterSpec profanitySpec() {
    return choiceParameter(QStringLiteral("profanity"),
                           QT_TRANSLATE_NOOP("capability", "Profanity"), kOff,
                           {kOff, kBleep, kMute},
                           QT_TRANSLATE_NOOP("capability",
                                             "Bleep or mute the words of the language's "
                                             "profanity list and your own."));
}

ParameterSpec wordsSpec() {
    return stringParameter(
        QStringLiteral("words"), QT_TRANSLATE_NOOP("capability", "Words"),
        QT_TRANSLATE_NOOP("capability", "Words or phrases to edit, separated by commas."));
}

ParameterSpec patternSpec() {
    return stringParameter(QStringLiteral("pattern"),
                           QT_TRANSLATE_NOOP("capability", "Word pattern"),
                           QT_TRANSLATE_NOOP("capability",
                                             "A regular expression; every word it matches in "
                                             "full is edited, e.g. \\d+ for numbers."));
}

ParameterSpec wordsActionSpec() {
    return choiceParameter(QStringLiteral("words_action"),
                           QT_TRANSLATE_NOOP("capability", "Edit the words by"), kMute,
                           {kCut, kMute, kBleep},
                           QT_TRANSLATE_NOOP("capability",
                                             "What happens to the words and pattern matches: "
                                             "cut, mute or bleep."));
}

ParameterSpec maxSilenceSpec() {
    return numberParameter(QStringLiteral("max_silence"),
                           QT_TRANSLATE_NOOP("capability", "Longest silence"), 0.0, 0.0, 60.0,
                           QT_TRANSLATE_NOOP("capability", "s"),
                           QT_TRANSLATE_NOOP("capability",
                                             "Pauses longer than this are shortened to the "
                                             "target silence; 0 leaves them."));
}

ParameterSpec targetSilenceSpec() {
    return numberParameter(QStringLiteral("target_silence"),
                           QT_TRANSLATE_NOOP("capability", "Target silence"), 0.3, 0.0, 10.0,
                           QT_TRANSLATE_NOOP("capability", "s"),
                           QT_TRANSLATE_NOOP("capability", "How long a shortened pause lasts."));
}

ParameterSpec findBloopersSpec() {
    return booleanParameter(
        QStringLiteral("find_bloopers"), QT_TRANSLATE_NOOP("capability", "Remove bloopers"), false,
        QT_TRANSLATE_NOOP("capability",
                          "When a phrase is started again within a few seconds, keep the last "
                          "take and cut the earlier ones."));
}

ParameterSpec muteWithSpec() {
    return choiceParameter(QStringLiteral("mute_with"),
                           QT_TRANSLATE_NOOP("capability", "Mute with"), kRoomTone,
                           {kRoomTone, kSilence},
                           QT_TRANSLATE_NOOP("capability",
                                             "Fill muted spans with the recording's room tone "
                                             "(its quietest stretch, looped) or with silence."));
}

ParameterSpec bleepHzSpec() {
    return numberParameter(QStringLiteral("bleep_hz"),
                           QT_TRANSLATE_NOOP("capability", "Bleep pitch"), 1000.0, 100.0, 8000.0,
                           QT_TRANSLATE_NOOP("capability", "Hz"),
                           QT_TRANSLATE_NOOP("capability", "The bleep tone's frequency."));
}

ParameterSpec bleepLevelSpec() {
    return numberParameter(QStringLiteral("bleep_level"),
                           QT_TRANSLATE_NOOP("capability", "Bleep level"), -12.0, -60.0, 0.0,
                           QT_TRANSLATE_NOOP("capability", "dBFS"),
                           QT_TRANSLATE_NOOP("capability", "The bleep tone's peak level."));
}

ParameterSpec crossfadeSpec() {
    return numberParameter(QStringLiteral("crossfade"),
                           QT_TRANSLATE_NOOP("capability", "Crossfade"), 10.0, 0.0, 200.0,
                           QT_TRANSLATE_NOOP("capability", "ms"),
                           QT_TRANSLATE_NOOP("capability",
                                             "Length of the fade at each cut and around each "
                                             "muted or bleeped span."));
}

ParameterSpec languageSpec() {
    ParameterSpec spec = stringParameter(
        QStringLiteral("language"), QT_TRANSLATE_NOOP("capability", "Language"),
        QT_TRANSLATE_NOOP("capability",
                          "Spoken language (en, de, es, hi, ...) or auto: picks the filler and "
                          "profanity lists and is passed on to speech to text."));
    spec.defaultValue = QStringLiteral("auto");
    return spec;
}

EditAction actionOf(const QString& name) {
    return name == kCut ? EditAction::Cut : name == kBleep ? EditAction::Bleep : EditAction::Mute;
}

QString languageOf(const ValidatedJob& job) {
    const QString language = job.parameters.value(QStringLiteral("language")).toString().trimmed();
    return language.isEmpty() ? QStringLiteral("auto") : language;
}

EditList editListOf(const ValidatedJob& job) {
    if (!job.inputs.has(QStringLiteral("edits"))) {
        return {};
    }
    const QJsonValue document = job.inputs.document(QStringLiteral("edits"));
    if (auto problem = schemaViolation(document, EditList::schema())) {
        throw EngineError(QStringLiteral("the edit list (input 'edits') %1").arg(*problem));
    }
    return EditList::fromJson(document.toObject());
}

bool needsWords(const ValidatedJob& job, const EditList& edits) {
    const QVariantMap& p = job.parameters;
    const bool wordEdits = std::any_of(edits.edits.begin(), edits.edits.end(),
                                       [](const Edit& edit) { return edit.byWords(); });
    return wordEdits || p.value(QStringLiteral("remove_fillers")).toBool() ||
           p.value(QStringLiteral("profanity"), kOff).toString() != kOff ||
           !p.value(QStringLiteral("words")).toString().trimmed().isEmpty() ||
           !p.value(QStringLiteral("pattern")).toString().trimmed().isEmpty() ||
           p.value(QStringLiteral("max_silence")).toDouble() > 0 ||
           p.value(QStringLiteral("find_bloopers")).toBool();
}

std::optional<Transcript> transcriptOf(const ValidatedJob& job, const QString& audioPath,
                                       bool needed, JobContext& context) {
    if (job.inputs.has(QStringLiteral("transcript"))) {
        const QJsonValue document = job.inputs.document(QStringLiteral("transcript"));
        if (auto problem = schemaViolation(document, voiceEditorTranscriptSchema())) {
            throw EngineError(
                QStringLiteral("the transcript (input 'transcript') %1").arg(*problem));
        }
        return Transcript::fromJson(document.toObject());
    }
    if (!needed) {
        return std::nullopt;
    }
    JobRequest request;
    request.capability = QStringLiteral("stt");
    request.inputs.setFiles(QStringLiteral("audio"), {audioPath});
    request.parameters = {{QStringLiteral("language"), languageOf(job)},
                          {QStringLiteral("word_timestamps"), true}};
    const QList<EngineOutput> outputs =
        runSubJob(request, context, QStringLiteral("transcribe"), 0.05, 0.6);
    QFile file(outputs.value(0).filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        throw EngineError(QStringLiteral("speech to text left no transcript of %1; give one as "
                                         "the transcript input")
                              .arg(QFileInfo(audioPath).fileName()));
    }
    return Transcript::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

QList<Edit> ruleEdits(const ValidatedJob& job, const Transcript& transcript, double duration,
                      const QString& dataDirectory) {
    const QVariantMap& p = job.parameters;
    const QList<TranscriptWord> words = transcriptWords(transcript);
    QString language = baseLanguage(languageOf(job));
    if (language.isEmpty()) {
        language = baseLanguage(transcript.language);
    }
    const WordLists lists = loadWordLists(language.isEmpty() ? QStringLiteral("en") : language,
                                          userWordListDirectory(dataDirectory));
    QList<Edit> edits;
    if (booleanValue(p, removeFillersSpec())) {
        edits += phraseEdits(words, lists.fillers, EditAction::Cut, QStringLiteral("filler"));
    }
    if (const QString profanity = choiceValue(p, profanitySpec()); profanity != kOff) {
        edits +=
            phraseEdits(words, lists.profanity, actionOf(profanity), QStringLiteral("profanity"));
    }
    const EditAction wordAction = actionOf(choiceValue(p, wordsActionSpec()));
    const QStringList chosen =
        p.value(QStringLiteral("words")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    edits += phraseEdits(words, chosen, wordAction, QStringLiteral("word"));
    if (const QString pattern = p.value(QStringLiteral("pattern")).toString().trimmed();
        !pattern.isEmpty()) {
        const QRegularExpression expression(pattern,
                                            QRegularExpression::UseUnicodePropertiesOption);
        if (!expression.isValid()) {
            throw EngineError(QStringLiteral("parameter 'pattern' is not a valid regular "
                                             "expression (%1 at character %2); fix or clear it")
                                  .arg(expression.errorString())
                                  .arg(expression.patternErrorOffset()));
        }
        edits += patternEdits(words, expression, wordAction, QStringLiteral("pattern"));
    }
    if (const double maxSilence = numberValue(p, maxSilenceSpec()); maxSilence > 0) {
        edits += silenceEdits(words, duration, maxSilence, numberValue(p, targetSilenceSpec()));
    }
    if (booleanValue(p, findBloopersSpec())) {
        edits += blooperEdits(words);
    }
    return edits;
}

// The recording's name as the user knows it: the name it was imported under, not the stored
// copy's hash.
QString recordingName(const QString& audioPath, const JobContext& context) {
    if (const store::AssetStore* assets = context.capabilities().assets) {
        if (const std::optional<store::Asset> asset = assets->findByPath(audioPath);
            asset && !asset->name.isEmpty()) {
            return QFileInfo(asset->name).fileName();
        }
    }
    return QFileInfo(audioPath).fileName();
}

void saveJson(const QString& path, const QJsonObject& json, const QString& what) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        throw EngineError(QStringLiteral("could not save the %1: %2. Free some disk space or "
                                         "check the folder's permissions")
                              .arg(what, file.errorString()));
    }
}

}  // namespace

QList<ParameterSpec> voiceEditorParameters() {
    return {removeFillersSpec(), profanitySpec(),  wordsSpec(),         patternSpec(),
            wordsActionSpec(),   maxSilenceSpec(), targetSilenceSpec(), findBloopersSpec(),
            muteWithSpec(),      bleepHzSpec(),    bleepLevelSpec(),    crossfadeSpec(),
            languageSpec()};
}

QJsonObject voiceEditorTranscriptSchema() {
    const QJsonObject number{{QStringLiteral("type"), QStringLiteral("number")}};
    const QJsonObject word{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("text")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("start"), number},
                     {QStringLiteral("end"), number},
                     {QStringLiteral("text"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
    const QJsonObject segment{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("required"), QJsonArray{QStringLiteral("start"), QStringLiteral("end")}},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("start"), number},
                     {QStringLiteral("end"), number},
                     {QStringLiteral("words"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                  {QStringLiteral("items"), word}}}}}};
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("required"), QJsonArray{QStringLiteral("segments")}},
                       {QStringLiteral("properties"),
                        QJsonObject{{QStringLiteral("segments"),
                                     QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                 {QStringLiteral("items"), segment}}}}}};
}

EngineInfo VoiceEditorEngine::info() const {
    EngineInfo info;
    info.id = QStringLiteral("voice-editor");
    info.capability = QStringLiteral("voice-editor");
    info.title = QT_TRANSLATE_NOOP("capability", "Sonara voice editor");
    info.summary = QT_TRANSLATE_NOOP(
        "capability", "Cuts, mutes and bleeps by word times, with room tone and crossfades.");
    return info;
}

QList<EngineOutput> VoiceEditorEngine::run(const ValidatedJob& job, JobContext& context) {
    const QString audioPath = job.inputs.file(QStringLiteral("audio"));
    if (audioPath.isEmpty()) {
        throw EngineError(
            QStringLiteral("the voice editor needs a recording: give it as the "
                           "audio input"));
    }
    context.progress(0.0, QStringLiteral("Reading the recording"));
    audio::AudioBuffer source;
    try {
        source = audio::decodeFile(audioPath);
    } catch (const audio::AudioError& error) {
        throw unreadableAudio(audioPath, error, QStringLiteral("edit"));
    }
    EditList list = editListOf(job);
    context.throwIfCancelled();
    const std::optional<Transcript> transcript =
        transcriptOf(job, audioPath, needsWords(job, list), context);
    const double duration = source.durationSeconds();
    context.progress(0.6, QStringLiteral("Finding the edits"));
    if (transcript) {
        resolveWords(list.edits, transcriptWords(*transcript));
        list.edits += ruleEdits(job, *transcript, duration, context.capabilities().dataDirectory);
    } else if (std::any_of(list.edits.begin(), list.edits.end(),
                           [](const Edit& edit) { return edit.byWords(); })) {
        throw EngineError(
            QStringLiteral("the edit list names words; give the transcript it was "
                           "made on as the transcript input"));
    }
    const EditPlan plan = planEdits(list.edits, duration);

    context.throwIfCancelled();
    context.progress(0.7, QStringLiteral("Applying the edits"));
    RenderOptions render;
    render.crossfadeSeconds = numberValue(job.parameters, crossfadeSpec()) / 1000.0;
    render.muteFill = choiceValue(job.parameters, muteWithSpec()) == kSilence ? MuteFill::Silence
                                                                              : MuteFill::RoomTone;
    render.bleepHz = numberValue(job.parameters, bleepHzSpec());
    render.bleepDb = numberValue(job.parameters, bleepLevelSpec());
    const RoomTone tone(source, list.roomTone.value_or(findQuietestStretch(source)));
    const audio::AudioBuffer edited = renderEdits(source, plan, render, &tone);

    context.throwIfCancelled();
    context.progress(0.9, QStringLiteral("Saving"));
    OutputFileGuard audioFile(context.outputPath(QStringLiteral("edited.wav")));
    OutputFileGuard cutsFile(context.outputPath(QStringLiteral("cuts.json")));
    audio::EncodeOptions encode;
    encode.sampleFormat = audio::SampleFormat::Float32;
    audio::encodeFile(edited, audioFile.path(), encode);
    const double newDuration = edited.durationSeconds();
    saveJson(cutsFile.path(),
             cutListOf(plan, recordingName(audioPath, context), duration, newDuration).toJson(),
             QStringLiteral("cut list"));
    QList<EngineOutput> outputs{EngineOutput{QStringLiteral("audio"), audioFile.path()},
                                EngineOutput{QStringLiteral("cuts"), cutsFile.path()}};
    std::optional<OutputFileGuard> transcriptFile;
    if (transcript) {
        transcriptFile.emplace(context.outputPath(QStringLiteral("edited-transcript.json")));
        saveJson(transcriptFile->path(), shiftTranscript(*transcript, plan, newDuration).toJson(),
                 QStringLiteral("transcript"));
        outputs.append(EngineOutput{QStringLiteral("transcript"), transcriptFile->path()});
    }
    context.throwIfCancelled();
    audioFile.release();
    cutsFile.release();
    if (transcriptFile) {
        transcriptFile->release();
    }
    context.workDone();
    return outputs;
}

}  // namespace sonara::core
