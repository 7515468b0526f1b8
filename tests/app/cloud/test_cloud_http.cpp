#include "app/cloud/cloud_test_support.h"
#include "app/cloud/jwt.h"

#include <QDateTime>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// The plumbing every route shares: caller identity, client addresses, problem answers.
class TestCloudHttp : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void forgedExpiredAndTamperedTokensAre401();
    void forwardedAddressesCountOnlyFromTrustedProxies();
    void unknownRouteIsProblemJson();
};

void TestCloudHttp::forgedExpiredAndTamperedTokensAre401() {
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

void TestCloudHttp::forwardedAddressesCountOnlyFromTrustedProxies() {
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

void TestCloudHttp::unknownRouteIsProblemJson() {
    TestServer server;
    const Reply reply = server.call("GET", QStringLiteral("/v1/nothing-here"));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
}

QTEST_GUILESS_MAIN(TestCloudHttp)
#include "test_cloud_http.moc"
