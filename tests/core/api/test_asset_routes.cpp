// Asset routes through a real local API over loopback: an upload of bytes already stored keeps
// the name it was sent under (an asset of its own sharing the stored bytes), so its downloads
// and its jobs' results are named after it; every GET route answers HEAD as GET without a body.

#include "support/gain_api_server.h"

#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

namespace {

struct RawAnswer {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
};

// Sends the requests pipelined on one connection (the last one closes it) and splits what comes
// back by each answer's Content-Length, reading no body for a HEAD: an answer that carried a
// body anyway would be read as the next one's head and fail there.
QList<RawAnswer> parseAnswers(QByteArray received,
                              const QList<QPair<QByteArray, QString>>& requests);

QList<RawAnswer> pipelined(quint16 port, const QByteArray& token,
                           const QList<QPair<QByteArray, QString>>& requests) {
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000)) {
        return {};
    }
    QByteArray sent;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        sent += requests.at(i).first + ' ' + requests.at(i).second.toLatin1() +
                " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
                "\r\nAuthorization: Bearer " + token + "\r\n" +
                (i + 1 == requests.size() ? "Connection: close\r\n" : "") + "\r\n";
    }
    socket.write(sent);
    QByteArray received;
    QList<RawAnswer> answers;
    QElapsedTimer clock;
    clock.start();
    while (answers.size() < requests.size() && clock.elapsed() < 20000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        socket.waitForReadyRead(10);
        received += socket.readAll();
        answers = parseAnswers(received, requests);
        if (socket.state() != QAbstractSocket::ConnectedState) {
            break;
        }
    }
    return answers;
}

// The answers complete in `received`, in the order of `requests`.
QList<RawAnswer> parseAnswers(QByteArray received,
                              const QList<QPair<QByteArray, QString>>& requests) {
    QList<RawAnswer> answers;
    for (const auto& [method, path] : requests) {
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (end < 0 || !received.startsWith("HTTP/1.1 ")) {
            break;
        }
        RawAnswer answer;
        const QList<QByteArray> lines = received.left(end).split('\n');
        answer.status = lines.first().mid(9, 3).toInt();
        for (const QByteArray& line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            answer.headers.insert(line.left(colon).trimmed().toLower(),
                                  line.mid(colon + 1).trimmed());
        }
        const qsizetype length =
            method == "HEAD" ? 0 : answer.headers.value("content-length").toLongLong();
        if (received.size() < end + 4 + length) {
            break;
        }
        answer.body = received.mid(end + 4, length);
        received.remove(0, end + 4 + length);
        answers.append(answer);
    }
    return answers;
}

}  // namespace

