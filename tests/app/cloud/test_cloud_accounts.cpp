#include "app/cloud/cloud_cli.h"
#include "app/cloud/cloud_test_support.h"
#include "app/cloud/jwt.h"

#include <QDateTime>
#include <QJsonArray>
#include <QProcess>
#include <QSslCipher>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <cstdio>
#include <future>
#include <thread>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

class TestCloudAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void healthReadyAndPlans();
    void registerRefusesBadInputAndChangesNothing();
    void loginAndMe();
    void forgedExpiredAndTamperedTokensAre401();
    void refreshRotatesAndReuseRevokesTheFamily();
    void logoutEndsTheSession();
    void emailVerificationAndPasswordResetUseSingleUseTokens();
    void servesTlsWhenGivenACertificate();
    void outboxMailIsDeliveredOverSmtp();
    void signInAttemptsAreRateLimited();
    void signInAttemptsAreRateLimitedPerAddress();
    void forwardedAddressesCountOnlyFromTrustedProxies();
    void rateLimitsAreSharedByInstances();
    void rateLimitHoldsUnderConcurrentInstances();
    void passwordsAndTokensAreNotStoredInClear();
    void adminRoutesNeedTheAdminRole();
    void adminBootstrapCommand();
    void adminExportDeleteCatalogAndModeration();
    void apiKeysAreScopedLimitedAndRevocable();
    void adminPlansReportsAndMetrics();
    void unknownRouteIsProblemJson();
    void configFileOverridesSettings();
};

void TestCloudAccounts::healthReadyAndPlans() {
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

void TestCloudAccounts::registerRefusesBadInputAndChangesNothing() {
    TestServer server;
    const QString path = QStringLiteral("/v1/auth/register");
    QCOMPARE(
        server
            .post(path, {{QStringLiteral("email"), QStringLiteral("Ana@Example.com")},
                         {QStringLiteral("password"), QStringLiteral("ünïcödé pass phrase ✓")}})
            .status,
        201);
    struct Case {
        QByteArray body;
        int status;
        QString field;
    };
    const QList<Case> cases{
        {"{not json", 400, {}},
        {"[1,2]", 400, {}},
        {"", 400, {}},
        {R"({"password":"a long enough passphrase"})", 422, QStringLiteral("email")},
        {R"({"email":"b@example.com"})", 422, QStringLiteral("password")},
        {R"({"email":5,"password":"a long enough passphrase"})", 422, QStringLiteral("email")},
        {R"({"email":"b@example.com","password":["x"]})", 422, QStringLiteral("password")},
        {R"({"email":"not-an-email","password":"a long enough passphrase"})", 422,
         QStringLiteral("email")},
        {R"({"email":"b@example.com","password":"short"})", 422, QStringLiteral("password")},
        {R"({"email":"b@example.com","password":"password123"})", 422, QStringLiteral("password")},
        {R"({"email":"b@example.com","password":"aaaaaaaaaaaa"})", 422, QStringLiteral("password")},
        {R"({"email":"ana@example.com","password":"another long passphrase"})", 409,
         QStringLiteral("email")},
        {R"({"email":"ANA@example.com ","password":"another long passphrase"})", 409,
         QStringLiteral("email")},
    };
    for (const Case& c : cases) {
        const Reply reply = server.call("POST", path, c.body);
        QVERIFY2(reply.status == c.status, c.body.constData());
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
        QVERIFY(!reply.body.value(QStringLiteral("detail")).toString().isEmpty());
        QCOMPARE(reply.body.value(QStringLiteral("field")).toString(), c.field);
    }
    const QByteArray huge =
        "{\"email\":\"c@example.com\",\"password\":\"" + QByteArray(200000, 'x') + "\"}";
    QCOMPARE(server.call("POST", path, huge).status, 413);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts")), 1);

    // SQL-looking input is stored as text and breaks nothing.
    const QString sqlish = QStringLiteral("x');DROP/**/TABLE/**/accounts;--@example.com");
    QCOMPARE(
        server
            .post(path, {{QStringLiteral("email"), sqlish},
                         {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}})
            .status,
        201);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM accounts")), 2);
    QCOMPARE(server.login(sqlish).value(QStringLiteral("token_type")).toString(),
             QStringLiteral("Bearer"));
}

void TestCloudAccounts::loginAndMe() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("me@example.com"));
    const QJsonObject tokens = server.login(QStringLiteral("ME@example.com"));
    QCOMPARE(tokens.value(QStringLiteral("expires_in")).toInt(), 900);
    QVERIFY(!tokens.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const Reply me =
        server.call("GET", QStringLiteral("/v1/me"), {},
                    tokens.value(QStringLiteral("access_token")).toString().toLatin1());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.body.value(QStringLiteral("id")).toString(), id);
    QCOMPARE(me.body.value(QStringLiteral("email")).toString(), QStringLiteral("me@example.com"));
    QCOMPARE(me.body.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    QVERIFY(me.body.contains(QStringLiteral("plan")));
    QCOMPARE(me.body.value(QStringLiteral("balance_seconds")).toInt(), 0);

    const Reply wrong =
        server.post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), QStringLiteral("me@example.com")},
                     {QStringLiteral("password"), QStringLiteral("not the passphrase")}});
    QCOMPARE(wrong.status, 401);
    const Reply unknown =
        server.post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), QStringLiteral("nobody@example.com")},
                     {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}});
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.body.value(QStringLiteral("detail")),
             wrong.body.value(QStringLiteral("detail")));
    QCOMPARE(server.call("POST", QStringLiteral("/v1/auth/login"), "{\"email\":1}").status, 422);
}

