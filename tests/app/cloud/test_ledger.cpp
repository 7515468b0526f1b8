#include "app/cloud/cloud_test_support.h"
#include "core/account/wire_types.h"

#include <QJsonArray>
#include <QtTest>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// The credits ledger: usage charges, leases and their settlement.
class TestLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void usageChargesOnceAndRefusesOverdraft();
    void usageRefusesBadInputAndChangesNothing();
    void concurrentDebitsNeverOverdraw();
    void leasesAreSignedAndSettleOnce();
    void expiredLeasesReturnWhatWasNotSpent();
    void schedulerExpiresLeases();
    void leaseSettlesItemisedUsage();
    void itemisedSettleRefusesBadItemsAndChangesNothing();
    void expiredLeaseChargesItemsWhileTheBalanceHolds();
    void entriesOfOneSecondKeepTheirOrder();
};

void TestLedger::usageChargesOnceAndRefusesOverdraft() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("use@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("use@example.com"));
    const Reply broke =
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u0"), 10), token);
    QCOMPARE(broke.status, 402);
    QCOMPARE(broke.contentType, QByteArrayLiteral("application/problem+json"));
    QCOMPARE(server.stripeEvent(checkoutCompleted(QStringLiteral("evt_1"), id), now()).status, 200);

    const Reply first =
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 90), token);
    QCOMPARE(first.status, 201);
    QCOMPARE(first.body.value(QStringLiteral("balance_seconds")).toInt(), 3510);
    for (int i = 0; i < 5; ++i) {
        const Reply again = server.call("POST", QStringLiteral("/v1/usage"),
                                        usage(QStringLiteral("u1"), 90), token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(again.body.value(QStringLiteral("entry_id")),
                 first.body.value(QStringLiteral("entry_id")));
    }
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u1"), 91), token)
            .status,
        409);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u2"), 3511), token)
            .status,
        402);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("u3"), 3510), token)
            .status,
        201);
    const Reply me = server.call("GET", QStringLiteral("/v1/me"), {}, token);
    QCOMPARE(me.body.value(QStringLiteral("balance_seconds")).toInt(), 0);
    QCOMPARE(me.body.value(QStringLiteral("plan")).toString(), QStringLiteral("minutes-60"));
    const Reply billing = server.call("GET", QStringLiteral("/v1/billing"), {}, token);
    QCOMPARE(billing.body.value(QStringLiteral("purchases"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("amount"))
                 .toInt(),
             2000);
    const Reply history = server.call("GET", QStringLiteral("/v1/ledger"), {}, token);
    QCOMPARE(history.body.value(QStringLiteral("entries")).toArray().size(), 3);
    checkLedgerInvariant(server);
}

void TestLedger::usageRefusesBadInputAndChangesNothing() {
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("bad@example.com"), QStringLiteral("evt_bad"));
    const QList<QPair<QByteArray, int>> cases{
        {"{", 400},
        {"null", 400},
        {R"({"seconds":10,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":"10","capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":1.5,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":0,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":-60,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":1e300,"capability":"tts"})", 422},
        {R"({"idempotency_key":"k","seconds":10})", 422},
        {R"({"idempotency_key":"","seconds":10,"capability":"tts"})", 422},
        {R"({"idempotency_key":7,"seconds":10,"capability":"tts"})", 422},
        {"{\"idempotency_key\":\"" + QByteArray(100000, 'k') +
             "\",\"seconds\":1,\"capability\":\"tts\"}",
         413},
    };
    for (const auto& c : cases) {
        const Reply reply = server.call("POST", QStringLiteral("/v1/usage"), c.first, token);
        QVERIFY2(reply.status == c.second, c.first.left(80).constData());
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
    }
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("k"), 10)).status,
        401);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'usage'")),
        0);
    // Unicode and SQL-looking keys are just keys.
    for (const QString& key :
         {QStringLiteral("ключ-🎧"), QStringLiteral("'; DELETE FROM ledger_entries; --")}) {
        QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), usage(key, 5), token).status,
                 201);
        QCOMPARE(server.call("POST", QStringLiteral("/v1/usage"), usage(key, 5), token).status,
                 200);
    }
    QCOMPARE(server.service->balance(id), 3590);
    checkLedgerInvariant(server);
}

