#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/audio/audio_reader.h"
#include "core/audio/audio_writer.h"
#include "core/engine/credit_policy.h"
#include "core/engine/engine_host.h"
#include "support/api_test_client.h"

#include <sys/stat.h>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <atomic>

using sonara::core::EngineHost;
using sonara::core::EngineHostOptions;
using sonara::core::api::LocalApiServer;
using sonara::test::Client;
using sonara::test::Reply;

namespace {

// Raw HTTP/1.1 over a socket, for headers a client library would rewrite (Host, Origin).
int rawStatus(quint16 port, const QByteArray& headers,
              const QHostAddress& address = QHostAddress::LocalHost) {
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(5000)) {
        return -1;
    }
    socket.write("GET /v1/health HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    QByteArray response;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && !response.contains("\r\n\r\n")) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (socket.bytesAvailable() || socket.waitForReadyRead(20)) {
            response += socket.readAll();
        }
    }
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : -1;
}

struct Sse {
    QList<QPair<QByteArray, QJsonObject>> events;
};

Sse parseEvents(const QByteArray& stream) {
    Sse sse;
    QByteArray name;
    for (const QByteArray& line : stream.split('\n')) {
        if (line.startsWith("event: ")) {
            name = line.mid(7);
        } else if (line.startsWith("data: ")) {
            sse.events.append({name, QJsonDocument::fromJson(line.mid(6)).object()});
        }
    }
    return sse;
}

QString longText(int sentences) {
    QStringList text;
    for (int i = 0; i < sentences; ++i) {
        text.append(
            QStringLiteral(
                "This is sentence number %1 of a long text that keeps the speech engine busy.")
                .arg(i + 1));
    }
    return text.join(QLatin1Char(' '));
}

}  // namespace

