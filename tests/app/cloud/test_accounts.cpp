#include "app/cloud/cloud_test_support.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <future>
#include <thread>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Accounts and sessions: registration, sign-in and its limits, tokens, account mail and API keys.
class TestAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void registerRefusesBadInputAndChangesNothing();
    void loginAndMe();
    void refreshRotatesAndReuseRevokesTheFamily();
    void logoutEndsTheSession();
    void emailVerificationAndPasswordResetUseSingleUseTokens();
    void outboxMailIsDeliveredOverSmtp();
    void signInAttemptsAreRateLimited();
    void signInAttemptsAreRateLimitedPerAddress();
    void rateLimitsAreSharedByInstances();
    void rateLimitHoldsUnderConcurrentInstances();
    void passwordsAndTokensAreNotStoredInClear();
    void apiKeysAreScopedLimitedAndRevocable();
};

void TestAccounts::registerRefusesBadInputAndChangesNothing() {
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

void TestAccounts::loginAndMe() {
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

void TestAccounts::refreshRotatesAndReuseRevokesTheFamily() {
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

void TestAccounts::logoutEndsTheSession() {
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

void TestAccounts::emailVerificationAndPasswordResetUseSingleUseTokens() {
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

void TestAccounts::outboxMailIsDeliveredOverSmtp() {
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

void TestAccounts::signInAttemptsAreRateLimited() {
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

void TestAccounts::signInAttemptsAreRateLimitedPerAddress() {
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

void TestAccounts::rateLimitsAreSharedByInstances() {
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

void TestAccounts::rateLimitHoldsUnderConcurrentInstances() {
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

void TestAccounts::passwordsAndTokensAreNotStoredInClear() {
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

void TestAccounts::apiKeysAreScopedLimitedAndRevocable() {
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

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
