#include "core/wire/account_shapes.h"
#include "core/wire/admin_shapes.h"
#include "core/wire/credit_shapes.h"
#include "core/wire/fields.h"
#include "core/wire/problem.h"
#include "core/wire/signed_envelope.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sonara::wire;

namespace {

QByteArray compact(const QJsonObject& json) {
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QJsonObject parse(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// The field a strict reader refuses `body` for, or empty when it accepts it.
template <typename Parse>
QString refusedField(Parse parseBody) {
    try {
        parseBody();
    } catch (const FieldError& error) {
        return error.field();
    }
    return {};
}

}  // namespace

// The protocol between sonara-cloud and its clients: what one side writes, the other reads.
class TestWire : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problemBodyIsRfc9457() {
        const Problem problem{422,
                              QStringLiteral("Invalid request"),
                              QStringLiteral("too long"),
                              QStringLiteral("name"),
                              {{QStringLiteral("limit"), 100}}};
        QCOMPARE(problem.toBytes(),
                 QByteArrayLiteral("{\"detail\":\"too long\",\"field\":\"name\",\"limit\":100,"
                                   "\"status\":422,\"title\":\"Invalid request\","
                                   "\"type\":\"about:blank\"}"));
        const Problem read = Problem::fromJson(problem.toJson(), 422);
        QCOMPARE(read.title, problem.title);
        QCOMPARE(read.detail, problem.detail);
        QCOMPARE(read.field, problem.field);
        QCOMPARE(read.extensions, problem.extensions);
        // No field, no "field" member; a body that is not a problem reads as empty.
        const Problem noField{404, QStringLiteral("Not found"), QStringLiteral("x")};
        QVERIFY(!noField.toJson().contains(QStringLiteral("field")));
        QVERIFY(Problem::fromJson(parse("{\"error\":\"teapot\"}"), 418).detail.isEmpty());
    }

    void keyIdIsTheFirstSixteenHexDigitsOfSha256() {
        const QByteArray key(32, '\x07');
        QCOMPARE(keyIdOf(key),
                 QString::fromLatin1(
                     QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16)));
        QCOMPARE(keyIdOf(key).size(), 16);
        QVERIFY(keyIdOf(key) != keyIdOf(QByteArray(32, '\x08')));
    }

    void envelopeRoundTripsAndRefusesBadBase64() {
        SignedEnvelope envelope;
        envelope.keyId = QStringLiteral("0123456789abcdef");
        envelope.payload = payloadBytes({{QStringLiteral("type"), QStringLiteral("lease")}});
        envelope.signature = QByteArray(64, '\xfe');
        const QJsonObject json = envelope.toJson();
        QCOMPARE(json.value(QStringLiteral("alg")).toString(), QStringLiteral("Ed25519"));
        // base64url without padding, as the studio has always read it.
        QVERIFY(!json.value(QStringLiteral("signature")).toString().contains(QLatin1Char('=')));
        QVERIFY(!json.value(QStringLiteral("signature")).toString().contains(QLatin1Char('+')));
        const SignedEnvelope read = SignedEnvelope::fromJson(json);
        QCOMPARE(read.algorithm, envelope.algorithm);
        QCOMPARE(read.keyId, envelope.keyId);
        QCOMPARE(read.payload, envelope.payload);
        QCOMPARE(read.signature, envelope.signature);
        QJsonObject broken = json;
        broken.insert(QStringLiteral("signature"), QStringLiteral("not*base64"));
        QVERIFY(SignedEnvelope::fromJson(broken).signature.isEmpty());
    }

    void signingKeysListTheCurrentKeyFirst() {
        const QByteArray current(32, '\x01');
        const QByteArray retired(32, '\x02');
        SigningKeys keys;
        keys.current = {keyIdOf(current), current};
        keys.keys = {keys.current, {keyIdOf(retired), retired}};
        const QJsonObject json = keys.toJson();
        QCOMPARE(json.value(QStringLiteral("kid")).toString(), keyIdOf(current));
        QCOMPARE(json.value(QStringLiteral("public_key")).toString(),
                 QString::fromLatin1(current.toBase64()));
        const SigningKeys read = SigningKeys::fromJson(json);
        QCOMPARE(read.current.publicKey, current);
        QCOMPARE(read.keys.size(), 2);
        QCOMPARE(read.keys.at(1).keyId, keyIdOf(retired));
        QCOMPARE(read.keys.at(1).publicKey, retired);
    }