class TestAssetRoutes : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<GainApiServer> api_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        api_ = std::make_unique<GainApiServer>(dir_.path());
        QVERIFY(api_->start() > 0);
    }

    void storedBytesUploadedUnderAnotherNameKeepThatName() {
        const QString first = api_->uploadTone(523, QStringLiteral("interview.wav"));
        const QString second = api_->uploadTone(523, QStringLiteral("podcast.wav"));
        QVERIFY(!first.isEmpty());
        QVERIFY(!second.isEmpty());
        QVERIFY(first != second);
        Client http = api_->client();
        const QJsonObject a = http.get(QStringLiteral("/v1/assets/") + first).json();
        const QJsonObject b = http.get(QStringLiteral("/v1/assets/") + second).json();
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("interview.wav"));
        QCOMPARE(b.value(QStringLiteral("name")).toString(), QStringLiteral("podcast.wav"));
        QCOMPARE(a.value(QStringLiteral("sha256")), b.value(QStringLiteral("sha256")));
        QCOMPARE(a.value(QStringLiteral("size_bytes")), b.value(QStringLiteral("size_bytes")));
        // The same bytes under the same name are the asset stored before.
        QCOMPARE(api_->uploadTone(523, QStringLiteral("podcast.wav")), second);
        QCOMPARE(api_->uploadTone(523, QStringLiteral("interview.wav")), first);

        const Reply one = http.get(QStringLiteral("/v1/assets/%1/content").arg(first));
        const Reply two = http.get(QStringLiteral("/v1/assets/%1/content").arg(second));
        QCOMPARE(one.status, 200);
        QCOMPARE(two.status, 200);
        QCOMPARE(one.body, two.body);
        QVERIFY(one.headers.value("content-disposition").contains("interview.wav"));
        QVERIFY(two.headers.value("content-disposition").contains("podcast.wav"));

        // A job of the second upload echoes its id and names its result after it.
        const QString job =
            http.post(QStringLiteral("/v1/jobs"), GainApiServer::gainJob(second, -1))
                .json()
                .value(QStringLiteral("id"))
                .toString();
        const QJsonObject done = http.waitFor(job);
        QCOMPARE(done.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(done.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("audio")),
                 QJsonValue(second));
        const Reply result = http.get(QStringLiteral("/v1/jobs/%1/outputs/audio").arg(job));
        QCOMPARE(result.status, 200);
        QVERIFY2(result.headers.value("content-disposition").contains("podcast."),
                 result.headers.value("content-disposition").constData());

        // Both listed; each its own.
        const QJsonArray listed =
            http.get(QStringLiteral("/v1/assets?limit=100")).json().value("assets").toArray();
        QStringList names;
        for (const QJsonValue& asset : listed) {
            if (asset.toObject().value(QStringLiteral("sha256")) == a.value("sha256")) {
                names.append(asset.toObject().value(QStringLiteral("name")).toString());
            }
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("interview.wav"), QStringLiteral("podcast.wav")}));
    }

    void headAnswersAsGetWithoutTheBody() {
        const QString asset = api_->uploadTone(659, QStringLiteral("head.wav"));
        QVERIFY(!asset.isEmpty());
        Client http = api_->client();
        const QString json = QStringLiteral("/v1/assets/") + asset;
        const QString content = json + QStringLiteral("/content");
        for (const QString& path :
             {json, content, QStringLiteral("/v1/jobs?limit=2"), QStringLiteral("/v1/assets/nope"),
              QStringLiteral("/v1/jobs?limit=0")}) {
            const Reply get = http.get(path);
            const Reply head = http.send("HEAD", path);
            QCOMPARE(head.status, get.status);
            QVERIFY(head.body.isEmpty());
            QVERIFY(!get.body.isEmpty());
            QCOMPARE(head.headers.value("content-length").toLongLong(), get.body.size());
            QCOMPARE(head.headers.value("content-type"), get.headers.value("content-type"));
            QCOMPARE(head.headers.value("content-disposition"),
                     get.headers.value("content-disposition"));
            QCOMPARE(head.headers.value("cache-control"), QByteArray("no-store"));
        }
        const Reply ranged =
            http.send("HEAD", content, {}, {}, {{QByteArray("Range"), QByteArray("bytes=0-99")}});
        QCOMPARE(ranged.status, 206);
        QCOMPARE(ranged.headers.value("content-length"), QByteArray("100"));
        QVERIFY(ranged.headers.value("content-range").startsWith("bytes 0-99/"));

        // On one connection, HEADs leave nothing behind that the next answer could be taken for.
        const QList<RawAnswer> answers = pipelined(api_->port(), api_->token(),
                                                   {{"HEAD", content},
                                                    {"HEAD", json},
                                                    {"HEAD", QStringLiteral("/v1/nope")},
                                                    {"GET", json}});
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers.at(0).status, 200);
        QCOMPARE(answers.at(0).headers.value("content-type"), QByteArray("audio/wav"));
        QCOMPARE(answers.at(0).headers.value("content-length").toLongLong(),
                 http.get(content).body.size());
        QCOMPARE(answers.at(1).status, 200);
        QCOMPARE(answers.at(2).status, 404);
        QCOMPARE(answers.at(3).status, 200);
        QCOMPARE(QJsonDocument::fromJson(answers.at(3).body).object().value("id").toString(),
                 asset);
        QCOMPARE(answers.at(1).headers.value("content-length").toLongLong(),
                 answers.at(3).body.size());
    }

    // A HEAD of an event stream answers its head and ends, rather than holding the connection.
    void headOfAnEventStreamEnds() {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, api_->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(
            "HEAD /v1/events HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(api_->port()) +
            "\r\nAuthorization: Bearer " + api_->token() + "\r\n\r\n");
        QByteArray received;
        QElapsedTimer clock;
        clock.start();
        while (socket.state() == QAbstractSocket::ConnectedState && clock.elapsed() < 10000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            socket.waitForReadyRead(10);
            received += socket.readAll();
        }
        received += socket.readAll();
        QVERIFY2(socket.state() != QAbstractSocket::ConnectedState, received.constData());
        QVERIFY2(received.startsWith("HTTP/1.1 200"), received.constData());
        QVERIFY(received.contains("Content-Type: text/event-stream"));
        QVERIFY2(received.endsWith("\r\n\r\n"), received.constData());  // the head alone
    }

    void cleanupTestCase() { api_.reset(); }
};

QTEST_GUILESS_MAIN(TestAssetRoutes)
#include "test_asset_routes.moc"