void TestLedger::concurrentDebitsNeverOverdraw() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("race@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("race@example.com"));
    QCOMPARE(server.stripeEvent(checkoutCompleted(QStringLiteral("evt_race"), id), now()).status,
             200);
    QCOMPARE(server.service->balance(id), 3600);

    // Three more instances over the same storage, each on its own thread, so that
    // transactions really overlap; requests are spread across all four.
    const QString databaseUrl = server.service->config().databaseUrl;
    std::vector<std::unique_ptr<ServiceThread>> threads;
    QList<quint16> ports{server.port};
    for (int i = 0; i < 3; ++i) {
        threads.push_back(std::make_unique<ServiceThread>(server.dir.path(), databaseUrl));
        threads.back()->start();
    }
    for (auto& thread : threads) {
        QTRY_VERIFY_WITH_TIMEOUT(thread->port() != 0, 10000);
        ports.append(thread->port());
    }
    constexpr int kRequests = 200;
    constexpr int kSeconds = 30;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kRequests; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/usage").arg(ports.at(i % ports.size()))));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token);
        // Every tenth request replays an earlier key: it must not be charged again.
        const QString key = QStringLiteral("race-%1").arg(i % 10 == 9 ? i - 1 : i);
        replies.append(server.network.post(request, usage(key, kSeconds)));
    }
    int finished = 0;
    for (QNetworkReply* reply : replies) {
        QObject::connect(reply, &QNetworkReply::finished, [&finished] { ++finished; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, kRequests, 50000);
    int created = 0;
    int replayed = 0;
    int refused = 0;
    for (QNetworkReply* reply : replies) {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        created += status == 201;
        replayed += status == 200;
        refused += status == 402;
        reply->deleteLater();
    }
    for (auto& thread : threads) {
        thread->quit();
        thread->wait();
    }
    QCOMPARE(created + replayed + refused, kRequests);
    QCOMPARE(created, 3600 / kSeconds);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(
        server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = 'usage'")),
        3600 / kSeconds);
    checkLedgerInvariant(server);
}

void TestLedger::leasesAreSignedAndSettleOnce() {
    using namespace sonara::core::account;
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("lease@example.com"), QStringLiteral("evt_lease"));
    const QByteArray publicKey =
        QByteArray::fromBase64(server.call("GET", QStringLiteral("/v1/keys"))
                                   .body.value(QStringLiteral("public_key"))
                                   .toString()
                                   .toLatin1());

    QCOMPARE(server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 3601}}, token)
                 .status,
             402);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/leases"),
                       {{QStringLiteral("seconds"), QStringLiteral("600")}}, token)
                 .status,
             422);
    QCOMPARE(
        server
            .post(QStringLiteral("/v1/leases"),
                  {{QStringLiteral("seconds"), 600}, {QStringLiteral("valid_seconds"), 1}}, token)
            .status,
        422);
    const Reply taken =
        server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 600}}, token);
    QCOMPARE(taken.status, 201);
    QCOMPARE(taken.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    const Lease lease =
        verifyLease(taken.body.value(QStringLiteral("lease")).toObject(), publicKey, now());
    QCOMPARE(lease.seconds, 600);
    QCOMPARE(lease.accountId, id);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(lease.id);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 601}}, token).status, 422);
    QCOMPARE(server
                 .post(QStringLiteral("/v1/leases/nope/settle"),
                       {{QStringLiteral("spent_seconds"), 1}}, token)
                 .status,
             404);
    server.registerUser(QStringLiteral("thief@example.com"));
    QCOMPARE(server
                 .post(settle, {{QStringLiteral("spent_seconds"), 0}},
                       server.accessToken(QStringLiteral("thief@example.com")))
                 .status,
             404);
    const Reply settled = server.post(settle, {{QStringLiteral("spent_seconds"), 200}}, token);
    QCOMPARE(settled.status, 200);
    QCOMPARE(settled.body.value(QStringLiteral("returned_seconds")).toInt(), 400);
    QCOMPARE(settled.body.value(QStringLiteral("balance_seconds")).toInt(), 3400);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 200}}, token)
                 .body.value(QStringLiteral("replayed"))
                 .toBool(),
             true);
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 100}}, token).status, 409);
    QCOMPARE(server.service->balance(id), 3400);
    checkLedgerInvariant(server);
}

