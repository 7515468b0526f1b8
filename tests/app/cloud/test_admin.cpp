#include "app/cloud/cloud_test_support.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
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
    void refundsGoThroughTheProviderOnce();
    void razorpayRefundsGoThroughRazorpay();
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

    // A suspension without a reason is refused by the service, naming the field.
    const QString suspendPath = QStringLiteral("/v1/admin/users/%1/suspend").arg(userId);
    for (const QByteArray& body : {QByteArray(), QByteArray(R"({"reason":"   "})")}) {
        const Reply refused = server.call("POST", suspendPath, body, admin);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.body.value(QStringLiteral("field")).toString(), QStringLiteral("reason"));
    }
    QCOMPARE(server.call("GET", QStringLiteral("/v1/me"), {}, user).status, 200);
    QCOMPARE(server.call("POST", suspendPath, R"({"reason":"chargeback"})", admin).status, 200);
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

    // Moderation: users share a voice with its first seconds, admins listen and decide with a
    // reason. The service keeps the sample as sent (the studio's test plays a real one).
    QByteArray sample = QByteArrayLiteral("OggS") + QByteArray(1, '\0') + QByteArray(1, '\x02') +
                        QByteArray(20, '\0') + QByteArray(1, '\x01') + QByteArray(1, '\x13') +
                        QByteArrayLiteral("OpusHead") + QByteArray(11, '\x01');
    sample += QByteArray(3000, '\x5a');
    const auto share = [&](const QJsonObject& body) {
        return server.post(QStringLiteral("/v1/voices/share"), body, user);
    };
    const QString name = QStringLiteral("Narrator");
    QCOMPARE(share({{QStringLiteral("name"), name}}).body.value(QStringLiteral("field")).toString(),
             QStringLiteral("sample"));
    for (const QByteArray& refused :
         {QByteArray("not audio at all"), QByteArray("OggS") + QByteArray(100, 'v'),
          sample + QByteArray(70 * 1024, 'x')}) {
        const Reply answer =
            share({{QStringLiteral("name"), name},
                   {QStringLiteral("sample"), QString::fromLatin1(refused.toBase64())}});
        QCOMPARE(answer.status, 422);
        QCOMPARE(answer.body.value(QStringLiteral("field")).toString(), QStringLiteral("sample"));
    }
    QCOMPARE(share({{QStringLiteral("name"), name},
                    {QStringLiteral("sample"), QStringLiteral("@@not base64@@")}})
                 .status,
             422);
    QCOMPARE(share({{QStringLiteral("name"), name},
                    {QStringLiteral("sample"), QString::fromLatin1(sample.toBase64())},
                    {QStringLiteral("sample_sha256"), QString(64, QLatin1Char('a'))}})
                 .body.value(QStringLiteral("field"))
                 .toString(),
             QStringLiteral("sample_sha256"));
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM voice_shares")), 0);
    const Reply shared =
        share({{QStringLiteral("name"), name},
               {QStringLiteral("sample"), QString::fromLatin1(sample.toBase64())}});
    QCOMPARE(shared.status, 201);
    const QString shareId = shared.body.value(QStringLiteral("id")).toString();
    const QString samplePath = QStringLiteral("/v1/admin/moderation/%1/sample").arg(shareId);
    QCOMPARE(server.call("GET", samplePath, {}, user).status, 403);
    QCOMPARE(server.call("GET", samplePath).status, 401);
    const Reply heard = server.call("GET", samplePath, {}, admin);
    QCOMPARE(heard.status, 200);
    QCOMPARE(heard.contentType, QByteArray("audio/ogg"));
    QCOMPARE(heard.raw, sample);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'voice.listen' AND target = '%1'")
                              .arg(shareId)),
             1);
    QCOMPARE(
        server.call("GET", QStringLiteral("/v1/admin/moderation/nope/sample"), {}, admin).status,
        404);
    QCOMPARE(
        server.call("GET", QStringLiteral("/v1/admin/moderation"), {}, admin)
            .body.value(QStringLiteral("queue"))
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("sample_sha256"))
            .toString(),
        QString::fromLatin1(QCryptographicHash::hash(sample, QCryptographicHash::Sha256).toHex()));
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
    // The addresses the sign-in limits remember are the user's data too: exported, then deleted.
    const QString signInAddresses =
        QStringLiteral("SELECT COUNT(*) FROM sign_in_addresses WHERE account_id = '%1'")
            .arg(userId);
    QVERIFY(server.count(signInAddresses) >= 1);
    const QJsonArray addresses = exported.body.value(QStringLiteral("sign_in_addresses")).toArray();
    QCOMPARE(qint64(addresses.size()), server.count(signInAddresses));
    QVERIFY(addresses.first().toObject().contains(QStringLiteral("last_seen")));
    QVERIFY(
        !addresses.first().toObject().value(QStringLiteral("address_hash")).toString().isEmpty());
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
    QCOMPARE(server.count(signInAddresses), qint64(0));
    // The address is free for a new account.
    QVERIFY(!server.registerUser(QStringLiteral("leaver@example.com")).isEmpty());
    QCOMPARE(server.call("DELETE", QStringLiteral("/v1/admin/users/nobody"), {}, admin).status,
             404);
}

