// Music and status clips through the local API on the fixtures' tiny MusicGen: a bad request is
// refused with 422 naming the field, a status clip's video downloads as video/mp4, and a job's
// video cannot be passed off as an audio prompt.

#include "core/engine/engine_host.h"
#include "support/api_test_client.h"
#include "support/local_api_fixture.h"
#include "support/musicgen_fixtures.h"

#include <QtTest>

using sonara::core::EngineHost;
using sonara::test::Client;
using sonara::test::LocalApiFixture;
using sonara::test::Reply;

class TestMusicApi : public QObject {
    Q_OBJECT

private:
    LocalApiFixture api_;

    Client client() const { return api_.client(); }

    static QJsonObject job(const QString& capability, const QJsonObject& inputs,
                           const QJsonObject& parameters = {}) {
        return QJsonObject{{QStringLiteral("capability"), capability},
                           {QStringLiteral("model"), QStringLiteral("tiny-musicgen")},
                           {QStringLiteral("inputs"), inputs},
                           {QStringLiteral("parameters"), parameters}};
    }

    void refused(const QJsonObject& body, const QString& field) {
        Client http = client();
        const Reply reply = http.post(QStringLiteral("/v1/jobs"), body);
        QVERIFY2(reply.status == 422, reply.body.constData());
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
        QVERIFY2(!reply.body.contains(api_.folder().toUtf8()), reply.body.constData());
    }

private Q_SLOTS:
    void initTestCase() {
        const QString checkpoint = api_.path(QStringLiteral("tiny-musicgen"));
        QVERIFY(sonara::test::writeTinyMusicGen(checkpoint));
        QVERIFY(api_.start([&](EngineHost& host) {
            host.models().installFromFolder(QStringLiteral("tiny-musicgen"), checkpoint,
                                            QStringLiteral("musicgen"));
        }));
    }

    void badRequestsAreRefusedNamingTheField() {
        const QJsonObject jazz{{QStringLiteral("prompt"), QStringLiteral("jazz")}};
        refused(job(QStringLiteral("music"), QJsonObject{{QStringLiteral("prompt"), QString()}}),
                QStringLiteral("prompt"));
        refused(job(QStringLiteral("music"),
                    QJsonObject{{QStringLiteral("prompt"), QString(501, QLatin1Char('x'))}}),
                QStringLiteral("prompt"));
        refused(job(QStringLiteral("music"), jazz, {{QStringLiteral("duration"), 400}}),
                QStringLiteral("duration"));
        refused(job(QStringLiteral("music"), jazz, {{QStringLiteral("top_p"), 1.5}}),
                QStringLiteral("top_p"));
        QJsonObject missing = jazz;
        missing.insert(QStringLiteral("audio_prompt"), QStringLiteral("no-such-asset"));
        refused(job(QStringLiteral("music"), missing), QStringLiteral("audio_prompt"));
        refused(job(QStringLiteral("status-music"),
                    QJsonObject{{QStringLiteral("vibe"), QStringLiteral("disco")}}),
                QStringLiteral("vibe"));
        // Neither a vibe nor a prompt: refused before a job exists, not failed after queueing.
        const qsizetype jobsBefore = api_.host().jobs().jobs().size();
        refused(job(QStringLiteral("status-music"),
                    QJsonObject{{QStringLiteral("prompt"), QStringLiteral("   ")}}),
                QStringLiteral("vibe"));
        QCOMPARE(api_.host().jobs().jobs().size(), jobsBefore);
    }

    void aStatusVideoDownloadsAndIsNoAudioPrompt() {
        Client http = client();
        const Reply created = http.post(
            QStringLiteral("/v1/jobs"),
            job(QStringLiteral("status-music"),
                QJsonObject{{QStringLiteral("vibe"), QStringLiteral("party")}},
                {{QStringLiteral("seed"), 1}, {QStringLiteral("duration"), QStringLiteral("15")}}));
        QVERIFY2(created.status == 201, created.body.constData());
        const QJsonObject done =
            http.waitFor(created.json().value(QStringLiteral("id")).toString(), 240000);
        QVERIFY2(done.value(QStringLiteral("state")).toString() == QLatin1String("succeeded"),
                 QJsonDocument(done).toJson().constData());
        const QString id = done.value(QStringLiteral("id")).toString();
        const Reply video = http.get(QStringLiteral("/v1/jobs/%1/outputs/video").arg(id));
        QCOMPARE(video.status, 200);
        QCOMPARE(video.headers.value("content-type"), QByteArray("video/mp4"));
        QVERIFY(video.body.mid(4, 4) == "ftyp");
        const Reply clip = http.get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id));
        QCOMPARE(clip.status, 200);
        QCOMPARE(clip.headers.value("content-type"), QByteArray("audio/mp4"));
        const Reply opus =
            http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=opus").arg(id));
        QCOMPARE(opus.status, 200);
        QVERIFY(opus.body.startsWith("OggS"));

        // The video is a job's file, not a recording to continue.
        const QString videoAsset = done.value(QStringLiteral("outputs"))
                                       .toObject()
                                       .value(QStringLiteral("video"))
                                       .toString();
        QVERIFY(!videoAsset.isEmpty());
        refused(job(QStringLiteral("music"),
                    QJsonObject{{QStringLiteral("prompt"), QStringLiteral("jazz")},
                                {QStringLiteral("audio_prompt"), videoAsset}}),
                QStringLiteral("audio_prompt"));
    }
};

QTEST_GUILESS_MAIN(TestMusicApi)
#include "test_music_api.moc"
