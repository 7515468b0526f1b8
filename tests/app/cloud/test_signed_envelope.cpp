#include "app/cloud/cloud_test_support.h"

#include <openssl/evp.h>

#include <QtTest>

#include <memory>

using namespace sonara::cloud;
using namespace sonara::cloud::testing;

// A lease and a licence from the running service, verified the way docs/signed-documents.md
// tells a client to: OpenSSL for base64 and Ed25519, and nothing of the service's own code.
class TestSignedEnvelope : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void leaseAndLicenceVerifyByTheDocumentedRules();
};

namespace {

// Rule 2 of the docs: base64url without padding; swap the alphabet, pad, decode.
QByteArray decodeBase64Url(QByteArray text) {
    text.replace('-', '+').replace('_', '/');
    while (text.size() % 4 != 0) {
        text.append('=');
    }
    QByteArray out(text.size() / 4 * 3, '\0');
    const int written = EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                        reinterpret_cast<const unsigned char*>(text.constData()),
                                        static_cast<int>(text.size()));
    if (written < 0) {
        return {};
    }
    // EVP_DecodeBlock counts the padding as zero bytes.
    return out.left(written - static_cast<int>(text.count('=')));
}

QByteArray decodeBase64(const QByteArray& text) {
    QByteArray standard = text;
    return decodeBase64Url(standard.replace('+', '-').replace('/', '_').replace("=", ""));
}

struct PkeyFree {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};

// Rule 3: Ed25519 over the decoded payload bytes, with the raw 32-byte public key.
bool ed25519Verifies(const QByteArray& publicKey, const QByteArray& message,
                     const QByteArray& signature) {
    std::unique_ptr<EVP_PKEY, PkeyFree> key(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(publicKey.constData()),
        static_cast<size_t>(publicKey.size())));
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> context(EVP_MD_CTX_new());
    if (!key || !context ||
        EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    return EVP_DigestVerify(context.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

// Rule 1: the key is the one of GET /v1/keys whose kid the envelope names.
QByteArray keyFor(const QJsonObject& keys, const QString& kid) {
    for (const QJsonValue& key : keys.value(QStringLiteral("keys")).toArray()) {
        if (key.toObject().value(QStringLiteral("kid")).toString() == kid) {
            return decodeBase64(
                key.toObject().value(QStringLiteral("public_key")).toString().toLatin1());
        }
    }
    return {};
}

// The envelope checked by every rule; answers the payload, or an empty object.
QJsonObject verifiedPayload(const QJsonObject& envelope, const QJsonObject& keys) {
    if (envelope.value(QStringLiteral("alg")).toString() != QStringLiteral("Ed25519")) {
        return {};
    }
    const QByteArray publicKey = keyFor(keys, envelope.value(QStringLiteral("kid")).toString());
    const QByteArray payload =
        decodeBase64Url(envelope.value(QStringLiteral("payload")).toString().toLatin1());
    const QByteArray signature =
        decodeBase64Url(envelope.value(QStringLiteral("signature")).toString().toLatin1());
    if (publicKey.size() != 32 || signature.size() != 64 ||
        !ed25519Verifies(publicKey, payload, signature)) {
        return {};
    }
    return QJsonDocument::fromJson(payload).object();
}

QJsonObject withPayload(QJsonObject envelope, const QByteArray& payload) {
    envelope.insert(QStringLiteral("payload"),
                    QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding |
                                                         QByteArray::OmitTrailingEquals)));
    return envelope;
}

}  // namespace

void TestSignedEnvelope::leaseAndLicenceVerifyByTheDocumentedRules() {
    TestServer server;
    const auto [id, token] =
        paidAccount(server, QStringLiteral("verify@example.com"), QStringLiteral("evt_v"));
    const QJsonObject keys = server.call("GET", QStringLiteral("/v1/keys")).body;
    QCOMPARE(keys.value(QStringLiteral("alg")).toString(), QStringLiteral("Ed25519"));

    const Reply leased =
        server.post(QStringLiteral("/v1/leases"), {{QStringLiteral("seconds"), 600}}, token);
    QCOMPARE(leased.status, 201);
    const QJsonObject lease = leased.body.value(QStringLiteral("lease")).toObject();
    const QJsonObject leasePayload = verifiedPayload(lease, keys);
    QCOMPARE(leasePayload.value(QStringLiteral("type")).toString(), QStringLiteral("lease"));
    QCOMPARE(leasePayload.value(QStringLiteral("account_id")).toString(), id);
    QCOMPARE(leasePayload.value(QStringLiteral("seconds")).toInteger(), 600);
    QVERIFY(!leasePayload.value(QStringLiteral("lease_id")).toString().isEmpty());
    QVERIFY(leasePayload.value(QStringLiteral("expires_at")).toInteger() >
            leasePayload.value(QStringLiteral("issued_at")).toInteger());

    const Reply activated =
        server.post(QStringLiteral("/v1/devices/activate"),
                    {{QStringLiteral("device_id"), QStringLiteral("dev-1")}}, token);
    QCOMPARE(activated.status, 201);
    const QJsonObject licence = activated.body.value(QStringLiteral("licence")).toObject();
    const QJsonObject licencePayload = verifiedPayload(licence, keys);
    QCOMPARE(licencePayload.value(QStringLiteral("type")).toString(), QStringLiteral("licence"));
    QCOMPARE(licencePayload.value(QStringLiteral("device_id")).toString(), QStringLiteral("dev-1"));
    QCOMPARE(licencePayload.value(QStringLiteral("account_id")).toString(), id);
    QVERIFY(licencePayload.value(QStringLiteral("features")).isArray());

    // The rules refuse what they should: another payload, another key, another algorithm.
    QByteArray altered =
        decodeBase64Url(lease.value(QStringLiteral("payload")).toString().toLatin1());
    altered.replace("\"seconds\":600", "\"seconds\":6000");
    QVERIFY(verifiedPayload(withPayload(lease, altered), keys).isEmpty());
    QJsonObject otherKey = lease;
    otherKey.insert(QStringLiteral("kid"), QStringLiteral("0000000000000000"));
    QVERIFY(verifiedPayload(otherKey, keys).isEmpty());
    QJsonObject otherAlgorithm = lease;
    otherAlgorithm.insert(QStringLiteral("alg"), QStringLiteral("none"));
    QVERIFY(verifiedPayload(otherAlgorithm, keys).isEmpty());
    // A licence's signature does not carry over to the lease's payload.
    QJsonObject swapped = lease;
    swapped.insert(QStringLiteral("signature"), licence.value(QStringLiteral("signature")));
    QVERIFY(verifiedPayload(swapped, keys).isEmpty());
}

QTEST_GUILESS_MAIN(TestSignedEnvelope)
#include "test_signed_envelope.moc"
