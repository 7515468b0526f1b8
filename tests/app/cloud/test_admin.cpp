#include "app/cloud/cloud_test_support.h"

#include <QDateTime>
#include <QSet>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// The operators' routes: users, plans, reports, metrics, the catalog and moderation.
class TestAdmin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void adminRoutesNeedTheAdminRole();
    void adminPlansReportsAndMetrics();
    void adminExportDeleteCatalogAndModeration();
    void adminListsArePagedAndSearched();
    void adminLedgerKeysDevicesAndPlans();
};

namespace {

// Accounts written straight into the database: 250 sign-ups through the API would mostly
// measure password hashing.
void insertAccounts(TestServer& server, int count) {
    for (int i = 0; i < count; ++i) {
        QSqlQuery insert = server.service->database().exec(
            QStringLiteral("INSERT INTO accounts (id, email, password_hash, role, status, "
                           "created_at) VALUES (?, ?, '!', 'user', 'active', ?)"),
            {QStringLiteral("account-%1").arg(i, 3, 10, QLatin1Char('0')),
             QStringLiteral("user-%1@example.com").arg(i, 3, 10, QLatin1Char('0')),
             testing::now()});
    }
}

QByteArray rootAdminToken(TestServer& server) {
    server.service->createAccount(QStringLiteral("root@example.com"),
                                  QStringLiteral("admin passphrase 1"), QStringLiteral("admin"));
    return server.login(QStringLiteral("root@example.com"), QStringLiteral("admin passphrase 1"))
        .value(QStringLiteral("access_token"))
        .toString()
        .toLatin1();
}

}  // namespace

void TestAdmin::adminListsArePagedAndSearched() {
    TestServer server;
    const QByteArray admin = rootAdminToken(server);
    insertAccounts(server, 250);

    QSet<QString> seen;
    for (int offset = 0; offset < 300; offset += 100) {
        const Reply page = server.call(
            "GET", QStringLiteral("/v1/admin/users?limit=100&offset=%1").arg(offset), {}, admin);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.body.value(QStringLiteral("total")).toInt(), 251);
        for (const QJsonValue& user : page.body.value(QStringLiteral("users")).toArray()) {
            seen.insert(user.toObject().value(QStringLiteral("email")).toString());
        }
    }
    QCOMPARE(seen.size(), 251);
    QVERIFY(seen.contains(QStringLiteral("user-249@example.com")));
    const Reply found = server.call("GET", QStringLiteral("/v1/admin/users?q=USER-237"), {}, admin);
    QCOMPARE(found.body.value(QStringLiteral("total")).toInt(), 1);
    QCOMPARE(found.body.value(QStringLiteral("users"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email")),
             QStringLiteral("user-237@example.com"));
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/users?limit=0"), {}, admin).status, 422);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/users?offset=x"), {}, admin).status, 422);

    // The audit log names administrators and accounts by email and is searched by email.
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/admin/users/account-237/suspend"),
                       R"({"reason":"chargeback fraud"})", admin)
                 .status,
             200);
    const Reply audit =
        server.call("GET", QStringLiteral("/v1/admin/audit?q=user-237%40example.com"), {}, admin);
    QCOMPARE(audit.body.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject entry =
        audit.body.value(QStringLiteral("entries")).toArray().at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("user.suspend"));
    QCOMPARE(entry.value(QStringLiteral("actor_email")).toString(),
             QStringLiteral("root@example.com"));
    QCOMPARE(entry.value(QStringLiteral("target_email")).toString(),
             QStringLiteral("user-237@example.com"));
    QCOMPARE(entry.value(QStringLiteral("detail")).toString(), QStringLiteral("chargeback fraud"));
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/audit?q=root%40"), {}, admin)
                 .body.value(QStringLiteral("total"))
                 .toInt(),
             1);
    QCOMPARE(server.call("GET", QStringLiteral("/v1/admin/transactions?q=nobody"), {}, admin)
                 .body.value(QStringLiteral("total"))
                 .toInt(),
             0);
}

