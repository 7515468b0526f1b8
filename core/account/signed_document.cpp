#include "core/account/signed_document.h"

#include "core/account/account_error.h"
#include "core/wire/signed_envelope.h"

#include <openssl/evp.h>
#include <QJsonDocument>

#include <memory>

namespace sonara::core::account {
namespace {

bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message,
                   const QByteArray& signature) {
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                    static_cast<size_t>(publicKey.size())),
        &EVP_PKEY_free);
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!key || !ctx ||
        EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) {
        return false;
    }
    return EVP_DigestVerify(ctx.get(),
                            reinterpret_cast<const unsigned char*>(signature.constData()),
                            static_cast<size_t>(signature.size()),
                            reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

}  // namespace

TrustedKeys::TrustedKeys(const QByteArray& publicKey) {
    add(publicKey);
}

void TrustedKeys::add(const QByteArray& publicKey) {
    if (publicKey.size() != 32) {
        throw AccountError(
            QStringLiteral("the service's public key is not a 32-byte Ed25519 key: "
                           "reinstall Sonara Studio or fetch the key again"));
    }
    keys_.insert(keyIdOf(publicKey), publicKey);
}

QString TrustedKeys::keyIdOf(const QByteArray& publicKey) {
    return wire::keyIdOf(publicKey);
}

QJsonObject verifySignedDocument(const QJsonObject& envelope, const TrustedKeys& keys) {
    if (keys.isEmpty()) {
        throw AccountError(
            QStringLiteral("no trusted sonara-cloud key is installed: reinstall Sonara Studio"));
    }
    const wire::SignedEnvelope document = wire::SignedEnvelope::fromJson(envelope);
    if (document.algorithm != QLatin1String(wire::SignedEnvelope::kEd25519)) {
        throw AccountError(
            QStringLiteral("the signed document does not use Ed25519: it was not "
                           "issued by sonara-cloud"));
    }
    // The kid picks the key; an unknown one is refused rather than tried against every key, so
    // a retired or foreign key cannot sign for the service.
    const QByteArray publicKey = keys.find(document.keyId);
    if (publicKey.isEmpty()) {
        throw AccountError(
            QStringLiteral("the document is signed with key '%1', which this Sonara Studio does "
                           "not trust: update Sonara Studio")
                .arg(document.keyId.left(64)));
    }
    if (document.signature.size() != 64 ||
        !verifyEd25519(publicKey, document.payload, document.signature)) {
        throw AccountError(
            QStringLiteral("the signature does not verify: the document was altered "
                           "or signed by another key; fetch it again while online"));
    }
    QJsonParseError error{};
    const QJsonDocument payload = QJsonDocument::fromJson(document.payload, &error);
    if (error.error != QJsonParseError::NoError || !payload.isObject()) {
        throw AccountError(QStringLiteral("the signed payload is not a JSON object"));
    }
    return payload.object();
}

}  // namespace sonara::core::account
