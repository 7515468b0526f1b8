#include "core/account/account_error.h"
#include "core/account/wire_types.h"

#include <openssl/evp.h>
#include <QJsonDocument>
#include <QtTest>

#include <memory>

using namespace sonara::core::account;

namespace {

// Signs like sonara-cloud does, with a fixed test key, so the verifier is tested on its own.
struct Signer {
    QByteArray seed = QByteArray(32, '\x05');
    QByteArray publicKey;
    QString kid;

    explicit Signer(char seedByte = '\x05') : seed(32, seedByte) {
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()),
            32);
        size_t length = 32;
        publicKey.resize(32);
        EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(publicKey.data()),
                                    &length);
        EVP_PKEY_free(key);
        kid = TrustedKeys::keyIdOf(publicKey);
    }

    QJsonObject sign(const QJsonObject& payload) const {
        const QByteArray bytes = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        EVP_PKEY* key = EVP_PKEY_new_raw_private_key(
            EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(seed.constData()),
            32);
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        QByteArray signature(64, '\0');
        size_t length = 64;
        EVP_DigestSignInit(ctx, nullptr, nullptr, nullptr, key);
        EVP_DigestSign(ctx, reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(bytes.constData()), bytes.size());
        EVP_MD_CTX_free(ctx);
        EVP_PKEY_free(key);
        const auto url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
        return {{QStringLiteral("alg"), QStringLiteral("Ed25519")},
                {QStringLiteral("kid"), kid},
                {QStringLiteral("payload"), QString::fromLatin1(bytes.toBase64(url))},
                {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64(url))}};
    }
};

QJsonObject leasePayload(qint64 issued, qint64 expires) {
    return {{QStringLiteral("type"), QStringLiteral("lease")},
            {QStringLiteral("lease_id"), QStringLiteral("L1")},
            {QStringLiteral("account_id"), QStringLiteral("A1")},
            {QStringLiteral("seconds"), 600},
            {QStringLiteral("issued_at"), issued},
            {QStringLiteral("expires_at"), expires}};
}

}  // namespace

class TestSignedDocuments : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validLeaseVerifies() {
        const Signer signer;
        const Lease lease =
            verifyLease(signer.sign(leasePayload(1000, 5000)), signer.publicKey, 2000);
        QCOMPARE(lease.id, QStringLiteral("L1"));
        QCOMPARE(lease.seconds, 600);
        QCOMPARE(lease.expiresAt, 5000);
    }

    void tamperedOrForeignDocumentsAreRefused() {
        const Signer signer;
        QJsonObject envelope = signer.sign(leasePayload(1000, 5000));
        QJsonObject tampered = envelope;
        QJsonObject bigger = leasePayload(1000, 5000);
        bigger.insert(QStringLiteral("seconds"), 60000);
        tampered.insert(QStringLiteral("payload"),
                        signer.sign(bigger).value(QStringLiteral("payload")));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(tampered, signer.publicKey, 2000));
        // Claims the trusted key's kid but is signed by another key.
        Signer other;
        other.seed = QByteArray(32, '\x06');
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(other.sign(leasePayload(1000, 5000)),
                                                           signer.publicKey, 2000));
        QJsonObject noAlg = envelope;
        noAlg.insert(QStringLiteral("alg"), QStringLiteral("none"));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(noAlg, signer.publicKey, 2000));
        QJsonObject garbage = envelope;
        garbage.insert(QStringLiteral("signature"), QStringLiteral("!!!"));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(garbage, signer.publicKey, 2000));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(envelope, QByteArray(5, 'x'), 2000));
    }

    void keysAreChosenByKid() {
        const Signer current('\x05');
        const Signer next('\x06');
        const Signer foreign('\x07');
        QVERIFY(current.kid != next.kid);
        TrustedKeys shipped;
        shipped.add(current.publicKey);
        shipped.add(next.publicKey);
        QCOMPARE(shipped.keyIds().size(), 2);
        // Either shipped key verifies, so the service can rotate without stranding studios.
        QCOMPARE(verifyLease(current.sign(leasePayload(1000, 5000)), shipped, 2000).seconds, 600);
        QCOMPARE(verifyLease(next.sign(leasePayload(1000, 5000)), shipped, 2000).seconds, 600);
        // A studio that ships only the old key refuses the new one's documents.
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(next.sign(leasePayload(1000, 5000)),
                                                           current.publicKey, 2000));
        // An unknown kid is refused even when its signature is valid for that unknown key.
        QVERIFY_THROWS_EXCEPTION(
            AccountError, verifyLease(foreign.sign(leasePayload(1000, 5000)), shipped, 2000));
        QJsonObject noKid = current.sign(leasePayload(1000, 5000));
        noKid.remove(QStringLiteral("kid"));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(noKid, shipped, 2000));
        // A foreign key's document relabelled with a trusted kid still fails its signature.
        QJsonObject relabelled = foreign.sign(leasePayload(1000, 5000));
        relabelled.insert(QStringLiteral("kid"), next.kid);
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(relabelled, shipped, 2000));
        QVERIFY_THROWS_EXCEPTION(
            AccountError, verifyLease(current.sign(leasePayload(1000, 5000)), TrustedKeys(), 2000));
        QVERIFY_THROWS_EXCEPTION(AccountError, shipped.add(QByteArray(31, 'x')));
    }

    void expiryAndSkew() {
        const Signer signer;
        const QJsonObject envelope = signer.sign(leasePayload(1000, 5000));
        verifyLease(envelope, signer.publicKey, 5000 + kClockSkewSeconds - 1);
        QVERIFY_THROWS_EXCEPTION(AccountError,
                                 verifyLease(envelope, signer.publicKey, 5000 + kClockSkewSeconds));
        verifyLease(envelope, signer.publicKey, 1000 - kClockSkewSeconds + 1);
        QVERIFY_THROWS_EXCEPTION(
            AccountError, verifyLease(envelope, signer.publicKey, 1000 - kClockSkewSeconds - 1));
    }

    void licenceIsBoundToItsDevice() {
        const Signer signer;
        const QJsonObject payload{
            {QStringLiteral("type"), QStringLiteral("licence")},
            {QStringLiteral("account_id"), QStringLiteral("A1")},
            {QStringLiteral("device_id"), QStringLiteral("dev-1")},
            {QStringLiteral("features"), QJsonArray{QStringLiteral("export")}},
            {QStringLiteral("issued_at"), 1000},
            {QStringLiteral("expires_at"), 5000}};
        const QJsonObject envelope = signer.sign(payload);
        const Licence licence =
            verifyLicence(envelope, signer.publicKey, QStringLiteral("dev-1"), 2000);
        QCOMPARE(licence.features, QStringList{QStringLiteral("export")});
        QVERIFY_THROWS_EXCEPTION(
            AccountError, verifyLicence(envelope, signer.publicKey, QStringLiteral("dev-2"), 2000));
        QVERIFY_THROWS_EXCEPTION(AccountError, verifyLease(envelope, signer.publicKey, 2000));
    }
};

QTEST_GUILESS_MAIN(TestSignedDocuments)
#include "test_signed_documents.moc"