// An administrator's refund: the money goes back through Stripe (a stand-in for its API on
// loopback), once per idempotency key, the seconds come back out of the ledger like a
// provider's refund, and Stripe's own webhook for the same refund changes nothing more.
void TestAdmin::refundsGoThroughTheProviderOnce() {
    QHttpServer stripe;
    QHash<QString, QString> refundIdByKey;
    QList<QUrlQuery> received;
    bool refuse = false;
    stripe.route(QStringLiteral("/v1/refunds"), QHttpServerRequest::Method::Post,
                 [&](const QHttpServerRequest& request) {
                     if (refuse) {
                         return QHttpServerResponse(
                             QJsonObject{{QStringLiteral("error"),
                                          QJsonObject{{QStringLiteral("message"),
                                                       QStringLiteral("Charge is disputed")}}}},
                             QHttpServerResponse::StatusCode::PaymentRequired);
                     }
                     received.append(QUrlQuery(QString::fromUtf8(request.body())));
                     // Stripe answers a repeated Idempotency-Key with the first refund.
                     const QString key = QString::fromLatin1(request.value("Idempotency-Key"));
                     if (!refundIdByKey.contains(key)) {
                         refundIdByKey.insert(
                             key, QStringLiteral("re_%1").arg(refundIdByKey.size() + 1));
                     }
                     return QHttpServerResponse(
                         QJsonObject{{QStringLiteral("id"), refundIdByKey.value(key)},
                                     {QStringLiteral("status"), QStringLiteral("succeeded")}});
                 });
    const quint16 stripePort = stripe.listen(QHostAddress::LocalHost, 0);
    TestServer server([&](CloudConfig& config) {
        config.stripeSecretKey = QByteArrayLiteral("sk_test_123");
        config.stripeApiBase = QStringLiteral("http://127.0.0.1:%1").arg(stripePort);
    });
    const QString userId = server.registerUser(QStringLiteral("payer@example.com"));
    const QByteArray user = server.accessToken(QStringLiteral("payer@example.com"));
    const QByteArray admin = adminToken(server);
    QCOMPARE(server.stripeEvent(checkoutCompleted(QStringLiteral("evt_buy"), userId), now()).status,
             200);
    QCOMPARE(server.service->balance(userId), qint64(3600));
    QSqlQuery purchase =
        server.service->database().exec(QStringLiteral("SELECT id FROM purchases"));
    QVERIFY(purchase.next());
    const QString path =
        QStringLiteral("/v1/admin/transactions/%1/refund").arg(purchase.value(0).toString());
    const auto refund = [&](qint64 amount, const QString& reason, const QString& key,
                            const QByteArray& token) {
        return server.post(path,
                           {{QStringLiteral("amount"), amount},
                            {QStringLiteral("reason"), reason},
                            {QStringLiteral("idempotency_key"), key}},
                           token);
    };
    const QString reason = QStringLiteral("charged twice by mistake");

    QCOMPARE(refund(500, reason, QStringLiteral("r-1"), user).status, 403);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/admin/transactions/nope/refund"),
                       {{QStringLiteral("amount"), 500},
                        {QStringLiteral("reason"), reason},
                        {QStringLiteral("idempotency_key"), QStringLiteral("r-1")}},
                       admin)
                 .status,
             404);
    const QList<std::pair<Reply, QString>> refused{
        {refund(500, QStringLiteral("  "), QStringLiteral("r-1"), admin), QStringLiteral("reason")},
        {refund(0, reason, QStringLiteral("r-1"), admin), QStringLiteral("amount")},
        {refund(2001, reason, QStringLiteral("r-1"), admin), QStringLiteral("amount")},
        {refund(500, reason, QString(), admin), QStringLiteral("idempotency_key")}};
    for (const auto& [reply, field] : refused) {
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.body.value(QStringLiteral("field")).toString(), field);
    }
    QVERIFY(received.isEmpty());

    const Reply first = refund(500, reason, QStringLiteral("r-1"), admin);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.body.value(QStringLiteral("replayed")).toBool(), false);
    QCOMPARE(first.body.value(QStringLiteral("reversed_seconds")).toInt(), 900);
    QCOMPARE(first.body.value(QStringLiteral("refunded_amount")).toInt(), 500);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().queryItemValue(QStringLiteral("payment_intent")),
             QStringLiteral("pi_evt_buy"));
    QCOMPARE(received.first().queryItemValue(QStringLiteral("amount")), QStringLiteral("500"));
    QCOMPARE(server.service->balance(userId), qint64(2700));

    // A retry (the answer was lost) changes nothing and does not ask Stripe again.
    const Reply again = refund(500, reason, QStringLiteral("r-1"), admin);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(received.size(), 1);
    QCOMPARE(server.service->balance(userId), qint64(2700));

    // Stripe's webhook for that refund finds it applied.
    const QJsonObject charge{
        {QStringLiteral("id"), QStringLiteral("ch_1")},
        {QStringLiteral("payment_intent"), QStringLiteral("pi_evt_buy")},
        {QStringLiteral("amount"), 2000},
        {QStringLiteral("amount_refunded"), 500},
        {QStringLiteral("refunds"),
         QJsonObject{{QStringLiteral("data"),
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("re_1")}}}}}}};
    const QByteArray webhook =
        QJsonDocument(
            QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_refund_1")},
                        {QStringLiteral("type"), QStringLiteral("charge.refunded")},
                        {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), charge}}}})
            .toJson(QJsonDocument::Compact);
    QCOMPARE(server.stripeEvent(webhook, now()).status, 200);
    QCOMPARE(server.service->balance(userId), qint64(2700));

    // Stripe refusing changes nothing here and says why.
    refuse = true;
    const Reply declined = refund(100, reason, QStringLiteral("r-2"), admin);
    QCOMPARE(declined.status, 502);
    QVERIFY(declined.body.value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("Charge is disputed")));
    QCOMPARE(server.service->balance(userId), qint64(2700));
    refuse = false;

    // The rest of the payment; no more than what was paid can go back.
    QCOMPARE(refund(1500, reason, QStringLiteral("r-3"), admin)
                 .body.value(QStringLiteral("reversed_seconds"))
                 .toInt(),
             2700);
    QCOMPARE(server.service->balance(userId), qint64(0));
    QCOMPARE(refund(1, reason, QStringLiteral("r-4"), admin).status, 422);
    QCOMPARE(server.count(QStringLiteral("SELECT refunded_amount FROM purchases")), 2000);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                         "'payment.refund' AND target = '%1' AND detail LIKE "
                                         "'%%charged twice%%'")
                              .arg(userId)),
             2);
    checkLedgerInvariant(server);
}