void TestCloudAccounts::forgedExpiredAndTamperedTokensAre401() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("jwt@example.com"));
    const QByteArray good = server.accessToken(QStringLiteral("jwt@example.com"));
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, good).status, 200);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray forged =
        JwtSigner(QByteArrayLiteral("another-secret-0123456789abcdef0123456789"))
            .issue(id, QStringLiteral("admin"), now);
    const QByteArray expired = JwtSigner(kJwtSecret).issue(id, QStringLiteral("user"), now - 3600);
    const QByteArray future = JwtSigner(kJwtSecret).issue(id, QStringLiteral("user"), now + 3600);
    QList<QByteArray> parts = good.split('.');
    QByteArray payload = *QByteArray::fromBase64Encoding(parts[1], QByteArray::Base64UrlEncoding);
    payload.replace("\"role\":\"user\"", "\"role\":\"admin\"");
    const QByteArray tampered = parts[0] + '.' + crypto::base64Url(payload) + '.' + parts[2];
    const QByteArray none =
        crypto::base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + parts[1] + '.';
    const QByteArray flipped = good.left(good.size() - 2) + (good.endsWith("AA") ? "BB" : "AA");
    for (const QByteArray& token : {forged, expired, future, tampered, none, flipped,
                                    QByteArrayLiteral("garbage"), QByteArrayLiteral("a.b.c")}) {
        const Reply reply = server.call("GET", QStringLiteral("/v1/me"), {}, token);
        QVERIFY2(reply.status == 401, token.constData());
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
    }
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me")).status, 401);

    // After a rotation, tokens signed by the previous secret verify until they expire.
    const QByteArray next = QByteArrayLiteral("rotated-secret-0123456789abcdef0123456789");
    const JwtSigner rotated(next, 900, {kJwtSecret});
    QCOMPARE(rotated.verify(good, now).subject, id);
    QCOMPARE(rotated.verify(rotated.issue(id, QStringLiteral("user"), now), now).subject, id);
    QVERIFY_THROWS_EXCEPTION(JwtError, JwtSigner(next).verify(good, now));
}

void TestCloudAccounts::refreshRotatesAndReuseRevokesTheFamily() {
    TestServer server;
    server.registerUser(QStringLiteral("rt@example.com"));
    const QString first = server.login(QStringLiteral("rt@example.com"))
                              .value(QStringLiteral("refresh_token"))
                              .toString();
    const Reply rotated =
        server.post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), first}});
    QCOMPARE(rotated.status, 200);
    const QString second = rotated.body.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(second != first);
    QCOMPARE(server
                 .call("GET", QStringLiteral("/v1/me"), {},
                       rotated.body.value(QStringLiteral("access_token")).toString().toLatin1())
                 .status,
             200);
    // The first token presented again: refused, and the live second one dies with it.
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), first}})
            .status,
        401);
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), second}})
            .status,
        401);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/refresh"),
                       {{QStringLiteral("refresh_token"), QStringLiteral("unknown")}})
                 .status,
             401);
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), 42}})
            .status,
        422);
    // Another sign-in is another family and is unaffected.
    const QString other = server.login(QStringLiteral("rt@example.com"))
                              .value(QStringLiteral("refresh_token"))
                              .toString();
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), other}})
            .status,
        200);
}

void TestCloudAccounts::logoutEndsTheSession() {
    TestServer server;
    server.registerUser(QStringLiteral("out@example.com"));
    const QString refresh = server.login(QStringLiteral("out@example.com"))
                                .value(QStringLiteral("refresh_token"))
                                .toString();
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/logout"), {{QStringLiteral("refresh_token"), refresh}})
            .status,
        204);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh}})
            .status,
        401);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/auth/logout"), "nope").status, 400);
}

namespace {

// The token in the outbox message to `email` whose subject starts with `subject`.
QString mailedToken(TestServer& server, const QString& email, const QString& subject) {
    QSqlQuery mail = server.service->database().exec(
        QStringLiteral("SELECT body FROM outbox WHERE recipient = ? AND subject LIKE ?"),
        {email, subject + QLatin1Char('%')});
    QString token;
    while (mail.next()) {
        const QString body = mail.value(0).toString();
        token =
            body.mid(body.indexOf(QStringLiteral("token=")) + 6).section(QLatin1Char('\n'), 0, 0);
    }
    return token;
}

}  // namespace