void TestLedger::expiredLeasesReturnWhatWasNotSpent() {
    TestServer server([](CloudConfig& config) { config.leaseGraceSeconds = 120; });
    const auto [id, token] =
        paidAccount(server, QStringLiteral("expiry@example.com"), QStringLiteral("evt_expiry"));
    auto take = [&](qint64 seconds, qint64 valid) {
        const Reply reply = server.post(
            QStringLiteral("/v1/leases"),
            {{QStringLiteral("seconds"), seconds}, {QStringLiteral("valid_seconds"), valid}},
            token);
        return reply.body.value(QStringLiteral("lease"))
            .toObject()
            .value(QStringLiteral("payload"))
            .toString();
    };
    auto leaseId = [](const QString& payload) {
        return QJsonDocument::fromJson(
                   QByteArray::fromBase64(payload.toLatin1(), QByteArray::Base64UrlEncoding))
            .object()
            .value(QStringLiteral("lease_id"))
            .toString();
    };
    const QString first = leaseId(take(600, 60));
    const QString second = leaseId(take(1000, 60));
    const QString third = leaseId(take(300, 3600));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && !third.isEmpty());
    QCOMPARE(server.service->balance(id), 1700);

    // Expired but still inside the grace period: a studio that was offline can settle.
    QCOMPARE(server.service->runLeaseExpiry(now() + 61), 0);
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 2);
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 0);
    {
        // Another instance, as after a restart, finds nothing left to expire.
        CloudService restarted(server.service->config());
        QCOMPARE(restarted.runLeaseExpiry(now() + 200), 0);
    }
    QCOMPARE(server.service->balance(id), 3300);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE kind = "
                                         "'lease-settle'")),
             2);

    // A late settle charges what was spent as usage, once.
    const QString settleFirst = QStringLiteral("/v1/leases/%1/settle").arg(first);
    const Reply late = server.post(settleFirst, {{QStringLiteral("spent_seconds"), 500}}, token);
    QCOMPARE(late.status, 200);
    QCOMPARE(late.body.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(late.body.value(QStringLiteral("returned_seconds")).toInt(), 0);
    QCOMPARE(late.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(late.body.value(QStringLiteral("balance_seconds")).toInt(), 2800);
    const Reply replay = server.post(settleFirst, {{QStringLiteral("spent_seconds"), 500}}, token);
    QCOMPARE(replay.body.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(replay.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(server.post(settleFirst, {{QStringLiteral("spent_seconds"), 400}}, token).status, 409);
    QCOMPARE(server.service->balance(id), 2800);

    // With the balance spent meanwhile, the late charge stops at zero and records the rest.
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("drain"), 2800), token)
            .status,
        201);
    const Reply shortfall = server.post(QStringLiteral("/v1/leases/%1/settle").arg(second),
                                        {{QStringLiteral("spent_seconds"), 1000}}, token);
    QCOMPARE(shortfall.status, 200);
    QCOMPARE(shortfall.body.value(QStringLiteral("charged_seconds")).toInt(), 0);
    QCOMPARE(shortfall.body.value(QStringLiteral("shortfall_seconds")).toInt(), 1000);
    QCOMPARE(server.service->balance(id), 0);
    QCOMPARE(
        server.count(
            QStringLiteral("SELECT shortfall_seconds FROM leases WHERE id = '%1'").arg(second)),
        1000);

    // A settle arriving past the grace period before the scheduler ran expires the lease
    // itself, so the result does not depend on the scheduler's timing.
    server.service->database().exec(QStringLiteral("UPDATE leases SET expires_at = ? WHERE id = ?"),
                                    {now() - 1000, third});
    const Reply overdue = server.post(QStringLiteral("/v1/leases/%1/settle").arg(third),
                                      {{QStringLiteral("spent_seconds"), 100}}, token);
    QCOMPARE(overdue.body.value(QStringLiteral("expired")).toBool(), true);
    QCOMPARE(overdue.body.value(QStringLiteral("charged_seconds")).toInt(), 100);
    QCOMPARE(server.service->balance(id), 200);
    QCOMPARE(server.service->runLeaseExpiry(now() + 100000), 0);
    checkLedgerInvariant(server);
}

