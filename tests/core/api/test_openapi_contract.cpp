// The local API keeps to its own OpenAPI document: a scripted tour of every route (successes,
// refusals, downloads, event streams, unknown routes) where each answer is checked against the
// schema of its route: status, content type and every field of the body.

#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/engine/engine_host.h"
#include "support/api_test_client.h"
#include "support/openapi_contract.h"
#include "support/sse_connection.h"

#include <QJsonArray>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using sonara::core::EngineHost;
using sonara::core::EngineHostOptions;
using sonara::core::api::LocalApiServer;
using sonara::test::Client;
using sonara::test::OpenApiContract;
using sonara::test::Reply;

class TestOpenApiContract : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    std::unique_ptr<LocalApiServer> server_;
    QByteArray token_;
    quint16 port_ = 0;
    std::unique_ptr<OpenApiContract> contract_;
    QStringList violations_;
    int checked_ = 0;

    // Sends a request and checks its answer against the document; returns the answer.
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const QByteArray& contentType = "application/json",
               const QList<QPair<QByteArray, QByteArray>>& extra = {}) {
        Client http(port_, token_);
        const Reply reply = http.send(method, path, body, contentType, extra);
        check(method, path, reply.status, reply.headers.value("content-type"), reply.body);
        return reply;
    }
    Reply post(const QString& path, const QJsonObject& body) {
        return call("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    void check(const QByteArray& method, const QString& path, int status,
               const QByteArray& contentType, const QByteArray& body) {
        ++checked_;
        if (const auto wrong = contract_->violation(method, path, status, contentType, body)) {
            violations_.append(*wrong);
        }
    }
    // An event stream, read to its end, checked event by event.
    void stream(const QString& path) {
        sonara::test::SseConnection events(port_, token_, path.toLatin1());
        QVERIFY(events.readToEnd(60000));
        QByteArray type;
        for (const QByteArray& line : events.head.split('\n')) {
            if (line.toLower().startsWith("content-type:")) {
                type = line.mid(13).trimmed();
            }
        }
        check("GET", path, events.status, type, events.body);
    }
    QString waitFor(const QString& job) {
        return Client(port_, token_).waitFor(job).value(QStringLiteral("state")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        EngineHostOptions options;
        options.dataDirectory = dir_.filePath(QStringLiteral("data"));
        host_ = std::make_unique<EngineHost>(options);
        host_->jobs().start();
        token_ = sonara::core::api::ApiToken::loadOrCreate(
            dir_.filePath(QStringLiteral("config/api-token")));
        server_ = std::make_unique<LocalApiServer>(*host_, token_);
        port_ = server_->listen(0);
        QVERIFY(port_ > 0);
        const Reply document = Client(port_, token_).get(QStringLiteral("/v1/openapi.json"));
        QCOMPARE(document.status, 200);
        contract_ = std::make_unique<OpenApiContract>(document.json());
    }

    void everyAnswerOfATourMatchesTheDocument() {
        call("GET", QStringLiteral("/v1/health"));
        call("GET", QStringLiteral("/v1/openapi.json"));
        call("GET", QStringLiteral("/v1/capabilities"));
        call("GET", QStringLiteral("/v1/capabilities/tts"));
        call("GET", QStringLiteral("/v1/capabilities/juggle"));
        call("GET", QStringLiteral("/v1/credits"));
        call("GET", QStringLiteral("/v1/models"));
        call("GET", QStringLiteral("/v1/models/whisper-tiny"));
        call("GET", QStringLiteral("/v1/models/no-such-model"));
        call("GET", QStringLiteral("/v1/models/whisper-tiny/install/events"));
        call("DELETE", QStringLiteral("/v1/models/whisper-tiny"));
        post(QStringLiteral("/v1/models/whisper-tiny/install"),
             QJsonObject{{QStringLiteral("path"), 7}});
        call("GET", QStringLiteral("/v1/voices"));
        call("GET", QStringLiteral("/v1/voices/nobody"));

        // A job, followed, downloaded in every format, and refused what it cannot do.
        const Reply created =
            post(QStringLiteral("/v1/jobs"),
                 QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                             {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                             {QStringLiteral("text"), QStringLiteral("A tour of the contract.")}});
        QCOMPARE(created.status, 201);
        const QString job = created.json().value(QStringLiteral("id")).toString();
        stream(QStringLiteral("/v1/jobs/%1/events").arg(job));
        QCOMPARE(waitFor(job), QStringLiteral("succeeded"));
        stream(QStringLiteral("/v1/events?jobs=%1").arg(job));
        call("GET", QStringLiteral("/v1/jobs/") + job);
        call("GET", QStringLiteral("/v1/jobs"));
        call("GET", QStringLiteral("/v1/jobs?state=succeeded&capability=tts&limit=5"));
        call("GET", QStringLiteral("/v1/jobs?state=bogus"));
        call("GET", QStringLiteral("/v1/jobs?capability=bogus"));
        call("GET", QStringLiteral("/v1/jobs?limit=zero"));
        QByteArray speech;
        for (const QString& format :
             host_->registry().capability(QStringLiteral("tts"))->outputs.first().formats) {
            const Reply download =
                call("GET", QStringLiteral("/v1/jobs/%1/outputs/audio?format=%2").arg(job, format));
            QCOMPARE(download.status, 200);
            QVERIFY2(download.headers.value("content-type") != "application/octet-stream",
                     qPrintable(format));
            if (format == QLatin1String("wav")) {
                speech = download.body;
            }
        }
        call("GET", QStringLiteral("/v1/jobs/%1/outputs/audio?format=doc").arg(job));
        call("GET", QStringLiteral("/v1/jobs/%1/outputs/nothing").arg(job));
        call("GET", QStringLiteral("/v1/jobs/%1/outputs/audio").arg(job), {}, {},
             {{"Range", "bytes=99999999-"}});
        call("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(job));
        call("POST", QStringLiteral("/v1/jobs/%1/retry").arg(job));
        call("POST", QStringLiteral("/v1/jobs/%1/front").arg(job));

        // Refused jobs: unknown names, wrong types and values out of range, a body not JSON.
        post(QStringLiteral("/v1/jobs"), QJsonObject{{QStringLiteral("capability"), 3}});
        post(QStringLiteral("/v1/jobs"),
             QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                         {QStringLiteral("text"), QStringLiteral("x")},
                         {QStringLiteral("parameters"),
                          QJsonObject{{QStringLiteral("rate"), QStringLiteral("fast")}}}});
        post(QStringLiteral("/v1/jobs"),
             QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                         {QStringLiteral("text"), QStringLiteral("x")},
                         {QStringLiteral("priority"), 99}});
        call("POST", QStringLiteral("/v1/jobs"), "{not json");

        // Assets: upload, list, read whole and in part, a range past the end.
        QVERIFY(speech.startsWith("RIFF"));
        const Reply uploaded =
            call("POST", QStringLiteral("/v1/assets?filename=tour.wav"), speech, "audio/wav");
        QCOMPARE(uploaded.status, 201);
        const QString asset = uploaded.json().value(QStringLiteral("id")).toString();
        call("POST", QStringLiteral("/v1/assets?filename=notes.txt"), "not audio", "text/plain");
        call("GET", QStringLiteral("/v1/assets"));
        call("GET", QStringLiteral("/v1/assets/") + asset);
        call("GET", QStringLiteral("/v1/assets/no-such-asset"));
        const Reply content = call("GET", QStringLiteral("/v1/assets/%1/content").arg(asset));
        QCOMPARE(content.headers.value("content-type"), QByteArray("audio/wav"));
        call("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {}, {},
             {{"Range", "bytes=0-11"}});
        call("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {}, {},
             {{"Range", "bytes=99999999-"}});
        call("HEAD", QStringLiteral("/v1/assets/%1/content").arg(asset));
        call("HEAD", QStringLiteral("/v1/assets/") + asset);

        // Webhooks: registered (with its secret), listed, read, refused, removed.
        const Reply hook =
            post(QStringLiteral("/v1/webhooks"),
                 QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/hook")},
                             {QStringLiteral("jobs"), QJsonArray{job}},
                             {QStringLiteral("events"), QJsonArray{QStringLiteral("finished")}}});
        QCOMPARE(hook.status, 201);
        const QString hookPath =
            QStringLiteral("/v1/webhooks/") + hook.json().value(QStringLiteral("id")).toString();
        call("GET", QStringLiteral("/v1/webhooks"));
        call("GET", hookPath);
        post(QStringLiteral("/v1/webhooks"),
             QJsonObject{{QStringLiteral("url"), QStringLiteral("http://example.com/hook")}});
        call("DELETE", hookPath);
        call("GET", hookPath);
        call("DELETE", hookPath);

        // A voice, a transcription of the upload, and the job removed.
        const Reply voice = post(
            QStringLiteral("/v1/voices"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("Tour")},
                        {QStringLiteral("samples"), QJsonArray{asset}},
                        {QStringLiteral("consent"),
                         QJsonObject{{QStringLiteral("by"), QStringLiteral("Tour guide")},
                                     {QStringLiteral("statement"), QStringLiteral("I agree.")}}}});
        const QString voicePath =
            QStringLiteral("/v1/voices/") + voice.json().value(QStringLiteral("id")).toString();
        call("GET", voicePath);
        call("PATCH", voicePath, R"({"name": "Tour two"})");
        call("PATCH", voicePath, R"({"consent": {"by": ""}})");
        const Reply exported = call("GET", voicePath + QStringLiteral("/export"));
        call("POST", QStringLiteral("/v1/voices/import?filename=t.sonaravoice&name=Tour%203"),
             exported.body, "application/x-tar");
        call("POST", QStringLiteral("/v1/voices/import?filename=t.sonaravoice"), "not a voice",
             "application/x-tar");
        const Reply stt = post(
            QStringLiteral("/v1/jobs"),
            QJsonObject{{QStringLiteral("capability"), QStringLiteral("stt")},
                        {QStringLiteral("engine"), QStringLiteral("pocketsphinx")},
                        {QStringLiteral("inputs"), QJsonObject{{QStringLiteral("audio"), asset}}}});
        const QString sttJob = stt.json().value(QStringLiteral("id")).toString();
        QCOMPARE(waitFor(sttJob), QStringLiteral("succeeded"));
        for (const QString& format : {QStringLiteral("srt"), QStringLiteral("vtt"),
                                      QStringLiteral("json"), QStringLiteral("txt")}) {
            const Reply transcript = call(
                "GET",
                QStringLiteral("/v1/jobs/%1/outputs/transcript?format=%2").arg(sttJob, format));
            QCOMPARE(transcript.status, 200);
        }
        call("DELETE", QStringLiteral("/v1/jobs/") + sttJob);
        call("GET", QStringLiteral("/v1/jobs/") + sttJob);

        QVERIFY2(violations_.isEmpty(), qPrintable(violations_.join(QLatin1Char('\n'))));
        QVERIFY(checked_ >= 50);
    }

    // Requests no route takes are problems too, for every method, HEAD and OPTIONS included.
    void unroutedRequestsAreProblems() {
        // (HEAD is checked on a raw socket below: a client library sent a custom HEAD waits for
        // a body that never comes.)
        for (const QByteArray& method :
             {QByteArray("GET"), QByteArray("POST"), QByteArray("OPTIONS"), QByteArray("PATCH")}) {
            const Reply missing = Client(port_, token_).send(method, QStringLiteral("/v1/nothing"));
            QCOMPARE(missing.status, 404);
            QCOMPARE(missing.headers.value("content-type"), QByteArray("application/problem+json"));
            QVERIFY(missing.body.contains("/v1/nothing"));
        }
        for (const QByteArray& method :
             {QByteArray("PUT"), QByteArray("PATCH"), QByteArray("OPTIONS")}) {
            const Reply wrong = Client(port_, token_).send(method, QStringLiteral("/v1/jobs"));
            QCOMPARE(wrong.status, 405);
            QCOMPARE(wrong.headers.value("allow"), QByteArray("GET, HEAD, POST"));
            QCOMPARE(wrong.headers.value("content-type"), QByteArray("application/problem+json"));
        }
        // A HEAD answer carries no body, so the connection stays usable for the next request:
        // an unrouted one's (404, 405) and a route's, which answers as its GET.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port_);
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray head = "Host: 127.0.0.1:" + QByteArray::number(port_) +
                                "\r\nAuthorization: Bearer " + token_ + "\r\n";
        socket.write(
            "HEAD /v1/nothing HTTP/1.1\r\n" + head + "\r\nHEAD /v1/webhooks/x HTTP/1.1\r\n" + head +
            "\r\nHEAD /v1/jobs/x/cancel HTTP/1.1\r\n" + head + "\r\nHEAD /v1/jobs HTTP/1.1\r\n" +
            head + "\r\nGET /v1/health HTTP/1.1\r\n" + head + "Connection: close\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\"status\""), 10000);
        QList<QByteArray> answers;
        for (const QByteArray& line : response.split('\n')) {
            if (line.startsWith("HTTP/1.1 ")) {
                answers.append(line);
            }
        }
        QCOMPARE(answers.size(), 5);
        QVERIFY2(answers.at(0).startsWith("HTTP/1.1 404"), response.constData());
        QVERIFY2(answers.at(1).startsWith("HTTP/1.1 404"), response.constData());
        QVERIFY2(answers.at(2).startsWith("HTTP/1.1 405"), response.constData());
        QVERIFY2(answers.at(3).startsWith("HTTP/1.1 200"), response.constData());
        QVERIFY2(answers.at(4).startsWith("HTTP/1.1 200"), response.constData());
        QVERIFY2(response.contains("Content-Type: application/problem+json"), response.constData());
        QVERIFY2(response.contains("Content-Type: application/json"), response.constData());
        QVERIFY2(response.contains("Allow: POST"), response.constData());
        // The problems' bodies were not sent: the only JSON is the health answer's.
        QCOMPARE(response.count("{"), 1);
    }

    void cleanupTestCase() {
        server_.reset();
        host_.reset();
    }
};

QTEST_GUILESS_MAIN(TestOpenApiContract)
#include "test_openapi_contract.moc"