void TestCloudAccounts::emailVerificationAndPasswordResetUseSingleUseTokens() {
    TestServer server;
    server.registerUser(QStringLiteral("mail@example.com"));
    const QByteArray access = server.accessToken(QStringLiteral("mail@example.com"));
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, access)
                 .body.value(QStringLiteral("email_verified"))
                 .toBool(),
             false);
    const QString verify =
        mailedToken(server, QStringLiteral("mail@example.com"), QStringLiteral("Confirm"));
    QVERIFY(verify.size() > 20);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/verify-email"),
                       {{QStringLiteral("token"), QStringLiteral("wrong")}})
                 .status,
             400);
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), verify}})
            .status,
        200);
    QCOMPARE(
        server.post(QStringLiteral("/v1/auth/verify-email"), {{QStringLiteral("token"), verify}})
            .status,
        400);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, access)
                 .body.value(QStringLiteral("email_verified"))
                 .toBool(),
             true);

    const QString refresh = server.login(QStringLiteral("mail@example.com"))
                                .value(QStringLiteral("refresh_token"))
                                .toString();
    // Unknown emails get the same answer and no mail.
    const qint64 before = server.count(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/forgot-password"),
                       {{QStringLiteral("email"), QStringLiteral("ghost@example.com")}})
                 .status,
             202);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), before);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/forgot-password"),
                       {{QStringLiteral("email"), QStringLiteral("MAIL@example.com")}})
                 .status,
             202);
    const QString reset =
        mailedToken(server, QStringLiteral("mail@example.com"), QStringLiteral("Reset"));
    QVERIFY(reset != verify);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), verify},
                        {QStringLiteral("password"), QStringLiteral("brand new passphrase")}})
                 .status,
             400);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), reset},
                        {QStringLiteral("password"), QStringLiteral("short")}})
                 .status,
             422);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), reset},
                        {QStringLiteral("password"), QStringLiteral("brand new passphrase")}})
                 .status,
             204);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), reset},
                        {QStringLiteral("password"), QStringLiteral("another new passphrase")}})
                 .status,
             400);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/auth/refresh"), {{QStringLiteral("refresh_token"), refresh}})
            .status,
        401);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/login"),
                       {{QStringLiteral("email"), QStringLiteral("mail@example.com")},
                        {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}})
                 .status,
             401);
    QVERIFY(
        !server.login(QStringLiteral("mail@example.com"), QStringLiteral("brand new passphrase"))
             .value(QStringLiteral("access_token"))
             .toString()
             .isEmpty());
    // Only hashes of the tokens are stored.
    QCOMPARE(
        server.count(
            QStringLiteral(
                "SELECT COUNT(*) FROM account_tokens WHERE token_hash = '%1' OR token_hash = '%2'")
                .arg(verify, reset)),
        0);
}

void TestCloudAccounts::outboxMailIsDeliveredOverSmtp() {
    // A scripted SMTP server on its own thread, since the sender blocks.
    std::promise<quint16> portPromise;
    QByteArray conversation;
    std::thread smtp([&] {
        QTcpServer listener;
        listener.listen(QHostAddress::LocalHost, 0);
        portPromise.set_value(listener.serverPort());
        if (!listener.waitForNewConnection(20000)) {
            return;
        }
        std::unique_ptr<QTcpSocket> socket(listener.nextPendingConnection());
        auto reply = [&](const QByteArray& line) {
            socket->write(line + "\r\n");
            socket->waitForBytesWritten(5000);
        };
        reply("220 fake ESMTP");
        bool inData = false;
        while (socket->state() == QAbstractSocket::ConnectedState) {
            if (!socket->canReadLine() && !socket->waitForReadyRead(5000)) {
                break;
            }
            while (socket->canReadLine()) {
                const QByteArray line = socket->readLine();
                conversation += line;
                if (inData) {
                    if (line == ".\r\n") {
                        inData = false;
                        reply("250 queued");
                    }
                } else if (line.startsWith("EHLO")) {
                    reply("250-fake\r\n250 AUTH PLAIN");
                } else if (line.startsWith("AUTH PLAIN")) {
                    reply("235 accepted");
                } else if (line.startsWith("DATA")) {
                    inData = true;
                    reply("354 go on");
                } else if (line.startsWith("QUIT")) {
                    reply("221 bye");
                    socket->disconnectFromHost();
                } else {
                    reply("250 ok");
                }
            }
        }
    });
    const quint16 port = portPromise.get_future().get();
    TestServer server([&](CloudConfig& config) {
        config.smtpUrl = QUrl(QStringLiteral("smtp://mailer:secret@127.0.0.1:%1").arg(port));
    });
    server.registerUser(QStringLiteral("inbox@example.com"));
    QCOMPARE(server.service->deliverOutbox(), 1);
    smtp.join();
    QVERIFY(conversation.contains("RCPT TO:<inbox@example.com>"));
    QVERIFY(conversation.contains("AUTH PLAIN " + QByteArray("\0mailer\0secret", 14).toBase64()));
    QVERIFY(conversation.contains("Subject: Confirm your Sonara Studio email"));
    QVERIFY(conversation.contains("token="));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE body LIKE '%token=%'")),
             0);
    // A mail server that is down leaves the mail waiting.
    server.registerUser(QStringLiteral("later@example.com"));
    QCOMPARE(server.service->deliverOutbox(), 0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")), 1);
}