void TestLedger::schedulerExpiresLeases() {
    TestServer server([](CloudConfig& config) {
        config.leaseGraceSeconds = 0;
        config.schedulerIntervalMs = 50;
    });
    const auto [id, token] =
        paidAccount(server, QStringLiteral("sweep@example.com"), QStringLiteral("evt_sweep"));
    QCOMPARE(
        server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 900}}, token).status,
        201);
    QCOMPARE(server.service->balance(id), 2700);
    server.service->database().exec(QStringLiteral("UPDATE leases SET expires_at = ?"),
                                    {now() - 1});
    QTRY_COMPARE_WITH_TIMEOUT(server.service->balance(id), 3600, 10000);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM leases WHERE expired_at IS NOT "
                                         "NULL")),
             1);
    checkLedgerInvariant(server);
}

void TestLedger::leaseSettlesItemisedUsage() {
    TestServer server;
    const QString id = server.registerUser(QStringLiteral("items@example.com"));
    const QByteArray token = server.accessToken(QStringLiteral("items@example.com"));
    const QByteArray admin = adminToken(server);
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_items"), id), now());
    // Charged online, though the studio never heard back, so it also paid from the lease.
    QCOMPARE(server
                 .call("POST", QStringLiteral("/v1/usage"),
                       usage(QStringLiteral("exp-online"), 100), token)
                 .status,
             201);
    const auto [leaseId, issuedAt] = takeLease(server, token, 1000);
    QVERIFY(!leaseId.isEmpty());
    QCOMPARE(server.service->balance(id), 2500);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject body{
        {QStringLiteral("spent_seconds"), 600},
        {QStringLiteral("usage"),
         QJsonArray{usageItem(QStringLiteral("exp-1"), 200, QStringLiteral("tts"), 1000),
                    usageItem(QStringLiteral("exp-online"), 100, QStringLiteral("tts")),
                    usageItem(QStringLiteral("exp-2"), 300, QStringLiteral("stt"))}}};
    const Reply settled = server.post(settle, body, token);
    QCOMPARE(settled.status, 200);
    QCOMPARE(settled.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
    QCOMPARE(settled.body.value(QStringLiteral("already_charged_seconds")).toInt(), 100);
    QCOMPARE(settled.body.value(QStringLiteral("returned_seconds")).toInt(), 500);
    QCOMPARE(settled.body.value(QStringLiteral("shortfall_seconds")).toInt(), 0);
    QCOMPARE(settled.body.value(QStringLiteral("replayed")).toBool(), false);
    QCOMPARE(settled.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    QCOMPARE(server.service->balance(id), 3000);

    // The whole hold comes back and each export is its own usage entry, dated when it was made
    // but never before the lease.
    QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM ledger_entries WHERE "
                                         "idempotency_key = 'lease-settle:%1'")
                              .arg(leaseId)),
             1000);
    QCOMPARE(server.count(QStringLiteral("SELECT seconds FROM ledger_entries WHERE "
                                         "idempotency_key = 'usage:exp-2' AND capability = 'stt' "
                                         "AND kind = 'usage'")),
             -300);
    QCOMPARE(server.count(QStringLiteral(
                 "SELECT created_at FROM ledger_entries WHERE idempotency_key = 'usage:exp-1'")),
             issuedAt);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key = 'usage:exp-online'")),
             1);
    const auto byCapability = usageByCapability(server, admin);
    QCOMPARE(byCapability.value(QStringLiteral("tts")), qMakePair(qint64(2), qint64(300)));
    QCOMPARE(byCapability.value(QStringLiteral("stt")), qMakePair(qint64(1), qint64(300)));

    // Replayed with the same list, or with its total alone: the same answer, nothing charged.
    for (const QJsonObject& again :
         {body, QJsonObject{{QStringLiteral("usage"), body.value(QStringLiteral("usage"))}},
          QJsonObject{{QStringLiteral("spent_seconds"), 600}}}) {
        const Reply replay = server.post(settle, again, token);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.body.value(QStringLiteral("replayed")).toBool(), true);
        QCOMPARE(replay.body.value(QStringLiteral("charged_seconds")).toInt(), 500);
        QCOMPARE(replay.body.value(QStringLiteral("already_charged_seconds")).toInt(), 100);
        QCOMPARE(replay.body.value(QStringLiteral("returned_seconds")).toInt(), 500);
        QCOMPARE(replay.body.value(QStringLiteral("balance_seconds")).toInt(), 3000);
    }
    // Another total, or other items of the same total, is a conflict.
    QCOMPARE(server.post(settle, {{QStringLiteral("spent_seconds"), 500}}, token).status, 409);
    QCOMPARE(server
                 .post(settle,
                       {{QStringLiteral("usage"), QJsonArray{usageItem(QStringLiteral("exp-3"), 600,
                                                                       QStringLiteral("tts"))}}},
                       token)
                 .status,
             409);
    // An export charged through the lease is charged once when it is also sent online.
    const Reply online = server.call("POST", QStringLiteral("/v1/usage"),
                                     usage(QStringLiteral("exp-1"), 200), token);
    QCOMPARE(online.status, 200);
    QCOMPARE(online.body.value(QStringLiteral("replayed")).toBool(), true);
    QCOMPARE(server.service->balance(id), 3000);

    // An unused lease settled with an empty list returns all it held.
    const QString unused = takeLease(server, token, 400).first;
    const Reply empty = server.post(QStringLiteral("/v1/leases/%1/settle").arg(unused),
                                    {{QStringLiteral("usage"), QJsonArray{}}}, token);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body.value(QStringLiteral("returned_seconds")).toInt(), 400);
    QCOMPARE(server.service->balance(id), 3000);
    checkLedgerInvariant(server);
}