    void profileWritesNullsTheStudioReadsAsEmpty() {
        Profile profile;
        profile.id = QStringLiteral("a1");
        profile.email = QStringLiteral("ann@example.com");
        profile.role = QStringLiteral("user");
        profile.status = QStringLiteral("active");
        profile.balanceSeconds = 3600;
        QJsonObject json = profile.toJson();
        QVERIFY(json.value(QStringLiteral("plan")).isNull());
        QVERIFY(json.value(QStringLiteral("subscription")).isNull());
        QCOMPARE(Profile::fromJson(json).balanceSeconds, 3600);
        QVERIFY(Profile::fromJson(json).plan.isEmpty());
        QVERIFY(!Profile::fromJson(json).subscription);

        profile.plan = QStringLiteral("monthly-60");
        profile.subscription =
            SubscriptionState{QStringLiteral("monthly-60"), QStringLiteral("stripe"),
                              QStringLiteral("past_due"), 1700000000};
        json = profile.toJson();
        const Profile read = Profile::fromJson(json);
        QCOMPARE(read.plan, QStringLiteral("monthly-60"));
        QCOMPARE(read.subscriptionStatus(), QStringLiteral("past_due"));
        QCOMPARE(read.subscription->pastDueSince, 1700000000);
        // An active subscription says nothing of being past due.
        profile.subscription->status = QStringLiteral("active");
        QVERIFY(!profile.toJson()
                     .value(QStringLiteral("subscription"))
                     .toObject()
                     .contains(QStringLiteral("past_due_since")));
    }

    void planIntervalIsNullForOneOffPurchases() {
        Plan plan{QStringLiteral("minutes-60"), QStringLiteral("60 minutes"), 2000,
                  QStringLiteral("usd"), 3600};
        QVERIFY(plan.toJson().value(QStringLiteral("interval_months")).isNull());
        QCOMPARE(Plan::fromJson(plan.toJson()).intervalMonths, 0);
        plan.intervalMonths = 1;
        QCOMPARE(Plan::fromJson(plan.toJson()).intervalMonths, 1);
        QCOMPARE(AdminPlan::fromJson(plan.toJson()).priceCents, 2000);
    }

    void tokensAndReceiptsRoundTrip() {
        const TokenPair tokens{QStringLiteral("access"), QStringLiteral("refresh"), 900};
        QCOMPARE(tokens.toJson().value(QStringLiteral("token_type")).toString(),
                 QStringLiteral("Bearer"));
        QCOMPARE(TokenPair::fromJson(tokens.toJson()).refreshToken, QStringLiteral("refresh"));
        const UsageReceipt receipt{QStringLiteral("e1"), 60, true, 540};
        QCOMPARE(UsageReceipt::fromJson(receipt.toJson()).balanceSeconds, 540);
        QVERIFY(UsageReceipt::fromJson(receipt.toJson()).replayed);
        const CreditAdjustment replay{true, 0, 100};
        QVERIFY(!replay.toJson().contains(QStringLiteral("applied_seconds")));
        const CreditAdjustment applied{false, -50, 50};
        QCOMPARE(CreditAdjustment::fromJson(applied.toJson()).appliedSeconds, -50);
    }

    void leaseDocumentsRoundTrip() {
        Lease lease{QStringLiteral("l1"), QStringLiteral("a1"), 600, 1000, 2000, {}};
        const QJsonObject payload = lease.toPayload();
        QCOMPARE(documentType(payload), QStringLiteral("lease"));
        const Lease read =
            Lease::fromPayload(payload, {{QStringLiteral("kid"), QStringLiteral("k")}});
        QCOMPARE(read.id, lease.id);
        QCOMPARE(read.expiresAt, 2000);
        QCOMPARE(read.envelope.value(QStringLiteral("kid")).toString(), QStringLiteral("k"));

        Licence licence;
        licence.accountId = QStringLiteral("a1");
        licence.features = {QStringLiteral("export")};
        licence.deviceId = QStringLiteral("d1");
        QCOMPARE(documentType(licence.toPayload()), QStringLiteral("licence"));
        QVERIFY(licence.toPayload().value(QStringLiteral("plan")).isNull());
        QCOMPARE(Licence::fromPayload(licence.toPayload()).features, licence.features);
    }