void TestCloudAccounts::servesTlsWhenGivenACertificate() {
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

void TestCloudAccounts::signInAttemptsAreRateLimited() {
    TestServer server;
    server.registerUser(QStringLiteral("guess@example.com"));
    const QJsonObject wrong{{QStringLiteral("email"), QStringLiteral("guess@example.com")},
                            {QStringLiteral("password"), QStringLiteral("not the passphrase")}};
    for (int i = 0; i < server.service->config().loginsPerAccount; ++i) {
        QCOMPARE(server.post(QStringLiteral("/v1/auth/login"), wrong).status, 401);
    }
    const Reply limited = server.post(QStringLiteral("/v1/auth/login"), wrong);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0);
    // Even the right password waits: the limit protects the account, not the guess.
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/login"),
                       {{QStringLiteral("email"), QStringLiteral("guess@example.com")},
                        {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}})
                 .status,
             429);
    // Other accounts are not locked out by it.
    server.registerUser(QStringLiteral("other@example.com"));
    QVERIFY(!server.accessToken(QStringLiteral("other@example.com")).isEmpty());
}

void TestCloudAccounts::signInAttemptsAreRateLimitedPerAddress() {
    TestServer server([](CloudConfig& config) {
        config.loginsPerAccount = 100;
        config.loginsPerAddress = 5;
    });
    server.registerUser(QStringLiteral("victim@example.com"));
    // One address guessing across many accounts is held back even though no single account
    // reaches its own limit.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(server
                     .post(QStringLiteral("/v1/auth/login"),
                           {{QStringLiteral("email"), QStringLiteral("spray%1@example.com").arg(i)},
                            {QStringLiteral("password"), QStringLiteral("not the passphrase")}})
                     .status,
                 401);
    }
    const Reply limited =
        server.post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), QStringLiteral("victim@example.com")},
                     {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}});
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0);
    QCOMPARE(limited.contentType, QByteArrayLiteral("application/problem+json"));
}

void TestCloudAccounts::forwardedAddressesCountOnlyFromTrustedProxies() {
    const QByteArray wrong = R"({"email":"proxied@example.com","password":"not the passphrase"})";
    auto attempt = [&](TestServer& server, const QByteArray& forwardedFor) {
        return server.call("POST", QStringLiteral("/v1/auth/login"), wrong, {},
                           {{"X-Forwarded-For", forwardedFor}});
    };
    {
        // Behind a trusted proxy each client has its own limit.
        TestServer server([](CloudConfig& config) {
            config.loginsPerAccount = 100;
            config.loginsPerAddress = 3;
            config.trustedProxies = {QStringLiteral("127.0.0.1")};
        });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempt(server, "198.51.100.9, 203.0.113.1").status, 401);
        }
        const Reply limited = attempt(server, "203.0.113.1");
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.retryAfter.toInt() > 0);
        // A forged left-most entry does not escape the limit; another client is not held.
        QCOMPARE(attempt(server, "192.0.2.77, 203.0.113.1").status, 429);
        QCOMPARE(attempt(server, "203.0.113.2").status, 401);
    }
    {
        // A client talking directly cannot pick a fresh address per attempt.
        TestServer server([](CloudConfig& config) {
            config.loginsPerAccount = 100;
            config.loginsPerAddress = 3;
        });
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(attempt(server, "203.0.113." + QByteArray::number(i + 10)).status, 401);
        }
        QCOMPARE(attempt(server, "203.0.113.99").status, 429);
    }
}

