#include "app/cloud/cloud_cli.h"
#include "app/cloud/cloud_test_support.h"

#include <QProcess>
#include <QSslCipher>
#include <QtTest>

#include <cstdio>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// The service as a whole: health, TLS, configuration and the admin bootstrap command.
class TestCloudService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthReadyAndPlans();
    void servesTlsWhenGivenACertificate();
    void configFileOverridesSettings();
    void adminBootstrapCommand();
};

void TestCloudService::healthReadyAndPlans() {
    TestServer server;
    QCOMPARE(server.call("GET", QStringLiteral("/health")).status, 200);
    const Reply ready = server.call("GET", QStringLiteral("/ready"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.body.value(QStringLiteral("schema")).toInt(), CloudDatabase::latestVersion());
    const Reply plans = server.call("GET", QStringLiteral("/v1/plans"));
    QCOMPARE(plans.status, 200);
    const QJsonObject plan = plans.body.value(QStringLiteral("plans")).toArray().at(0).toObject();
    QCOMPARE(plan.value(QStringLiteral("id")).toString(), QStringLiteral("minutes-60"));
    QCOMPARE(plan.value(QStringLiteral("price_cents")).toInt(), 2000);
    QCOMPARE(plan.value(QStringLiteral("currency")).toString(), QStringLiteral("usd"));
    QCOMPARE(plan.value(QStringLiteral("seconds")).toInt(), 3600);
    // The ledger database is durable as the design asks.
    if (server.service->database().dialect() == CloudDatabase::Dialect::Sqlite) {
        QCOMPARE(server.count(QStringLiteral("PRAGMA synchronous")), 2);
        QCOMPARE(server.count(QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery mode = server.service->database().exec(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }
}

void TestCloudService::servesTlsWhenGivenACertificate() {
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"), key,
                   QStringLiteral("-out"), cert});
    if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
        QSKIP("the openssl command is not available to make a test certificate");
    }
    CloudService service(testConfig(dir.path(), testDatabaseUrl()));
    service.useTls(cert, key);
    const quint16 port = service.listen(QHostAddress::LocalHost, 0);
    QNetworkAccessManager network;
    QNetworkReply* reply =
        network.get(QNetworkRequest(QUrl(QStringLiteral("https://127.0.0.1:%1/health").arg(port))));
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [reply] { reply->ignoreSslErrors(); });
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->sslConfiguration().sessionCipher().isNull() == false);
    delete reply;
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             service.useTls(dir.filePath(QStringLiteral("none.pem")), key));
}

void TestCloudService::configFileOverridesSettings() {
    QTemporaryDir dir;
    auto write = [&](const QByteArray& text) {
        QFile file(dir.filePath(QStringLiteral("cloud.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    CloudConfig config = testConfig(dir.path(), {});
    write(R"({"public_url":"https://example.test","devices_per_account":5,"max_body_bytes":4096})");
    config.readFile(dir.filePath(QStringLiteral("cloud.json")));
    QCOMPARE(config.publicUrl, QStringLiteral("https://example.test"));
    QCOMPARE(config.devicesPerAccount, 5);
    QCOMPARE(config.maxBodyBytes, 4096);
    write(R"({"lease_grace_seconds":3600,"trusted_proxies":["127.0.0.1","::1"]})");
    config.readFile(dir.filePath(QStringLiteral("cloud.json")));
    QCOMPARE(config.leaseGraceSeconds, 3600);
    QCOMPARE(config.trustedProxies,
             QStringList({QStringLiteral("127.0.0.1"), QStringLiteral("::1")}));
    write(R"({"razorpay_plans":{"monthly-60":"plan_Abc123"}})");
    config.readFile(dir.filePath(QStringLiteral("cloud.json")));
    QCOMPARE(config.razorpayPlans.value(QStringLiteral("monthly-60")),
             QStringLiteral("plan_Abc123"));
    write(R"({"razorpay_plans":{"monthly-60":"sub_wrong"}})");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));
    write(R"({"trusted_proxies":["proxy.example"]})");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));
    write(R"({"lease_grace_seconds":-1})");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));
    write(R"({"jwt_secret":"nope"})");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));
    write(R"({"devices_per_account":0})");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));
    write("{broken");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             config.readFile(dir.filePath(QStringLiteral("cloud.json"))));

    // Retired signing keys come from the environment, like every key.
    qputenv("SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS",
            QByteArray(32, 'a').toBase64() + ", " + QByteArray(32, 'b').toBase64());
    const CloudConfig rotated =
        CloudConfig::fromEnvironment(dir.filePath(QStringLiteral("env")), {});
    QCOMPARE(rotated.signingPreviousPublicKeys,
             QList<QByteArray>({QByteArray(32, 'a'), QByteArray(32, 'b')}));
    qputenv("SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS", QByteArray(8, 'c').toBase64());
    QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                             CloudConfig::fromEnvironment(dir.filePath(QStringLiteral("env")), {}));
    qunsetenv("SONARA_CLOUD_SIGNING_PREVIOUS_PUBLIC_KEYS");
}

void TestCloudService::adminBootstrapCommand() {
    QTemporaryDir dir;
    char password[] = "bootstrap passphrase\n";
    std::FILE* in = fmemopen(password, sizeof(password) - 1, "r");
    qputenv("SONARA_CLOUD_JWT_SECRET", kJwtSecret);
    const int code =
        runCloudCommand({QStringLiteral("user"), QStringLiteral("create"),
                         QStringLiteral("--admin"), QStringLiteral("boot@example.com"),
                         QStringLiteral("--password-stdin"), QStringLiteral("--data"), dir.path()},
                        in);
    std::fclose(in);
    QCOMPARE(code, 0);
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("ed25519.key"))).permissions() ==
            (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
             QFileDevice::WriteUser));
    CloudService service(testConfig(dir.path(), {}));
    QSqlQuery row = service.database().exec(
        QStringLiteral("SELECT role FROM accounts WHERE email = 'boot@example.com'"));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("admin"));
    std::FILE* again = fmemopen(password, sizeof(password) - 1, "r");
    QCOMPARE(
        runCloudCommand({QStringLiteral("user"), QStringLiteral("create"),
                         QStringLiteral("--admin"), QStringLiteral("boot@example.com"),
                         QStringLiteral("--password-stdin"), QStringLiteral("--data"), dir.path()},
                        again),
        1);
    std::fclose(again);
    QCOMPARE(runCloudCommand({QStringLiteral("serve"), QStringLiteral("--data"), dir.path()}), 2);
}

QTEST_GUILESS_MAIN(TestCloudService)
#include "test_cloud_service.moc"