void TestLedger::itemisedSettleRefusesBadItemsAndChangesNothing() {
    TestServer server;
    const auto [id, token] = paidAccount(server, QStringLiteral("bad-items@example.com"),
                                         QStringLiteral("evt_bad_items"));
    const QString leaseId = takeLease(server, token, 1000).first;
    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject good = usageItem(QStringLiteral("ok"), 10, QStringLiteral("tts"));
    auto withItem = [&](const QString& field, const QJsonValue& value) {
        QJsonObject item = good;
        item.insert(field, value);
        return QJsonArray{good, item};
    };
    QJsonArray tooMany;
    for (int i = 0; i < 10001; ++i) {
        tooMany.append(usageItem(QStringLiteral("k%1").arg(i), 1, QStringLiteral("tts")));
    }
    const QList<QPair<QJsonObject, QString>> refused{
        {{{QStringLiteral("usage"), QStringLiteral("ok")}}, QStringLiteral("usage")},
        {{{QStringLiteral("usage"), QJsonArray{good, 5}}}, QStringLiteral("usage[1]")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("idempotency_key"), QJsonValue())}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"),
           withItem(QStringLiteral("idempotency_key"), QString(129, QLatin1Char('k')))}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), QStringLiteral("10"))}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 0)}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 1.5)}},
         QStringLiteral("usage[1].seconds")},
        {{{QStringLiteral("usage"),
           withItem(QStringLiteral("capability"), QString(65, QLatin1Char('c')))}},
         QStringLiteral("usage[1].capability")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("at"), QStringLiteral("yesterday"))}},
         QStringLiteral("usage[1].at")},
        {{{QStringLiteral("usage"), withItem(QStringLiteral("seconds"), 10)}},
         QStringLiteral("usage[1].idempotency_key")},
        {{{QStringLiteral("usage"), QJsonArray{good}}, {QStringLiteral("spent_seconds"), 11}},
         QStringLiteral("spent_seconds")},
        {{{QStringLiteral("usage"),
           QJsonArray{usageItem(QStringLiteral("big"), 1001, QStringLiteral("tts"))}}},
         QStringLiteral("usage")},
        {{{QStringLiteral("usage"), tooMany}}, QStringLiteral("usage")},
    };
    for (const auto& [body, field] : refused) {
        const Reply reply = server.post(settle, body, token);
        QCOMPARE(reply.status, 422);
        QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
        QCOMPARE(reply.body.value(QStringLiteral("field")).toString(), field);
        QVERIFY2(reply.body.value(QStringLiteral("detail")).toString().contains(field),
                 qPrintable(reply.body.value(QStringLiteral("detail")).toString()));
    }
    QCOMPARE(server.service->balance(id), 2600);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM leases WHERE settled_at IS NOT "
                                         "NULL")),
             0);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries")), 2);
    // After all that, the lease still settles.
    QCOMPARE(server.post(settle, {{QStringLiteral("usage"), QJsonArray{good}}}, token)
                 .body.value(QStringLiteral("balance_seconds"))
                 .toInt(),
             3590);

    // The longest list settles, each export charged once.
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_bad_items_2"), id), now());
    server.stripeEvent(checkoutCompleted(QStringLiteral("evt_bad_items_3"), id), now());
    const QString large = takeLease(server, token, 10000).first;
    QJsonArray longest;
    for (int i = 0; i < 10000; ++i) {
        longest.append(usageItem(QStringLiteral("export-%1").arg(i), 1, QStringLiteral("tts")));
    }
    const Reply settledLargest = server.post(QStringLiteral("/v1/leases/%1/settle").arg(large),
                                             {{QStringLiteral("usage"), longest}}, token);
    QCOMPARE(settledLargest.status, 200);
    QCOMPARE(settledLargest.body.value(QStringLiteral("charged_seconds")).toInt(), 10000);
    QCOMPARE(server.service->balance(id), 790);
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key LIKE 'usage:export-%'")),
             10000);
    checkLedgerInvariant(server);
}