void TestCloudAccounts::rateLimitsAreSharedByInstances() {
    TestServer first([](CloudConfig& config) {
        config.loginsPerAccount = 3;
        config.apiKeyRequestsPerMinute = 2;
    });
    TestServer second(TestServer::SameDatabaseAs{first});
    const QString id = first.registerUser(QStringLiteral("shared@example.com"));
    const QJsonObject wrong{{QStringLiteral("email"), QStringLiteral("shared@example.com")},
                            {QStringLiteral("password"), QStringLiteral("not the passphrase")}};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(first.post(QStringLiteral("/v1/auth/login"), wrong).status, 401);
    }
    // The other instance counts the same budget: a guesser gains nothing by switching.
    const Reply refused = second.post(QStringLiteral("/v1/auth/login"), wrong);
    QCOMPARE(refused.status, 429);
    const qint64 wait = refused.retryAfter.toLongLong();
    QVERIFY(wait > 0 && wait <= first.service->config().loginWindowSeconds);
    QCOMPARE(first.post(QStringLiteral("/v1/auth/login"), wrong).status, 429);
    // Keys and addresses are stored hashed, one row per key.
    QCOMPARE(first.count(QStringLiteral("SELECT COUNT(*) FROM rate_limits WHERE bucket LIKE "
                                        "'%shared@example.com%'")),
             0);
    QCOMPARE(first.count(QStringLiteral("SELECT COUNT(*) FROM rate_limits WHERE bucket LIKE "
                                        "'login-account:%'")),
             1);

    // API keys: the first instance spends the minute's budget, the second refuses.
    first.stripeEvent(checkoutCompleted(QStringLiteral("evt_shared"), id),
                      QDateTime::currentSecsSinceEpoch());
    // Ended windows are purged; the account can sign in again through either instance.
    first.service->runHousekeeping(QDateTime::currentSecsSinceEpoch() +
                                   first.service->config().loginWindowSeconds + 1);
    QCOMPARE(first.count(QStringLiteral("SELECT COUNT(*) FROM rate_limits WHERE bucket LIKE "
                                        "'login-account:%'")),
             0);
    const QByteArray token = second.accessToken(QStringLiteral("shared@example.com"));
    QVERIFY(!token.isEmpty());
    const QByteArray key = first
                               .call("POST", QStringLiteral("/v1/api-keys"),
                                     R"({"name":"farm","scopes":["usage"]})", token)
                               .body.value(QStringLiteral("key"))
                               .toString()
                               .toLatin1();
    QVERIFY(!key.isEmpty());
    const QByteArray spend = R"({"idempotency_key":"s1","seconds":5,"capability":"tts"})";
    QCOMPARE(first.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 201);
    QCOMPARE(second.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 200);
    const Reply limited = first.call("POST", QStringLiteral("/v1/usage"), spend, key);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0);
    QCOMPARE(second.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 429);
    QCOMPARE(first.service->balance(id), 3595);
}

void TestCloudAccounts::rateLimitHoldsUnderConcurrentInstances() {
    TestServer server;
    server.registerUser(QStringLiteral("crowd@example.com"));
    std::vector<std::unique_ptr<ServiceThread>> instances;
    QList<quint16> ports{server.port};
    for (int i = 0; i < 3; ++i) {
        instances.push_back(std::make_unique<ServiceThread>(server.dir.path(),
                                                            server.service->config().databaseUrl));
        instances.back()->start();
    }
    for (auto& instance : instances) {
        QTRY_VERIFY_WITH_TIMEOUT(instance->port() != 0, 10000);
        ports.append(instance->port());
    }
    // Attempts from many connections at once, spread over four instances: the counter's
    // upsert lets exactly the budget through.
    constexpr int kAttempts = 40;
    const QByteArray wrong = R"({"email":"crowd@example.com","password":"not the passphrase"})";
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kAttempts; ++i) {
        QNetworkRequest request(QUrl(
            QStringLiteral("http://127.0.0.1:%1/v1/auth/login").arg(ports.at(i % ports.size()))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        replies.append(server.network.post(request, wrong));
    }
    int finished = 0;
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, kAttempts, 60000);
    int refusedPassword = 0;
    int limited = 0;
    for (QNetworkReply* reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        refusedPassword += status == 401;
        limited += status == 429 && reply->hasRawHeader("Retry-After");
        reply->deleteLater();
    }
    for (auto& instance : instances) {
        instance->quit();
        instance->wait();
    }
    QCOMPARE(refusedPassword, server.service->config().loginsPerAccount);
    QCOMPARE(limited, kAttempts - refusedPassword);
}

void TestCloudAccounts::passwordsAndTokensAreNotStoredInClear() {
    TestServer server;
    server.registerUser(QStringLiteral("clear@example.com"),
                        QStringLiteral("a very secret passphrase"));
    const QString refresh =
        server
            .login(QStringLiteral("clear@example.com"), QStringLiteral("a very secret passphrase"))
            .value(QStringLiteral("refresh_token"))
            .toString();
    QSqlQuery account =
        server.service->database().exec(QStringLiteral("SELECT password_hash FROM accounts"));
    QVERIFY(account.next());
    QVERIFY(
        account.value(0).toString().startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
    QVERIFY(!account.value(0).toString().contains(QStringLiteral("secret")));
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens WHERE token_hash = '%1'")
                         .arg(refresh)),
        0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM refresh_tokens")), 1);
}

