// Named job inputs through the local API: a capability registered only in this test (`gain`,
// with an audio file, a choice and a JSON document input) is validated, stored, echoed, run and
// described by the API with no API code of its own.

#include "core/api/job_json.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/engine_host.h"
#include "core/store/job_store.h"
#include "support/api_test_client.h"
#include "support/gain_capability.h"
#include "support/local_api_fixture.h"
#include "support/tacotron2_fixtures.h"

#include <QJsonArray>
#include <QtTest>

using sonara::core::EngineHost;
using sonara::test::Client;
using sonara::test::LocalApiFixture;
using sonara::test::Reply;

class TestJobInputsApi : public QObject {
    Q_OBJECT

private:
    LocalApiFixture api_;
    QString asset_;

    Client client() const { return api_.client(); }

    QJsonObject gainJob(const QJsonValue& inputs, double gainDb = 0.0) const {
        return QJsonObject{
            {QStringLiteral("capability"), QStringLiteral("gain")},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("gain_db"), gainDb}}},
            {QStringLiteral("inputs"), inputs}};
    }

    // Expects `status` (422: a value the input does not take, of the wrong type as much as out
    // of range) naming `field`; returns the detail.
    QString refused(const QJsonObject& body, const QString& field, int status = 422) {
        Client http = client();
        const Reply reply = http.post(QStringLiteral("/v1/jobs"), body);
        if (reply.status != status ||
            reply.json().value(QStringLiteral("field")).toString() != field) {
            qWarning() << reply.status << reply.body;
        }
        [&] {
            QCOMPARE(reply.status, status);
            QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
        }();
        return reply.json().value(QStringLiteral("detail")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(api_.start(
            [](EngineHost& host) { sonara::test::registerGainCapability(host.registry()); }));

        sonara::core::audio::AudioBuffer tone{8000, 2, {}};
        for (int i = 0; i < 8000; ++i) {
            const float sample = 0.25f * float(std::sin(2 * M_PI * 440 * i / 8000.0));
            tone.samples.push_back(sample);
            tone.samples.push_back(sample);
        }
        const QString path = api_.path(QStringLiteral("tone.wav"));
        sonara::core::audio::encodeFile(tone, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Client http = client();
        const Reply uploaded = http.send("POST", QStringLiteral("/v1/assets?filename=tone.wav"),
                                         file.readAll(), "audio/wav");
        QCOMPARE(uploaded.status, 201);
        asset_ = uploaded.json().value(QStringLiteral("id")).toString();
    }

    // An engine's message that names the stored copy of an input reaches clients with the name
    // the user uploaded instead.
    void jobErrorsNameTheUploadNotItsStoredPath() {
        const auto asset = api_.host().assets().find(asset_);
        QVERIFY(asset.has_value());
        sonara::core::store::JobRecord record;
        record.id = QStringLiteral("job-with-error");
        record.capability = QStringLiteral("gain");
        record.engine = QStringLiteral("multiply");
        record.state = sonara::core::store::JobState::Failed;
        record.inputs = QJsonObject{{QStringLiteral("audio"), QJsonArray{asset->path}}};
        record.error = asset->path + QStringLiteral(": the audio stream ends too early");
        const QJsonObject json =
            sonara::core::api::jobToJson(record, api_.host().registry(), api_.host().assets());
        const QString error = json.value(QStringLiteral("error")).toString();
        QCOMPARE(error, QStringLiteral("tone.wav: the audio stream ends too early"));
        QCOMPARE(json.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("audio")),
                 QJsonValue(asset_));
    }

    void namedInputsRunAndAreEchoedAsTheClientSentThem() {
        Client http = client();
        const QJsonArray envelope{
            QJsonObject{{QStringLiteral("at"), 0}, {QStringLiteral("gain_db"), -6}},
            QJsonObject{{QStringLiteral("at"), 1}, {QStringLiteral("gain_db"), -6}}};
        const Reply created =
            http.post(QStringLiteral("/v1/jobs"),
                      gainJob(QJsonObject{{QStringLiteral("audio"), asset_},
                                          {QStringLiteral("channel"), QStringLiteral("left")},
                                          {QStringLiteral("envelope"), envelope}}));
        QCOMPARE(created.status, 201);
        const QJsonObject inputs = created.json().value(QStringLiteral("inputs")).toObject();
        QCOMPARE(inputs.value(QStringLiteral("audio")).toString(), asset_);
        QCOMPARE(inputs.value(QStringLiteral("channel")).toString(), QStringLiteral("left"));
        QCOMPARE(inputs.value(QStringLiteral("envelope")).toArray(), envelope);
        QVERIFY2(!created.body.contains(api_.folder().toUtf8()), created.body.constData());

        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QJsonObject job = http.waitFor(id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(job.value(QStringLiteral("inputs")).toObject(), inputs);
        const Reply output =
            http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=wav").arg(id));
        QCOMPARE(output.status, 200);
        const QString path = api_.path(QStringLiteral("gain.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(output.body);
        file.close();
        const auto result = sonara::core::audio::decodeFile(path);
        QCOMPARE(result.channels, 2);
        float left = 0, right = 0;
        for (qint64 frame = 0; frame < result.frames(); ++frame) {
            left = std::max(left, std::abs(result.samples[frame * 2]));
            right = std::max(right, std::abs(result.samples[frame * 2 + 1]));
        }
        QVERIFY2(std::abs(right - 0.25f) < 0.01f, qPrintable(QString::number(right)));
        QVERIFY2(std::abs(left - 0.25f * 0.501f) < 0.01f, qPrintable(QString::number(left)));
    }

    void theFirstShapeOfARequestIsStillAccepted() {
        Client http = client();
        const Reply listed = http.post(QStringLiteral("/v1/jobs"), gainJob(QJsonArray{asset_}));
        QCOMPARE(listed.status, 201);
        QCOMPARE(listed.json().value(QStringLiteral("inputs")).toObject(),
                 (QJsonObject{{QStringLiteral("audio"), asset_}}));
        const Reply spoken =
            http.post(QStringLiteral("/v1/jobs"),
                      QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                                  {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                                  {QStringLiteral("text"), QStringLiteral("Old and new shapes.")}});
        QCOMPARE(spoken.status, 201);
        QCOMPARE(spoken.json().value(QStringLiteral("inputs")).toObject(),
                 (QJsonObject{{QStringLiteral("text"), QStringLiteral("Old and new shapes.")}}));
        const Reply named = http.post(
            QStringLiteral("/v1/jobs"),
            QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                        {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                        {QStringLiteral("inputs"),
                         QJsonObject{{QStringLiteral("text"), QStringLiteral("Named.")}}}});
        QCOMPARE(named.status, 201);
        QCOMPARE(http.waitFor(named.json().value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
        refused(QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                            {QStringLiteral("inputs"),
                             QJsonObject{{QStringLiteral("text"), QStringLiteral("Twice.")}}},
                            {QStringLiteral("text"), QStringLiteral("Twice.")}},
                QStringLiteral("text"));
    }

    void malformedSsmlIsRefusedBeforeAJobExists() {
        const int jobsBefore = api_.host().jobs().jobs().size();
        auto speak = [](const QString& text) {
            return QJsonObject{
                {QStringLiteral("capability"), QStringLiteral("tts")},
                {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("text"), text}}}};
        };
        const QString unclosed =
            refused(speak(QStringLiteral("<speak>\nHello <prosody rate=\"slow\">there\n</speak>")),
                    QStringLiteral("text"));
        QVERIFY2(unclosed.contains(QStringLiteral("line 3")), qPrintable(unclosed));
        const QString unknown =
            refused(speak(QStringLiteral("<speak>Hi <emphasis>there</emphasis></speak>")),
                    QStringLiteral("text"));
        QVERIFY2(unknown.contains(QStringLiteral("<emphasis> is not supported")),
                 qPrintable(unknown));
        QCOMPARE(api_.host().jobs().jobs().size(), jobsBefore);

        Client http = client();
        const Reply spoken = http.post(
            QStringLiteral("/v1/jobs"),
            speak(QStringLiteral("<speak>Hi <break time=\"300ms\"/><prosody pitch=\"+3st\" "
                                 "rate=\"fast\">there</prosody>.</speak>")));
        QCOMPARE(spoken.status, 201);
        QCOMPARE(http.waitFor(spoken.json().value(QStringLiteral("id")).toString())
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("succeeded"));
    }

    // Tacotron2 reads SSML too, so it refuses malformed SSML the same way, before a job exists.
    void tacotron2RefusesMalformedSsmlBeforeAJobExists() {
        const QString folder = api_.path(QStringLiteral("tiny-tacotron2"));
        QVERIFY(sonara::test::writeTinyTacotron2Voice(folder, QStringLiteral("waveglow")));
        api_.host().models().installFromFolder(QStringLiteral("tiny-tacotron2"), folder,
                                               QStringLiteral("tacotron2"));
        const int jobsBefore = api_.host().jobs().jobs().size();
        const QString detail = refused(
            QJsonObject{
                {QStringLiteral("capability"), QStringLiteral("tts")},
                {QStringLiteral("engine"), QStringLiteral("tacotron2")},
                {QStringLiteral("model"), QStringLiteral("tiny-tacotron2")},
                {QStringLiteral("inputs"),
                 QJsonObject{{QStringLiteral("text"),
                              QStringLiteral("<speak>Hi <emphasis>there</emphasis></speak>")}}}},
            QStringLiteral("text"));
        QVERIFY2(detail.contains(QStringLiteral("<emphasis> is not supported")),
                 qPrintable(detail));
        QCOMPARE(api_.host().jobs().jobs().size(), jobsBefore);
    }

    void badInputsAreRefusedNamingTheInput() {
        const int jobsBefore = api_.host().jobs().jobs().size();
        QVERIFY(refused(gainJob(QJsonObject{{QStringLiteral("audio"), asset_},
                                            {QStringLiteral("volume"), 3}}),
                        QStringLiteral("volume"))
                    .contains(QStringLiteral("audio, channel, envelope")));
        refused(gainJob(QJsonObject{{QStringLiteral("channel"), QStringLiteral("left")}}),
                QStringLiteral("audio"));
        refused(gainJob(QJsonObject{{QStringLiteral("audio"), QStringLiteral("no-such-asset")}}),
                QStringLiteral("audio"));
        QVERIFY(refused(gainJob(QJsonObject{{QStringLiteral("audio"), asset_},
                                            {QStringLiteral("channel"), QStringLiteral("centre")}}),
                        QStringLiteral("channel"))
                    .contains(QStringLiteral("both, left, right")));
        const QString detail = refused(
            gainJob(QJsonObject{{QStringLiteral("audio"), asset_},
                                {QStringLiteral("envelope"),
                                 QJsonArray{QJsonObject{{QStringLiteral("at"), 0},
                                                        {QStringLiteral("gain_db"), 99}}}}}),
            QStringLiteral("envelope"));
        QVERIFY2(detail.contains(QStringLiteral("/0/gain_db")) &&
                     detail.contains(QStringLiteral("at most 24")),
                 qPrintable(detail));
        refused(gainJob(QJsonObject{{QStringLiteral("audio"), asset_},
                                    {QStringLiteral("envelope"), QStringLiteral("{not json")}}),
                QStringLiteral("envelope"));
        refused(
            gainJob(QJsonObject{{QStringLiteral("audio"), asset_}, {QStringLiteral("channel"), 7}}),
            QStringLiteral("channel"));
        refused(gainJob(QStringLiteral("tone.wav")), QStringLiteral("inputs"));
        QCOMPARE(api_.host().jobs().jobs().size(), jobsBefore);
    }

    void theCapabilityAndOpenApiDescribeEveryInput() {
        Client http = client();
        const QJsonObject capability = http.get(QStringLiteral("/v1/capabilities/gain")).json();
        QJsonObject byId;
        for (const QJsonValue& input : capability.value(QStringLiteral("inputs")).toArray()) {
            byId.insert(input.toObject().value(QStringLiteral("id")).toString(), input);
        }
        QCOMPARE(byId.value(QStringLiteral("channel"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("choice"));
        QCOMPARE(byId.value(QStringLiteral("channel"))
                     .toObject()
                     .value(QStringLiteral("choices"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(byId.value(QStringLiteral("envelope"))
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("document"));

        const QJsonObject schemas = http.get(QStringLiteral("/v1/openapi.json"))
                                        .json()
                                        .value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        const QJsonObject request = schemas.value(QStringLiteral("gain.request")).toObject();
        const QJsonObject named = request.value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("inputs"))
                                      .toObject()
                                      .value(QStringLiteral("oneOf"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(named.value(QStringLiteral("required")).toArray(),
                 QJsonArray{QStringLiteral("audio")});
        const QJsonObject envelope = named.value(QStringLiteral("properties"))
                                         .toObject()
                                         .value(QStringLiteral("envelope"))
                                         .toObject();
        QCOMPARE(envelope.value(QStringLiteral("type")).toString(), QStringLiteral("array"));
        QCOMPARE(envelope.value(QStringLiteral("items"))
                     .toObject()
                     .value(QStringLiteral("required"))
                     .toArray()
                     .size(),
                 2);
    }
};

QTEST_MAIN(TestJobInputsApi)
#include "test_job_inputs_api.moc"
