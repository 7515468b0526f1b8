#include "core/account/signed_document.h"

#include "core/account/account_error.h"

#include <openssl/evp.h>
#include <QCryptographicHash>
#include <QJsonDocument>

#include <memory>

namespace sonara::core::account {
namespace {

std::optional<QByteArray> fromBase64Url(const QString& text) {
    auto result = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result) {
        return std::nullopt;
    }
    return *result;
}

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
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject verifySignedDocument(const QJsonObject& envelope, const TrustedKeys& keys) {
    if (keys.isEmpty()) {
        throw AccountError(
            QStringLiteral("no trusted sonara-cloud key is installed: reinstall Sonara Studio"));
    }
    if (envelope.value(QStringLiteral("alg")).toString() != QStringLiteral("Ed25519")) {
        throw AccountError(
            QStringLiteral("the signed document does not use Ed25519: it was not "
                           "issued by sonara-cloud"));
    }
    // The kid picks the key; an unknown one is refused rather than tried against every key, so
    // a retired or foreign key cannot sign for the service.
    const QString kid = envelope.value(QStringLiteral("kid")).toString();
    const QByteArray publicKey = keys.find(kid);
    if (publicKey.isEmpty()) {
        throw AccountError(
            QStringLiteral("the document is signed with key '%1', which this Sonara Studio does "
                           "not trust: update Sonara Studio")
                .arg(kid.left(64)));
    }
    const auto payload = fromBase64Url(envelope.value(QStringLiteral("payload")).toString());
    const auto signature = fromBase64Url(envelope.value(QStringLiteral("signature")).toString());
    if (!payload || !signature || signature->size() != 64 ||
        !verifyEd25519(publicKey, *payload, *signature)) {
        throw AccountError(
            QStringLiteral("the signature does not verify: the document was altered "
                           "or signed by another key; fetch it again while online"));
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(*payload, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        throw AccountError(QStringLiteral("the signed payload is not a JSON object"));
    }
    return document.object();
}

}  // namespace sonara::core::account
