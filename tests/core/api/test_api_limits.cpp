#include "core/api/api_token.h"
#include "core/api/local_api_server.h"
#include "core/api/streamed_upload.h"
#include "core/engine/engine_host.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtMath>
#include <QtTest>

using sonara::core::EngineHost;
using sonara::core::EngineHostOptions;
using sonara::core::api::LocalApiOptions;
using sonara::core::api::LocalApiServer;
using sonara::core::api::StreamedUpload;

namespace {

// A mono 16-bit PCM WAV of a 440 Hz tone.
QByteArray toneWav(double seconds, int rate = 16000) {
    const int frames = int(seconds * rate);
    QByteArray wav(44 + frames * 2, Qt::Uninitialized);
    char* out = wav.data();
    memcpy(out, "RIFF", 4);
    qToLittleEndian<quint32>(36 + frames * 2, out + 4);
    memcpy(out + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, out + 16);
    qToLittleEndian<quint16>(1, out + 20);
    qToLittleEndian<quint16>(1, out + 22);
    qToLittleEndian<quint32>(rate, out + 24);
    qToLittleEndian<quint32>(rate * 2, out + 28);
    qToLittleEndian<quint16>(2, out + 32);
    qToLittleEndian<quint16>(16, out + 34);
    memcpy(out + 36, "data", 4);
    qToLittleEndian<quint32>(frames * 2, out + 40);
    for (int i = 0; i < frames; ++i) {
        qToLittleEndian<qint16>(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)),
                                out + 44 + 2 * i);
    }
    return wav;
}

QString sha256(const QByteArray& data) {
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// Raw HTTP over a real socket, byte by byte if need be, on the thread that also runs the server:
// every wait here keeps the event loop turning.
class RawClient {
public:
    bool connectTo(quint16 port) {
        socket_.connectToHost(QHostAddress::LocalHost, port);
        return socket_.waitForConnected(5000);
    }
    void send(const QByteArray& bytes) {
        socket_.write(bytes);
        socket_.flush();
    }
    // Sends `bytes` a few at a time, pausing between pieces, while the server may answer.
    void trickle(const QByteArray& bytes, int pieceBytes, int pauseMs) {
        for (qsizetype at = 0; at < bytes.size() && isOpen(); at += pieceBytes) {
            send(bytes.mid(at, pieceBytes));
            QTest::qWait(pauseMs);
        }
    }
    // Everything received until one whole response has arrived (Qt HTTP Server keeps a
    // connection open after answering), the server closes the connection, or `timeoutMs` pass.
    QByteArray awaitClose(int timeoutMs = 10000) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && isOpen() && !holdsWholeResponse()) {
            QTest::qWait(10);
            received_ += socket_.readAll();
        }
        received_ += socket_.readAll();
        return received_;
    }
    // Waits until `marker` has arrived; false after `timeoutMs`.
    bool awaitReceived(const QByteArray& marker, int timeoutMs = 10000) {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs && !received_.contains(marker)) {
            QTest::qWait(10);
            received_ += socket_.readAll();
        }
        return received_.contains(marker);
    }
    bool isOpen() const {
        return socket_.state() == QAbstractSocket::ConnectedState && !closedByPeer_;
    }
    void close() { socket_.abort(); }

    RawClient() {
        QObject::connect(&socket_, &QTcpSocket::readChannelFinished,
                         [this] { closedByPeer_ = true; });
    }

private:
    bool holdsWholeResponse() const {
        qsizetype start = 0;
        while (received_.mid(start).startsWith("HTTP/1.1 100")) {
            start = received_.indexOf("\r\n\r\n", start) + 4;
        }
        const qsizetype end = received_.indexOf("\r\n\r\n", start);
        if (end < 0) {
            return false;
        }
        const QByteArray head = received_.mid(start, end - start).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qint64 length =
            at < 0 ? 0
                   : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        return received_.size() - (end + 4) >= length;
    }

    QTcpSocket socket_;
    QByteArray received_;
    bool closedByPeer_ = false;
};

int statusOf(const QByteArray& response) {
    // Skips an interim "100 Continue".
    QByteArray rest = response;
    while (rest.startsWith("HTTP/1.1 100")) {
        rest = rest.mid(rest.indexOf("\r\n\r\n") + 4);
    }
    const QList<QByteArray> line = rest.left(rest.indexOf("\r\n")).split(' ');
    return line.size() >= 2 ? line.at(1).toInt() : -1;
}