// The same through Razorpay's refund API (a stand-in on loopback); its refund.processed
// webhook for that refund changes nothing more.
void TestAdmin::razorpayRefundsGoThroughRazorpay() {
    QHttpServer razorpay;
    QString refundedPayment;
    QJsonObject received;
    QByteArray authorization;
    razorpay.route(QStringLiteral("/v1/payments/<arg>/refund"), QHttpServerRequest::Method::Post,
                   [&](const QString& paymentId, const QHttpServerRequest& request) {
                       refundedPayment = paymentId;
                       received = QJsonDocument::fromJson(request.body()).object();
                       authorization = request.value("Authorization");
                       return QHttpServerResponse(
                           QJsonObject{{QStringLiteral("id"), QStringLiteral("rfnd_1")},
                                       {QStringLiteral("entity"), QStringLiteral("refund")}});
                   });
    const quint16 port = razorpay.listen(QHostAddress::LocalHost, 0);
    TestServer server([&](CloudConfig& config) {
        config.razorpayKeyId = QByteArrayLiteral("rzp_test_key");
        config.razorpayKeySecret = QByteArrayLiteral("rzp_test_secret");
        config.razorpayApiBase = QStringLiteral("http://127.0.0.1:%1").arg(port);
    });
    const QString userId = server.registerUser(QStringLiteral("upi@example.com"));
    const QByteArray admin = adminToken(server);
    server.service->database().exec(QStringLiteral(
        "INSERT INTO plans (id, name, price_cents, currency, seconds, active, created_at) "
        "VALUES ('minutes-60-inr', '60 minutes', 166000, 'INR', 3600, 1, 0)"));
    const QJsonObject payment{
        {QStringLiteral("id"), QStringLiteral("pay_1")},
        {QStringLiteral("amount"), 166000},
        {QStringLiteral("currency"), QStringLiteral("INR")},
        {QStringLiteral("notes"),
         QJsonObject{{QStringLiteral("sonara_account_id"), userId},
                     {QStringLiteral("sonara_plan_id"), QStringLiteral("minutes-60-inr")}}}};
    const auto event = [](const char* type, const char* entityName, const QJsonObject& entity) {
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("entity"), QStringLiteral("event")},
                               {QStringLiteral("event"), QLatin1String(type)},
                               {QStringLiteral("payload"),
                                QJsonObject{{QLatin1String(entityName),
                                             QJsonObject{{QStringLiteral("entity"), entity}}}}}})
            .toJson(QJsonDocument::Compact);
    };
    QCOMPARE(server.razorpayEvent(event("payment.captured", "payment", payment), "ev_pay").status,
             200);
    QCOMPARE(server.service->balance(userId), qint64(3600));
    QSqlQuery purchase =
        server.service->database().exec(QStringLiteral("SELECT id FROM purchases"));
    QVERIFY(purchase.next());
    const Reply refunded = server.post(
        QStringLiteral("/v1/admin/transactions/%1/refund").arg(purchase.value(0).toString()),
        {{QStringLiteral("amount"), 83000},
         {QStringLiteral("reason"), QStringLiteral("half the order was not delivered")},
         {QStringLiteral("idempotency_key"), QStringLiteral("upi-1")}},
        admin);
    QCOMPARE(refunded.status, 200);
    QCOMPARE(refunded.body.value(QStringLiteral("reversed_seconds")).toInt(), 1800);
    QCOMPARE(refundedPayment, QStringLiteral("pay_1"));
    QCOMPARE(received.value(QStringLiteral("amount")).toInt(), 83000);
    QCOMPARE(authorization, "Basic " + QByteArray("rzp_test_key:rzp_test_secret").toBase64());
    QCOMPARE(server.service->balance(userId), qint64(1800));
    const QJsonObject refund{{QStringLiteral("id"), QStringLiteral("rfnd_1")},
                             {QStringLiteral("payment_id"), QStringLiteral("pay_1")},
                             {QStringLiteral("amount"), 83000}};
    QCOMPARE(server.razorpayEvent(event("refund.processed", "refund", refund), "ev_refund").status,
             200);
    QCOMPARE(server.service->balance(userId), qint64(1800));
    QCOMPARE(server.count(QStringLiteral("SELECT refunded_amount FROM purchases")), 83000);
    checkLedgerInvariant(server);
}

QTEST_GUILESS_MAIN(TestAdmin)
#include "test_admin.moc"