void TestCloudAccounts::adminRoutesNeedTheAdminRole() {
    TestServer server;
    const QString userId = server.registerUser(QStringLiteral("user@example.com"));
    const QByteArray user = server.accessToken(QStringLiteral("user@example.com"));
    server.service->createAccount(QStringLiteral("root@example.com"),
                                  QStringLiteral("admin passphrase 1"), QStringLiteral("admin"));
    const QByteArray admin =
        server.login(QStringLiteral("root@example.com"), QStringLiteral("admin passphrase 1"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    const QByteArray grant = R"({"seconds":60,"reason":"welcome","idempotency_key":"g1"})";
    const QList<QPair<QByteArray, QString>> routes{
        {"GET", QStringLiteral("/v1/admin/users")},
        {"GET", QStringLiteral("/v1/admin/audit")},
        {"POST", QStringLiteral("/v1/admin/users/%1/grant").arg(userId)},
        {"POST", QStringLiteral("/v1/admin/users/%1/suspend").arg(userId)},
        {"POST", QStringLiteral("/v1/admin/users/%1/reactivate").arg(userId)},
    };
    for (const auto& route : routes) {
        QCOMPARE(server.call(route.first, route.second, grant, user).status, 403);
        QCOMPARE(server.call(route.first, route.second, grant).status, 401);
    }
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")), 0);

    const Reply users = server.call("GET", QStringLiteral("/v1/admin/users?q=user%40"), {}, admin);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.body.value(QStringLiteral("users")).toArray().size(), 1);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/users?q=%25"), {}, admin)
                 .body.value(QStringLiteral("users"))
                 .toArray()
                 .size(),
             0);
    const QString grantPath = QStringLiteral("/v1/admin/users/%1/grant").arg(userId);
    QCOMPARE(server.call("POST", grantPath, grant, admin)
                 .body.value(QStringLiteral("balance_seconds"))
                 .toInt(),
             60);
    QCOMPARE(server.call("POST", grantPath, grant, admin)
                 .body.value(QStringLiteral("replayed"))
                 .toBool(),
             true);
    QCOMPARE(server
                 .call("POST", grantPath, R"({"seconds":"60","reason":"x","idempotency_key":"g2"})",
                       admin)
                 .status,
             422);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/admin/users/nobody/grant"), grant, admin).status,
        404);
    // A revocation larger than the balance stops at zero.
    const Reply revoke =
        server.call("POST", grantPath,
                    R"({"seconds":-100,"reason":"chargeback","idempotency_key":"r1"})", admin);
    QCOMPARE(revoke.body.value(QStringLiteral("applied_seconds")).toInt(), -60);
    QCOMPARE(revoke.body.value(QStringLiteral("balance_seconds")).toInt(), 0);

    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/admin/users/%1/suspend").arg(userId), {}, admin)
            .status,
        200);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, user).status, 403);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/login"),
                       {{QStringLiteral("email"), QStringLiteral("user@example.com")},
                        {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}})
                 .status,
             403);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/admin/users/%1/reactivate").arg(userId), {}, admin)
            .status,
        200);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, user).status, 200);
    const Reply audit = server.call("GET", QStringLiteral("/v1/admin/audit"), {}, admin);
    QCOMPARE(audit.body.value(QStringLiteral("entries")).toArray().size(), 4);
}

