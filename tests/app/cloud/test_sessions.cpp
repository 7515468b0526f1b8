#include "app/cloud/cloud_test_support.h"
#include "app/cloud/jwt.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// Sign-in limits that slow guessing without locking the owner out, and sign-out that ends the
// session's access tokens at once.
class TestSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ownerSignsInWhileStrangerHammersTheAccount();
    void failuresFromOneAddressWaitLongerEachTime();
    void tokenIsRefusedRightAfterLogout();
    void passwordResetAndSuspensionEndSessions();
};

namespace {

const QString kOwner = QStringLiteral("owner@example.com");
const QString kPassword = QStringLiteral("a long enough passphrase");

// A sign-in as it reaches the service through the trusted proxy from `address`.
Reply signInFrom(TestServer& server, const QByteArray& address, const QString& password,
                 const QString& email = kOwner) {
    return server.call("POST", QStringLiteral("/v1/auth/login"),
                       QJsonDocument(QJsonObject{{QStringLiteral("email"), email},
                                                 {QStringLiteral("password"), password}})
                           .toJson(QJsonDocument::Compact),
                       {}, {{"X-Forwarded-For", address}});
}

Reply forgotFrom(TestServer& server, const QByteArray& address) {
    return server.call("POST", QStringLiteral("/v1/auth/forgot-password"),
                       QJsonDocument(QJsonObject{{QStringLiteral("email"), kOwner}})
                           .toJson(QJsonDocument::Compact),
                       {}, {{"X-Forwarded-For", address}});
}

// The newest reset link mailed to the owner.
QString newestResetToken(TestServer& server) {
    QSqlQuery mail = server.service->database().exec(
        QStringLiteral("SELECT body FROM outbox WHERE recipient = ? AND subject LIKE '%Reset%' "
                       "ORDER BY created_at DESC, id DESC"),
        {kOwner});
    if (!mail.next()) {
        return {};
    }
    static const QRegularExpression token(QStringLiteral("token=([A-Za-z0-9_-]+)"));
    return token.match(mail.value(0).toString()).captured(1);
}

// Lets every held sign-in bucket admit its next attempt, as if its delay had passed.
void letDelaysPass(TestServer& server) {
    server.service->database().exec(QStringLiteral("UPDATE rate_limits SET next_at = 1"));
}

QByteArray accessOf(const Reply& reply) {
    return reply.body.value(QStringLiteral("access_token")).toString().toLatin1();
}

Reply logout(TestServer& server, const Reply& signedIn) {
    return server.post(
        QStringLiteral("/v1/auth/logout"),
        {{QStringLiteral("refresh_token"), signedIn.body.value(QStringLiteral("refresh_token"))}});
}

}  // namespace

void TestSessions::ownerSignsInWhileStrangerHammersTheAccount() {
    TestServer server([](CloudConfig& config) {
        config.trustedProxies = {QStringLiteral("127.0.0.1")};
        config.loginsPerAccount = 5;
    });
    server.registerUser(kOwner);
    QCOMPARE(signInFrom(server, "198.51.100.7", kPassword).status, 200);

    // A stranger guesses from many addresses, well past the account's budget.
    int limited = 0;
    for (int i = 0; i < 15; ++i) {
        const Reply guess =
            signInFrom(server, "203.0.113." + QByteArray::number(i + 1), QStringLiteral("guess"));
        QVERIFY(guess.status == 401 || guess.status == 429);
        limited += guess.status == 429;
    }
    QCOMPARE(limited, 10);
    // The owner, from the address they used before, is not held by it.
    QCOMPARE(signInFrom(server, "198.51.100.7", kPassword).status, 200);
    // From an address the account never used the budget holds, but the owner can always get a
    // reset mail, even while the stranger asks for resets too.
    const Reply held = signInFrom(server, "198.51.100.8", kPassword);
    QCOMPARE(held.status, 429);
    QVERIFY(held.retryAfter.toInt() > 0);
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(forgotFrom(server, "203.0.113." + QByteArray::number(i + 1)).status, 202);
    }
    QCOMPARE(forgotFrom(server, "198.51.100.8").status, 202);
    const QString reset = newestResetToken(server);
    QVERIFY(!reset.isEmpty());
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), reset},
                        {QStringLiteral("password"), QStringLiteral("a brand new passphrase")}})
                 .status,
             204);
    // Having proved who they are, the owner signs in from the new address.
    QCOMPARE(signInFrom(server, "198.51.100.8", QStringLiteral("a brand new passphrase")).status,
             200);
    // The reset cleared the stranger's count, and successes are not counted.
    QCOMPARE(server.count(QStringLiteral("SELECT CAST(COALESCE(SUM(hits), 0) AS BIGINT) FROM "
                                         "rate_limits WHERE bucket LIKE 'login-account:%'")),
             0);
}