void TestLedger::expiredLeaseChargesItemsWhileTheBalanceHolds() {
    TestServer server([](CloudConfig& config) { config.leaseGraceSeconds = 120; });
    const auto [id, token] = paidAccount(server, QStringLiteral("late-items@example.com"),
                                         QStringLiteral("evt_late_items"));
    const QString leaseId = takeLease(server, token, 1000, 60).first;
    QCOMPARE(server.service->runLeaseExpiry(now() + 200), 1);
    QCOMPARE(server.service->balance(id), 3600);
    QCOMPARE(
        server
            .call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("spend"), 3000), token)
            .status,
        201);
    QCOMPARE(
        server.call("POST", QStringLiteral("/v1/usage"), usage(QStringLiteral("on-1"), 50), token)
            .status,
        201);
    QCOMPARE(server.service->balance(id), 550);

    const QString settle = QStringLiteral("/v1/leases/%1/settle").arg(leaseId);
    const QJsonObject body{
        {QStringLiteral("usage"),
         QJsonArray{usageItem(QStringLiteral("on-1"), 50, QStringLiteral("tts")),
                    usageItem(QStringLiteral("late-a"), 300, QStringLiteral("stt")),
                    usageItem(QStringLiteral("late-b"), 400, QStringLiteral("tts")),
                    usageItem(QStringLiteral("late-c"), 100, QStringLiteral("tts"))}}};
    for (bool replayed : {false, true}) {
        const Reply late = server.post(settle, body, token);
        QCOMPARE(late.status, 200);
        QCOMPARE(late.body.value(QStringLiteral("expired")).toBool(), true);
        QCOMPARE(late.body.value(QStringLiteral("replayed")).toBool(), replayed);
        QCOMPARE(late.body.value(QStringLiteral("returned_seconds")).toInt(), 0);
        QCOMPARE(late.body.value(QStringLiteral("already_charged_seconds")).toInt(), 50);
        QCOMPARE(late.body.value(QStringLiteral("charged_seconds")).toInt(), 300);
        QCOMPARE(late.body.value(QStringLiteral("shortfall_seconds")).toInt(), 500);
        QCOMPARE(late.body.value(QStringLiteral("balance_seconds")).toInt(), 250);
    }
    QCOMPARE(server.count(QStringLiteral("SELECT COUNT(*) FROM ledger_entries WHERE "
                                         "idempotency_key IN ('usage:late-a', 'usage:late-b', "
                                         "'usage:late-c')")),
             1);
    QCOMPARE(
        server.count(
            QStringLiteral("SELECT shortfall_seconds FROM leases WHERE id = '%1'").arg(leaseId)),
        500);
    QCOMPARE(server.service->balance(id), 250);
    checkLedgerInvariant(server);
}