// Real HTTP over loopback against a LocalApiServer with a real EngineHost in a temporary data dir.
class TestLocalApi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    std::unique_ptr<LocalApiServer> server_;
    QByteArray token_;
    quint16 port_ = 0;

    Client client() const { return Client(port_, token_); }

    // Runs `work` on a thread of its own while this thread serves the API.
    template <typename Work>
    void offThread(Work work, int timeoutMs = 400000) {
        std::atomic_bool done{false};
        QThread* thread = QThread::create([&] {
            work();
            done = true;
        });
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(done.load(), timeoutMs);
        thread->wait();
        delete thread;
    }

    QString speak(Client& http, const QString& text) {
        const Reply created =
            http.post(QStringLiteral("/v1/jobs"),
                      QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                                  {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                                  {QStringLiteral("text"), text}});
        return created.status == 201 ? created.json().value(QStringLiteral("id")).toString()
                                     : QString();
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
    }

    void cleanupTestCase() {
        server_.reset();
        host_.reset();
    }

    void tokenFileIsPrivate() {
        struct stat info {};
        QCOMPARE(
            ::stat(QFile::encodeName(dir_.filePath(QStringLiteral("config/api-token"))).constData(),
                   &info),
            0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(token_.size(), 64);
    }

    void refusesRequestsWithoutTheRightToken() {
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port_) + "\r\n";
        QCOMPARE(rawStatus(port_, host), 401);
        QCOMPARE(rawStatus(port_, host + "Authorization: Bearer " + QByteArray(64, 'a') + "\r\n"),
                 401);
        QCOMPARE(rawStatus(port_, host + "Authorization: Bearer " + token_ + "\r\n"), 200);
    }

    void refusesForeignHostsAndBrowsers() {
        const QByteArray auth = "Authorization: Bearer " + token_ + "\r\n";
        QCOMPARE(rawStatus(port_, "Host: evil.example\r\n" + auth), 403);
        QCOMPARE(
            rawStatus(port_, "Host: evil.example:" + QByteArray::number(port_) + "\r\n" + auth),
            403);
        QCOMPARE(rawStatus(port_, "Host: localhost:" + QByteArray::number(port_) +
                                      "\r\nOrigin: http://evil.example\r\n" + auth),
                 403);
        QCOMPARE(rawStatus(port_, "Host: localhost:" + QByteArray::number(port_) + "\r\n" + auth),
                 200);
    }

    void answersOnIpv6LoopbackToo() {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHostIPv6, port_);
        if (!probe.waitForConnected(2000)) {
            QSKIP("this system has no IPv6 loopback");
        }
        probe.abort();
        QCOMPARE(rawStatus(port_,
                           "Host: [::1]:" + QByteArray::number(port_) +
                               "\r\nAuthorization: Bearer " + token_ + "\r\n",
                           QHostAddress::LocalHostIPv6),
                 200);
    }

    void listsAndManagesModels() {
        Client http = client();
        const Reply list = http.get(QStringLiteral("/v1/models"));
        QCOMPARE(list.status, 200);
        const QJsonArray models = list.json().value(QStringLiteral("models")).toArray();
        QVERIFY(!models.isEmpty());
        QVERIFY(models.first().toObject().contains(QStringLiteral("installed")));
        const Reply missing = http.post(
            QStringLiteral("/v1/models/whisper-tiny/install"),
            QJsonObject{{QStringLiteral("path"), dir_.filePath(QStringLiteral("no-such-folder"))}});
        QCOMPARE(missing.status, 404);
        QVERIFY(missing.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("no-such-folder")));
        // No path and no URL means "download the catalog's files", which a model the catalog
        // does not list cannot have.
        const Reply unlisted =
            http.post(QStringLiteral("/v1/models/not-in-catalog/install"), QJsonObject{});
        QCOMPARE(unlisted.status, 422);
        QCOMPARE(unlisted.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("model"));
        QCOMPARE(http.send("DELETE", QStringLiteral("/v1/models/not-installed")).status, 404);
    }

    void sendsNoCorsHeaders() {
        Client http = client();
        const Reply reply = http.get(QStringLiteral("/v1/health"));
        QCOMPARE(reply.status, 200);
        for (const QByteArray& name : reply.headers.keys()) {
            QVERIFY2(!name.startsWith("access-control-"), name.constData());
        }
    }

    void refusesOversizeBodies() {
        Client http = client();
        const QByteArray big = "{\"text\": \"" + QByteArray(1 << 20, 'a') + "\"}";
        const Reply reply = http.send("POST", QStringLiteral("/v1/jobs"), big);
        QCOMPARE(reply.status, 413);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY(host_->jobs().jobs().isEmpty());
    }

    void aDeclaredOversizeBodyIsRefusedBeforeItIsRead() {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port_);
        QVERIFY(socket.waitForConnected(5000));
        // The head arrives in two pieces, as a slow client would send it.
        socket.write("POST /v1/assets?filename=huge.wav HTTP/1.1\r\nHost: 127.0.0.1:" +
                     QByteArray::number(port_) + "\r\nAuthorization: Bearer " + token_ +
                     "\r\nContent-Le");
        socket.flush();
        QTest::qWait(100);
        socket.write("ngth: " + QByteArray::number(3LL << 30) + "\r\n\r\nRIFF");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    }

    void aStalledClientIsDisconnected() {
        sonara::core::api::LocalApiOptions options;
        options.connection.idleTimeoutMs = 300;
        LocalApiServer impatient(*host_, token_, options);
        const quint16 port = impatient.listen(0);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1:");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void malformedJsonIsABadRequestNamingTheProblem() {
        Client http = client();
        const Reply reply =
            http.send("POST", QStringLiteral("/v1/jobs"), "{\"capability\": \"tts\",");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY2(reply.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("not valid JSON")),
                 reply.body);
        QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), 400);
    }

    // A refused upload names the user's file, never the server's temporary copy of it.
    void aRefusedUploadNamesTheUsersFileNotAServerPath() {
        Reply refused;
        offThread([&] {
            refused =
                client().send("POST", QStringLiteral("/v1/assets?filename=broken.wav"),
                              QByteArray("only text, no audio here\n").repeated(40), "audio/wav");
        });
        QCOMPARE(refused.status, 422);
        const QString detail = refused.json().value(QStringLiteral("detail")).toString();
        QVERIFY2(detail.startsWith(QStringLiteral("broken.wav")), qPrintable(detail));
        for (const QString& internal : {QStringLiteral(".incoming"), QStringLiteral("/assets"),
                                        QDir::tempPath(), dir_.path()}) {
            QVERIFY2(!detail.contains(internal), qPrintable(detail));
        }
    }

    void unknownNamesAreUnprocessableNamingTheField() {
        Client http = client();
        Reply reply =
            http.post(QStringLiteral("/v1/jobs"),
                      QJsonObject{{QStringLiteral("capability"), QStringLiteral("juggle")},
                                  {QStringLiteral("text"), QStringLiteral("hi")}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("capability"));
        QVERIFY(reply.json()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QStringLiteral("juggle")));

        reply = http.post(QStringLiteral("/v1/jobs"),
                          QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                                      {QStringLiteral("text"), QStringLiteral("hi")},
                                      {QStringLiteral("parameters"),
                                       QJsonObject{{QStringLiteral("loudness"), 3}}}});
        QCOMPARE(reply.status, 422);
        QVERIFY2(reply.json()
                     .value(QStringLiteral("field"))
                     .toString()
                     .contains(QStringLiteral("loudness")),
                 reply.body);

        reply = http.post(QStringLiteral("/v1/jobs"),
                          QJsonObject{{QStringLiteral("capability"), QStringLiteral("tts")},
                                      {QStringLiteral("engine"), QStringLiteral("espeak-ng")},
                                      {QStringLiteral("text"), QStringLiteral("hi")},
                                      {QStringLiteral("parameters"),
                                       QJsonObject{{QStringLiteral("rate"), 5000}}}});
        QCOMPARE(reply.status, 422);
        QVERIFY2(
            reply.json().value(QStringLiteral("field")).toString().contains(QStringLiteral("rate")),
            reply.body);

        reply =
            http.post(QStringLiteral("/v1/jobs"),
                      QJsonObject{{QStringLiteral("capability"), QStringLiteral("stt")},
                                  {QStringLiteral("inputs"), QJsonArray{QStringLiteral("nope")}}});
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("inputs[0]"));
        QVERIFY(host_->jobs().jobs().isEmpty());

        QCOMPARE(http.get(QStringLiteral("/v1/jobs/does-not-exist")).status, 404);
        QCOMPARE(http.get(QStringLiteral("/v1/assets/does-not-exist")).status, 404);
        reply = http.get(QStringLiteral("/v1/jobs?capability=bogus"));
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.json().value(QStringLiteral("field")).toString(),
                 QStringLiteral("capability"));
    }

    // Unknown routes and methods are problems too, never an empty answer; the token still comes
    // first, so a stranger learns nothing about which routes exist.
    void unroutedRequestsAnswerProblems() {
        Client http = client();
        const Reply missing = http.get(QStringLiteral("/v1/no-such-thing"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY2(missing.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("/v1/no-such-thing")),
                 missing.body);
        const Reply wrongMethod = http.send("PUT", QStringLiteral("/v1/jobs/some-id"));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.headers.value("allow"), QByteArray("DELETE, GET, HEAD"));
        QCOMPARE(wrongMethod.headers.value("content-type"), QByteArray("application/problem+json"));
        const Reply head = http.send("HEAD", QStringLiteral("/v1/no-such-thing"));
        QCOMPARE(head.status, 404);
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port_) + "\r\n";
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port_);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/no-such-thing HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n");
        QByteArray response;
        QTRY_VERIFY_WITH_TIMEOUT((response += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(response.startsWith("HTTP/1.1 401"), response);
    }

    void openApiListsEveryCapabilitysParameters() {
        Client http = client();
        const Reply reply = http.get(QStringLiteral("/v1/openapi.json"));
        QCOMPARE(reply.status, 200);
        const QJsonObject document = reply.json();
        QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
        const QJsonObject schemas = document.value(QStringLiteral("components"))
                                        .toObject()
                                        .value(QStringLiteral("schemas"))
                                        .toObject();
        for (const auto& descriptor : host_->registry().capabilities()) {
            const QJsonObject parameters =
                schemas.value(descriptor.id + QStringLiteral(".parameters")).toObject();
            QVERIFY2(!parameters.isEmpty(), qPrintable(descriptor.id));
            for (const auto& spec : descriptor.parameters) {
                QVERIFY2(
                    parameters.value(QStringLiteral("properties")).toObject().contains(spec.id),
                    qPrintable(spec.id));
            }
        }
        QVERIFY(document.value(QStringLiteral("paths"))
                    .toObject()
                    .contains(QStringLiteral("/v1/jobs/{job}/events")));
        QFile out(dir_.filePath(QStringLiteral("openapi.json")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(reply.body);
    }

    void openApiValidatesWithAnIndependentValidator() {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (node.isEmpty()) {
            QSKIP("node is not installed; the OpenAPI document cannot be validated here");
        }
        const QString source = QString::fromLocal8Bit(qgetenv("SONARA_SOURCE_DIR"));
        const QString modules = source + QStringLiteral("/.tools/node/node_modules");
        QVERIFY2(QFile::exists(modules +
                               QStringLiteral("/@seriousme/openapi-schema-validator/package.json")),
                 "the OpenAPI validator is missing: run packaging/install-deps.sh");
        QVERIFY(QFile::exists(dir_.filePath(QStringLiteral("openapi.json"))));
        QProcess validator;
        validator.start(node, {source + QStringLiteral("/tests/core/api/validate_openapi.mjs"),
                               modules, dir_.filePath(QStringLiteral("openapi.json"))});
        QVERIFY(validator.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(validator.state() == QProcess::NotRunning, 60000);
        QVERIFY2(validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0,
                 validator.readAllStandardError().left(4000).constData());
        QVERIFY(validator.readAllStandardOutput().contains("valid OpenAPI 3.1"));
    }

    // tts → download → upload → stt and denoise, each followed over SSE to 100%.
    void roundTripThroughEveryClassicEngine() {
        QByteArray speech;
        QString ttsJob;
        QByteArray events;
        QByteArray transcript;
        QByteArray cleaned;
        QByteArray cleanedName;
        QByteArray speechName;
        QByteArray partial;
        int beyondEnd = 0;
        QString sttJob;
        QString denoiseJob;
        int uploadStatus = 0;
        int multipartStatus = 0;
        offThread([&] {
            Client http = client();
            ttsJob = speak(http, longText(8));
            events = http.get(QStringLiteral("/v1/jobs/%1/events").arg(ttsJob)).body;
            speech =
                http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=wav").arg(ttsJob)).body;
            const Reply uploaded = http.send(
                "POST", QStringLiteral("/v1/assets?filename=speech.wav"), speech, "audio/wav");
            uploadStatus = uploaded.status;
            const QString asset = uploaded.json().value(QStringLiteral("id")).toString();
            partial = http.send("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {}, {},
                                {{"Range", "bytes=0-11"}})
                          .body;
            beyondEnd = http.send("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {}, {},
                                  {{"Range", "bytes=999999999-"}})
                            .status;

            const QByteArray boundary = "sonaraboundary42";
            const QByteArray multipart =
                "--" + boundary +
                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"again.wav\"\r\n"
                "Content-Type: audio/wav\r\n\r\n" +
                speech + "\r\n--" + boundary + "--\r\n";
            multipartStatus = http.send("POST", QStringLiteral("/v1/assets"), multipart,
                                        "multipart/form-data; boundary=" + boundary)
                                  .status;

            sttJob =
                http.post(QStringLiteral("/v1/jobs"),
                          QJsonObject{{QStringLiteral("capability"), QStringLiteral("stt")},
                                      {QStringLiteral("engine"), QStringLiteral("pocketsphinx")},
                                      {QStringLiteral("inputs"), QJsonArray{asset}}})
                    .json()
                    .value(QStringLiteral("id"))
                    .toString();
            http.get(QStringLiteral("/v1/jobs/%1/events").arg(sttJob));
            http.waitFor(sttJob);
            transcript =
                http.get(QStringLiteral("/v1/jobs/%1/outputs/transcript?format=txt").arg(sttJob))
                    .body;
            denoiseJob =
                http.post(QStringLiteral("/v1/jobs"),
                          QJsonObject{{QStringLiteral("capability"), QStringLiteral("denoise")},
                                      {QStringLiteral("engine"), QStringLiteral("ffmpeg")},
                                      {QStringLiteral("inputs"), QJsonArray{asset}}})
                    .json()
                    .value(QStringLiteral("id"))
                    .toString();
            const QByteArray denoiseEvents =
                http.get(QStringLiteral("/v1/jobs/%1/events").arg(denoiseJob)).body;
            Q_UNUSED(denoiseEvents);
            http.waitFor(denoiseJob);
            const Reply cleanedReply =
                http.get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=flac").arg(denoiseJob));
            cleaned = cleanedReply.body;
            cleanedName = cleanedReply.headers.value("content-disposition");
            speechName = http.get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(ttsJob))
                             .headers.value("content-disposition");
        });
        QVERIFY(!ttsJob.isEmpty());
        const Sse sse = parseEvents(events);
        QVERIFY2(sse.events.size() >= 2, events.constData());
        QCOMPARE(sse.events.last().first, QByteArray("finished"));
        QCOMPARE(sse.events.last().second.value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        QCOMPARE(sse.events.at(sse.events.size() - 2)
                     .second.value(QStringLiteral("progress"))
                     .toDouble(),
                 1.0);
        // Progress arrived while the job ran, not only as the final state.
        QVERIFY2(sse.events.size() >= 4, events.constData());
        double last = 0;
        for (int i = 0; i + 1 < sse.events.size(); ++i) {
            const double fraction =
                sse.events.at(i).second.value(QStringLiteral("progress")).toDouble();
            QVERIFY(fraction >= last);
            last = fraction;
        }

        QVERIFY(speech.startsWith("RIFF"));
        QCOMPARE(uploadStatus, 201);
        QCOMPARE(multipartStatus, 201);
        QCOMPARE(partial, speech.left(12));
        QCOMPARE(beyondEnd, 416);
        QCOMPARE(host_->jobs().job(sttJob)->state, sonara::core::store::JobState::Succeeded);
        QVERIFY2(!transcript.trimmed().isEmpty(),
                 "pocketsphinx heard nothing in the spoken sentence");
        QCOMPARE(host_->jobs().job(denoiseJob)->state, sonara::core::store::JobState::Succeeded);
        QVERIFY(cleaned.startsWith("fLaC"));
        // Downloads are named after what went in and what was done to it.
        QCOMPARE(cleanedName, QByteArray("attachment; filename=\"speech.denoise.flac\""));
        QCOMPARE(speechName,
                 QByteArray("attachment; filename=\"this-is-sentence-number.tts.wav\""));
    }

    void cancelsARunningJob() {
        QString id;
        QJsonObject final;
        int cancelStatus = 0;
        offThread([&] {
            Client http = client();
            id = speak(http, longText(300));
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 30000 && http.get(QStringLiteral("/v1/jobs/") + id)
                                                      .json()
                                                      .value(QStringLiteral("state"))
                                                      .toString() != QLatin1String("running")) {
                QThread::msleep(20);
            }
            cancelStatus = http.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id)).status;
            final = http.waitFor(id, 10000);
        });
        QCOMPARE(cancelStatus, 202);
        QCOMPARE(final.value(QStringLiteral("state")).toString(), QStringLiteral("cancelled"));
        int deleted = 0;
        offThread(
            [&] { deleted = client().send("DELETE", QStringLiteral("/v1/jobs/") + id).status; });
        QCOMPARE(deleted, 204);
        QVERIFY(!host_->jobs().job(id));
    }

    // A script cancels and deletes back to back: the cancel's answer says where the job is, and
    // the delete is accepted at once (202 while the engine stops, 204 if it already has).
    void cancelThenDeleteBackToBack() {
        QString id;
        QString cancelState;
        int cancelStatus = 0;
        int deleted = 0;
        QString deletedState;
        offThread([&] {
            Client http = client();
            id = speak(http, longText(300));
            QElapsedTimer clock;
            clock.start();
            while (clock.elapsed() < 30000 && http.get(QStringLiteral("/v1/jobs/") + id)
                                                      .json()
                                                      .value(QStringLiteral("state"))
                                                      .toString() != QLatin1String("running")) {
                QThread::msleep(20);
            }
            const auto cancelled = http.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(id));
            cancelStatus = cancelled.status;
            const QJsonObject answer = cancelled.json();
            cancelState = answer.value(QStringLiteral("cancelling")).toBool()
                              ? QStringLiteral("cancelling")
                              : answer.value(QStringLiteral("state")).toString();
            const auto removal = http.send("DELETE", QStringLiteral("/v1/jobs/") + id);
            deleted = removal.status;
            deletedState = removal.json().value(QStringLiteral("cancelling")).toBool()
                               ? QStringLiteral("cancelling")
                               : QString();
        });
        QCOMPARE(cancelStatus, 202);
        QVERIFY2(
            cancelState == QLatin1String("cancelling") || cancelState == QLatin1String("cancelled"),
            qPrintable(cancelState));
        QVERIFY2(deleted == 204 || (deleted == 202 && deletedState == QLatin1String("cancelling")),
                 qPrintable(QStringLiteral("%1 %2").arg(deleted).arg(deletedState)));
        QTRY_VERIFY_WITH_TIMEOUT(!host_->jobs().job(id), 10000);
    }

    void downloadWithoutCreditsIsPaymentRequired() {
        QString id;
        Reply refused;
        Reply again;
        sonara::core::CreditPolicy& credits = host_->credits();
        offThread([&] {
            Client http = client();
            id = speak(http, QStringLiteral("Credits are spent on exports."));
            http.waitFor(id);
        });
        const qint64 balance = credits.balanceSeconds();
        QVERIFY(credits.record(QStringLiteral("usage"), -balance, QStringLiteral("test-drain")));
        QCOMPARE(credits.balanceSeconds(), 0);
        offThread(
            [&] { refused = client().get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id)); });
        QCOMPARE(refused.status, 402);
        QCOMPARE(refused.headers.value("content-type"), QByteArray("application/problem+json"));
        QVERIFY2(refused.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("not enough credits")),
                 refused.body);
        QCOMPARE(credits.balanceSeconds(), 0);

        QVERIFY(credits.record(QStringLiteral("grant"), balance, QStringLiteral("test-refill")));
        offThread(
            [&] { again = client().get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id)); });
        QCOMPARE(again.status, 200);
        const qint64 charged = balance - credits.balanceSeconds();
        const double duration =
            host_->assets()
                .find(host_->jobs().job(id)->outputs.value(QStringLiteral("audio")))
                ->duration.value_or(0);
        QCOMPARE(charged, static_cast<qint64>(std::ceil(duration)));
        // The same result downloaded again is not charged twice.
        offThread([&] {
            again = client().get(QStringLiteral("/v1/jobs/%1/outputs/audio?format=mp3").arg(id));
        });
        QCOMPARE(again.status, 200);
        QCOMPARE(balance - credits.balanceSeconds(), charged);
    }

    // Every path to a result's bytes goes through the one credit rule, whatever happened to the
    // job since: its own download, the asset's content (whole or a Range), after a DELETE of the
    // job, and for a job that was cancelled and retried. The user's own uploads stay free.
    void everyPathToAResultIsCharged() {
        sonara::core::CreditPolicy& credits = host_->credits();
        const qint64 balance = credits.balanceSeconds();
        QString done;
        QString retried;
        offThread([&] {
            Client http = client();
            done = speak(http, QStringLiteral("Nobody gets this for free."));
            retried = speak(http, longText(40));
            http.send("POST", QStringLiteral("/v1/jobs/%1/cancel").arg(retried));
            http.waitFor(retried);
            QCOMPARE(http.send("POST", QStringLiteral("/v1/jobs/%1/retry").arg(retried)).status,
                     202);
            http.waitFor(done);
            http.waitFor(retried);
        });
        QCOMPARE(host_->jobs().job(done)->state, sonara::core::store::JobState::Succeeded);
        QCOMPARE(host_->jobs().job(retried)->state, sonara::core::store::JobState::Succeeded);
        const QString doneAsset = host_->jobs().job(done)->outputs.value(QStringLiteral("audio"));
        const QString retriedAsset =
            host_->jobs().job(retried)->outputs.value(QStringLiteral("audio"));
        QVERIFY(credits.record(QStringLiteral("usage"), -balance, QStringLiteral("test-drain-2")));

        const auto content = [&](const QString& asset, const QByteArray& range = {}) {
            Reply reply;
            offThread([&] {
                QList<QPair<QByteArray, QByteArray>> headers;
                if (!range.isEmpty()) {
                    headers.append({"Range", range});
                }
                reply = client().send("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {},
                                      {}, headers);
            });
            return reply;
        };
        const auto deleteJob = [&](const QString& id) {
            int status = 0;
            offThread(
                [&] { status = client().send("DELETE", QStringLiteral("/v1/jobs/") + id).status; });
            return status;
        };
        for (const QString& asset : {doneAsset, retriedAsset}) {
            QCOMPARE(content(asset).status, 402);
            QCOMPARE(content(asset, "bytes=0-99").status, 402);
        }
        QCOMPARE(deleteJob(done), 204);
        QCOMPARE(deleteJob(retried), 204);
        for (const QString& asset : {doneAsset, retriedAsset}) {
            const Reply refused = content(asset);
            QCOMPARE(refused.status, 402);
            QVERIFY2(refused.body.contains("not enough credits"), refused.body);
            QCOMPARE(refused.json().value(QStringLiteral("balance_seconds")).toInteger(), 0);
            QCOMPARE(
                refused.json().value(QStringLiteral("needed_seconds")).toInteger(),
                static_cast<qint64>(std::ceil(host_->assets().find(asset)->duration.value_or(0))));
            QVERIFY(!refused.json().value(QStringLiteral("buy")).toString().isEmpty());
            QCOMPARE(content(asset, "bytes=0-99").status, 402);
            QVERIFY(refused.headers.value("content-type") == "application/problem+json");
        }
        QCOMPARE(credits.balanceSeconds(), 0);

        // Paid once, whichever path pays: a Range first, then the whole file for nothing more.
        QVERIFY(credits.record(QStringLiteral("grant"), balance, QStringLiteral("test-refill-2")));
        const Reply slice = content(doneAsset, "bytes=0-99");
        QCOMPARE(slice.status, 206);
        QCOMPARE(slice.body.size(), 100);
        const double duration = host_->assets().find(doneAsset)->duration.value_or(0);
        const qint64 charged = balance - credits.balanceSeconds();
        QCOMPARE(charged, static_cast<qint64>(std::ceil(duration)));
        const Reply whole = content(doneAsset);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body.size(), host_->assets().find(doneAsset)->sizeBytes);
        QCOMPARE(balance - credits.balanceSeconds(), charged);

        // The user's own file costs nothing, with no credits at all.
        QVERIFY(credits.record(QStringLiteral("usage"), -credits.balanceSeconds(),
                               QStringLiteral("test-drain-3")));
        sonara::core::audio::AudioBuffer tone;
        tone.sampleRate = 16000;
        tone.channels = 1;
        for (int i = 0; i < 16000; ++i) {
            tone.samples.push_back(0.3f * static_cast<float>(std::sin(i * 0.1)));
        }
        const QString own = dir_.filePath(QStringLiteral("mine.wav"));
        sonara::core::audio::encodeFile(tone, own, {});
        QFile ownFile(own);
        QVERIFY(ownFile.open(QIODevice::ReadOnly));
        Reply uploaded;
        offThread([&] {
            uploaded = client().send("POST", QStringLiteral("/v1/assets?filename=mine.wav"),
                                     ownFile.readAll(), "audio/wav");
        });
        QCOMPARE(uploaded.status, 201);
        const Reply free = content(uploaded.json().value(QStringLiteral("id")).toString());
        QCOMPARE(free.status, 200);
        QCOMPARE(free.body.size(), ownFile.size());
        QCOMPARE(credits.balanceSeconds(), 0);
        QVERIFY(credits.record(QStringLiteral("grant"), balance - charged,
                               QStringLiteral("test-refill-3")));
    }

    // Signing in is the data folder's business, so bad sign-ins change nothing: the credits
    // stay local. (A real service is signed in to in tests/e2e/test_cli_account.cpp.)
    void badAccountSignInsAreRefusedWithTheReason() {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const QString closed = QStringLiteral("http://127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        struct Case {
            QJsonObject body;
            int status;
            QString field;
        };
        const QList<Case> cases = {
            {{{QStringLiteral("email"), QStringLiteral("a@example.com")},
              {QStringLiteral("password"), QStringLiteral("long enough secret")}},
             422,
             QStringLiteral("service_url")},
            {{{QStringLiteral("service_url"), QStringLiteral("http://example.com")},
              {QStringLiteral("email"), QStringLiteral("a@example.com")},
              {QStringLiteral("password"), QStringLiteral("long enough secret")}},
             422,
             QStringLiteral("service_url")},
            {{{QStringLiteral("service_url"), QStringLiteral("https://sonara.studio")},
              {QStringLiteral("email"), 42},
              {QStringLiteral("password"), QStringLiteral("long enough secret")}},
             422,
             QStringLiteral("email")},
            {{{QStringLiteral("service_url"), QStringLiteral("https://sonara.studio")},
              {QStringLiteral("email"), QStringLiteral("a@example.com")},
              {QStringLiteral("password"), QStringLiteral("long enough secret")},
              {QStringLiteral("remember"), true}},
             422,
             QStringLiteral("remember")},
            {{{QStringLiteral("service_url"), closed},
              {QStringLiteral("email"), QStringLiteral("a@example.com")},
              {QStringLiteral("password"), QStringLiteral("long enough secret")}},
             503,
             QString()},
        };
        for (const Case& test : cases) {
            Reply reply;
            offThread(
                [&] { reply = client().post(QStringLiteral("/v1/account/sign-in"), test.body); });
            QCOMPARE(reply.status, test.status);
            QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), test.field);
            QVERIFY(!reply.json().value(QStringLiteral("detail")).toString().isEmpty());
        }
        Reply credits;
        offThread([&] { credits = client().get(QStringLiteral("/v1/credits")); });
        QCOMPARE(credits.json().value(QStringLiteral("source")).toString(),
                 QStringLiteral("local"));
        QVERIFY(!host_->account().isSignedIn());
        Reply sync;
        offThread([&] { sync = client().post(QStringLiteral("/v1/account/sync"), {}); });
        QCOMPARE(sync.status, 403);
        QVERIFY2(sync.json()
                     .value(QStringLiteral("detail"))
                     .toString()
                     .contains(QStringLiteral("sign in")),
                 sync.body);
    }

    // DESIGN.md's invariant: concurrent exports never drive the balance below zero, and the
    // balance is always the sum of the ledger.
    void concurrentChargesNeverOverdraw() {
        sonara::core::CreditPolicy& credits = host_->credits();
        const qint64 start = credits.balanceSeconds();
        QVERIFY(
            credits.record(QStringLiteral("usage"), 10 - start, QStringLiteral("test-set-ten")));
        QCOMPARE(credits.balanceSeconds(), 10);
        std::atomic_int charged{0};
        std::atomic_int refused{0};
        QList<QThread*> threads;
        for (int i = 0; i < 16; ++i) {
            threads.append(QThread::create([&, i] {
                try {
                    sonara::core::CreditPolicy own(host_->database());
                    if (own.charge(0.4, QStringLiteral("test-concurrent-%1").arg(i)) == 1) {
                        ++charged;
                    }
                } catch (const sonara::core::InsufficientCreditsError&) {
                    ++refused;
                }
            }));
            threads.last()->start();
        }
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(60000));
            delete thread;
        }
        QCOMPARE(charged.load(), 10);
        QCOMPARE(refused.load(), 6);
        QCOMPARE(credits.balanceSeconds(), 0);
        QVERIFY(credits.record(QStringLiteral("grant"), start, QStringLiteral("test-restore")));
    }

    void fiftyConcurrentClientsLoseNothing() {
        constexpr int kClients = 50;
        const int before = host_->jobs().jobs({std::nullopt, {}, 10000}).size();
        std::atomic_int succeeded{0};
        std::atomic_int downloaded{0};
        QStringList ids;
        QMutex idsLock;
        std::atomic_int finished{0};
        QList<QThread*> threads;
        for (int i = 0; i < kClients; ++i) {
            threads.append(QThread::create([&, i] {
                Client http = client();
                const QString id =
                    speak(http, QStringLiteral("Client number %1 says hello.").arg(i));
                if (!id.isEmpty()) {
                    {
                        QMutexLocker lock(&idsLock);
                        ids.append(id);
                    }
                    if (http.waitFor(id, 240000).value(QStringLiteral("state")).toString() ==
                        QLatin1String("succeeded")) {
                        ++succeeded;
                        if (http.get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(id))
                                .body.startsWith("RIFF")) {
                            ++downloaded;
                        }
                    }
                    http.get(QStringLiteral("/v1/jobs?state=succeeded&limit=10"));
                }
                ++finished;
            }));
            threads.last()->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(finished.load() == kClients, 280000);
        for (QThread* thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(ids.size(), kClients);
        QCOMPARE(succeeded.load(), kClients);
        QCOMPARE(downloaded.load(), kClients);
        const auto all = host_->jobs().jobs({std::nullopt, {}, 10000});
        QCOMPARE(all.size(), before + kClients);
        for (const QString& id : ids) {
            const auto job = host_->jobs().job(id);
            QVERIFY(job);
            QVERIFY(host_->assets().find(job->outputs.value(QStringLiteral("audio"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalApi)
#include "test_local_api.moc"