QJsonObject bodyOf(const QByteArray& response) {
    return QJsonDocument::fromJson(response.mid(response.lastIndexOf("\r\n\r\n") + 4)).object();
}

}  // namespace

// Slow, stalled and too many clients, and uploads streamed to disk past Qt HTTP Server, all
// over real loopback sockets.
class TestApiLimits : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<EngineHost> host_;
    QByteArray token_;

    std::unique_ptr<LocalApiServer> serve(const LocalApiOptions& options = {}) {
        auto server = std::make_unique<LocalApiServer>(*host_, token_, options);
        server->listen(0);
        return server;
    }

    QByteArray head(const QByteArray& requestLine, quint16 port, const QByteArray& extra = {}) {
        return requestLine + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
               "\r\nAuthorization: Bearer " + token_ + "\r\n" + extra;
    }

    QByteArray upload(quint16 port, const QByteArray& body, const QByteArray& extra = {}) {
        RawClient client;
        if (!client.connectTo(port)) {
            return {};
        }
        client.send(head("POST /v1/assets?filename=tone.wav", port,
                         "Content-Type: application/octet-stream\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n" + extra + "\r\n") +
                    body);
        return client.awaitClose();
    }

    QStringList scratchFiles() const {
        return QDir(host_->assets().directory() + QStringLiteral("/.incoming"))
            .entryList(QDir::Files);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        EngineHostOptions options;
        options.dataDirectory = dir_.filePath(QStringLiteral("data"));
        host_ = std::make_unique<EngineHost>(options);
        token_ = sonara::core::api::ApiToken::generate();
    }

    void cleanupTestCase() { host_.reset(); }

    void aTrickledHeadIsAnswered408() {
        LocalApiOptions options;
        options.connection.headTimeoutMs = 800;
        const auto server = serve(options);
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        QElapsedTimer clock;
        clock.start();
        // Each byte arrives well inside the idle timeout; only the head deadline can end this.
        client.trickle(head("GET /v1/health", server->port()) + QByteArray(200, 'x'), 1, 100);
        const QByteArray response = client.awaitClose();
        QCOMPARE(statusOf(response), 408);
        QVERIFY2(response.contains("Connection: close"), response.constData());
        QVERIFY2(clock.elapsed() >= 700 && clock.elapsed() < 5000,
                 qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!client.isOpen());
    }

    void aSilentConnectionIsAnswered408() {
        LocalApiOptions options;
        options.connection.headTimeoutMs = 500;
        const auto server = serve(options);
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        QCOMPARE(statusOf(client.awaitClose()), 408);
    }

    void aTrickledBodyIsAnswered408() {
        LocalApiOptions options;
        options.connection.bodyGraceMs = 500;
        options.connection.minBodyBytesPerSecond = 1000;
        const auto server = serve(options);
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = "{\"capability\": \"" + QByteArray(980, 'x') + "\"}";
        client.send(head("POST /v1/jobs", server->port(),
                         "Content-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n"));
        QElapsedTimer clock;
        clock.start();
        // 50 bytes a second against a floor of 1000: the deadline is 0.5 s + 1 s.
        client.trickle(body, 10, 200);
        const QByteArray response = client.awaitClose();
        QCOMPARE(statusOf(response), 408);
        QVERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 6000,
                 qPrintable(QString::number(clock.elapsed())));
        QVERIFY(bodyOf(response).value(QStringLiteral("detail")).toString().contains("slower"));
    }

    void aBodyInPiecesAtAFairPaceIsServed() {
        const auto server = serve();
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        const QByteArray body = R"({"capability": "no-such-thing"})";
        client.send(head("POST /v1/jobs", server->port(),
                         "Connection: close\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\n\r\n"));
        client.trickle(body, 8, 50);
        const QByteArray response = client.awaitClose();
        QCOMPARE(statusOf(response), 422);
        QCOMPARE(bodyOf(response).value(QStringLiteral("field")).toString(),
                 QStringLiteral("capability"));
    }

    void aTrickledUploadIsAnswered408AndLeavesNothingBehind() {
        LocalApiOptions options;
        options.connection.bodyGraceMs = 500;
        options.connection.minBodyBytesPerSecond = 2000;
        const auto server = serve(options);
        const QByteArray wav = toneWav(0.1);  // 3244 bytes: a deadline of about 2.1 s
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(head("POST /v1/assets?filename=slow.wav", server->port(),
                         "Content-Length: " + QByteArray::number(wav.size()) + "\r\n\r\n"));
        client.trickle(wav, 50, 100);
        QCOMPARE(statusOf(client.awaitClose()), 408);
        QTRY_VERIFY(scratchFiles().isEmpty());
    }

    void connectionsBeyondTheCapAreAnswered503() {
        LocalApiOptions options;
        options.connection.maxConnections = 3;
        options.connection.headTimeoutMs = 30000;
        const auto server = serve(options);
        std::vector<std::unique_ptr<RawClient>> open;
        for (int i = 0; i < 3; ++i) {
            open.push_back(std::make_unique<RawClient>());
            QVERIFY(open.back()->connectTo(server->port()));
        }
        QTest::qWait(100);
        RawClient refused;
        QVERIFY(refused.connectTo(server->port()));
        const QByteArray answer = refused.awaitClose();
        QCOMPARE(statusOf(answer), 503);
        QVERIFY(answer.contains("Retry-After: 1"));

        open.front()->close();
        QTest::qWait(200);
        RawClient admitted;
        QVERIFY(admitted.connectTo(server->port()));
        admitted.send(head("GET /v1/health", server->port(), "Connection: close\r\n\r\n"));
        QCOMPARE(statusOf(admitted.awaitClose()), 200);
        for (const auto& client : open) {
            QVERIFY(client->isOpen() || client.get() == open.front().get());
        }
    }

    // Qt HTTP Server would read whatever a request declares into memory before any handler runs.
    void bodiesForQtHttpServerAreBoundedBeforeTheyAreRead() {
        const auto server = serve();
        RawClient declared;
        QVERIFY(declared.connectTo(server->port()));
        declared.send(head("POST /v1/jobs", server->port(),
                           "Content-Type: application/json\r\nContent-Length: " +
                               QByteArray::number(300LL << 20) + "\r\n\r\n{"));
        const QByteArray tooLarge = declared.awaitClose();
        QCOMPARE(statusOf(tooLarge), 413);
        QVERIFY(bodyOf(tooLarge).value(QStringLiteral("detail")).toString().contains("1048576"));

        RawClient chunked;
        QVERIFY(chunked.connectTo(server->port()));
        chunked.send(head("POST /v1/jobs", server->port(),
                          "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n") +
                     "2\r\n{}\r\n");
        QCOMPARE(statusOf(chunked.awaitClose()), 411);
    }

    void aRawUploadStreamsIntoTheAssetStore() {
        const auto server = serve();
        const QByteArray wav = toneWav(1.0);
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(head("POST /v1/assets?filename=tone%20one.wav", server->port(),
                         "Content-Type: application/octet-stream\r\nContent-Length: " +
                             QByteArray::number(wav.size()) + "\r\n\r\n"));
        client.trickle(wav, 4096, 5);
        const QByteArray response = client.awaitClose();
        QCOMPARE(statusOf(response), 201);
        const QJsonObject asset = bodyOf(response);
        QCOMPARE(asset.value(QStringLiteral("sha256")).toString(), sha256(wav));
        QCOMPARE(asset.value(QStringLiteral("size_bytes")).toInteger(), wav.size());
        QCOMPARE(asset.value(QStringLiteral("name")).toString(), QStringLiteral("tone one.wav"));
        QCOMPARE(asset.value(QStringLiteral("duration_seconds")).toDouble(), 1.0);
        QVERIFY(response.contains("Location: /v1/assets/" +
                                  asset.value(QStringLiteral("id")).toString().toUtf8()));
        QFile stored(host_->assets().find(asset.value(QStringLiteral("id")).toString())->path);
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), wav);
        QVERIFY(scratchFiles().isEmpty());
    }

    void aMultipartUploadTakesTheFilePart() {
        const auto server = serve();
        const QByteArray wav = toneWav(0.5, 8000);
        const QByteArray boundary = "sonara-boundary-42";
        const QByteArray body =
            "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nnot the file\r\n--" +
            boundary +
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"take.wav\"\r\n"
            "Content-Type: audio/wav\r\n\r\n" +
            wav + "\r\n--" + boundary + "--\r\n";
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(head("POST /v1/assets", server->port(),
                         "Content-Type: multipart/form-data; boundary=" + boundary +
                             "\r\nContent-Length: " + QByteArray::number(body.size()) +
                             "\r\n\r\n"));
        // Small pieces split the delimiters across reads.
        client.trickle(body, 997, 2);
        const QByteArray response = client.awaitClose();
        QCOMPARE(statusOf(response), 201);
        QCOMPARE(bodyOf(response).value(QStringLiteral("sha256")).toString(), sha256(wav));
        QCOMPARE(bodyOf(response).value(QStringLiteral("name")).toString(),
                 QStringLiteral("take.wav"));
    }

    void theMultipartReaderFindsTheFileInAnyChunking() {
        const QByteArray wav = toneWav(0.05);
        const QByteArray body =
            "preamble\r\n--b\r\nContent-Disposition: form-data; name=\"x\"\r\n"
            "\r\n--b-ish value\r\n--b\r\nContent-Disposition: form-data; "
            "name=\"f\"; filename=\"a.wav\"\r\n\r\n" +
            wav + "\r\n--b--\r\n";
        for (const int chunk : {1, 2, 3, 7, 64, 100000}) {
            StreamedUpload upload(dir_.filePath(QStringLiteral("chunks")),
                                  "multipart/form-data; boundary=b", QString());
            for (qsizetype at = 0; at < body.size(); at += chunk) {
                upload.append(body.mid(at, chunk));
            }
            upload.finish();
            QCOMPARE(upload.name(), QStringLiteral("a.wav"));
            QCOMPARE(upload.sha256(), sha256(wav));
            QCOMPARE(upload.size(), wav.size());
        }
        QVERIFY(QDir(dir_.filePath(QStringLiteral("chunks"))).entryList(QDir::Files).isEmpty());
    }

    void uploadsAnswer100ContinueWhenAsked() {
        const auto server = serve();
        const QByteArray wav = toneWav(0.2);
        RawClient client;
        QVERIFY(client.connectTo(server->port()));
        client.send(head("POST /v1/assets?filename=t.wav", server->port(),
                         "Expect: 100-continue\r\nContent-Length: " +
                             QByteArray::number(wav.size()) + "\r\n\r\n"));
        QVERIFY(client.awaitReceived("HTTP/1.1 100 Continue\r\n\r\n"));
        client.send(wav);
        QCOMPARE(statusOf(client.awaitClose()), 201);
    }

    void streamedUploadsAreRefusedLikeAnyRequest() {
        LocalApiOptions options;
        options.maxUploadBytes = 4000;
        const auto server = serve(options);
        const quint16 port = server->port();
        const QByteArray wav = toneWav(0.05);  // 1644 bytes

        auto raw = [port](const QByteArray& request) {
            RawClient client;
            return client.connectTo(port) ? (client.send(request), client.awaitClose())
                                          : QByteArray();
        };
        const QByteArray length = "Content-Length: " + QByteArray::number(wav.size()) + "\r\n";
        const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        QCOMPARE(statusOf(raw("POST /v1/assets HTTP/1.1\r\n" + host + length + "\r\n" + wav)), 401);
        QCOMPARE(statusOf(raw("POST /v1/assets HTTP/1.1\r\n" + host + length +
                              "Authorization: Bearer " + QByteArray(64, 'a') + "\r\n\r\n" + wav)),
                 401);
        QCOMPARE(statusOf(raw(
                     "POST /v1/assets HTTP/1.1\r\nHost: evil.example:" + QByteArray::number(port) +
                     "\r\nAuthorization: Bearer " + token_ + "\r\n" + length + "\r\n" + wav)),
                 403);
        QCOMPARE(statusOf(upload(port, wav, "Origin: http://evil.example\r\n")), 403);
        QCOMPARE(statusOf(raw(head("POST /v1/assets", port, "Transfer-Encoding: chunked\r\n\r\n") +
                              "10\r\n0123456789abcdef\r\n0\r\n\r\n")),
                 411);
        const QByteArray tooLarge = upload(port, QByteArray(5000, 'x'));
        QCOMPARE(statusOf(tooLarge), 413);
        QVERIFY(bodyOf(tooLarge).value(QStringLiteral("detail")).toString().contains("4000"));
        QCOMPARE(statusOf(upload(port, QByteArray(2000, 'x'))), 422);
        const QByteArray noFile =
            "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n";
        const QByteArray multipartWithoutFile =
            raw(head("POST /v1/assets", port,
                     "Content-Type: multipart/form-data; boundary=b\r\nContent-Length: " +
                         QByteArray::number(noFile.size()) + "\r\n\r\n") +
                noFile);
        QCOMPARE(statusOf(multipartWithoutFile), 400);
        QCOMPARE(bodyOf(multipartWithoutFile).value(QStringLiteral("field")).toString(),
                 QStringLiteral("body"));
        QCOMPARE(statusOf(upload(port, QByteArray())), 400);
        QCOMPARE(statusOf(upload(port, wav)), 201);
        QTRY_VERIFY(scratchFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiLimits)
#include "test_api_limits.moc"
