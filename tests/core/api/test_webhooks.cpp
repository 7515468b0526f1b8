// Webhooks through a real local API over loopback: a receiver (a QTcpServer in this test) gets
// the finished event of the jobs it registered for, signed with its secret; a receiver that
// refuses gets the delivery again; only loopback URLs are accepted.

#include "support/gain_api_server.h"

#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using sonara::core::api::LocalApiOptions;
using sonara::test::Client;
using sonara::test::GainApiServer;
using sonara::test::Reply;

namespace {

struct Delivery {
    QMap<QByteArray, QByteArray> headers;  // lower-case names
    QByteArray body;
    int status = 0;  // what the receiver answered
};

// Reads each POST whole and answers the next status of its script (200 once it runs out).
class Receiver : public QObject {
public:
    explicit Receiver(QList<int> script = {}) : script_(std::move(script)) {
        server_.listen(QHostAddress::LocalHost);
        connect(&server_, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = server_.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    QString url(const QString& host = QStringLiteral("127.0.0.1")) const {
        return QStringLiteral("http://%1:%2/sonara/events").arg(host).arg(server_.serverPort());
    }
    QList<Delivery> all;
    QList<Delivery> accepted() const {
        QList<Delivery> ok;
        for (const Delivery& delivery : all) {
            if (delivery.status == 200) {
                ok.append(delivery);
            }
        }
        return ok;
    }

private:
    void read(QTcpSocket* socket) {
        QByteArray& buffer = buffers_[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0) {
                return;
            }
            Delivery delivery;
            for (const QByteArray& line : buffer.left(end).split('\n').mid(1)) {
                const qsizetype colon = line.indexOf(':');
                delivery.headers.insert(line.left(colon).trimmed().toLower(),
                                        line.mid(colon + 1).trimmed());
            }
            const qsizetype length = delivery.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length) {
                return;
            }
            delivery.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            delivery.status = script_.isEmpty() ? 200 : script_.takeFirst();
            all.append(delivery);
            socket->write("HTTP/1.1 " + QByteArray::number(delivery.status) +
                          " Scripted\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer server_;
    QList<int> script_;
    QHash<QTcpSocket*, QByteArray> buffers_;
};

QByteArray signatureOf(const QByteArray& body, const QString& secret) {
    return "sha256=" +
           QMessageAuthenticationCode::hash(body, secret.toUtf8(), QCryptographicHash::Sha256)
               .toHex();
}

}  // namespace

class TestWebhooks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<GainApiServer> api_;
    QString asset_;

    QJsonObject registerHook(const QJsonObject& body) {
        Client http = api_->client();
        const Reply reply = http.post(QStringLiteral("/v1/webhooks"), body);
        if (reply.status != 201) {
            qWarning() << reply.status << reply.body;
        }
        return reply.json();
    }
    QString runJob(const QString& label, double gainDb) {
        Client http = api_->client();
        QJsonObject request = GainApiServer::gainJob(asset_, gainDb);
        if (!label.isEmpty()) {
            request.insert(QStringLiteral("label"), label);
        }
        const QString id =
            http.post(QStringLiteral("/v1/jobs"), request).json().value("id").toString();
        http.waitFor(id);
        return id;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        api_ = std::make_unique<GainApiServer>(dir_.path());
        LocalApiOptions options;
        options.webhooks.retryBaseMs = 50;
        options.webhooks.maxAttempts = 3;
        QVERIFY(api_->start(options) > 0);
        asset_ = api_->uploadTone(330);
        QVERIFY(!asset_.isEmpty());
    }

    void aFinishedJobIsDeliveredSignedToItsReceiver() {
        Receiver receiver;
        const QJsonObject hook =
            registerHook(QJsonObject{{QStringLiteral("url"), receiver.url()},
                                     {QStringLiteral("label"), QStringLiteral("nightly")}});
        const QString secret = hook.value(QStringLiteral("secret")).toString();
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        QCOMPARE(hook.value(QStringLiteral("events")).toArray(),
                 QJsonArray{QStringLiteral("finished")});

        const QString other = runJob(QString(), 1);
        const QString job = runJob(QStringLiteral("nightly"), 2);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 1, 20000);
        const Delivery delivery = receiver.accepted().first();
        QCOMPARE(delivery.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(delivery.headers.value("sonara-event"), QByteArray("finished"));
        QCOMPARE(delivery.headers.value("sonara-webhook-id"),
                 hook.value(QStringLiteral("id")).toString().toLatin1());
        QVERIFY(delivery.headers.value("sonara-event-id").toLongLong() > 0);
        QCOMPARE(delivery.headers.value("sonara-signature"), signatureOf(delivery.body, secret));
        QVERIFY(delivery.headers.value("sonara-signature") != signatureOf(delivery.body, "other"));
        const QJsonObject data = QJsonDocument::fromJson(delivery.body).object();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), job);
        QCOMPARE(data.value(QStringLiteral("state")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(data.value(QStringLiteral("label")).toString(), QStringLiteral("nightly"));
        QCOMPARE(receiver.all.size(), 1);  // the unlabelled job, finished first, was not sent

        // A registration for listed jobs that have finished already gets them at once.
        Receiver late;
        const QJsonObject listed = registerHook(
            QJsonObject{{QStringLiteral("url"), late.url(QStringLiteral("localhost"))},
                        {QStringLiteral("jobs"), QJsonArray{other}},
                        {QStringLiteral("events"),
                         QJsonArray{QStringLiteral("progress"), QStringLiteral("finished")}}});
        QTRY_COMPARE_WITH_TIMEOUT(late.accepted().size(), 1, 20000);
        QCOMPARE(QJsonDocument::fromJson(late.accepted().first().body)
                     .object()
                     .value(QStringLiteral("id"))
                     .toString(),
                 other);
        QCOMPARE(late.accepted().first().headers.value("sonara-signature"),
                 signatureOf(late.accepted().first().body,
                             listed.value(QStringLiteral("secret")).toString()));

        // The next job of the label follows, one delivery each.
        const QString followed = runJob(QStringLiteral("nightly"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.accepted().size(), 2, 20000);
        QCOMPARE(QJsonDocument::fromJson(receiver.accepted().at(1).body)
                     .object()
                     .value(QStringLiteral("id"))
                     .toString(),
                 followed);
        Client http = api_->client();
        const QJsonObject state =
            http.get(QStringLiteral("/v1/webhooks/") + hook.value("id").toString()).json();
        QCOMPARE(state.value(QStringLiteral("delivered")).toInteger(), 2);
        QVERIFY(!state.contains(QStringLiteral("secret")));
        QCOMPARE(http.send("DELETE", QStringLiteral("/v1/webhooks/") + hook.value("id").toString())
                     .status,
                 204);
        QCOMPARE(
            http.send("DELETE", QStringLiteral("/v1/webhooks/") + listed.value("id").toString())
                .status,
            204);
        QCOMPARE(http.get(QStringLiteral("/v1/webhooks/") + hook.value("id").toString()).status,
                 404);
    }

    void aRefusedDeliveryIsRetriedAndAnUnreachableOneGivenUp() {
        Receiver refusing({500, 503});
        const QJsonObject hook =
            registerHook(QJsonObject{{QStringLiteral("url"), refusing.url()},
                                     {QStringLiteral("label"), QStringLiteral("retried")}});
        // Nothing listens on a port just closed.
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            closedPort = probe.serverPort();
        }
        const QJsonObject unreachable = registerHook(QJsonObject{
            {QStringLiteral("url"), QStringLiteral("http://[::1]:%1/gone").arg(closedPort)},
            {QStringLiteral("label"), QStringLiteral("retried")}});
        QVERIFY(!unreachable.value(QStringLiteral("id")).toString().isEmpty());

        const QString job = runJob(QStringLiteral("retried"), 4);
        QTRY_COMPARE_WITH_TIMEOUT(refusing.accepted().size(), 1, 20000);
        QCOMPARE(refusing.all.size(), 3);
        QCOMPARE(refusing.all.at(0).headers.value("sonara-delivery-attempt"), QByteArray("1"));
        QCOMPARE(refusing.all.at(2).headers.value("sonara-delivery-attempt"), QByteArray("3"));
        // The same event each time: same id, same body, same signature.
        for (const Delivery& delivery : std::as_const(refusing.all)) {
            QCOMPARE(delivery.headers.value("sonara-event-id"),
                     refusing.all.first().headers.value("sonara-event-id"));
            QCOMPARE(delivery.body, refusing.all.first().body);
        }
        QCOMPARE(QJsonDocument::fromJson(refusing.accepted().first().body)
                     .object()
                     .value(QStringLiteral("id"))
                     .toString(),
                 job);
        Client http = api_->client();
        const QString path = QStringLiteral("/v1/webhooks/") + hook.value("id").toString();
        QCOMPARE(http.get(path).json().value(QStringLiteral("delivered")).toInteger(), 1);
        QVERIFY(http.get(path)
                    .json()
                    .value(QStringLiteral("last_error"))
                    .toString()
                    .contains(QStringLiteral("503")));

        const QString gone = QStringLiteral("/v1/webhooks/") + unreachable.value("id").toString();
        QTRY_COMPARE_WITH_TIMEOUT(
            http.get(gone).json().value(QStringLiteral("given_up")).toInteger(), 1, 20000);
        QCOMPARE(http.get(gone).json().value(QStringLiteral("delivered")).toInteger(), 0);
        QVERIFY(http.get(gone)
                    .json()
                    .value(QStringLiteral("last_error"))
                    .toString()
                    .contains(QStringLiteral("could not be reached")));
        http.send("DELETE", path);
        http.send("DELETE", gone);
    }

    void onlyLoopbackUrlsAreAcceptedAndRefusalsNameTheField() {
        Client http = api_->client();
        const QList<QPair<QJsonObject, QString>> refused{
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://example.com/hook")}},
             QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("https://127.0.0.1:9/hook")}},
             QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://u:p@127.0.0.1:9/")}},
             QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.2:9/")}},
             QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("url"), 12}}, QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("label"), QStringLiteral("x")}}, QStringLiteral("url")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                         {QStringLiteral("jobs"), QJsonArray{QStringLiteral("no-such-job")}}},
             QStringLiteral("jobs")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                         {QStringLiteral("events"), QJsonArray{QStringLiteral("done")}}},
             QStringLiteral("events")},
            {QJsonObject{{QStringLiteral("url"), QStringLiteral("http://127.0.0.1:9/")},
                         {QStringLiteral("secret"), QStringLiteral("mine")}},
             QStringLiteral("secret")},
        };
        for (const auto& [body, field] : refused) {
            const Reply reply = http.post(QStringLiteral("/v1/webhooks"), body);
            QCOMPARE(reply.status, 422);
            QCOMPARE(reply.json().value(QStringLiteral("field")).toString(), field);
        }
        QCOMPARE(http.get(QStringLiteral("/v1/webhooks"))
                     .json()
                     .value(QStringLiteral("webhooks"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(http.send("DELETE", QStringLiteral("/v1/webhooks/wh_nope")).status, 404);
    }

    void cleanupTestCase() { api_.reset(); }
};

QTEST_GUILESS_MAIN(TestWebhooks)
#include "test_webhooks.moc"
