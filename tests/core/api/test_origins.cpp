// Opt-in origins for local web tools, through a real local API over loopback: by default every
// browser Origin is refused and no CORS header is sent; an origin allowed by the server's
// options, the api_allowed_origins setting or SONARA_ORIGINS gets CORS headers (preflights
// answered 204) on every kind of answer, and still needs the token.

#include "core/api/cors.h"
#include "core/engine/errors.h"
#include "core/store/settings_store.h"
#include "support/gain_api_server.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using sonara::core::api::LocalApiOptions;
using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QByteArray kTool = "http://localhost:5173";
const QByteArray kOther = "https://evil.example";

// A request with no token at all, as a browser's preflight is sent.
Reply withoutToken(quint16 port, const QByteArray& method, const QString& path,
                   const Headers& headers) {
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    for (const auto& [name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply* reply = nam.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs()) {
        result.headers.insert(name.toLower(), value);
    }
    reply->deleteLater();
    return result;
}

}  // namespace

class TestOrigins : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;

    static void expectCors(const Reply& reply, const QByteArray& origin) {
        QCOMPARE(reply.headers.value("access-control-allow-origin"), origin);
        QCOMPARE(reply.headers.value("vary"), QByteArray("Origin"));
        QVERIFY(reply.headers.value("access-control-expose-headers").contains("Location"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(dir_.isValid()); }

    void byDefaultEveryOriginIsRefusedWithoutCorsHeaders() {
        GainApiServer api(dir_.filePath(QStringLiteral("closed")));
        QVERIFY(api.start() > 0);
        Client http = api.client();
        for (const QByteArray& origin : {kTool, kOther}) {
            const Reply reply =
                http.send("GET", QStringLiteral("/v1/health"), {}, {}, Headers{{"Origin", origin}});
            QCOMPARE(reply.status, 403);
            QVERIFY(!reply.headers.contains("access-control-allow-origin"));
        }
        const Reply preflight =
            withoutToken(api.port(), "OPTIONS", QStringLiteral("/v1/jobs"),
                         Headers{{"Origin", kTool}, {"Access-Control-Request-Method", "POST"}});
        QVERIFY(preflight.status != 204);
        QVERIFY(!preflight.headers.contains("access-control-allow-origin"));
        // Scripts, which send no Origin, are served as always.
        QCOMPARE(http.get(QStringLiteral("/v1/health")).status, 200);
        QVERIFY(!http.get(QStringLiteral("/v1/health"))
                     .headers.contains("access-control-allow-origin"));
    }

    void anAllowedOriginGetsCorsHeadersAndStillNeedsTheToken() {
        GainApiServer api(dir_.filePath(QStringLiteral("open")));
        LocalApiOptions options;
        options.allowedOrigins = {QString::fromLatin1(kTool)};
        QVERIFY(api.start(options) > 0);
        Client http = api.client();
        const Headers fromTool{{"Origin", kTool}};

        const Reply health = http.send("GET", QStringLiteral("/v1/health"), {}, {}, fromTool);
        QCOMPARE(health.status, 200);
        expectCors(health, kTool);

        const Reply noToken =
            withoutToken(api.port(), "GET", QStringLiteral("/v1/health"), fromTool);
        QCOMPARE(noToken.status, 401);
        expectCors(noToken, kTool);

        const Reply other =
            http.send("GET", QStringLiteral("/v1/health"), {}, {}, Headers{{"Origin", kOther}});
        QCOMPARE(other.status, 403);
        QVERIFY(!other.headers.contains("access-control-allow-origin"));

        // The preflight needs no token and names what the page may send.
        const Reply preflight = withoutToken(
            api.port(), "OPTIONS", QStringLiteral("/v1/jobs"),
            Headers{{"Origin", kTool},
                    {"Access-Control-Request-Method", "POST"},
                    {"Access-Control-Request-Headers", "authorization, idempotency-key"}});
        QCOMPARE(preflight.status, 204);
        QCOMPARE(preflight.headers.value("access-control-allow-origin"), kTool);
        QVERIFY(preflight.headers.value("access-control-allow-methods").contains("POST"));
        QVERIFY(preflight.headers.value("access-control-allow-methods").contains("DELETE"));
        const QByteArray allowed = preflight.headers.value("access-control-allow-headers");
        QVERIFY(allowed.contains("Authorization"));
        QVERIFY(allowed.contains("Idempotency-Key"));
        QVERIFY(allowed.contains("Content-Type"));
        const Reply otherPreflight =
            withoutToken(api.port(), "OPTIONS", QStringLiteral("/v1/jobs"),
                         Headers{{"Origin", kOther}, {"Access-Control-Request-Method", "POST"}});
        QVERIFY(otherPreflight.status != 204);
        QVERIFY(!otherPreflight.headers.contains("access-control-allow-origin"));

        // Every kind of answer: a streamed upload, a JSON route, a file, a problem.
        const QString asset = api.uploadTone(440);
        QVERIFY(!asset.isEmpty());
        QFile tone(dir_.filePath(QStringLiteral("open/upload-tone.wav")));
        QVERIFY(tone.open(QIODevice::ReadOnly));
        const Reply upload = http.send("POST", QStringLiteral("/v1/assets?filename=page.wav"),
                                       tone.readAll(), "audio/wav", fromTool);
        QCOMPARE(upload.status, 201);
        expectCors(upload, kTool);
        const Reply badUpload = http.send("POST", QStringLiteral("/v1/assets?filename=page.wav"),
                                          "not audio", "audio/wav", fromTool);
        QCOMPARE(badUpload.status, 422);
        expectCors(badUpload, kTool);

        const Reply created = http.send(
            "POST", QStringLiteral("/v1/jobs"),
            QJsonDocument(GainApiServer::gainJob(asset)).toJson(QJsonDocument::Compact),
            "application/json", Headers{{"Origin", kTool}, {"Idempotency-Key", "page-1"}});
        QCOMPARE(created.status, 201);
        expectCors(created, kTool);

        const Reply content =
            http.send("GET", QStringLiteral("/v1/assets/%1/content").arg(asset), {}, {}, fromTool);
        QCOMPARE(content.status, 200);
        expectCors(content, kTool);
        const Reply missing =
            http.send("GET", QStringLiteral("/v1/assets/nope/content"), {}, {}, fromTool);
        QCOMPARE(missing.status, 404);
        expectCors(missing, kTool);
        const Reply invalid =
            http.send("GET", QStringLiteral("/v1/jobs?limit=0"), {}, {}, fromTool);
        QCOMPARE(invalid.status, 422);
        expectCors(invalid, kTool);
    }

    // An event stream (one job's and many jobs') answers an allowed origin with the CORS
    // headers like every other route; another origin gets no stream.
    void eventStreamsCarryCorsHeadersForAnAllowedOrigin() {
        GainApiServer api(dir_.filePath(QStringLiteral("events")));
        LocalApiOptions options;
        options.allowedOrigins = {QString::fromLatin1(kTool)};
        QVERIFY(api.start(options) > 0);
        const QString asset = api.uploadTone(220);
        Client http = api.client();
        const QString job = http.post(QStringLiteral("/v1/jobs"), GainApiServer::gainJob(asset))
                                .json()
                                .value(QStringLiteral("id"))
                                .toString();
        QCOMPARE(http.waitFor(job).value(QStringLiteral("state")).toString(),
                 QStringLiteral("succeeded"));
        for (const QString& path : {QStringLiteral("/v1/events?jobs=") + job,
                                    QStringLiteral("/v1/jobs/%1/events").arg(job)}) {
            for (const QByteArray& origin : {kTool, kOther}) {
                QTcpSocket socket;
                socket.connectToHost(QHostAddress::LocalHost, api.port());
                QVERIFY(socket.waitForConnected(5000));
                socket.write("GET " + path.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                             QByteArray::number(api.port()) + "\r\nAuthorization: Bearer " +
                             api.token() + "\r\nAccept: text/event-stream\r\nOrigin: " + origin +
                             "\r\nConnection: close\r\n\r\n");
                QByteArray answer;
                QElapsedTimer clock;
                clock.start();
                // A stream ends with the connection; a refusal when its Content-Length is read.
                auto complete = [&answer] {
                    const qsizetype end = answer.indexOf("\r\n\r\n");
                    const qsizetype at = answer.indexOf("Content-Length: ");
                    return end >= 0 && at >= 0 && at < end &&
                           answer.size() >=
                               end + 4 + answer.mid(at + 16, 8).split('\r').first().toLongLong();
                };
                while (socket.state() == QAbstractSocket::ConnectedState && !complete() &&
                       clock.elapsed() < 20000) {
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
                    socket.waitForReadyRead(10);
                    answer += socket.readAll();
                }
                const QByteArray head = answer.left(answer.indexOf("\r\n\r\n"));
                if (origin == kTool) {
                    QVERIFY2(head.startsWith("HTTP/1.1 200"), head.constData());
                    QVERIFY2(head.contains("Content-Type: text/event-stream"), head.constData());
                    QVERIFY2(head.contains("Access-Control-Allow-Origin: " + kTool),
                             head.constData());
                    QVERIFY2(head.contains("Vary: Origin"), head.constData());
                    QVERIFY(answer.contains("event: finished"));
                } else {
                    QVERIFY2(head.startsWith("HTTP/1.1 403"), head.constData());
                    QVERIFY(!head.contains("Access-Control-Allow-Origin"));
                }
            }
        }
    }

    void theSettingAndTheEnvironmentAllowOriginsToo() {
        GainApiServer api(dir_.filePath(QStringLiteral("setting")));
        QVERIFY(api.start() > 0);
        sonara::core::store::SettingsStore(api.host().database())
            .setValue(QString::fromLatin1(sonara::core::api::kAllowedOriginsSetting),
                      QStringLiteral("http://127.0.0.1:8080, https://tool.example/"));
        api.stop();
        qputenv(sonara::core::api::kAllowedOriginsVariable, "http://localhost:3000");
        QVERIFY(api.start() > 0);
        qunsetenv(sonara::core::api::kAllowedOriginsVariable);
        Client http = api.client();
        for (const QByteArray origin :
             {QByteArrayLiteral("http://127.0.0.1:8080"), QByteArrayLiteral("https://tool.example"),
              QByteArrayLiteral("http://localhost:3000")}) {
            const Reply reply =
                http.send("GET", QStringLiteral("/v1/health"), {}, {}, Headers{{"Origin", origin}});
            QCOMPARE(reply.status, 200);
            expectCors(reply, origin);
        }
        QCOMPARE(http.send("GET", QStringLiteral("/v1/health"), {}, {},
                           Headers{{"Origin", "http://localhost:3001"}})
                     .status,
                 403);
    }

    void aMalformedOriginIsRefusedNamingWhereItCameFrom() {
        GainApiServer api(dir_.filePath(QStringLiteral("bad")));
        qputenv(sonara::core::api::kAllowedOriginsVariable, "localhost:5173");
        try {
            api.start();
            qunsetenv(sonara::core::api::kAllowedOriginsVariable);
            QFAIL("a malformed origin was accepted");
        } catch (const sonara::core::ValidationError& error) {
            qunsetenv(sonara::core::api::kAllowedOriginsVariable);
            QCOMPARE(error.field(), QStringLiteral("SONARA_ORIGINS"));
            QVERIFY(QString::fromUtf8(error.what()).contains(QStringLiteral("localhost:5173")));
        }
        for (const QString& bad : {QStringLiteral("ftp://host"), QStringLiteral("http://host/path"),
                                   QStringLiteral("*")}) {
            QVERIFY_THROWS_EXCEPTION(sonara::core::ValidationError,
                                     sonara::core::api::allowedOrigins({bad}, {}, {}));
        }
        QCOMPARE(
            sonara::core::api::allowedOrigins({QStringLiteral("HTTP://LocalHost:5173/")}, {}, {}),
            QStringList{QStringLiteral("http://localhost:5173")});
    }
};

QTEST_GUILESS_MAIN(TestOrigins)
#include "test_origins.moc"
