// Crash-safe job creation through a real local API over loopback: the Idempotency-Key header of
// POST /v1/jobs (same key and body: the same job, also after a server restart; another body:
// 409), and the label and metadata a client files a job under, filterable in GET /v1/jobs.

#include "support/gain_api_server.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

QByteArray compact(const QJsonObject& body) {
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestJobIdempotency : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<GainApiServer> api_;
    QString asset_;

    Reply createWithKey(const QByteArray& body, const QByteArray& key) {
        Client http = api_->client();
        return http.send("POST", QStringLiteral("/v1/jobs"), body, "application/json",
                         Headers{{"Idempotency-Key", key}});
    }

    QJsonArray jobsLabelled(const QString& label) {
        Client http = api_->client();
        const Reply reply = http.get(QStringLiteral("/v1/jobs?label=") +
                                     QString::fromLatin1(QUrl::toPercentEncoding(label)));
        if (reply.status != 200) {
            qWarning() << reply.status << reply.body;
        }
        return reply.json().value(QStringLiteral("jobs")).toArray();
    }

    void expectRefusal(const Reply& reply, int status, const QString& field) {
        if (reply.status != status) {
            qWarning() << reply.body;
        }
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/problem+json"));
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
        QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        api_ = std::make_unique<GainApiServer>(dir_.path());
        QVERIFY(api_->start() > 0);
        asset_ = api_->uploadTone(440);
        QVERIFY(!asset_.isEmpty());
    }

    void sameKeyAndBodyAnswersTheSameJob() {
        QJsonObject body = GainApiServer::gainJob(asset_, -3);
        body.insert(QStringLiteral("label"), QStringLiteral("same-key"));
        const Reply first = createWithKey(compact(body), "key-same-1");
        QCOMPARE(first.status, 201);
        const QString id = first.json().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(!first.headers.contains("idempotent-replayed"));

        // The same request, its members in another order and spaced differently.
        const QByteArray respaced =
            "{ \"label\": \"same-key\", \"inputs\": {\"audio\": \"" + asset_.toUtf8() +
            "\"}, \"parameters\": {\"gain_db\": -3}, \"capability\": \"gain\" }";
        const Reply again = createWithKey(respaced, "key-same-1");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.headers.value("location"), "/v1/jobs/" + id.toUtf8());
        QCOMPARE(jobsLabelled(QStringLiteral("same-key")).size(), 1);
    }

    void sameKeyWithAnotherBodyIsAConflict() {
        const Reply first = createWithKey(compact(GainApiServer::gainJob(asset_, -1)), "key-409");
        QCOMPARE(first.status, 201);
        const Reply other = createWithKey(compact(GainApiServer::gainJob(asset_, -2)), "key-409");
        expectRefusal(other, 409, QStringLiteral("Idempotency-Key"));
        QCOMPARE(other.json().value(QStringLiteral("job")).toString(),
                 first.json().value(QStringLiteral("id")).toString());
        QVERIFY(other.json().value(QStringLiteral("detail")).toString().contains("key-409"));
    }

    void withoutAKeyEveryRequestIsANewJob() {
        QJsonObject body = GainApiServer::gainJob(asset_, -4);
        body.insert(QStringLiteral("label"), QStringLiteral("no-key"));
        Client http = api_->client();
        const Reply first = http.post(QStringLiteral("/v1/jobs"), body);
        const Reply second = http.post(QStringLiteral("/v1/jobs"), body);
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QVERIFY(first.json().value(QStringLiteral("id")) !=
                second.json().value(QStringLiteral("id")));
        QCOMPARE(jobsLabelled(QStringLiteral("no-key")).size(), 2);
    }

    void aBadKeyIsRefusedNamingTheHeader() {
        const QByteArray body = compact(GainApiServer::gainJob(asset_));
        expectRefusal(createWithKey(body, QByteArray(256, 'k')), 422,
                      QStringLiteral("Idempotency-Key"));
        expectRefusal(createWithKey(body, "two words"), 422, QStringLiteral("Idempotency-Key"));
    }

    // A refused request stores nothing under its key: the corrected request creates the job.
    void aRefusedRequestDoesNotTakeTheKey() {
        QJsonObject bad = GainApiServer::gainJob(asset_);
        bad.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("gain_db"), 99}});
        expectRefusal(createWithKey(compact(bad), "key-after-422"), 422, QStringLiteral("gain_db"));
        QCOMPARE(createWithKey(compact(GainApiServer::gainJob(asset_, 1)), "key-after-422").status,
                 201);
    }

    void theKeySurvivesARestart() {
        QJsonObject body = GainApiServer::gainJob(asset_, -5);
        body.insert(QStringLiteral("label"), QStringLiteral("restart"));
        const Reply first = createWithKey(compact(body), "key-restart");
        QCOMPARE(first.status, 201);
        const QString id = first.json().value(QStringLiteral("id")).toString();
        api_->client().waitFor(id);

        api_->stop();
        QVERIFY(api_->start() > 0);
        const Reply again = createWithKey(compact(body), "key-restart");
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(again.json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(jobsLabelled(QStringLiteral("restart")).size(), 1);
        const Reply other = createWithKey(compact(GainApiServer::gainJob(asset_)), "key-restart");
        expectRefusal(other, 409, QStringLiteral("Idempotency-Key"));
    }

    void labelAndMetadataAreStoredEchoedAndFiltered() {
        const QJsonObject metadata{{QStringLiteral("episode"), 12},
                                   {QStringLiteral("tags"), QJsonArray{"intro", "ads"}}};
        QJsonObject body = GainApiServer::gainJob(asset_, -6);
        body.insert(QStringLiteral("label"), QStringLiteral("podcast ep/12 & more"));
        body.insert(QStringLiteral("metadata"), metadata);
        Client http = api_->client();
        const Reply created = http.post(QStringLiteral("/v1/jobs"), body);
        QCOMPARE(created.status, 201);
        const QJsonObject job = created.json();
        QCOMPARE(job.value(QStringLiteral("label")).toString(),
                 QStringLiteral("podcast ep/12 & more"));
        QCOMPARE(job.value(QStringLiteral("metadata")).toObject(), metadata);
        // Inputs come back as the client sent them: asset ids, not paths.
        QCOMPARE(job.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("audio")),
                 QJsonValue(asset_));
        QVERIFY(!created.body.contains(dir_.path().toUtf8()));

        const QJsonArray found = jobsLabelled(QStringLiteral("podcast ep/12 & more"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("id")),
                 job.value(QStringLiteral("id")));
        QCOMPARE(found.at(0).toObject().value(QStringLiteral("metadata")).toObject(), metadata);
        QVERIFY(jobsLabelled(QStringLiteral("no such label")).isEmpty());
        // A job without them shows an empty label and metadata.
        const Reply plain = http.post(QStringLiteral("/v1/jobs"), GainApiServer::gainJob(asset_));
        QCOMPARE(plain.json().value(QStringLiteral("label")).toString(), QString());
        QCOMPARE(plain.json().value(QStringLiteral("metadata")).toObject(), QJsonObject());
    }

    void badLabelsAndMetadataAreRefusedNamingTheField() {
        Client http = api_->client();
        auto with = [&](const QString& field, const QJsonValue& value) {
            QJsonObject body = GainApiServer::gainJob(asset_);
            body.insert(field, value);
            return http.post(QStringLiteral("/v1/jobs"), body);
        };
        expectRefusal(with(QStringLiteral("label"), QString(201, QLatin1Char('x'))), 422,
                      QStringLiteral("label"));
        QCOMPARE(with(QStringLiteral("label"), QString(200, QLatin1Char('x'))).status, 201);
        expectRefusal(with(QStringLiteral("label"), 7), 422, QStringLiteral("label"));
        expectRefusal(with(QStringLiteral("metadata"), QJsonArray{1, 2}), 422,
                      QStringLiteral("metadata"));
        expectRefusal(with(QStringLiteral("metadata"), QStringLiteral("text")), 422,
                      QStringLiteral("metadata"));
        const QJsonObject big{{QStringLiteral("blob"), QString(17 * 1024, QLatin1Char('b'))}};
        expectRefusal(with(QStringLiteral("metadata"), big), 422, QStringLiteral("metadata"));
        expectRefusal(http.get(QStringLiteral("/v1/jobs?label=") + QString(201, QLatin1Char('y'))),
                      422, QStringLiteral("label"));
    }

    void cleanupTestCase() { api_.reset(); }
};

QTEST_GUILESS_MAIN(TestJobIdempotency)
#include "test_job_idempotency.moc"
