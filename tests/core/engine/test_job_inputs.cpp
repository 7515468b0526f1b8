// Named job inputs in the engine: the JSON Schema subset documents are checked with, every
// input kind's validation, voices resolved from the library, and inputs kept across a restart.

#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"
#include "core/engine/errors.h"
#include "core/engine/input_validation.h"
#include "core/engine/json_schema.h"
#include "core/store/job_store.h"
#include "support/gain_capability.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace sonara::core;

namespace {

QJsonObject schemaOf(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

QJsonValue valueOf(const char* json) {
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

}  // namespace

class TestJobInputs : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    QString tone_;
    QString video_;

    CapabilityDescriptor everyKind() const {
        CapabilityDescriptor d;
        d.id = QStringLiteral("every-kind");
        InputSpec audio{QStringLiteral("audio"), InputKind::Audio, QStringLiteral("Audio"), {}};
        InputSpec reference{
            QStringLiteral("reference"), InputKind::Audio, QStringLiteral("Reference"), {}};
        reference.required = false;
        reference.multiple = true;
        InputSpec language{
            QStringLiteral("language"), InputKind::Choice, QStringLiteral("Language"), {}};
        InputSpec voice{QStringLiteral("voice"), InputKind::Voice, QStringLiteral("Voice"), {}};
        voice.required = false;
        InputSpec script{QStringLiteral("script"), InputKind::Text, QStringLiteral("Script"), {}};
        script.required = false;
        script.maxCharacters = 10;
        InputSpec picture{QStringLiteral("picture"), InputKind::Video, QStringLiteral("Video"), {}};
        picture.required = false;
        d.inputs = {audio, reference, language, voice, script, picture};
        return d;
    }

    ValidationError refusal(const CapabilityDescriptor& descriptor, const QVariantMap& values) {
        try {
            validateInputs(descriptor, JobInputs(values), &host_->voices());
        } catch (const ValidationError& error) {
            return error;
        }
        return ValidationError(ValidationError::Kind::Malformed, QStringLiteral("<accepted>"),
                               QStringLiteral("the inputs were accepted"));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        EngineHostOptions options;
        options.dataDirectory = dir_.filePath(QStringLiteral("data"));
        options.resumeQueuedJobs = false;
        host_ = std::make_unique<EngineHost>(options);
        sonara::test::registerGainCapability(host_->registry());
        audio::AudioBuffer tone{16000, 1, std::vector<float>(32000, 0.1f)};
        tone_ = dir_.filePath(QStringLiteral("tone.wav"));
        audio::encodeFile(tone, tone_);
        video_ = dir_.filePath(QStringLiteral("clip.mp4"));
        QFile video(video_);
        QVERIFY(video.open(QIODevice::WriteOnly));
        video.write("not really a video, but a readable file");
    }

    void theSchemaSubsetFindsTheFirstViolationWithItsPath() {
        const QJsonObject schema = schemaOf(R"({
            "type": "object", "required": ["segments"], "additionalProperties": false,
            "properties": {
                "language": {"type": "string", "enum": ["de", "fr"]},
                "segments": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["start", "end"],
                    "properties": {
                        "start": {"type": "number", "minimum": 0},
                        "end": {"type": "number", "exclusiveMinimum": 0},
                        "speaker": {"type": "integer"},
                        "text": {"type": "string", "minLength": 1, "maxLength": 5,
                                 "pattern": "^[a-z ]+$"}}}}}})");
        QVERIFY(!schemaViolation(valueOf(R"({"segments": [{"start": 0, "end": 1.5}]})"), schema));
        const QList<QPair<const char*, QString>> cases = {
            {R"({})", QStringLiteral("at /: needs the field \"segments\"")},
            {R"({"segments": []})", QStringLiteral("at /segments: must have at least 1 items")},
            {R"({"segments": [{"start": -1, "end": 1}]})",
             QStringLiteral("at /segments/0/start: must be at least 0")},
            {R"({"segments": [{"start": 0, "end": 0}]})",
             QStringLiteral("at /segments/0/end: must be more than 0")},
            {R"({"segments": [{"start": "0", "end": 1}]})",
             QStringLiteral("at /segments/0/start: must be number")},
            {R"({"segments": [{"start": 0, "end": 1, "speaker": 1.5}]})",
             QStringLiteral("at /segments/0/speaker: must be integer")},
            {R"({"segments": [{"start": 0, "end": 1, "text": "HELLO"}]})",
             QStringLiteral("at /segments/0/text: must match")},
            {R"({"segments": [{"start": 0, "end": 1, "text": "hello there"}]})",
             QStringLiteral("at /segments/0/text: must have at most 5 characters")},
            {R"({"segments": [{"start": 0, "end": 1}], "language": "it"})",
             QStringLiteral("at /language: must be one of \"de\", \"fr\"")},
            {R"({"segments": [{"start": 0, "end": 1}], "colour": 1})",
             QStringLiteral("at /: has an unknown field \"colour\"")},
        };
        for (const auto& [json, expected] : cases) {
            const std::optional<QString> problem = schemaViolation(valueOf(json), schema);
            QVERIFY2(problem && problem->startsWith(expected),
                     qPrintable(QStringLiteral("%1 -> %2")
                                    .arg(QString::fromUtf8(json), problem.value_or("accepted"))));
        }
    }

    void everyKindIsValidatedAndTyped() {
        const CapabilityDescriptor descriptor = everyKind();
        const JobInputs inputs =
            validateInputs(descriptor,
                           JobInputs({{QStringLiteral("audio"), tone_},
                                      {QStringLiteral("reference"), QStringList{tone_, tone_}},
                                      {QStringLiteral("language"), QStringLiteral(" de ")},
                                      {QStringLiteral("script"), QStringLiteral("Hallo")},
                                      {QStringLiteral("picture"), video_}}),
                           &host_->voices());
        QCOMPARE(inputs.file(QStringLiteral("audio")), QFileInfo(tone_).absoluteFilePath());
        QCOMPARE(inputs.files(QStringLiteral("reference")).size(), 2);
        QCOMPARE(inputs.text(QStringLiteral("language")), QStringLiteral("de"));
        QCOMPARE(inputs.text(QStringLiteral("script")), QStringLiteral("Hallo"));
        QCOMPARE(inputs.file(QStringLiteral("picture")), QFileInfo(video_).absoluteFilePath());
        QVERIFY(!inputs.has(QStringLiteral("voice")));

        using Kind = ValidationError::Kind;
        const QVariantMap base{{QStringLiteral("audio"), tone_},
                               {QStringLiteral("language"), QStringLiteral("de")}};
        auto with = [&](const QString& id, const QVariant& value) {
            QVariantMap values = base;
            values.insert(id, value);
            return values;
        };
        const QList<std::tuple<QVariantMap, QString, Kind>> cases = {
            {QVariantMap{{QStringLiteral("language"), QStringLiteral("de")}},
             QStringLiteral("audio"), Kind::Missing},
            {with(QStringLiteral("audio"), QStringList{tone_, tone_}), QStringLiteral("audio"),
             Kind::OutOfRange},
            {with(QStringLiteral("audio"), dir_.filePath(QStringLiteral("gone.wav"))),
             QStringLiteral("audio"), Kind::Missing},
            {with(QStringLiteral("language"), QStringLiteral("de; rm -rf")),
             QStringLiteral("language"), Kind::OutOfRange},
            {with(QStringLiteral("script"), QStringLiteral("far too long a script")),
             QStringLiteral("script"), Kind::OutOfRange},
            {with(QStringLiteral("script"), 42), QStringLiteral("script"), Kind::Malformed},
            {with(QStringLiteral("voice"), QStringLiteral("nobody")), QStringLiteral("voice"),
             Kind::Unknown},
            {with(QStringLiteral("mood"), QStringLiteral("happy")), QStringLiteral("mood"),
             Kind::Unknown},
        };
        for (const auto& [values, field, kind] : cases) {
            const ValidationError error = refusal(descriptor, values);
            QVERIFY2(error.field() == field && error.kind() == kind,
                     qPrintable(QStringLiteral("%1: %2").arg(error.field(), error.message())));
        }
        const ValidationError missing = refusal(descriptor, {});
        QVERIFY2(missing.message().contains(QStringLiteral("--input audio=FILE")),
                 qPrintable(missing.message()));
    }

    void aVoiceIsFoundByNameAndBringsItsRecordings() {
        const store::Asset sample = host_->assets().add(tone_, store::AssetDescription{});
        VoiceRequest request;
        request.name = QStringLiteral("Narrator");
        request.samples = {sample.id};
        request.consent.by = QStringLiteral("Narrator");
        request.consent.statement = standardConsentStatement();
        const Voice voice = host_->voices().create(request);
        const JobInputs inputs =
            validateInputs(everyKind(),
                           JobInputs({{QStringLiteral("audio"), tone_},
                                      {QStringLiteral("language"), QStringLiteral("en")},
                                      {QStringLiteral("voice"), QStringLiteral("narrator")}}),
                           &host_->voices());
        QCOMPARE(inputs.text(QStringLiteral("voice")), voice.id);
        // The recordings engines get are the cleaned copies.
        QCOMPARE(inputs.files(QStringLiteral("voice")), host_->voices().samplePaths(voice));
        QVERIFY(inputs.files(QStringLiteral("voice")) != QStringList{sample.path});
        // Stored with the job is the id only; the recordings are looked up again when it runs.
        QCOMPARE(inputs.toJson().value(QStringLiteral("voice")).toString(), voice.id);
    }

    void inputsAreStoredWithTheJobAndRunAfterARestart() {
        const QJsonArray envelope{
            QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("gain_db"), -12}}};
        JobRequest request{QStringLiteral("gain"),
                           {},
                           {},
                           {},
                           JobInputs({{QStringLiteral("audio"), tone_},
                                      {QStringLiteral("envelope"),
                                       QString::fromUtf8(QJsonDocument(envelope).toJson())}})};
        const QString id = host_->jobs().submit(request);
        const store::JobRecord queued = *host_->jobs().job(id);
        QCOMPARE(queued.inputs.value(QStringLiteral("envelope")).toArray(), envelope);
        QCOMPARE(queued.inputs.value(QStringLiteral("audio")).toArray().first().toString(),
                 QFileInfo(tone_).absoluteFilePath());

        EngineHostOptions options;
        options.dataDirectory = host_->dataDirectory();
        host_.reset();
        host_ = std::make_unique<EngineHost>(options);
        sonara::test::registerGainCapability(host_->registry());
        host_->jobs().start();
        const auto finished = host_->jobs().waitForFinished(id, 30000);
        QVERIFY(finished);
        QCOMPARE(finished->state, store::JobState::Succeeded);
        QCOMPARE(finished->inputs, queued.inputs);
    }

    void schemaSixMovesTheOldColumnsIntoNamedInputs() {
        const QString path = dir_.filePath(QStringLiteral("old.db"));
        {
            store::Database old(path, 5);
            QSqlDatabase db = old.connection();
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO jobs (id, capability, engine, inputs, text, state, created_at) VALUES "
                "('a', 'stt', 'whisper', '[\"/x/in.wav\"]', '', 'succeeded', '2026-01-01'), "
                "('b', 'tts', 'espeak-ng', '[]', 'Hi there', 'succeeded', '2026-01-01'), "
                "('c', 'tts', 'espeak-ng', '[]', '', 'failed', '2026-01-01')")));
        }
        store::Database migrated(path);
        store::JobStore jobs(migrated);
        QCOMPARE(jobs.find(QStringLiteral("a"))->inputs,
                 (QJsonObject{{QStringLiteral("audio"), QJsonArray{QStringLiteral("/x/in.wav")}}}));
        QCOMPARE(jobs.find(QStringLiteral("b"))->inputs,
                 (QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi there")}}));
        QCOMPARE(jobs.find(QStringLiteral("c"))->inputs, QJsonObject());
    }
};

QTEST_MAIN(TestJobInputs)
#include "test_job_inputs.moc"
