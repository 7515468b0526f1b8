#include "app/cloud/cloud_test_support.h"

#include <QDateTime>
#include <QProcess>
#include <QtTest>

#include <sys/types.h>
#include <csignal>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

namespace {

// sonara-cloud as its own process, so that it can be killed with SIGKILL.
class CloudProcess {
public:
    explicit CloudProcess(const QString& dataDir) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SONARA_CLOUD_JWT_SECRET"),
                           QString::fromLatin1(kJwtSecret));
        environment.insert(QStringLiteral("SONARA_CLOUD_STRIPE_WEBHOOK_SECRET"),
                           QString::fromLatin1(kStripeSecret));
        process.setProcessEnvironment(environment);
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start(QStringLiteral(SONARA_CLOUD_BINARY),
                      {QStringLiteral("serve"), QStringLiteral("--listen"),
                       QStringLiteral("127.0.0.1:0"), QStringLiteral("--data"), dataDir});
        QByteArray line;
        while (!line.contains('\n') && process.waitForReadyRead(10000)) {
            line += process.readAllStandardOutput();
        }
        port = static_cast<quint16>(line.mid(line.lastIndexOf(':') + 1).trimmed().toUInt());
    }
    ~CloudProcess() {
        process.kill();
        process.waitForFinished(5000);
    }
    QProcess process;
    quint16 port = 0;
};

QByteArray usage(int i) {
    return QJsonDocument(
               QJsonObject{{QStringLiteral("idempotency_key"), QStringLiteral("crash-%1").arg(i)},
                           {QStringLiteral("seconds"), 20},
                           {QStringLiteral("capability"), QStringLiteral("tts")}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

class TestCloudCrash : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sigtermStopsCleanly() {
        QTemporaryDir data;
        CloudProcess cloud(data.path());
        QVERIFY(cloud.port != 0);
        TestServer client;
        client.port = cloud.port;
        QCOMPARE(client.call("GET", QStringLiteral("/health")).status, 200);
        cloud.process.terminate();
        QVERIFY(cloud.process.waitForFinished(10000));
        QCOMPARE(cloud.process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cloud.process.exitCode(), 0);
    }

    void sigkillUnderLoadLosesAndDoublesNothing() {
        QTemporaryDir data;
        QByteArray token;
        QString accountId;
        QSet<int> acknowledged;
        constexpr int kRequests = 200;
        QNetworkAccessManager network;
        auto send = [&](quint16 port, int i) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/usage").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token);
            return network.post(request, usage(i));
        };
        {
            CloudProcess cloud(data.path());
            QVERIFY(cloud.port != 0);
            TestServer client;
            client.port = cloud.port;
            accountId = client.registerUser(QStringLiteral("crash@example.com"));
            token = client.accessToken(QStringLiteral("crash@example.com"));
            QCOMPARE(client
                         .stripeEvent(checkoutCompleted(QStringLiteral("evt_crash"), accountId),
                                      QDateTime::currentSecsSinceEpoch())
                         .body.value(QStringLiteral("credited"))
                         .toBool(),
                     true);
            QList<QNetworkReply*> replies;
            for (int i = 0; i < kRequests; ++i) {
                replies.append(send(cloud.port, i));
            }
            // SIGKILL from inside the 40th answer's handler, so the rest are cut off mid-flight.
            const auto pid = static_cast<pid_t>(cloud.process.processId());
            int answered = 0;
            for (QNetworkReply* reply : replies) {
                QObject::connect(reply, &QNetworkReply::finished, [&answered, pid] {
                    if (++answered == 40) {
                        ::kill(pid, SIGKILL);
                    }
                });
            }
            QTRY_VERIFY_WITH_TIMEOUT(answered >= 40, 20000);
            cloud.process.waitForFinished(5000);
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                                 [](QNetworkReply* r) { return r->isFinished(); }),
                                     20000);
            for (int i = 0; i < kRequests; ++i) {
                const int status =
                    replies[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 201) {
                    acknowledged.insert(i);
                }
                replies[i]->deleteLater();
            }
            QVERIFY(!acknowledged.isEmpty());
            QVERIFY(acknowledged.size() < kRequests);
        }
        // Restarted on the same data, every client retries everything.
        CloudProcess cloud(data.path());
        QVERIFY(cloud.port != 0);
        CloudService inspector(testConfig(data.path(), {}));
        QSqlQuery keys = inspector.database().exec(
            QStringLiteral("SELECT idempotency_key FROM ledger_entries WHERE kind = 'usage'"));
        QSet<QString> stored;
        while (keys.next()) {
            stored.insert(keys.value(0).toString());
        }
        for (int i : acknowledged) {
            QVERIFY2(stored.contains(QStringLiteral("usage:crash-%1").arg(i)),
                     "an acknowledged debit was lost");
        }
        int finished = 0;
        QList<QNetworkReply*> retries;
        for (int i = 0; i < kRequests; ++i) {
            retries.append(send(cloud.port, i));
            QObject::connect(retries.back(), &QNetworkReply::finished, [&finished] { ++finished; });
        }
        QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 30000);
        for (int i : acknowledged) {
            QCOMPARE(retries[i]->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        }
        qDeleteAll(retries);
        QSqlQuery count = inspector.database().exec(
            QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT idempotency_key) FROM ledger_entries "
                           "WHERE kind = 'usage'"));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 3600 / 20);
        QCOMPARE(count.value(1).toInt(), 3600 / 20);
        QCOMPARE(inspector.balance(accountId), 0);
    }
};

QTEST_GUILESS_MAIN(TestCloudCrash)
#include "test_cloud_crash.moc"
