#include "app/cloud/cloud_crypto.h"

#include "core/wire/signed_envelope.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <memory>
#include <stdexcept>

namespace sonara::cloud::crypto {
namespace {

constexpr uint32_t kArgonMemoryKiB = 19456;
constexpr uint32_t kArgonIterations = 2;
constexpr uint32_t kArgonLanes = 1;
constexpr size_t kArgonSaltBytes = 16;
constexpr size_t kArgonHashBytes = 32;

struct PkeyDeleter {
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter {
    void operator()(EVP_MD_CTX* ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;

Pkey privateKey(const QByteArray& seed) {
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                          reinterpret_cast<const unsigned char*>(seed.constData()),
                                          static_cast<size_t>(seed.size())));
    if (!key) {
        throw std::runtime_error(
            "the Ed25519 signing key is not a 32-byte key: set SONARA_CLOUD_SIGNING_KEY to the "
            "base64 of 32 random bytes, or remove it to use the key file in the data directory");
    }
    return key;
}

}  // namespace

QByteArray randomBytes(int count) {
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        throw std::runtime_error("the system random number generator failed");
    }
    return bytes;
}

QByteArray randomToken(int bytes) {
    return base64Url(randomBytes(bytes));
}

QByteArray sha256(const QByteArray& data) {
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256(reinterpret_cast<const unsigned char*>(data.constData()),
           static_cast<size_t>(data.size()), reinterpret_cast<unsigned char*>(digest.data()));
    return digest;
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data) {
    QByteArray mac(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), key.size(),
         reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()),
         reinterpret_cast<unsigned char*>(mac.data()), &length);
    mac.resize(static_cast<int>(length));
    return mac;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b) {
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray base64Url(const QByteArray& data) {
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray& text) {
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    return *result;
}

QString hashPassword(const QString& password) {
    const QByteArray utf8 = password.toUtf8();
    const QByteArray salt = randomBytes(kArgonSaltBytes);
    const size_t length = argon2_encodedlen(kArgonIterations, kArgonMemoryKiB, kArgonLanes,
                                            kArgonSaltBytes, kArgonHashBytes, Argon2_id);
    QByteArray encoded(static_cast<int>(length), '\0');
    const int rc =
        argon2id_hash_encoded(kArgonIterations, kArgonMemoryKiB, kArgonLanes, utf8.constData(),
                              static_cast<size_t>(utf8.size()), salt.constData(), kArgonSaltBytes,
                              kArgonHashBytes, encoded.data(), length);
    if (rc != ARGON2_OK) {
        throw std::runtime_error(std::string("password hashing failed: ") +
                                 argon2_error_message(rc));
    }
    return QString::fromLatin1(encoded.constData());
}

bool verifyPassword(const QString& password, const QString& encoded) {
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = encoded.toLatin1();
    return argon2id_verify(stored.constData(), utf8.constData(),
                           static_cast<size_t>(utf8.size())) == ARGON2_OK;
}

Ed25519Signer::Ed25519Signer(const QByteArray& seed) : seed_(seed) {
    Pkey key = privateKey(seed_);
    size_t length = 32;
    publicKey_.resize(32);
    EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char*>(publicKey_.data()),
                                &length);
}

QByteArray Ed25519Signer::generateSeed() {
    return randomBytes(32);
}

QByteArray Ed25519Signer::sign(const QByteArray& message) const {
    Pkey key = privateKey(seed_);
    std::unique_ptr<EVP_MD_CTX, MdCtxDeleter> ctx(EVP_MD_CTX_new());
    QByteArray signature(64, Qt::Uninitialized);
    size_t length = 64;
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1) {
        throw std::runtime_error("Ed25519 signing failed");
    }
    return signature;
}

QString Ed25519Signer::keyId() const {
    return wire::keyIdOf(publicKey_);
}

QJsonObject Ed25519Signer::signDocument(const QJsonObject& payload) const {
    wire::SignedEnvelope envelope;
    envelope.keyId = keyId();
    envelope.payload = wire::payloadBytes(payload);
    envelope.signature = sign(envelope.payload);
    return envelope.toJson();
}

}  // namespace sonara::cloud::crypto