void TestCloudAccounts::adminPlansReportsAndMetrics() {
    TestServer server;
    const QString userId = server.registerUser(QStringLiteral("buyer@example.com"));
    const QByteArray user = server.accessToken(QStringLiteral("buyer@example.com"));
    server.service->createAccount(QStringLiteral("ops@example.com"),
                                  QStringLiteral("admin passphrase 2"), QStringLiteral("admin"));
    const QByteArray admin =
        server.login(QStringLiteral("ops@example.com"), QStringLiteral("admin passphrase 2"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    const QByteArray plan =
        R"({"name":"Two hours","price_cents":3500,"currency":"USD","seconds":7200})";
    QCOMPARE(server.call("PUT", QStringLiteral("/v1/admin/plans/hours-2"), plan, user).status, 403);
    QCOMPARE(server.call("PUT", QStringLiteral("/v1/admin/plans/hours-2"), plan, admin).status,
             201);
    QCOMPARE(server.call("PUT", QStringLiteral("/v1/admin/plans/hours-2"), plan, admin).status,
             200);
    QCOMPARE(server.call("PUT", QStringLiteral("/v1/admin/plans/Bad%20Id"), plan, admin).status,
             422);
    QCOMPARE(server
                 .call("PUT", QStringLiteral("/v1/admin/plans/x"),
                       R"({"name":"x","price_cents":1,"currency":"dollars","seconds":1})", admin)
                 .status,
             422);
    QCOMPARE(server
                 .call("PUT", QStringLiteral("/v1/admin/plans/x"),
                       R"({"name":"x","price_cents":-1,"currency":"usd","seconds":1})", admin)
                 .status,
             422);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/plans"))
                 .body.value(QStringLiteral("plans"))
                 .toArray()
                 .size(),
             2);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/plans/hours-2"), {}, user).status,
             403);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/plans/hours-2"), {}, admin).status,
             204);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/plans/none"), {}, admin).status, 404);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/plans"))
                 .body.value(QStringLiteral("plans"))
                 .toArray()
                 .size(),
             1);

    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_report"), userId),
                       QDateTime::currentSecsSinceEpoch());
    server.post(QStringLiteral("/v1/usage"),
                {{QStringLiteral("idempotency_key"), QStringLiteral("r")},
                 {QStringLiteral("seconds"), 30},
                 {QStringLiteral("capability"), QStringLiteral("stt")}},
                user);
    const Reply transactions =
        server.call("GET", QStringLiteral("/v1/admin/transactions"), {}, admin);
    QCOMPARE(transactions.body.value(QStringLiteral("transactions"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("buyer@example.com"));
    for (const QString& by :
         {QStringLiteral("day"), QStringLiteral("plan"), QStringLiteral("provider")}) {
        const Reply revenue =
            server.call("GET", QStringLiteral("/v1/admin/reports/revenue?by=") + by, {}, admin);
        QCOMPARE(revenue.status, 200);
        QCOMPARE(revenue.body.value(QStringLiteral("rows"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("net"))
                     .toInt(),
                 2000);
    }
    QCOMPARE(
        server.call("GET", QStringLiteral("/v1/admin/reports/revenue?by=email;DROP"), {}, admin)
            .status,
        422);
    const Reply usage = server.call("GET", QStringLiteral("/v1/admin/reports/usage"), {}, admin);
    QCOMPARE(usage.body.value(QStringLiteral("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("seconds"))
                 .toInt(),
             30);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/reports/usage"), {}, user).status, 403);
    QCOMPARE(server.call("GET", QStringLiteral("/metrics"), {}, user).status, 403);
    const Reply metrics = server.call("GET", QStringLiteral("/metrics"), {}, admin);
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.raw.contains("sonara_cloud_accounts 2\n"));
    QVERIFY(metrics.raw.contains("sonara_cloud_http_responses_total{status=\"403\"}"));
    QVERIFY(metrics.raw.contains("sonara_cloud_schema_version " +
                                 QByteArray::number(CloudDatabase::latestVersion()) + '\n'));
}

void TestCloudAccounts::apiKeysAreScopedLimitedAndRevocable() {
    TestServer server([](CloudConfig& config) { config.apiKeyRequestsPerMinute = 5; });
    const QString id = server.registerUser(QStringLiteral("dev@example.com"));
    const QByteArray session = server.accessToken(QStringLiteral("dev@example.com"));
    const QByteArray request = R"({"name":"render farm","scopes":["usage"]})";
    QCOMPARE(server.call("POST", QStringLiteral("/v1/api-keys"), request, session).status, 403);
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_keys"), id),
                       QDateTime::currentSecsSinceEpoch());
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/api-keys"), R"({"name":"x","scopes":["admin"]})",
                       session)
                 .status,
             422);
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/api-keys"), R"({"name":"x","scopes":"usage"})",
                       session)
                 .status,
             422);
    const Reply created = server.call("POST", QStringLiteral("/v1/api-keys"), request, session);
    QCOMPARE(created.status, 201);
    const QByteArray key = created.body.value(QStringLiteral("key")).toString().toLatin1();
    const QString prefix = created.body.value(QStringLiteral("prefix")).toString();
    QVERIFY(key.startsWith(prefix.toLatin1() + '_'));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE key_hash = '%1'")
                              .arg(QString::fromLatin1(key))),
             0);
    const Reply listed = server.call("GET", QStringLiteral("/v1/api-keys"), {}, session);
    QCOMPARE(listed.body.value(QStringLiteral("api_keys"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("prefix"))
                 .toString(),
             prefix);
    QVERIFY(!listed.raw.contains(key));

    const QByteArray spend = R"({"idempotency_key":"k1","seconds":10,"capability":"tts"})";
    QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 201);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, key).status, 403);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/leases"), R"({"seconds":10})", key).status,
             403);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/api-keys"), request, key).status, 403);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/users"), {}, key).status, 403);
    QVERIFY(server.count(QStringLiteral(
                "SELECT COUNT(*) FROM api_keys WHERE last_used_at IS NOT NULL")) == 1);
    for (int i = 1; i < server.service->config().apiKeyRequestsPerMinute; ++i) {
        QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 200);
    }
    const Reply limited = server.call("POST", QStringLiteral("/v1/usage"), spend, key);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.retryAfter.toInt() > 0);
    QCOMPARE(server
                 .call("DELETE",
                       QStringLiteral("/v1/api-keys/%1")
                           .arg(created.body.value(QStringLiteral("id")).toString()),
                       {}, session)
                 .status,
             204);
    QCOMPARE(server
                 .call("DELETE",
                       QStringLiteral("/v1/api-keys/%1")
                           .arg(created.body.value(QStringLiteral("id")).toString()),
                       {}, session)
                 .status,
             404);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), spend, key).status, 401);
    QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), spend, "sk_sonara_forged_key").status,
             401);
    QCOMPARE(server.service->balance(id), 3590);
}