// Entries written in the same second come back in the order they were written, with the
// balance after each counted in that order, on SQLite and on PostgreSQL alike.
void TestLedger::entriesOfOneSecondKeepTheirOrder() {
    TestServer server;
    server.service->createAccount(QStringLiteral("root@example.com"),
                                  QStringLiteral("a long enough passphrase"),
                                  QStringLiteral("admin"));
    const QByteArray admin = server.accessToken(QStringLiteral("root@example.com"));
    const QString id = server.registerUser(QStringLiteral("order@example.com"));
    const QList<qint64> written{600, -60, 1200, -300, 45, -5, 90, -1};
    for (int index = 0; index < written.size(); ++index) {
        QCOMPARE(server
                     .post(QStringLiteral("/v1/admin/users/%1/grant").arg(id),
                           {{QStringLiteral("seconds"), written.at(index)},
                            {QStringLiteral("reason"), QStringLiteral("step %1").arg(index)},
                            {QStringLiteral("idempotency_key"), QStringLiteral("k%1").arg(index)}},
                           admin)
                     .status,
                 200);
    }
    // One second for all, each row rewritten newest first so that no physical order (rowid,
    // ctid) matches the order of writing any more.
    QSqlQuery ids = server.service->database().exec(
        QStringLiteral("SELECT id FROM ledger_entries WHERE account_id = '%1' ORDER BY seq DESC")
            .arg(id));
    QStringList newestFirst;
    while (ids.next()) {
        newestFirst << ids.value(0).toString();
    }
    QCOMPARE(newestFirst.size(), written.size());
    for (const QString& entry : newestFirst) {
        server.service->database().exec(
            QStringLiteral("UPDATE ledger_entries SET created_at = 1800000000 WHERE id = ?"),
            {entry});
    }
    const Reply ledger = server.call(
        "GET", QStringLiteral("/v1/admin/users/%1/ledger?limit=100").arg(id), {}, admin);
    QCOMPARE(ledger.status, 200);
    const QJsonArray entries = ledger.body.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), written.size());
    qint64 balance = 0;
    QList<qint64> balances;
    for (qint64 seconds : written) {
        balances << (balance += seconds);
    }
    for (int index = 0; index < entries.size(); ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        const int writtenIndex = written.size() - 1 - index;
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), newestFirst.at(index));
        QCOMPARE(entry.value(QStringLiteral("seconds")).toInteger(), written.at(writtenIndex));
        QCOMPARE(entry.value(QStringLiteral("balance_seconds")).toInteger(),
                 balances.at(writtenIndex));
    }
    // A page in the middle keeps the same order and balances.
    const QJsonArray middle =
        server
            .call("GET", QStringLiteral("/v1/admin/users/%1/ledger?limit=3&offset=2").arg(id), {},
                  admin)
            .body.value(QStringLiteral("entries"))
            .toArray();
    QCOMPARE(middle.size(), 3);
    QCOMPARE(middle.at(0).toObject().value(QStringLiteral("balance_seconds")).toInteger(),
             balances.at(written.size() - 3));
    // The account holder's own history has the same order.
    const Reply own = server.call("GET", QStringLiteral("/v1/ledger"), {},
                                  server.accessToken(QStringLiteral("order@example.com")));
    QCOMPARE(own.status, 200);
    const QJsonArray mine = own.body.value(QStringLiteral("entries")).toArray();
    QCOMPARE(mine.size(), written.size());
    for (int index = 0; index < mine.size(); ++index) {
        QCOMPARE(mine.at(index).toObject().value(QStringLiteral("id")).toString(),
                 newestFirst.at(index));
    }
    checkLedgerInvariant(server);
}

QTEST_GUILESS_MAIN(TestLedger)
#include "test_ledger.moc"
