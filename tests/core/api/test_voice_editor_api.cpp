// The voice editor through the local API: edit lists are checked against their schema before
// a job exists (422 naming the field), a good one runs on a LibriVox recording, and the cut list
// downloads as JSON and as an EDL.

#include "core/audio/audio_reader.h"
#include "core/engine/engine_host.h"
#include "support/api_test_client.h"
#include "support/local_api_fixture.h"

#include <QJsonArray>
#include <QtTest>

using sonara::core::EngineHost;
using sonara::test::Client;
using sonara::test::LocalApiFixture;
using sonara::test::Reply;

namespace {

const QString kRecording = QStringLiteral(
    "/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0920.wav");

QJsonObject operation(const QString& op, double start, double end) {
    return QJsonObject{
        {QStringLiteral("op"), op}, {QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
}

}  // namespace

class TestVoiceEditorApi : public QObject {
    Q_OBJECT

private:
    LocalApiFixture api_;
    QString asset_;

    Client client() const { return api_.client(); }

    QJsonObject editJob(const QJsonValue& edits) const {
        return QJsonObject{
            {QStringLiteral("capability"), QStringLiteral("voice-editor")},
            {QStringLiteral("parameters"),
             QJsonObject{{QStringLiteral("mute_with"), QStringLiteral("silence")}}},
            {QStringLiteral("inputs"),
             QJsonObject{{QStringLiteral("audio"), asset_}, {QStringLiteral("edits"), edits}}}};
    }

    QString refused(const QJsonValue& edits) {
        Client http = client();
        const Reply reply = http.post(QStringLiteral("/v1/jobs"), editJob(edits));
        [&] {
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                     QStringLiteral("edits"));
        }();
        return reply.json().value(QStringLiteral("detail")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QFile::exists(kRecording)) {
            QSKIP("pocketsphinx-testdata is not installed (packaging/install-deps.sh)");
        }
        QVERIFY(api_.start());
        QFile file(kRecording);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Client http = client();
        const Reply uploaded = http.send("POST", QStringLiteral("/v1/assets?filename=speech.wav"),
                                         file.readAll(), "audio/wav");
        QCOMPARE(uploaded.status, 201);
        asset_ = uploaded.json().value(QStringLiteral("id")).toString();
    }

    void badEditListsAreRefusedNamingTheField() {
        const auto ops = [](const QJsonObject& op) {
            return QJsonObject{{QStringLiteral("version"), 1},
                               {QStringLiteral("operations"), QJsonArray{op}}};
        };
        QString detail = refused(ops(operation(QStringLiteral("erase"), 0, 1)));
        QVERIFY2(detail.contains(QStringLiteral("/operations/0/op")), qPrintable(detail));
        detail = refused(ops(operation(QStringLiteral("cut"), -1, 1)));
        QVERIFY2(detail.contains(QStringLiteral("/operations/0/start")), qPrintable(detail));
        detail = refused(QJsonObject{{QStringLiteral("version"), 2},
                                     {QStringLiteral("operations"), QJsonArray{}}});
        QVERIFY2(detail.contains(QStringLiteral("/version")), qPrintable(detail));
        detail = refused(QJsonObject{{QStringLiteral("version"), 1}});
        QVERIFY2(detail.contains(QStringLiteral("operations")), qPrintable(detail));
        QVERIFY(client()
                    .get(QStringLiteral("/v1/jobs"))
                    .json()
                    .value(QStringLiteral("jobs"))
                    .toArray()
                    .isEmpty());
    }

    void anEditListRunsAndItsCutListDownloadsAsJsonAndEdl() {
        Client http = client();
        const QJsonObject edits{{QStringLiteral("version"), 1},
                                {QStringLiteral("operations"),
                                 QJsonArray{operation(QStringLiteral("cut"), 1.0, 1.5),
                                            operation(QStringLiteral("mute"), 2.0, 2.2)}}};
        const Reply created = http.post(QStringLiteral("/v1/jobs"), editJob(edits));
        QVERIFY2(created.status == 201, created.body.constData());
        const QString id = created.json().value(QStringLiteral("id")).toString();
        const QJsonObject job = http.waitFor(id);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));

        const Reply json = http.get(QStringLiteral("/v1/jobs/%1/outputs/cuts?format=json").arg(id));
        QCOMPARE(json.status, 200);
        const QJsonArray cuts = json.json().value(QStringLiteral("cuts")).toArray();
        QCOMPARE(cuts.size(), 1);
        QCOMPARE(cuts.first().toObject().value(QStringLiteral("start")).toDouble(), 1.0);
        const Reply edl = http.get(QStringLiteral("/v1/jobs/%1/outputs/cuts?format=edl").arg(id));
        QCOMPARE(edl.status, 200);
        QVERIFY2(edl.body.contains("001  AX       A     C        00:00:00:00 00:00:01:00"),
                 edl.body.constData());
        QVERIFY2(edl.body.contains("002  AX       A     C        00:00:01:13 "),
                 edl.body.constData());

        const Reply audio =
            http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=wav").arg(id));
        QCOMPARE(audio.status, 200);
        const QString path = api_.path(QStringLiteral("edited.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(audio.body);
        file.close();
        const double before = sonara::core::audio::probeFile(kRecording).durationSeconds;
        const double after = sonara::core::audio::probeFile(path).durationSeconds;
        QVERIFY2(std::abs(before - after - 0.5) < 0.02,
                 qPrintable(QString::number(before - after)));
        // No transcript was needed, so none was made.
        QCOMPARE(http.get(QStringLiteral("/v1/jobs/%1/outputs/transcript").arg(id)).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestVoiceEditorApi)
#include "test_voice_editor_api.moc"