void TestSessions::failuresFromOneAddressWaitLongerEachTime() {
    TestServer server([](CloudConfig& config) {
        config.trustedProxies = {QStringLiteral("127.0.0.1")};
        config.loginsPerAccount = 3;
    });
    server.registerUser(kOwner);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(signInFrom(server, "192.0.2.1", QStringLiteral("guess")).status, 401);
    }
    qint64 previous = 0;
    for (int round = 0; round < 3; ++round) {
        const Reply held = signInFrom(server, "192.0.2.1", QStringLiteral("guess"));
        QCOMPARE(held.status, 429);
        const qint64 wait = held.retryAfter.toLongLong();
        QVERIFY2(wait > previous, held.retryAfter.constData());
        QVERIFY(wait <= server.service->config().loginWindowSeconds);
        previous = wait;
        // Once the delay has passed, one more attempt is let through, and the next delay grows.
        letDelaysPass(server);
        QCOMPARE(signInFrom(server, "192.0.2.1", QStringLiteral("guess")).status, 401);
    }
    // The owner's own success from an address clears that address's count for the account.
    letDelaysPass(server);
    QCOMPARE(signInFrom(server, "192.0.2.9", kPassword).status, 200);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(signInFrom(server, "192.0.2.9", QStringLiteral("typo")).status, 401);
    }
    QCOMPARE(signInFrom(server, "192.0.2.9", kPassword).status, 200);
    QCOMPARE(signInFrom(server, "192.0.2.9", QStringLiteral("typo")).status, 401);
    QCOMPARE(signInFrom(server, "192.0.2.9", kPassword).status, 200);
}

void TestSessions::tokenIsRefusedRightAfterLogout() {
    TestServer server;
    const QString id = server.registerUser(kOwner);
    const Reply laptop =
        server.post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), kOwner}, {QStringLiteral("password"), kPassword}});
    const Reply desktop =
        server.post(QStringLiteral("/v1/auth/login"),
                    {{QStringLiteral("email"), kOwner}, {QStringLiteral("password"), kPassword}});
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(laptop)).status, 200);
    QCOMPARE(logout(server, laptop).status, 204);
    const Reply after = server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(laptop));
    QCOMPARE(after.status, 401);
    QCOMPARE(after.contentType, QByteArrayLiteral("application/problem+json"));
    // Another session of the same account is not touched.
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(desktop)).status, 200);
    // A token refreshed from a session keeps working until that session ends.
    const Reply refreshed = server.post(
        QStringLiteral("/v1/auth/refresh"),
        {{QStringLiteral("refresh_token"), desktop.body.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(refreshed)).status, 200);
    // Sign out everywhere ends them all.
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/auth/logout-all"), {}, accessOf(refreshed)).status,
        204);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(desktop)).status, 401);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, accessOf(refreshed)).status, 401);
    // A correctly signed token that names no session is refused too.
    const QByteArray sessionless = JwtSigner(kJwtSecret).issue(id, QStringLiteral("user"), now());
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, sessionless).status, 401);
}

void TestSessions::passwordResetAndSuspensionEndSessions() {
    TestServer server;
    const QString id = server.registerUser(kOwner);
    const QByteArray admin = adminToken(server);
    const QByteArray before = server.accessToken(kOwner);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, before).status, 200);
    // Suspension ends the sessions; reactivation does not bring them back.
    const QString userPath = QStringLiteral("/v1/admin/users/%1/").arg(id);
    QCOMPARE(
        server.call("POST", userPath + QStringLiteral("suspend"), R"({"reason":"abuse"})", admin)
                .status /
            100,
        2);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, before).status, 403);
    QCOMPARE(server.call("POST", userPath + QStringLiteral("reactivate"), {}, admin).status / 100,
             2);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, before).status, 401);

    const QByteArray current = server.accessToken(kOwner);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, current).status, 200);
    server.post(QStringLiteral("/v1/auth/forgot-password"), {{QStringLiteral("email"), kOwner}});
    QCOMPARE(server
                 .post(QStringLiteral("/v1/auth/reset-password"),
                       {{QStringLiteral("token"), newestResetToken(server)},
                        {QStringLiteral("password"), QStringLiteral("a brand new passphrase")}})
                 .status,
             204);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, current).status, 401);
}

QTEST_GUILESS_MAIN(TestSessions)
#include "test_sessions.moc"