    void settlementRequestAndAnswerRoundTrip() {
        LeaseSettleRequest request;
        request.usage =
            QList<LeaseUsage>{{QStringLiteral("k1"), 30, QStringLiteral("tts"), 1500},
                              {QStringLiteral("k2"), 20, QStringLiteral("export"), 1600}};
        request.spentSeconds = 50;
        const LeaseSettleRequest read = LeaseSettleRequest::parse(request.toJson());
        QCOMPARE(read.spentSeconds, 50);
        QCOMPARE(read.usage->size(), 2);
        QCOMPARE(read.usage->at(1).idempotencyKey, QStringLiteral("k2"));
        QCOMPARE(*read.usage->at(1).at, 1600);

        LeaseSettlement settlement;
        settlement.returnedSeconds = 10;
        settlement.chargedSeconds = 50;
        settlement.balanceSeconds = 70;
        QVERIFY(!settlement.toJson().contains(QStringLiteral("already_charged_seconds")));
        settlement.itemised = true;
        settlement.alreadyChargedSeconds = 5;
        const LeaseSettlement answer = LeaseSettlement::fromJson(settlement.toJson());
        QCOMPARE(answer.alreadyChargedSeconds, 5);
        QCOMPARE(answer.balanceSeconds, 70);
        QVERIFY(answer.itemised);
    }

    void strictReadersNameTheOffendingMember() {
        QCOMPARE(refusedField(
                     [] { UsageCharge::parse(parse("{\"seconds\":1,\"capability\":\"tts\"}")); }),
                 QStringLiteral("idempotency_key"));
        QCOMPARE(refusedField([] {
                     UsageCharge::parse(
                         parse("{\"idempotency_key\":\"k\",\"seconds\":1.5,\"capability\":\"t\"}"));
                 }),
                 QStringLiteral("seconds"));
        QCOMPARE(
            refusedField([] {
                LeaseSettleRequest::parse(parse(
                    "{\"usage\":[{\"idempotency_key\":\"k\",\"seconds\":1,\"capability\":"
                    "\"t\"},{\"idempotency_key\":\"k\",\"seconds\":1,\"capability\":\"t\"}]}"));
            }),
            QStringLiteral("usage[1].idempotency_key"));
        QCOMPARE(refusedField([] {
                     LeaseSettleRequest::parse(parse(
                         "{\"spent_seconds\":3,\"usage\":[{\"idempotency_key\":\"k\",\"seconds\":"
                         "1,\"capability\":\"t\"}]}"));
                 }),
                 QStringLiteral("spent_seconds"));
        QCOMPARE(refusedField(
                     [] { LeaseRequest::parse(parse("{\"seconds\":60,\"valid_seconds\":1}")); }),
                 QStringLiteral("valid_seconds"));
        QCOMPARE(LeaseRequest::parse(parse("{\"seconds\":60}")).validSeconds,
                 kDefaultLeaseValidSeconds);
        QCOMPARE(refusedField([] {
                     AdminPlan::parse(QStringLiteral("p"),
                                      parse("{\"name\":\"P\",\"price_cents\":1,\"currency\":"
                                            "\"u$d\",\"seconds\":60}"));
                 }),
                 QStringLiteral("currency"));
        QCOMPARE(refusedField([] {
                     CreditGrant::parse(
                         parse("{\"seconds\":0,\"reason\":\"r\",\"idempotency_key\":\"k\"}"));
                 }),
                 QStringLiteral("seconds"));
        // What the clients write, the service accepts.
        QVERIFY(refusedField([] {
                    CreditGrant::parse(
                        CreditGrant{-60, QStringLiteral("r"), QStringLiteral("k")}.toJson());
                    AdminPlan::parse(QStringLiteral("p"),
                                     AdminPlan{QStringLiteral("p"), QStringLiteral("P"), 100,
                                               QStringLiteral("usd"), 60, 1}
                                         .toJson());
                    Credentials::parse(
                        Credentials{QStringLiteral("a@b.c"), QStringLiteral("pw")}.toJson());
                    DeviceActivation::parse(DeviceActivation{QStringLiteral("d")}.toJson());
                    UsageCharge::parse(
                        UsageCharge{QStringLiteral("k"), 1, QStringLiteral("tts")}.toJson());
                }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "test_wire.moc"