void TestCloudAccounts::adminExportDeleteCatalogAndModeration() {
    TestServer server;
    const QString userId = server.registerUser(QStringLiteral("leaver@example.com"));
    const QByteArray user = server.accessToken(QStringLiteral("leaver@example.com"));
    server.service->createAccount(QStringLiteral("mod@example.com"),
                                  QStringLiteral("admin passphrase 3"), QStringLiteral("admin"));
    const QByteArray admin =
        server.login(QStringLiteral("mod@example.com"), QStringLiteral("admin passphrase 3"))
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_leaver"), userId),
                       QDateTime::currentSecsSinceEpoch());

    // Moderation: users share, admins decide with a reason.
    const QByteArray sha = QByteArray(64, 'a');
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/voices/share"),
                       "{\"name\":\"Narrator\",\"sample_sha256\":\"xyz\"}", user)
                 .status,
             422);
    const Reply shared =
        server.call("POST", QStringLiteral("/v1/voices/share"),
                    "{\"name\":\"Narrator\",\"sample_sha256\":\"" + sha + "\"}", user);
    QCOMPARE(shared.status, 201);
    const QString shareId = shared.body.value(QStringLiteral("id")).toString();
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/moderation"), {}, user).status, 403);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/moderation"), {}, admin)
                 .body.value(QStringLiteral("queue"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/admin/moderation/%1/reject").arg(shareId), "{}",
                       admin)
                 .status,
             422);
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/admin/moderation/%1/reject").arg(shareId),
                       R"({"reason":"recorded without consent"})", admin)
                 .status,
             200);
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/admin/moderation/%1/approve").arg(shareId), {}, admin)
            .status,
        404);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/moderation"), {}, admin)
                 .body.value(QStringLiteral("queue"))
                 .toArray()
                 .size(),
             0);

    // The model catalog the studio reads.
    const QByteArray model =
        R"({"architecture":"whisper","capability":"stt","licence":"MIT","files":[{"url":"https://huggingface.co/x","size":1,"sha256":"ab"}]})";
    QCOMPARE(
        server.call("PUT", QStringLiteral("/v1/admin/catalog/whisper-tiny"), model, user).status,
        403);
    QCOMPARE(server
                 .call("PUT", QStringLiteral("/v1/admin/catalog/whisper-tiny"),
                       R"({"architecture":"whisper"})", admin)
                 .status,
             422);
    QCOMPARE(
        server.call("PUT", QStringLiteral("/v1/admin/catalog/whisper-tiny"), model, admin).status,
        200);
    const Reply catalog = server.call("GET", QStringLiteral("/v1/catalog"));
    QCOMPARE(catalog.body.value(QStringLiteral("models"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             QStringLiteral("whisper-tiny"));
    QCOMPARE(
        server.call("DELETE", QStringLiteral("/v1/admin/catalog/whisper-tiny"), {}, admin).status,
        204);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/catalog"))
                 .body.value(QStringLiteral("models"))
                 .toArray()
                 .size(),
             0);

    // Export, then delete: the export comes back, money records stay anonymised.
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/users/%1/export").arg(userId), {}, user)
                 .status,
             403);
    const Reply exported =
        server.call("GET", QStringLiteral("/v1/admin/users/%1/export").arg(userId), {}, admin);
    QCOMPARE(exported.body.value(QStringLiteral("account"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("leaver@example.com"));
    QCOMPARE(exported.body.value(QStringLiteral("ledger")).toArray().size(), 1);
    QVERIFY(!exported.raw.contains("argon2"));
    QCOMPARE(
        server.call("DELETE", QStringLiteral("/v1/admin/users/%1").arg(userId), {}, user).status,
        403);
    const Reply deleted =
        server.call("DELETE", QStringLiteral("/v1/admin/users/%1").arg(userId), {}, admin);
    QCOMPARE(deleted.status, 200);
    QCOMPARE(deleted.body.value(QStringLiteral("export"))
                 .toObject()
                 .value(QStringLiteral("purchases"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, user).status, 403);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/login"),
                       {{QStringLiteral("email"), QStringLiteral("leaver@example.com")},
                        {QStringLiteral("password"), QStringLiteral("a long enough passphrase")}})
                 .status,
             401);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM accounts WHERE email LIKE 'leaver%'")),
        0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")), 1);
    // The address is free for a new account.
    QVERIFY(!server.registerUser(QStringLiteral("leaver@example.com")).isEmpty());
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/users/nobody"), {}, admin).status,
             404);
}

void TestCloudAccounts::adminBootstrapCommand() {
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

void TestCloudAccounts::configFileOverridesSettings() {
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

void TestCloudAccounts::unknownRouteIsProblemJson() {
    TestServer server;
    const Reply reply = server.call("GET", QStringLiteral("/v1/nothing-here"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
}

QTEST_GUILESS_MAIN(TestCloudAccounts)
#include "test_cloud_accounts.moc"