void TestAdmin::adminLedgerKeysDevicesAndPlans() {
    TestServer server;
    const QByteArray admin = rootAdminToken(server);
    const QString userId = server.registerUser(QStringLiteral("carol@example.com"));
    // Three entries in the same second keep the order they were written in.
    const QString grantPath = QStringLiteral("/v1/admin/users/%1/grant").arg(userId);
    for (const auto& [seconds, key] : QList<QPair<int, QString>>{
             {60, QStringLiteral("a")}, {120, QStringLiteral("b")}, {-30, QStringLiteral("c")}}) {
        QCOMPARE(server
                     .post(grantPath,
                           {{QStringLiteral("seconds"), seconds},
                            {QStringLiteral("reason"), QStringLiteral("test")},
                            {QStringLiteral("idempotency_key"), key}},
                           admin)
                     .status,
                 200);
    }
    const Reply ledger = server.call(
        "GET", QStringLiteral("/v1/admin/users/%1/ledger?limit=2").arg(userId), {}, admin);
    QCOMPARE(ledger.status, 200);
    QCOMPARE(ledger.body.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray entries = ledger.body.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("seconds")).toInt(), -30);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("balance_seconds")).toInt(), 150);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("seconds")).toInt(), 120);
    QCOMPARE(entries.at(1).toObject().value(QStringLiteral("balance_seconds")).toInt(), 180);

    // Looking at the records is a view, not an export.
    server.service->database().exec(
        QStringLiteral("INSERT INTO api_keys (id, account_id, prefix, key_hash, name, scopes, "
                       "created_at) VALUES ('key-1', ?, 'sk_abc', 'hash', 'laptop', 'run', ?)"),
        {userId, testing::now()});
    server.service->database().exec(
        QStringLiteral("INSERT INTO devices (id, account_id, device_id, activated_at) VALUES "
                       "('device-row-1', ?, 'studio-pc', ?)"),
        {userId, testing::now()});
    const Reply records =
        server.call("GET", QStringLiteral("/v1/admin/users/%1/records").arg(userId), {}, admin);
    QCOMPARE(records.status, 200);
    const QJsonObject key =
        records.body.value(QStringLiteral("api_keys")).toArray().at(0).toObject();
    QVERIFY(key.value(QStringLiteral("revoked_at")).isNull() ||
            key.value(QStringLiteral("revoked_at")).toInt() == 0);
    QCOMPARE(records.body.value(QStringLiteral("devices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id")),
             QStringLiteral("device-row-1"));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'user.view'")),
             qint64(1));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'user.export'")),
             qint64(0));

    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/admin/api-keys/key-1/revoke"), {}, admin).status,
        200);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM api_keys WHERE revoked_at IS NOT "
                                         "NULL")),
             qint64(1));
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/admin/api-keys/nokey/revoke"), {}, admin).status,
        404);
    QCOMPARE(
        server.call("DELETE", QStringLiteral("/v1/admin/devices/device-row-1"), {}, admin).status,
        204);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM devices")), qint64(0));
    const QByteArray user = server.accessToken(QStringLiteral("carol@example.com"));
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/devices/x"), {}, user).status, 403);

    // Withdrawn plans stay listed for admins, to be put back on sale.
    QCOMPARE(
        server
            .call("PUT", QStringLiteral("/v1/admin/plans/yen-100"),
                  R"({"name":"Yen","price_cents":1200,"currency":"jpy","seconds":1800})", admin)
            .status,
        201);
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/plans/yen-100"), {}, admin).status,
             204);
    bool listedWithdrawn = false;
    for (const QJsonValue& plan : server.call("GET", QStringLiteral("/v1/admin/plans"), {}, admin)
                                      .body.value(QStringLiteral("plans"))
                                      .toArray()) {
        listedWithdrawn =
            listedWithdrawn ||
            (plan.toObject().value(QStringLiteral("id")) == QStringLiteral("yen-100") &&
             !plan.toObject().value(QStringLiteral("active")).toBool());
    }
    QVERIFY(listedWithdrawn);
}

void TestAdmin::adminRoutesNeedTheAdminRole() {
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
    // The suspension ended the user's sessions: reactivated, they sign in again.
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, user).status, 401);
    QCOMPARE(server
                 .call("GET", QStringLiteral("/v1/me"), {},
                       server.accessToken(QStringLiteral("user@example.com")))
                 .status,
             200);
    const Reply audit = server.call("GET", QStringLiteral("/v1/admin/audit"), {}, admin);
    QCOMPARE(audit.body.value(QStringLiteral("entries")).toArray().size(), 4);
}

void TestAdmin::adminPlansReportsAndMetrics() {
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

void TestAdmin::adminExportDeleteCatalogAndModeration() {
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

QTEST_GUILESS_MAIN(TestAdmin)
#include "test_admin.moc"
